package io.newswatch.enrich;

import io.newswatch.common.config.Env;
import java.util.concurrent.CountDownLatch;

/** Starts the enrich service from the environment and runs it until the JVM is asked to stop. */
public final class EnrichMain {
  private EnrichMain() {}

  public static void main(String[] args) throws InterruptedException {
    EnrichService service = EnrichService.start(EnrichConfig.from(Env.system()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "enrich-shutdown"));
    stopped.await();
  }
}

package io.newswatch.alert;

import io.newswatch.common.config.Env;
import java.util.concurrent.CountDownLatch;

/** Runs the alert service on its own: loads config, starts, stops on SIGTERM or Ctrl-C. */
public final class AlertMain {
  private AlertMain() {}

  public static void main(String[] args) throws InterruptedException {
    AlertService service = AlertService.start(AlertConfig.from(Env.system()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "alert-shutdown"));
    stopped.await();
  }
}

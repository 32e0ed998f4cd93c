package io.newswatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to a cap and stops reading as soon as the cap is passed, so a hostile server
 * streaming without end costs at most {@code cap} bytes of memory. Error bodies are only truncated;
 * good bodies over the cap fail with {@link TooLarge}.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final long cap;
  private final boolean failOnOverflow;
  private final long declaredLength;
  private Flow.Subscription subscription;

  CappedBodySubscriber(HttpResponse.ResponseInfo info, long cap, boolean failOnOverflow) {
    this.cap = cap;
    this.failOnOverflow = failOnOverflow;
    this.declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (failOnOverflow && declaredLength > cap) {
      s.cancel();
      result.completeExceptionally(
          new TooLarge("Content-Length " + declaredLength + " exceeds the cap of " + cap + " bytes"));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (out.size() + (long) n > cap) {
        subscription.cancel();
        if (failOnOverflow) {
          result.completeExceptionally(new TooLarge("response exceeds the cap of " + cap + " bytes"));
        } else {
          byte[] part = new byte[(int) (cap - out.size())];
          buffer.get(part);
          out.writeBytes(part);
          result.complete(out.toByteArray());
        }
        return;
      }
      byte[] bytes = new byte[n];
      buffer.get(bytes);
      out.writeBytes(bytes);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}

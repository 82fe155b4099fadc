package org.coveragepolicy.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body of at most a given size as it arrives, holding no thread while waiting: the
 * read resumes on Jetty's demand callback. The body completes a future, or fails it with Jetty's
 * failure, {@link TooLarge} or {@link Dropped}; the host fails it with {@link TimedOut} at its
 * deadline.
 */
final class BodyReader implements Runnable {
  private final Request request;
  private final int max;
  private final boolean drop;
  private final CompletableFuture<byte[]> done = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  /**
   * A reader of a request's body.
   *
   * @param drop read the body to its end without keeping it (a body declared over the limit), then
   *     fail with {@link Dropped}
   */
  BodyReader(Request request, int max, boolean drop) {
    this.request = request;
    this.max = max;
    this.drop = drop;
  }

  /** Starts reading; the future completes with the body once it has all come. */
  CompletableFuture<byte[]> start() {
    run();
    return done;
  }

  @Override
  public void run() {
    while (!done.isDone()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        done.completeExceptionally(chunk.getFailure());
        return;
      }
      ByteBuffer buffer = chunk.getByteBuffer();
      if (drop) {
        // Jetty holds the body to its declared length, so this reads at most that much
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          done.completeExceptionally(new Dropped());
        }
        continue;
      }
      if (bytes.size() + buffer.remaining() > max) {
        chunk.release();
        done.completeExceptionally(new TooLarge());
        return;
      }
      byte[] part = new byte[buffer.remaining()];
      buffer.get(part);
      bytes.write(part, 0, part.length);
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        done.complete(bytes.toByteArray());
      }
    }
  }

  /** The body is over the size limit. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** The body, declared over the size limit, was read to its end and dropped. */
  static final class Dropped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Dropped() {
      super(null, null, false, false);
    }
  }

  /** The body did not arrive in time. */
  static final class TimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimedOut() {
      super(null, null, false, false);
    }
  }
}

package org.coveragepolicy.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Jetty's handler of every request to a {@link CdsHooksServer}: reads the body without a thread
 * ({@link BodyReader}) within the body timeout, then answers on a request thread with the
 * {@link CdsHooksHandler}'s response, or with a refusal if the body could not be read.
 */
final class HostHandler extends Handler.Abstract {
  private final CdsHooksHandler handler;
  private final Duration bodyTimeout;
  private final Executor requests;
  private final HeaderDeadline headerDeadline;

  HostHandler(
      CdsHooksHandler handler, Duration bodyTimeout, Executor requests, HeaderDeadline headerDeadline) {
    this.handler = handler;
    this.bodyTimeout = bodyTimeout;
    this.requests = requests;
    this.headerDeadline = headerDeadline;
  }

  /**
   * How far over the size limit a declared body may be and still be read (and dropped) before the
   * 413, so that the connection stays usable: as much as the limit again, at least 64 KiB.
   */
  static long drainBytes(int maxRequestBytes) {
    return Math.max(64 * 1024, maxRequestBytes);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int max = handler.limits().maxRequestBytes();
    long length = request.getLength();
    if (length > max + drainBytes(max)) {
      // far over the limit: refused at once, the body unread, so the connection is closed
      JettyResponses.send(response, callback, CdsHooksHandler.tooLarge(max), true);
      return true;
    }
    // a body declared a little over the limit is read and dropped, then refused on a connection
    // that stays open: a client that sends its whole body before reading gets the 413, not a
    // reset. A body larger than the limit without a declared length fails the read; a stalled
    // one fails at the deadline.
    CompletableFuture<byte[]> body = new BodyReader(request, max, length > max).start();
    Scheduler.Task deadline =
        request.getComponents().getScheduler().schedule(
            () -> body.completeExceptionally(new BodyReader.TimedOut()),
            bodyTimeout.toMillis(),
            TimeUnit.MILLISECONDS);
    // every answer is computed on the request threads, in the order the bodies completed: Jetty's
    // thread returns at once, so it never goes on to read the next request of the same
    // connection while other connections wait (with few threads, that made a few connections
    // fast and the rest wait tens of milliseconds)
    body.whenCompleteAsync(
        (bytes, failure) -> {
          deadline.cancel();
          answer(request, response, callback, body);
        },
        requests);
    return true;
  }

  private void answer(
      Request request, Response response, Callback callback, CompletableFuture<byte[]> body) {
    byte[] bytes;
    try {
      bytes = body.join();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      CdsHooksResponse refusal = refusal(cause);
      // a dropped body was read to its end: the connection can carry the next request
      boolean dropped = cause instanceof BodyReader.Dropped;
      if (dropped) {
        headerDeadline.watchNextRequest(request.getConnectionMetaData().getConnection());
      }
      JettyResponses.send(response, callback, refusal, !dropped);
      return;
    }
    headerDeadline.watchNextRequest(request.getConnectionMetaData().getConnection());
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField f : request.getHeaders()) {
      headers.putIfAbsent(f.getLowerCaseName(), f.getValue());
    }
    CdsHooksResponse answer =
        handler.handle(
            CdsHooksRequest.of(request.getMethod(), request.getHttpURI().getPath(), headers, bytes));
    JettyResponses.send(response, callback, answer, false);
  }

  /** The answer to a body that could not be read, for the reason it could not. */
  private CdsHooksResponse refusal(Throwable cause) {
    if (cause instanceof BodyReader.Dropped || cause instanceof BodyReader.TooLarge) {
      return CdsHooksHandler.tooLarge(handler.limits().maxRequestBytes());
    }
    if (cause instanceof BodyReader.TimedOut) {
      return CdsHooksHandler.errorResponse(
          408, IssueType.TIMEOUT, "",
          "the request body did not arrive within " + bodyTimeout.toSeconds() + " s", "*");
    }
    return CdsHooksHandler.errorResponse(
        400, IssueType.INCOMPLETE, "", "the request body could not be read", "*");
  }
}

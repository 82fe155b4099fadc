package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coveragepolicy.review.ClaimReview;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jspecify.annotations.Nullable;

/**
 * A standalone host of the {@link CdsHooksHandler} on Jetty's core HTTP server (no servlet API):
 * TCP_NODELAY, a bounded number of connections, a deadline for a request's headers and for its
 * body, an idle timeout, a bounded request size, a fixed number of request threads, and a graceful
 * stop. A request's body is read without holding a thread, so slow or stalled clients cannot
 * occupy the threads that answer the others. Nothing is logged.
 *
 * <pre>{@code
 * try (CdsHooksServer server = CdsHooksServer.builder(CdsHooksHandler.builder(ClaimReview.standard()).build())
 *     .host("127.0.0.1").port(8080).build()) {
 *   server.start();
 *   // …
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CdsHooksServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final CdsHooksHandler handler;
  private final Duration headerTimeout;
  private final Duration bodyTimeout;

  /** The request threads: one queue, first in first out, so that no connection waits behind others' turns. */
  private final ThreadPoolExecutor requests;

  private boolean started;

  private CdsHooksServer(Builder b) {
    this.handler = b.handler;
    this.headerTimeout = b.headerTimeout;
    this.bodyTimeout = b.bodyTimeout;
    AtomicInteger requestThreads = new AtomicInteger();
    requests =
        new ThreadPoolExecutor(
            b.threads, b.threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "cds-hooks-request-" + requestThreads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Jetty's own threads accept, select, parse and write; the review runs on the request threads
    QueuedThreadPool pool = new QueuedThreadPool(4, 4);
    pool.setName("cds-hooks");
    pool.setDaemon(true);
    pool.setReservedThreads(0);
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(b.maxHeaderBytes);
    http.setIdleTimeout(b.idleTimeout.toMillis());
    // one acceptor and one selector, and two threads for Jetty's parsing and writing
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(b.host);
    connector.setPort(b.port);
    connector.setIdleTimeout(b.idleTimeout.toMillis());
    connector.setAcceptedTcpNoDelay(true);
    connector.setAcceptQueueSize(128);
    connector.addBean(new HeaderDeadline());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(b.maxConnections, connector));
    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(new Host());
    server.setHandler(graceful);
    server.setStopTimeout(b.stopTimeout.toMillis());
    server.setStopAtShutdown(false);
    server.setErrorHandler(new Errors());
  }

  /**
   * Returns a builder of a server that hosts a handler.
   *
   * @param handler the handler
   * @return a builder
   */
  public static Builder builder(CdsHooksHandler handler) {
    return new Builder(checkNotNull(handler, "handler"));
  }

  /**
   * Returns a builder of a server that hosts a handler with default options reviewing with a claim
   * review.
   *
   * @param review the claim review
   * @return a builder
   */
  public static Builder builder(ClaimReview review) {
    return new Builder(CdsHooksHandler.builder(review).build());
  }

  /**
   * Starts listening.
   *
   * @return this server
   * @throws java.io.IOException if the address cannot be bound
   * @throws IllegalStateException if the server was started before
   */
  public synchronized CdsHooksServer start() throws java.io.IOException {
    checkState(!started, "already started");
    started = true;
    try {
      server.start();
    } catch (java.io.IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new java.io.IOException("the server could not start", e);
    }
    return this;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port, or -1 before {@link #start()}
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Stops gracefully: stops accepting connections, lets requests in progress finish for up to the
   * stop timeout, then closes every connection.
   */
  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping a server that failed to start, or was stopped: nothing more to release
    } finally {
      requests.shutdown();
    }
  }

  /** Reads a request's body without a thread, then answers it on a request thread. */
  private final class Host extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int max = handler.limits().maxRequestBytes();
      long length = request.getLength();
      if (length > max + drainBytes(max)) {
        // far over the limit: refused at once, the body unread, so the connection is closed
        send(response, callback, CdsHooksHandler.tooLarge(max), true);
        return true;
      }
      // a body declared a little over the limit is read and dropped, then refused on a connection
      // that stays open: a client that sends its whole body before reading gets the 413, not a
      // reset. A body larger than the limit without a declared length fails the read; a stalled
      // one fails at the deadline.
      CompletableFuture<byte[]> body = new BodyReader(request, max, length > max).start();
      Scheduler.Task deadline =
          request.getComponents().getScheduler().schedule(
              () -> body.completeExceptionally(new BodyTimeout()), bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
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
        CdsHooksResponse refusal =
            cause instanceof BodyDropped
                ? CdsHooksHandler.tooLarge(handler.limits().maxRequestBytes())
                : cause instanceof BodyTimeout
                ? CdsHooksHandler.errorResponse(
                    408, IssueType.TIMEOUT, "", "the request body did not arrive within "
                        + bodyTimeout.toSeconds() + " s", "*")
                : cause instanceof BodyTooLarge
                    ? CdsHooksHandler.tooLarge(handler.limits().maxRequestBytes())
                    : CdsHooksHandler.errorResponse(400, IssueType.INCOMPLETE, "", "the request body could not be read", "*");
        // a dropped body was read to its end: the connection can carry the next request
        boolean dropped = cause instanceof BodyDropped;
        if (dropped) {
          watchNextRequest(request.getConnectionMetaData().getConnection());
        }
        send(response, callback, refusal, !dropped);
        return;
      }
      watchNextRequest(request.getConnectionMetaData().getConnection());
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField f : request.getHeaders()) {
        headers.putIfAbsent(f.getLowerCaseName(), f.getValue());
      }
      CdsHooksResponse answer =
          handler.handle(
              CdsHooksRequest.of(request.getMethod(), request.getHttpURI().getPath(), headers, bytes));
      send(response, callback, answer, false);
    }
  }

  /**
   * How far over the size limit a declared body may be and still be read (and dropped) before the
   * 413, so that the connection stays usable: as much as the limit again, at least 64 KiB.
   */
  static long drainBytes(int maxRequestBytes) {
    return Math.max(64 * 1024, maxRequestBytes);
  }

  private static void send(Response response, Callback callback, CdsHooksResponse answer, boolean close) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (close) {
      // the rest of the body is not read: the connection cannot carry another request
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.bodyLength());
    response.write(true, ByteBuffer.wrap(answer.bodyBytes()), callback);
  }

  /**
   * Reads a request body of at most a given size as it arrives, holding no thread while waiting:
   * the read resumes on Jetty's demand callback.
   */
  private static final class BodyReader implements Runnable {
    private final Request request;
    private final int max;
    private final boolean drop;
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

    /**
     * A reader of a request's body.
     *
     * @param drop read the body to its end without keeping it (a body declared over the limit),
     *     then fail with {@link BodyDropped}
     */
    BodyReader(Request request, int max, boolean drop) {
      this.request = request;
      this.max = max;
      this.drop = drop;
    }

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
            done.completeExceptionally(new BodyDropped());
          }
          continue;
        }
        if (bytes.size() + buffer.remaining() > max) {
          chunk.release();
          done.completeExceptionally(new BodyTooLarge());
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
  }

  /** The body is over the size limit. */
  private static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super(null, null, false, false);
    }
  }

  /** The body, declared over the size limit, was read to its end and dropped. */
  private static final class BodyDropped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyDropped() {
      super(null, null, false, false);
    }
  }

  /** The body did not arrive in time. */
  private static final class BodyTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTimeout() {
      super(null, null, false, false);
    }
  }

  /**
   * Holds the next request on a kept-alive connection to the header timeout once its first bytes
   * have come: checked every header timeout from now, the connection is closed at the first check
   * that finds the bytes of a request whose headers were already incomplete at the check before
   * (so between one and two header timeouts after its first byte). A connection that sends nothing
   * is left to the idle timeout.
   */
  private void watchNextRequest(Connection connection) {
    long messages = connection.getMessagesIn();
    long bytes = connection.getBytesIn();
    connector.getScheduler().schedule(
        () -> checkNextRequest(connection, messages, bytes, false),
        headerTimeout.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void checkNextRequest(Connection connection, long messages, long bytes, boolean begun) {
    if (!connection.getEndPoint().isOpen() || connection.getMessagesIn() != messages) {
      return; // closed, or the next request's headers came (its own request watches on)
    }
    boolean begunNow = connection.getBytesIn() > bytes;
    if (begun && begunNow) {
      connection.getEndPoint().close();
      return;
    }
    connector.getScheduler().schedule(
        () -> checkNextRequest(connection, messages, bytes, begunNow),
        headerTimeout.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Closes a connection whose first request's headers have not arrived within the header timeout;
   * later requests on a kept-alive connection are held to it by {@link #watchNextRequest}.
   */
  private final class HeaderDeadline implements Connection.Listener {
    @Override
    public void onOpened(Connection connection) {
      connector.getScheduler().schedule(
          () -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
              connection.getEndPoint().close();
            }
          },
          headerTimeout.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Jetty's own error responses (a malformed request line or header) as OperationOutcomes. */
  private static final class Errors implements Request.Handler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus() >= 400 ? response.getStatus() : 400;
      String problem =
          switch (status) {
            case 413 -> "the request is larger than this service accepts";
            case 431 -> "the request headers are larger than this service accepts";
            case 408 -> "the request did not arrive in time";
            default -> status < 500 ? "the request is not valid HTTP" : "internal error";
          };
      IssueType type = status < 500 ? IssueType.INVALID : IssueType.EXCEPTION;
      send(response, callback, CdsHooksHandler.errorResponse(status, type, "", problem, "*"), true);
      return true;
    }
  }

  /**
   * Builds a {@link CdsHooksServer}; every option has a default the module README lists.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final CdsHooksHandler handler;
    private String host = "127.0.0.1";
    private int port = 0;
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int maxConnections = 1_000;
    private int maxHeaderBytes = 16 * 1024;
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(20);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(5);

    private Builder(CdsHooksHandler handler) {
      this.handler = handler;
    }

    /**
     * Sets the address to listen on (default {@code 127.0.0.1}).
     *
     * @param host a host name or address; {@code 0.0.0.0} for every interface
     * @return this builder
     */
    public Builder host(String host) {
      this.host = checkNotNull(host, "host");
      return this;
    }

    /**
     * Sets the TCP port (default 0: a free one, see {@link CdsHooksServer#port()}).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65535, "port must be 0-65535, was %s", port);
      this.port = port;
      return this;
    }

    /**
     * Sets the number of request threads (default: the number of processors, at least 2).
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Sets the most open connections (default 1,000); beyond it, new connections wait in the
     * operating system's accept queue.
     *
     * @param connections at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code connections} is below 1
     */
    public Builder maxConnections(int connections) {
      checkArgument(connections >= 1, "maxConnections must be >= 1, was %s", connections);
      this.maxConnections = connections;
      return this;
    }

    /**
     * Sets the largest request line and headers (default 16 KiB); larger is a 431.
     *
     * @param bytes at least 1,024
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1,024
     */
    public Builder maxHeaderBytes(int bytes) {
      checkArgument(bytes >= 1024, "maxHeaderBytes must be >= 1024, was %s", bytes);
      this.maxHeaderBytes = bytes;
      return this;
    }

    /**
     * Sets how long a request's headers may take (default 10 s): a new connection's first request
     * from the connection's opening; a later request on a kept-alive connection from its first
     * byte, checked every timeout (so its connection is closed between one and two timeouts after
     * that byte). A kept-alive connection that sends nothing is held to the idle timeout instead.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public Builder headerTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "headerTimeout must be positive, was %s", timeout);
      this.headerTimeout = timeout;
      return this;
    }

    /**
     * Sets how long a request's body may take to arrive after its headers (default 20 s); later is
     * a 408 and the connection is closed.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public Builder bodyTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "bodyTimeout must be positive, was %s", timeout);
      this.bodyTimeout = timeout;
      return this;
    }

    /**
     * Sets how long a connection may stay silent, between requests or within one (default 30 s).
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public Builder idleTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative() && !timeout.isZero(), "idleTimeout must be positive, was %s", timeout);
      this.idleTimeout = timeout;
      return this;
    }

    /**
     * Sets how long {@link CdsHooksServer#close()} lets requests in progress finish (default 5 s).
     *
     * @param timeout zero or positive
     * @return this builder
     * @throws IllegalArgumentException if the timeout is negative
     */
    public Builder stopTimeout(Duration timeout) {
      checkArgument(!timeout.isNegative(), "stopTimeout must not be negative, was %s", timeout);
      this.stopTimeout = timeout;
      return this;
    }

    /**
     * Returns the server, not yet started.
     *
     * @return the server
     */
    public CdsHooksServer build() {
      return new CdsHooksServer(this);
    }
  }
}

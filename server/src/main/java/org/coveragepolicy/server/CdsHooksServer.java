package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import org.coveragepolicy.review.ClaimReview;

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
  private final JettyHost host;
  private boolean started;

  private CdsHooksServer(JettyHost.Settings settings) {
    this.host = new JettyHost(settings);
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
      host.start();
    } catch (java.io.IOException e) {
      host.stop();
      throw e;
    } catch (Exception e) {
      host.stop();
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
    return host.port();
  }

  /**
   * Stops gracefully: stops accepting connections, lets requests in progress finish for up to the
   * stop timeout, then closes every connection.
   */
  @Override
  public void close() {
    host.stop();
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
      return new CdsHooksServer(
          new JettyHost.Settings(
              handler, host, port, threads, maxConnections, maxHeaderBytes,
              headerTimeout, bodyTimeout, idleTimeout, stopTimeout));
    }
  }
}

package org.coveragepolicy.server;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's core server set up as a {@link CdsHooksServer}'s settings say: its threads, one
 * connector with its limits and deadlines, the {@link HostHandler} behind a graceful stop, and
 * Jetty's own errors as OperationOutcomes. It starts and stops; {@link CdsHooksServer} guards the
 * order of the calls.
 */
final class JettyHost {
  /** A {@link CdsHooksServer}'s settings, as its builder collected them. */
  record Settings(
      CdsHooksHandler handler,
      String host,
      int port,
      int threads,
      int maxConnections,
      int maxHeaderBytes,
      Duration headerTimeout,
      Duration bodyTimeout,
      Duration idleTimeout,
      Duration stopTimeout) {}

  private final Server server;
  private final ServerConnector connector;

  /** The request threads: one queue, first in first out, so that no connection waits behind others' turns. */
  private final ThreadPoolExecutor requests;

  JettyHost(Settings s) {
    AtomicInteger requestThreads = new AtomicInteger();
    requests =
        new ThreadPoolExecutor(
            s.threads(), s.threads(), 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
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
    http.setRequestHeaderSize(s.maxHeaderBytes());
    http.setIdleTimeout(s.idleTimeout().toMillis());
    // one acceptor and one selector, and two threads for Jetty's parsing and writing
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(s.host());
    connector.setPort(s.port());
    connector.setIdleTimeout(s.idleTimeout().toMillis());
    connector.setAcceptedTcpNoDelay(true);
    connector.setAcceptQueueSize(128);
    HeaderDeadline headerDeadline = new HeaderDeadline(connector, s.headerTimeout());
    connector.addBean(headerDeadline);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(s.maxConnections(), connector));
    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(new HostHandler(s.handler(), s.bodyTimeout(), requests, headerDeadline));
    server.setHandler(graceful);
    server.setStopTimeout(s.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    server.setErrorHandler(new JettyErrorHandler());
  }

  /**
   * Starts listening.
   *
   * @throws Exception whatever Jetty throws, such as an {@link java.io.IOException} if the address
   *     cannot be bound
   */
  void start() throws Exception {
    server.start();
  }

  /** The port listened on, or -1 before {@link #start()}. */
  int port() {
    return connector.getLocalPort();
  }

  /**
   * Stops gracefully (requests in progress finish for up to the stop timeout, then every connection
   * is closed) and ends the request threads; stopping a server that failed to start, or was
   * stopped, does nothing more.
   */
  void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping a server that failed to start, or was stopped: nothing more to release
    } finally {
      requests.shutdown();
    }
  }
}

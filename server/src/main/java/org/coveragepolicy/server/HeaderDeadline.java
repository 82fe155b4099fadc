package org.coveragepolicy.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The header timeout of a connector's connections: closes a connection whose first request's
 * headers have not arrived within it, and, through {@link #watchNextRequest}, holds each later
 * request on a kept-alive connection to it too. A connection that sends nothing after a request is
 * left to the idle timeout.
 */
final class HeaderDeadline implements Connection.Listener {
  private final ServerConnector connector;
  private final Duration headerTimeout;

  HeaderDeadline(ServerConnector connector, Duration headerTimeout) {
    this.connector = connector;
    this.headerTimeout = headerTimeout;
  }

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

  /**
   * Holds the next request on a kept-alive connection to the header timeout once its first bytes
   * have come: checked every header timeout from now, the connection is closed at the first check
   * that finds the bytes of a request whose headers were already incomplete at the check before
   * (so between one and two header timeouts after its first byte). A connection that sends nothing
   * is left to the idle timeout.
   */
  void watchNextRequest(Connection connection) {
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
}

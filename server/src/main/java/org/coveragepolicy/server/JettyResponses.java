package org.coveragepolicy.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a {@link CdsHooksResponse} as Jetty's response to a request. */
final class JettyResponses {
  private JettyResponses() {}

  /**
   * Sends a response: its status, headers and body with its length.
   *
   * @param close whether the connection closes after it (the rest of the request body is not read)
   */
  static void send(Response response, Callback callback, CdsHooksResponse answer, boolean close) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    if (close) {
      // the rest of the body is not read: the connection cannot carry another request
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.bodyLength());
    response.write(true, ByteBuffer.wrap(answer.bodyBytes()), callback);
  }
}

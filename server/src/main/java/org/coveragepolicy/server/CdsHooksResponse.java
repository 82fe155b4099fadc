package org.coveragepolicy.server;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP response of the CDS Hooks handler: status, headers and body, for the host to send as
 * they are. Immutable.
 *
 * @since 0.2.0
 */
public final class CdsHooksResponse {
  private final int status;
  private final ImmutableMap<String, String> headers;
  private final byte[] body;

  CdsHooksResponse(int status, ImmutableMap<String, String> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status, such as 200
   */
  public int status() {
    return status;
  }

  /**
   * Returns the headers to send, in order: {@code Content-Type} when there is a body, and the CORS
   * headers.
   *
   * @return the headers, names as HTTP writes them
   */
  public ImmutableMap<String, String> headers() {
    return headers;
  }

  /**
   * Returns a header's value.
   *
   * @param name the header name, in any case
   * @return the value, or empty if the response has no such header
   */
  public Optional<String> header(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return headers.entrySet().stream()
        .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lower))
        .map(java.util.Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes (UTF-8 JSON), empty for none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body's length in bytes.
   *
   * @return the length
   */
  public int bodyLength() {
    return body.length;
  }

  /**
   * Returns the body as text.
   *
   * @return the body decoded as UTF-8
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Writes the body to a stream, without a copy.
   *
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public void writeBodyTo(OutputStream out) throws IOException {
    out.write(body);
  }

  /** The body without a copy, for this package. */
  byte[] bodyBytes() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CdsHooksResponse r
        && status == r.status
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "CdsHooksResponse{" + status + ", " + body.length + " bytes}";
  }
}

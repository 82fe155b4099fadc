package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as the CDS Hooks handler sees it: method, path, headers and body, with no tie to
 * any web framework. Immutable; header names are kept in lower case and looked up in any case.
 *
 * <p>{@link #toString()} shows the method, path and body length, never the body (a CDS Hooks
 * request holds a patient's record).
 *
 * @since 0.2.0
 */
public final class CdsHooksRequest {
  private final String method;
  private final String path;
  private final ImmutableMap<String, String> headers;
  private final byte[] body;

  private CdsHooksRequest(String method, String path, ImmutableMap<String, String> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
  }

  /**
   * Returns a request.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param path the request path without query string, such as {@code /cds-services/coverage-order-sign}
   * @param headers the request headers, one value per name (give the first where a header repeats);
   *     names in any case
   * @param body the request body (copied); empty for none
   * @return the request
   * @throws IllegalArgumentException if two header names differ only in case
   */
  public static CdsHooksRequest of(String method, String path, Map<String, String> headers, byte[] body) {
    checkNotNull(method, "method");
    checkNotNull(path, "path");
    ImmutableMap.Builder<String, String> h = ImmutableMap.builder();
    headers.forEach((name, value) -> h.put(name.toLowerCase(Locale.ROOT), checkNotNull(value, name)));
    return new CdsHooksRequest(method, path, h.buildOrThrow(), body.clone());
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request path.
   *
   * @return the path, such as {@code /cds-services}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the headers.
   *
   * @return the headers, names in lower case
   */
  public ImmutableMap<String, String> headers() {
    return headers;
  }

  /**
   * Returns a header's value.
   *
   * @param name the header name, in any case
   * @return the value, or empty if the request has no such header
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /** The body without a copy, for this package. */
  byte[] bodyBytes() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CdsHooksRequest r
        && method.equals(r.method)
        && path.equals(r.path)
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * method.hashCode() + path.hashCode()) + headers.hashCode()) + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "CdsHooksRequest{" + method + " " + path + ", " + body.length + " bytes}";
  }
}

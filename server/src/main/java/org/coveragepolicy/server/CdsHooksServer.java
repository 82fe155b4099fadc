package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkArgument;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ClaimReview;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A CDS Hooks service for the orders of a policy's products on the JDK's HTTP server ({@code com.sun.net.httpserver}):
 * {@code GET /cds-services} is the discovery document; {@code POST
 * /cds-services/POLICY-order-sign} and {@code /cds-services/POLICY-order-select} review the
 * MedicationRequests of the request against the prefetched record and answer with a card
 * per order (what is missing, each rule with its citation; no links) and a {@code systemActions}
 * update carrying the Da Vinci CRD coverage-information extension.
 *
 * <p>A request that cannot be read gets a 400 with a FHIR {@code OperationOutcome} naming the
 * element at fault, never a stack trace; a body over the size limit gets a 413. Requests run on a
 * fixed pool of threads with a bounded queue; when the queue is full, the accepting thread runs the
 * request itself, which slows acceptance instead of dropping connections. Nothing is logged.
 *
 * @since 0.2.0
 */
public final class CdsHooksServer implements AutoCloseable {
  /** The default limit on a request body: 1 MiB. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

  /** How much of an oversized body is read and discarded before the 413 is sent. */
  private static final long DRAIN_LIMIT_BYTES = 16L << 20;

  private final HttpServer server;
  private final ThreadPoolExecutor pool;

  private CdsHooksServer(HttpServer server, ThreadPoolExecutor pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * Starts a server.
   *
   * @param address the address to listen on; port 0 picks a free port
   * @param review the claim review (its catalog names the products)
   * @param edition the policy edition orders are reviewed under, or null for the policy default
   * @param threads the number of request threads, at least 1
   * @param maxRequestBytes the largest request body accepted, at least 1
   * @return the running server
   * @throws IOException if the address cannot be bound
   * @throws IllegalArgumentException if {@code threads} or {@code maxRequestBytes} is below 1
   */
  public static CdsHooksServer start(
      InetSocketAddress address,
      ClaimReview review,
      @Nullable Edition edition,
      int threads,
      int maxRequestBytes)
      throws IOException {
    checkArgument(threads >= 1, "threads must be >= 1, was %s", threads);
    checkArgument(maxRequestBytes >= 1, "maxRequestBytes must be >= 1, was %s", maxRequestBytes);
    CdsServices services = new CdsServices(new OrderReview(review, edition));
    HttpServer server = HttpServer.create(address, 128);
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(threads * 64),
            r -> {
              Thread t = new Thread(r, "cds-hooks-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    server.setExecutor(pool);
    server.createContext("/", exchange -> handle(exchange, services, maxRequestBytes));
    server.start();
    return new CdsHooksServer(server, pool);
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting requests, lets running ones finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdown();
  }

  private static void handle(HttpExchange exchange, CdsServices services, int maxBytes)
      throws IOException {
    try (exchange) {
      CdsServices.Response response;
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      byte @Nullable [] body = null;
      if (length != null && parseLength(length) > maxBytes) {
        response = tooLarge(maxBytes);
      } else {
        body = readBounded(exchange.getRequestBody(), maxBytes);
        response =
            body == null
                ? tooLarge(maxBytes)
                : services.handle(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    new String(body, StandardCharsets.UTF_8));
      }
      if (body == null) {
        // let the client finish sending before answering, so it reads the 413; bounded
        drain(exchange.getRequestBody(), DRAIN_LIMIT_BYTES);
      }
      byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=utf-8");
      exchange.sendResponseHeaders(response.status(), out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    }
  }

  private static long parseLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static CdsServices.Response tooLarge(int maxBytes) {
    return CdsServices.error(
        413, OperationOutcome.IssueType.TOOLONG, "", "the request body is over " + maxBytes + " bytes");
  }

  /** Discards at most {@code limit} further bytes of a request body. */
  private static void drain(InputStream in, long limit) throws IOException {
    long left = limit;
    byte[] buffer = new byte[8192];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  /** Reads at most {@code max} bytes; null when the body is longer. */
  private static byte @Nullable [] readBounded(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    return bytes.length > max ? null : bytes;
  }
}

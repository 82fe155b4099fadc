package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency and throughput of a running {@code coverage-review serve} (not part of the build; run
 * by {@code benchmarks/serve-latency.sh}): the example Bundle turned into an order-sign request,
 * sent by one client sequentially, then by many clients at once, each on one kept-alive
 * connection of its own, as an EHR's CDS client would.
 *
 * <pre>java -cp benchmarks.jar org.coveragepolicy.benchmarks.ServeLoad PORT BUNDLE WARMUP
 * SEQUENTIAL CLIENTS REQUESTS</pre>
 *
 * <p>The client is plain blocking sockets, one thread per connection, so that it costs the shared
 * cores as little as it can: a request is written whole, and its response read to its
 * Content-Length, between two {@link System#nanoTime()} readings. The concurrent round runs once
 * unmeasured first (the JIT's warm-up of the concurrent paths on both sides). Exit status 1 when a
 * request failed (a status other than 200, a closed connection).
 */
public final class ServeLoad {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PATH = "/cds-services/coverage-order-sign";

  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    byte[] body = orderSign(Path.of(args[1]));
    int warmup = Integer.parseInt(args[2]);
    int sequential = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    int requests = Integer.parseInt(args[5]);

    try (Client c = new Client(port)) {
      String first = c.send(body);
      JsonNode card = MAPPER.readTree(first).get("cards").get(0);
      System.out.println("request: " + body.length + " bytes; answer: " + first.length() + " characters, card "
          + card.get("indicator").asText() + ": " + card.get("summary").asText());
      for (int i = 0; i < warmup; i++) {
        c.send(body);
      }
      long[] t = new long[sequential];
      for (int i = 0; i < sequential; i++) {
        long t0 = System.nanoTime();
        c.send(body);
        t[i] = System.nanoTime() - t0;
      }
      Arrays.sort(t);
      System.out.printf(Locale.ROOT, "one client, %d sequential requests after %d warm-up: p50 %.2f ms, p99 %.2f ms%n",
          sequential, warmup, ms(t, 500), ms(t, 990));
    }

    // the same load once unmeasured, so that the JIT has compiled the concurrent paths of both
    // sides (and the server's heap has reached its working size) before the measured round
    concurrent(port, body, clients, requests);
    long gc0 = gcMillis();
    Round r = concurrent(port, body, clients, requests);
    long[] t = r.times();
    System.out.printf(Locale.ROOT,
        "%d clients x %d requests: %d errors, %.0f requests/s over %.2f s, p50 %.2f ms, p99 %.2f ms"
            + " (p90 %.2f, p99.9 %.2f, max %.2f ms; the first client done after %.2f s;"
            + " the client's own GC %d ms)%n",
        clients, requests, r.errors(), t.length / (r.wallNanos() / 1e9), r.wallNanos() / 1e9,
        ms(t, 500), ms(t, 990), ms(t, 900), ms(t, 999), t[t.length - 1] / 1e6,
        r.firstDoneNanos() / 1e9, gcMillis() - gc0);
    if (r.firstError() != null) {
      System.out.println("first error: " + r.firstError());
    }
    if (r.errors() > 0) {
      System.exit(1);
    }
  }

  /** The latencies of one round, sorted, its errors and its wall-clock time. */
  private record Round(
      long[] times, int errors, long wallNanos, @org.jspecify.annotations.Nullable String firstError,
      long firstDoneNanos) {}

  /** CLIENTS threads, each with a connection of its own, send REQUESTS requests each in turn. */
  private static Round concurrent(int port, byte[] body, int clients, int requests) throws Exception {
    AtomicInteger errors = new AtomicInteger();
    java.util.Queue<String> messages = new java.util.concurrent.ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(clients);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.Queue<Long> done = new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] t = new long[requests];
        // connected before the clock starts: the round measures requests, not TCP handshakes
        Client client = new Client(port);
        ready.countDown();
        go.await();
        try {
          for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            try {
              client.send(body);
            } catch (IOException e) {
              errors.incrementAndGet();
              messages.add(String.valueOf(e.getMessage()));
              client.close();
              client = new Client(port);
            }
            t[i] = System.nanoTime() - t0;
          }
        } finally {
          client.close();
        }
        done.add(System.nanoTime());
        return t;
      }));
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    long wall = System.nanoTime() - start;
    long firstDone = done.stream().mapToLong(Long::longValue).min().orElse(wall) - start;
    pool.shutdown();
    long[] t = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Round(t, errors.get(), wall, messages.peek(), firstDone);
  }

  private static long gcMillis() {
    long sum = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /** The per-mille-th latency of sorted times, in ms (500: the median, 990: p99). */
  private static double ms(long[] sorted, int permille) {
    return sorted[Math.min(sorted.length - 1, (int) ((long) sorted.length * permille / 1000))] / 1e6;
  }

  /**
   * The order-sign request of a review-case Bundle: its Patient and record resources as prefetch,
   * its MedicationRequest as the draft order; the claim and its correspondence are left out.
   */
  static byte[] orderSign(Path bundle) throws IOException {
    JsonNode b = MAPPER.readTree(bundle.toFile());
    List<JsonNode> conditions = new ArrayList<>();
    List<JsonNode> observations = new ArrayList<>();
    List<JsonNode> therapies = new ArrayList<>();
    List<JsonNode> reports = new ArrayList<>();
    List<JsonNode> notes = new ArrayList<>();
    JsonNode patient = MAPPER.createObjectNode();
    List<JsonNode> orders = new ArrayList<>();
    for (JsonNode e : b.get("entry")) {
      ObjectNode r = (ObjectNode) e.get("resource");
      switch (r.get("resourceType").asText()) {
        case "Patient" -> patient = r;
        case "MedicationRequest" -> {
          r.put("status", "draft");
          // an order names its route; the claim's record keeps it on the administration
          ObjectNode dosage = (ObjectNode) r.withArray("dosageInstruction").get(0);
          if (!dosage.has("route")) {
            dosage.putObject("route").putArray("coding").addObject()
                .put("system", "http://snomed.info/sct").put("code", "34206005");
          }
          orders.add(r);
        }
        case "Condition" -> conditions.add(r);
        case "Observation" -> observations.add(r);
        case "MedicationStatement" -> therapies.add(r);
        case "DiagnosticReport", "ImagingStudy" -> reports.add(r);
        case "Composition" -> notes.add(r);
        default -> { } // Claim, CommunicationRequest, Communication, the administration being billed
      }
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("hook", "order-sign");
    root.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
    ObjectNode context = root.putObject("context");
    context.put("userId", "Practitioner/example");
    context.put("patientId", patient.get("id").asText());
    context.set("draftOrders", searchset(orders));
    ObjectNode p = root.putObject("prefetch");
    p.set("patient", patient);
    p.set("conditions", searchset(conditions));
    p.set("observations", searchset(observations));
    p.set("administrations", searchset(List.of()));
    p.set("therapies", searchset(therapies));
    p.set("reports", searchset(reports));
    p.set("notes", searchset(notes));
    return MAPPER.writeValueAsBytes(root);
  }

  private static ObjectNode searchset(List<JsonNode> resources) {
    ObjectNode b = MAPPER.createObjectNode();
    b.put("resourceType", "Bundle");
    b.put("type", "searchset");
    ArrayNode entries = b.putArray("entry");
    resources.forEach(r -> entries.addObject().set("resource", r));
    return b;
  }

  /** One kept-alive HTTP/1.1 connection: a request, then its whole response, in turn. */
  private static final class Client implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    Client(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    String send(byte[] body) throws IOException {
      byte[] head = ("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] request = Arrays.copyOf(head, head.length + body.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      out.write(request);
      out.flush();
      String status = line();
      int length = -1;
      for (String h = line(); !h.isEmpty(); h = line()) {
        if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
          length = Integer.parseInt(h.substring(15).trim());
        }
      }
      byte[] answer = in.readNBytes(length);
      if (!status.startsWith("HTTP/1.1 200") || answer.length != length) {
        throw new IOException("answer: " + status);
      }
      return new String(answer, StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream(64);
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.write(c);
        }
      }
      return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}

package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.Test;

/**
 * The standalone host over raw sockets: what a slow, stalled or malformed client gets, and that it
 * takes no thread from the others. No assertion depends on timing: a test waits as long as it
 * needs for an answer that must come while the slow clients are still connected.
 */
class HttpHostTest {
  static final String SIGN = "/cds-services/" + CdsServices.ORDER_SIGN;

  /** The start of a POST of JSON to the order-sign service: its request line, Host and Content-Type. */
  static final String POST_JSON =
      "POST " + SIGN + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";

  static CdsHooksServer server(int threads) throws IOException {
    return CdsHooksServer.builder(CdsHooksHandler.builder(ClaimReview.standard()).build())
        .threads(threads)
        .build()
        .start();
  }

  /** Sends raw bytes and reads the whole answer (the server closes or the response ends). */
  static String exchange(int port, byte[] request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      s.shutdownOutput();
      return readToClose(s);
    }
  }

  /** Sends a request written as text (ASCII) and reads the whole answer. */
  static String exchange(int port, String request) throws IOException {
    return exchange(port, request.getBytes(StandardCharsets.US_ASCII));
  }

  /** A whole POST of JSON to the order-sign service: its length declared, the connection closed after. */
  static byte[] post(String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        (POST_JSON + "Content-Length: " + b.length + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(b);
    return out.toByteArray();
  }

  /** Sends text (ASCII) on an open connection, leaving it open. */
  static void send(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
  }

  /** Reads all the server sends until it closes the connection. */
  static String readToClose(Socket s) throws IOException {
    return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  static CdsHooksServer withMaxRequestBytes(int max) throws IOException {
    return CdsHooksServer.builder(
            CdsHooksHandler.builder(ClaimReview.standard())
                .limits(CdsHooksLimits.builder().maxRequestBytes(max).build())
                .build())
        .build()
        .start();
  }

  /**
   * Clients that have each sent the first bytes of a request and then nothing, closed together.
   *
   * @param sockets the clients' connections
   */
  record StalledClients(List<Socket> sockets) implements AutoCloseable {
    static StalledClients open(int port, int count, byte[] firstBytes) throws IOException {
      StalledClients clients = new StalledClients(new ArrayList<>());
      try {
        for (int i = 0; i < count; i++) {
          Socket s = new Socket("127.0.0.1", port);
          clients.sockets().add(s);
          s.getOutputStream().write(firstBytes);
          s.getOutputStream().flush();
        }
      } catch (IOException e) {
        clients.close();
        throw e;
      }
      return clients;
    }

    @Override
    public void close() throws IOException {
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void aValidRequestIsAnsweredWhileSixteenHalfSentRequestsAreOpen() throws Exception {
    String body = Requests.prolia("order-sign", true).toString();
    byte[] whole = post(body);
    // the headers and half of the body, then nothing
    byte[] half = java.util.Arrays.copyOf(whole, whole.length - body.length() / 2);
    try (CdsHooksServer server = server(2);
        StalledClients slow = StalledClients.open(server.port(), 16, half)) {
      String answer = exchange(server.port(), whole);
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"cards\":[{");
      for (Socket s : slow.sockets()) {
        assertThat(s.isClosed()).isFalse();
      }
    }
  }

  @Test
  void aValidRequestIsAnsweredWhileSixteenClientsSendOnlyPartOfTheirHeaders() throws Exception {
    byte[] partOfTheHeaders = ("POST " + SIGN + " HTTP/1.1\r\nHost: local").getBytes(StandardCharsets.US_ASCII);
    try (CdsHooksServer server = server(2);
        StalledClients slow = StalledClients.open(server.port(), 16, partOfTheHeaders)) {
      String answer = exchange(server.port(), post(Requests.prolia("order-sign", true).toString()));
      assertThat(answer).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void sixteenConcurrentClientsAllGetTheSameAnswerAsOneClient() throws Exception {
    try (CdsHooksServer server = server(4)) {
      byte[] request = post(Requests.prolia("order-sign", false).toString());
      String expected = body(exchange(server.port(), request));
      ExecutorService clients = Executors.newFixedThreadPool(16);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
          results.add(
              clients.submit(
                  () -> {
                    List<String> bodies = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                      String answer = exchange(server.port(), request);
                      assertThat(answer).startsWith("HTTP/1.1 200");
                      bodies.add(body(answer));
                    }
                    return bodies;
                  }));
        }
        for (Future<List<String>> f : results) {
          assertThat(f.get()).hasSize(25).containsOnly(expected);
        }
      } finally {
        clients.shutdownNow();
      }
    }
  }

  @Test
  void aContentLengthThatIsNotANumberIsA400OperationOutcomeWithoutAJavaType() throws Exception {
    try (CdsHooksServer server = server(2)) {
      String answer = exchange(server.port(), POST_JSON + "Content-Length: abc\r\n\r\n{}");
      assertThat(answer).startsWith("HTTP/1.1 400").contains("OperationOutcome");
      assertThat(answer).doesNotContain("Exception").doesNotContain("java.").doesNotContain("<html");
    }
  }

  @Test
  void aBodyOverTheLimitIsA413EvenWithoutAContentLength() throws Exception {
    try (CdsHooksServer server = withMaxRequestBytes(1000)) {
      String chunk = "{\"pad\":\"" + "x".repeat(2000) + "\"}";
      String request =
          POST_JSON + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
              + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";
      String answer = exchange(server.port(), request);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("OperationOutcome");
    }
  }

  /** Reads one response (headers and a Content-Length body) from a kept-alive connection. */
  static String response(java.io.InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int c = in.read();
      assertThat(c).as("the connection closed within a response's headers: %s", head).isNotNegative();
      head.write(c);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?im)^content-length: *(\\d+)").matcher(headers);
    assertThat(m.find()).as("a Content-Length in %s", headers).isTrue();
    byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void aBodyDeclaredFarOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
    try (CdsHooksServer server = withMaxRequestBytes(1000);
        Socket s = new Socket("127.0.0.1", server.port())) {
      // the headers only: the answer must come without the body, and the connection then closes
      send(s, POST_JSON + "Content-Length: 100000000\r\n\r\n");
      s.setSoTimeout(120_000); // only guards against a hung build
      String answer = readToClose(s);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("OperationOutcome");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
    }
  }

  @Test
  void aBodyALittleOverTheLimitIsReadRefusedAndTheConnectionServesTheNextRequest() throws Exception {
    int max = 1000;
    assertThat(HostHandler.drainBytes(max)).isGreaterThanOrEqualTo(max);
    try (CdsHooksServer server = withMaxRequestBytes(max);
        Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(120_000); // only guards against a hung build
      String pad = "{\"pad\":\"" + "x".repeat(max - 9) + "\"}";
      assertThat(pad).hasSize(max + 1);
      send(s, POST_JSON + "Content-Length: " + pad.length() + "\r\n\r\n" + pad);
      String first = response(s.getInputStream());
      assertThat(first).startsWith("HTTP/1.1 413").contains("OperationOutcome");
      assertThat(first.toLowerCase(java.util.Locale.ROOT)).doesNotContain("connection: close");
      // the same connection carries the next request
      send(s, "GET /cds-services HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(response(s.getInputStream())).startsWith("HTTP/1.1 200").contains("\"services\"");
    }
  }

  @Test
  void corsPreflightIsAnswered() throws Exception {
    try (CdsHooksServer server = server(2)) {
      String answer =
          exchange(
              server.port(),
              "OPTIONS " + SIGN + " HTTP/1.1\r\nHost: x\r\nOrigin: https://ehr.example.org\r\n"
                  + "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
      assertThat(answer).startsWith("HTTP/1.1 204");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT))
          .contains("access-control-allow-origin: *")
          .contains("access-control-allow-methods: get, post, options");
    }
  }

  /** A server whose deadlines are short, so that the tests below end soon; they wait as needed. */
  static CdsHooksServer withShortDeadlines() throws IOException {
    return CdsHooksServer.builder(CdsHooksHandler.builder(ClaimReview.standard()).build())
        .headerTimeout(java.time.Duration.ofSeconds(1))
        .bodyTimeout(java.time.Duration.ofSeconds(1))
        .build()
        .start();
  }

  @Test
  void aConnectionThatNeverFinishesItsHeadersIsClosedByTheServer() throws Exception {
    try (CdsHooksServer server = withShortDeadlines();
        Socket s = new Socket("127.0.0.1", server.port())) {
      send(s, "POST " + SIGN + " HTTP/1.1\r\nHost: x\r\nContent-Le");
      s.setSoTimeout(120_000); // only guards against a hung build
      assertThat(s.getInputStream().read()).as("closed without an answer").isEqualTo(-1);
    }
  }

  @Test
  void aLaterRequestOnAKeptAliveConnectionIsHeldToTheHeaderTimeoutToo() throws Exception {
    // the idle timeout is far beyond the socket's guard: only the header deadline can close it
    try (CdsHooksServer server =
            CdsHooksServer.builder(CdsHooksHandler.builder(ClaimReview.standard()).build())
                .headerTimeout(java.time.Duration.ofSeconds(1))
                .idleTimeout(java.time.Duration.ofHours(1))
                .build()
                .start();
        Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(120_000); // only guards against a hung build
      send(s, "GET /cds-services HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(response(s.getInputStream())).startsWith("HTTP/1.1 200");
      // the second request's headers begin, then nothing more comes
      send(s, "POST " + SIGN + " HTTP/1.1\r\nHost: x\r\nContent-Le");
      assertThat(s.getInputStream().read()).as("closed without an answer").isEqualTo(-1);
    }
  }

  @Test
  void aBodyThatStopsArrivingIsA408() throws Exception {
    try (CdsHooksServer server = withShortDeadlines();
        Socket s = new Socket("127.0.0.1", server.port())) {
      send(s, POST_JSON + "Content-Length: 100\r\n\r\n{\"hook\":");
      s.setSoTimeout(120_000); // only guards against a hung build
      String answer = readToClose(s);
      assertThat(answer).startsWith("HTTP/1.1 408").contains("OperationOutcome");
    }
  }

  @Test
  void closeStopsListening() throws Exception {
    CdsHooksServer server = server(2);
    int port = server.port();
    server.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(IOException.class);
  }

  static String body(String answer) {
    return answer.substring(answer.indexOf("\r\n\r\n") + 4);
  }

}

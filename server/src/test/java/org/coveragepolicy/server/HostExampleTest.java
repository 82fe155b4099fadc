package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.Test;

/**
 * The handler hosted by another stack, here the JDK's own HTTP server, in the few lines the module
 * README shows for Spring Boot and a servlet: the host copies method, path, headers and body in,
 * and status, headers and body out.
 */
class HostExampleTest {
  // the example: everything a host needs
  static final CdsHooksHandler CDS = CdsHooksHandler.builder(ClaimReview.standard()).build();

  static void exchange(HttpExchange http) throws IOException {
    try (http) {
      Map<String, String> headers = new LinkedHashMap<>();
      http.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      byte[] body = http.getRequestBody().readNBytes(CDS.limits().maxRequestBytes() + 1);
      CdsHooksResponse r =
          CDS.handle(
              CdsHooksRequest.of(http.getRequestMethod(), http.getRequestURI().getPath(), headers, body));
      r.headers().forEach(http.getResponseHeaders()::set);
      http.sendResponseHeaders(r.status(), r.bodyLength() == 0 ? -1 : r.bodyLength());
      try (OutputStream out = http.getResponseBody()) {
        r.writeBodyTo(out);
      }
    }
  }
  // end of the example

  @Test
  void anotherStackServesTheDiscoveryDocumentAndAServiceThroughTheHandler() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", HostExampleTest::exchange);
    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      HttpResponse<String> discovery =
          client.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
      assertThat(discovery.body()).contains(CdsServices.ORDER_SIGN);
      HttpResponse<String> sign =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/cds-services/" + CdsServices.ORDER_SIGN))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(Requests.prolia("order-sign", true).toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(sign.statusCode()).isEqualTo(200);
      assertThat(sign.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(sign.body()).contains("\"cards\":[{");
    } finally {
      server.stop(0);
    }
  }
}

package org.coveragepolicy.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.Test;

/**
 * A bounded concurrent load on 127.0.0.1: 8 clients each send 1,000 order-sign requests, one at a
 * time; every response must be a 200 with one card. Latency percentiles and throughput are printed
 * and written to {@code target/load-test.txt}, as a record, never as a pass/fail criterion: CI
 * machines are shared and loaded, so the only time limits here stop a hang.
 */
class LoadTest {
  static final int CLIENTS = 8;
  static final int REQUESTS = 1_000;

  /** Only stops a hung request: how long one takes is never a pass/fail criterion. */
  static final Duration HANG = Duration.ofMinutes(5);

  /** Only stops a hung load (the load takes about a minute on a loaded 2-core machine). */
  static final long HANG_MINUTES = 60;

  @Test
  void eightClientsTimesAThousandRequestsWithoutAnError() throws Exception {
    try (CdsHooksServer server =
        CdsHooksServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            ClaimReview.standard(),
            Edition.DEFAULT,
            4,
            CdsHooksServer.DEFAULT_MAX_REQUEST_BYTES)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/cds-services/denosumab-order-sign");
      String[] bodies = {
        Requests.prolia("order-sign", true).toString(), Requests.prolia("order-sign", false).toString()
      };
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long start = System.nanoTime();
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        futures.add(
            clients.submit(
                () -> {
                  HttpClient http = HttpClient.newBuilder().connectTimeout(HANG).build();
                  long[] latencies = new long[REQUESTS];
                  for (int i = 0; i < REQUESTS; i++) {
                    HttpRequest request =
                        HttpRequest.newBuilder(uri)
                            .timeout(HANG)
                            .POST(HttpRequest.BodyPublishers.ofString(bodies[(client + i) % 2]))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200 || !r.body().contains("\"cards\":[{")) {
                      throw new AssertionError("request " + i + " of client " + client + ": " + r.statusCode());
                    }
                  }
                  return latencies;
                }));
      }
      clients.shutdown();
      assertThat(clients.awaitTermination(HANG_MINUTES, TimeUnit.MINUTES)).as("the load did not hang").isTrue();
      long wall = System.nanoTime() - start;
      long[] all = new long[CLIENTS * REQUESTS];
      int k = 0;
      for (Future<long[]> f : futures) {
        for (long l : f.get()) {
          all[k++] = l;
        }
      }
      Arrays.sort(all);
      String report =
          String.format(
              Locale.ROOT,
              "load: %d clients x %d order-sign requests on 127.0.0.1, 4 server threads: 0 errors;"
                  + " p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f requests/s over %.1f s%n",
              CLIENTS,
              REQUESTS,
              all[all.length / 2] / 1e6,
              all[all.length * 90 / 100] / 1e6,
              all[all.length * 99 / 100] / 1e6,
              all[all.length - 1] / 1e6,
              all.length / (wall / 1e9),
              wall / 1e9);
      System.out.print(report);
      Files.writeString(Path.of("target", "load-test.txt"), report, StandardCharsets.UTF_8);
      assertThat(k).isEqualTo(CLIENTS * REQUESTS);
    }
  }
}

package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review --format fhir} and {@code serve} from the command line. */
class FhirFormatTest {
  @TempDir Path dir;

  private static Path examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/fhir"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/fhir");
  }

  @Test
  void reviewOfABundlePrintsWhatReviewOfItsJsonCasePrints() {
    Path ex = examples();
    ReviewCommandTest.Run json =
        ReviewCommandTest.run("", "review", ex.resolve("insufficient-unsigned-progress-note.json").toString());
    ReviewCommandTest.Run fhir =
        ReviewCommandTest.run(
            "", "review", "--format", "fhir",
            ex.resolve("fhir/insufficient-unsigned-progress-note.json").toString());
    assertThat(fhir.exitCode()).isZero();
    assertThat(fhir.err()).isEmpty();
    assertThat(fhir.out()).isEqualTo(json.out());
  }

  @Test
  void aResultOfABundleThatCannotBeWrittenExitsOneNamingStandardOutput() {
    ReviewCommandTest.Run r =
        ReviewCommandTest.runWithFailingStdout(
            "", "review", "--format", "fhir", examples().resolve("fhir/approved-prolia-pmo.json").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("coverage-review: (standard output): cannot be written (write error)\n");
  }

  @Test
  void anInvalidBundleExitsTwoNamingTheElement() throws IOException {
    String bundle =
        Files.readString(examples().resolve("fhir/approved-prolia-pmo.json"))
            .replace("\"quantity\" : {\n          \"value\" : 60", "\"quantity\" : {\n          \"value\" : 0")
            .replace("\"quantity\": {\n          \"value\": 60", "\"quantity\": {\n          \"value\": 0");
    assertThat(bundle).contains("\"value\": 0");
    Path file = Files.writeString(dir.resolve("bad.json"), bundle);
    ReviewCommandTest.Run r = ReviewCommandTest.run("", "review", "--format", "fhir", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Claim.item[0].quantity");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    ReviewCommandTest.Run r =
        ReviewCommandTest.run("{}", "review", "--format", "xml", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--format");
  }

  @Test
  void serveAnswersDiscoveryOnTheGivenPort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    int chosen = port;
    CompletableFuture.runAsync(() -> ReviewCommandTest.run("", "serve", "--port", String.valueOf(chosen)));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + chosen + "/cds-services")).build();
    HttpResponse<String> response = null;
    for (int i = 0; i < 100 && response == null; i++) {
      try {
        response = client.send(get, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    assertThat(response).isNotNull();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("denosumab-order-sign").contains("denosumab-order-select");
  }
}

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review --format fhir} and {@code serve} from the command line. */
class FhirFormatTest {
  /** Only stops a hang: how long anything takes is never a pass/fail criterion. */
  private static final long HANG_MINUTES = 5;

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

  /**
   * {@code serve --port 0} listens on a port the system chooses and says which on standard error
   * once it is listening; discovery answers there. Nothing here waits a fixed time or polls: the
   * test waits for that line (the limit only stops a hang), so a slow or loaded machine only makes
   * it slower.
   */
  @Test
  void serveAnswersDiscoveryOnThePortItAnnounces() throws Exception {
    CompletableFuture<String> firstLine = new CompletableFuture<>();
    OutputStream err =
        new OutputStream() {
          private final ByteArrayOutputStream line = new ByteArrayOutputStream();

          @Override
          public synchronized void write(int b) {
            if (b == '\n') {
              firstLine.complete(line.toString(UTF_8));
              line.reset();
            } else {
              line.write(b);
            }
          }
        };
    Thread serve =
        new Thread(
            () ->
                CoverageReview.run(
                    new String[] {"serve", "--port", "0"},
                    ClaimReview.standard()::review,
                    new ByteArrayInputStream(new byte[0]),
                    new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                    new PrintStream(err, true, UTF_8),
                    false),
            "serve");
    // the service runs until the JVM stops, as it would until SIGTERM
    serve.setDaemon(true);
    serve.start();
    String announced = firstLine.get(HANG_MINUTES, TimeUnit.MINUTES);
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/cds-services$").matcher(announced);
    assertThat(m.find()).as("the first line on standard error: %s", announced).isTrue();
    int port = Integer.parseInt(m.group(1));
    assertThat(port).isPositive();

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cds-services"))
                    .timeout(Duration.ofMinutes(HANG_MINUTES))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("coverage-order-sign").contains("coverage-order-select");
  }
}

package org.coveragepolicy.cli.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coveragepolicy.cli.CoverageReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review --format fhir} in a JVM of its own with a 64 MiB heap: a number that would take
 * unbounded memory to expand, and a patient's name put where a code belongs, are exit 2 with a
 * short message naming the element and never the value.
 */
class FhirLimitsProcessTest {
  @TempDir Path dir;

  private static final Path EXAMPLE = Path.of("..", "examples", "fhir", "approved-prolia-adt-prostate.json");

  private record Run(int exit, String stdout, String stderr) {}

  private Run review(String bundle) throws IOException, InterruptedException {
    Path in = Files.writeString(dir.resolve("bundle.json"), bundle);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CoverageReview.class.getName());
    command.addAll(List.of("review", "--format", "fhir", in.toString()));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    // a generous bound that only guards against a hung build, never a pass criterion
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the review finished").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt"), UTF_8),
        Files.readString(dir.resolve("err.txt"), UTF_8));
  }

  private static String withDose(String value) throws IOException {
    String bundle = Files.readString(EXAMPLE, UTF_8);
    assertThat(bundle).contains("\"value\": 60,");
    return bundle.replaceFirst("\"value\": 60,", "\"value\": " + value + ",");
  }

  @Test
  void aDoseOfOneEToTheNineHundredNinetyNineMillionIsExit2UnderA64MiBHeap() throws Exception {
    Run run = review(withDose("1E+999999999"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains(".value: must be a number written with at most 24 characters");
    assertThat(run.stderr()).doesNotContain("999999999").doesNotContain("OutOfMemory");
    assertThat(run.stderr().length()).isLessThan(1_000);
  }

  @Test
  void aDoseOfOneEToTheHundredThousandIsExit2WithAShortMessage() throws Exception {
    Run run = review(withDose("1E+100000"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr().length()).isLessThan(1_000);
  }

  @Test
  void aNameInPatientGenderNeverComesBack() throws Exception {
    String bundle = Files.readString(EXAMPLE, UTF_8);
    assertThat(bundle).contains("\"gender\": \"male\"");
    Run run = review(bundle.replace("\"gender\": \"male\"", "\"gender\": \"Quillonia\""));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains("Bundle.entry[0].resource.gender: invalid value");
    assertThat(run.stdout() + run.stderr()).doesNotContain("Quillonia");
  }
}

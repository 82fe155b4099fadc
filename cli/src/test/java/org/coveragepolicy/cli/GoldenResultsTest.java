package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example gives, byte for byte, what branch {@code main} gives: the golden files under {@code
 * cli/src/test/golden/} are the output of main's command line ({@code etc/golden.sh} regenerates
 * them from a build of main, never from the working tree), and this test runs the same commands
 * through this build's command line. The project's examples through {@code review}, the FHIR
 * examples through {@code review --format fhir}, {@code examples/batch.jsonl} through {@code batch}
 * read from standard input (results and summary) and the shared examples (skipped when {@code ../shared/examples} is
 * absent). A golden {@code NAME.exit} holds the expected exit code and standard error of a run that
 * does not exit 0.
 */
class GoldenResultsTest {
  private static final Path GOLDEN = JsonFixtures.repositoryRoot().resolve("cli/src/test/golden");

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> projectExamplesGiveMainsResults() {
    Path examples = JsonFixtures.repositoryRoot().resolve("examples");
    return reviews("examples", name -> List.of("review", examples.resolve(name).toString()));
  }

  @TestFactory
  Stream<DynamicTest> fhirExamplesGiveMainsResults() {
    Path fhir = JsonFixtures.repositoryRoot().resolve("examples/fhir");
    return reviews(
        "fhir", name -> List.of("review", "--format", "fhir", fhir.resolve(name).toString()));
  }

  @TestFactory
  Stream<DynamicTest> sharedExamplesGiveMainsResults() {
    Optional<Path> shared = JsonFixtures.sharedExamples();
    assumeTrue(shared.isPresent(), "no ../shared/examples beside the repository");
    return reviews("shared", name -> List.of("review", shared.get().resolve(name).toString()));
  }

  @Test
  void batchGivesMainsResultsAndSummary() {
    Path out = dir.resolve("results.jsonl");
    Path summary = dir.resolve("summary.md");
    ReviewCommandTest.Run run =
        ReviewCommandTest.run(
            JsonFixtures.read(JsonFixtures.repositoryRoot().resolve("examples/batch.jsonl")),
            "batch",
            "-",
            "--out",
            out.toString(),
            "--summary",
            summary.toString(),
            "--threads",
            "1",
            "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(bytes(out)).isEqualTo(bytes(GOLDEN.resolve("batch/results.jsonl")));
    assertThat(bytes(summary)).isEqualTo(bytes(GOLDEN.resolve("batch/summary.md")));
  }

  @Test
  void everyProjectExampleHasAGoldenResult() throws IOException {
    List<String> goldens = names(GOLDEN.resolve("examples"));
    try (Stream<Path> files = Files.list(JsonFixtures.repositoryRoot().resolve("examples"))) {
      List<String> examples =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json") && !n.equals("expected.json"))
              .toList();
      // examples added after main's goldens were made get theirs at the next regeneration
      assertThat(goldens).isNotEmpty();
      assertThat(examples).containsAll(goldens);
    }
  }

  /** A test per golden file of a kind, running the command the function gives for its name. */
  private Stream<DynamicTest> reviews(
      String kind, java.util.function.Function<String, List<String>> command) {
    List<String> names = names(GOLDEN.resolve(kind));
    assertThat(names).as("golden files of %s", kind).isNotEmpty();
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      ReviewCommandTest.Run run =
                          ReviewCommandTest.run("", command.apply(name).toArray(String[]::new));
                      Path golden = GOLDEN.resolve(kind).resolve(name);
                      Path exit = GOLDEN.resolve(kind).resolve(name + ".exit");
                      if (Files.exists(exit)) {
                        assertThat(run.exitCode() + "\n" + run.err())
                            .isEqualTo(Files.readString(exit, UTF_8));
                      } else {
                        assertThat(run.exitCode()).as(run.err()).isZero();
                      }
                      assertThat(run.out()).isEqualTo(Files.readString(golden, UTF_8));
                    }));
  }

  private static List<String> names(Path goldenDir) {
    if (!Files.isDirectory(goldenDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(goldenDir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

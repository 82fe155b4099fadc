package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.cli.ReviewCommandTest.Run;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules}: a policy's page on standard output, or the index and every page under a
 * directory, the same as the project's shipped {@code docs/rules.md} and {@code docs/rules/}.
 */
class RulesCommandTest {
  private static final Path DOCS = JsonFixtures.repositoryRoot().resolve("docs");

  @TempDir Path dir;

  @Test
  void aPolicysPageGoesToStandardOutputAsShipped() throws IOException {
    Run r = ReviewCommandTest.run("", "rules", "--policy", "romosozumab");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(DOCS.resolve("rules/romosozumab.md"), UTF_8));
    assertThat(r.out())
        .contains("| `LIMIT-EVENITY-12-DOSES` |")
        .doesNotContain("SAFE-OTHER-DENOSUMAB");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void outWritesTheIndexAndEveryPageAsShipped() throws IOException {
    Path out = dir.resolve("new/docs"); // made if absent
    Run r = ReviewCommandTest.run("", "rules", "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> shipped =
        Stream.concat(
                Stream.of("rules.md"), files(DOCS.resolve("rules")).stream().map(f -> "rules/" + f))
            .sorted()
            .collect(Collectors.toList());
    assertThat(files(out))
        .isEqualTo(shipped)
        .contains("rules/denosumab.md", "rules/romosozumab.md");
    for (String file : shipped) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(DOCS.resolve(file)));
    }
    assertThat(r.err()).startsWith("coverage-review: wrote ").contains("rules.md");
  }

  @Test
  void outWithAPolicyWritesItsPageAndAnIndexOfIt() throws IOException {
    Run r = ReviewCommandTest.run("", "rules", "--policy", "DENOSUMAB", "--out", dir.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("rules/denosumab.md")))
        .isEqualTo(Files.readString(DOCS.resolve("rules/denosumab.md")));
    assertThat(Files.readString(dir.resolve("rules.md")))
        .contains("(rules/denosumab.md)")
        .doesNotContain("romosozumab");
    assertThat(dir.resolve("rules/romosozumab.md")).doesNotExist();
  }

  @Test
  void anUnknownPolicyIsAUsageErrorNamingTheValueAndThePolicies() {
    Run r = ReviewCommandTest.run("", "rules", "--policy", "injectafer");

    assertThat(r.exitCode()).isEqualTo(CoverageReview.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "coverage-review: --policy: not a policy on the class path, was \"injectafer\""
                + " (one of DENOSUMAB, ROMOSOZUMAB)\n");
  }

  @Test
  void neitherOptionIsAUsageError() {
    Run r = ReviewCommandTest.run("", "rules");

    assertThat(r.exitCode()).isEqualTo(CoverageReview.INVALID_INPUT);
    assertThat(r.err())
        .contains("--policy NAME")
        .contains("--out DIR")
        .contains("DENOSUMAB, ROMOSOZUMAB");
  }

  @Test
  void anOutThatIsAFileIsAUsageErrorAndWritesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("docs"), "not a directory");
    Run r = ReviewCommandTest.run("", "rules", "--out", file.toString());

    assertThat(r.exitCode()).isEqualTo(CoverageReview.INVALID_INPUT);
    assertThat(r.err()).startsWith("coverage-review: " + file + ": cannot be made");
    assertThat(Files.readString(file)).isEqualTo("not a directory");
  }

  @Test
  void aFullStandardOutputIsAnError() {
    Run r = ReviewCommandTest.runWithFailingStdout("", "rules", "--policy", "denosumab");

    assertThat(r.exitCode()).isEqualTo(CoverageReview.INTERNAL_ERROR);
    assertThat(r.err())
        .isEqualTo("coverage-review: (standard output): cannot be written (write error)\n");
  }

  /** The files under a directory, relative to it, sorted. */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }
}

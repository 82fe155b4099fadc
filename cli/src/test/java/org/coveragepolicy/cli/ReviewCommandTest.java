package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.cli.CliFixtures.APPROVED_CASE;
import static org.coveragepolicy.cli.CliFixtures.REMOVE;
import static org.coveragepolicy.cli.CliFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  @TempDir Path dir;

  /** What a run of the command gave. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String stdin, Function<ReviewCase, ReviewResult> review, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CoverageReview.run(
            args,
            review,
            new ByteArrayInputStream(stdin.getBytes(UTF_8)),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  static Run run(String stdin, String... args) {
    return run(stdin, ClaimReview.standard()::review, args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void approvedCaseExitsZeroAndPrintsTheResult() throws IOException {
    Run r = run("", "review", file("case.json", APPROVED_CASE).toString());
    assertThat(r.exitCode()).isZero();
    JsonNode result = CliFixtures.tree(r.out());
    assertThat(result.get("id").asText()).isEqualTo("prolia-pmo-approved");
    assertThat(result.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void deniedCaseAlsoExitsZero() {
    Run r = run(with(APPROVED_CASE, "claim.modifiers", REMOVE), "review", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(CliFixtures.tree(r.out()).get("decision").asText()).isEqualTo("DENY");
  }

  @Test
  void resultIsPrettyJsonEndingInOneNewline() {
    Run r = run(APPROVED_CASE, "review", "-");
    assertThat(r.out()).startsWith("{\n  \"id\": ").endsWith("}\n").doesNotEndWith("}\n\n");
  }

  @Test
  void invalidCaseExitsTwoWithThePathOnStderrAndNothingOnStdout() {
    Run r = run(with(APPROVED_CASE, "claim.units", 0), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("claim.units: must be ≥ 1, was 0").doesNotContain("\tat ");
  }

  @Test
  void invalidCaseMessageNamesTheFile() throws IOException {
    Path f = file("bad.json", with(APPROVED_CASE, "patient.sex", "F"));
    Run r = run("", "review", f.toString());
    assertThat(r.err()).startsWith(f + ": patient.sex: must be one of FEMALE, MALE, was \"F\"");
  }

  @Test
  void textThatIsNotJsonExitsTwo() {
    Run r = run("{not json", "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not JSON");
  }

  @Test
  void missingFileExitsTwo() {
    Run r = run("", "review", dir.resolve("absent.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("absent.json: no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void failingReviewExitsOneWithoutAStackTrace() {
    Run r =
        run(
            APPROVED_CASE,
            c -> {
              throw new IllegalStateException("boom");
            },
            "review",
            "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("internal error: IllegalStateException: boom\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void editionOptionOverridesTheCaseEdition() {
    Run r = run(APPROVED_CASE, "review", "--edition", "FDA_LABEL_2024", "-");
    assertThat(CliFixtures.tree(r.out()).get("edition").asText()).isEqualTo("FDA_LABEL_2024");
  }

  @Test
  void unknownEditionIsAUsageError() {
    Run r = run(APPROVED_CASE, "review", "--edition", "NORIDIAN", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not an edition: \"NORIDIAN\"");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theSameCaseWithItsFieldsInAnotherOrderGivesTheSameBytes() {
    String reordered = CliFixtures.reversedFields(APPROVED_CASE);
    assertThat(reordered).isNotEqualTo(APPROVED_CASE);

    assertThat(run(reordered, "review", "-").out()).isEqualTo(run(APPROVED_CASE, "review", "-").out());
  }

  @Test
  void helpOfEachCommandExplainsItWithAnExample() {
    for (List<String> args : List.of(List.of("--help"), List.of("review", "--help"), List.of("batch", "--help"))) {
      Run r = run("", args.toArray(String[]::new));
      assertThat(r.exitCode()).as("%s", args).isZero();
      assertThat(r.out()).as("%s", args).contains("Usage: coverage-review").contains("Example");
    }
  }

  @Test
  void versionNamesTheVersion() {
    Run r = run("", "--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("coverage-review ").doesNotContain("${");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run("").exitCode()).isEqualTo(2);
  }
}

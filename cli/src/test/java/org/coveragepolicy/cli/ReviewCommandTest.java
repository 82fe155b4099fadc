package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.REMOVE;
import static org.coveragepolicy.testing.JsonFixtures.with;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.JsonFixtures;
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

  /** Runs the command with a standard output on which every write fails, as on a full disk. */
  static Run runWithFailingStdout(String stdin, String... args) {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CoverageReview.run(
            args,
            ClaimReview.standard()::review,
            new ByteArrayInputStream(stdin.getBytes(UTF_8)),
            new PrintStream(full, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    return new Run(code, "", err.toString(UTF_8));
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void approvedCaseExitsZeroAndPrintsTheResult() throws IOException {
    Run r = run("", "review", file("case.json", APPROVED_CASE).toString());
    assertThat(r.exitCode()).isZero();
    JsonNode result = JsonFixtures.tree(r.out());
    assertThat(result.get("id").asText()).isEqualTo("prolia-pmo-approved");
    assertThat(result.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void deniedCaseAlsoExitsZero() {
    Run r = run(with(APPROVED_CASE, "claim.modifiers", REMOVE), "review", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(JsonFixtures.tree(r.out()).get("decision").asText()).isEqualTo("DENY");
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
    Path f = file("bad.json", with(APPROVED_CASE, "claim.units", 0));
    Run r = run("", "review", f.toString());
    assertThat(r.err()).isEqualTo(f + ": claim.units: must be ≥ 1, was 0\n");
  }

  /** Runs the review command on standard input given as bytes. */
  static Run runBytes(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CoverageReview.run(
            args,
            ClaimReview.standard()::review,
            stdin,
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  @Test
  void directoryAsInputExitsTwo() {
    Run r = run("", "review", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("coverage-review: " + dir + ": is a directory, not a file\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unreadableFileExitsTwo() throws IOException {
    Path f = file("secret.json", APPROVED_CASE);
    Files.setPosixFilePermissions(f, java.util.Set.of());
    assumeFalse(Files.isReadable(f), "the user can read any file (root)");
    Run r = run("", "review", f.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("coverage-review: " + f + ": permission denied\n");
  }

  @Test
  void endlessStandardInputStopsAtTheSizeLimitAndExitsTwo() {
    // review - < /dev/zero: never ends; the reader stops one byte after its limit
    long[] served = new long[1];
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            served[0] += len;
            return len;
          }
        };
    Run r = runBytes(endless, "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("(standard input): too large: more than 1048576 bytes, the reader's limit\n");
    assertThat(served[0]).isLessThanOrEqualTo(CaseReader.DEFAULT_MAX_BYTES + 1L);
  }

  @Test
  void invalidUtf8ExitsTwoNamingTheEncoding() {
    byte[] bytes = APPROVED_CASE.replace("prolia-pmo-approved", "prolia-\u00e9").getBytes(UTF_8);
    int at = new String(bytes, UTF_8).indexOf('\u00e9');
    bytes[at + 1] = (byte) 0x28; // a lead byte followed by a byte that does not continue it
    Run r = runBytes(new ByteArrayInputStream(bytes), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("(standard input): not UTF-8: an invalid byte sequence at byte ");
  }

  @Test
  void utf16InputExitsTwoSayingItIsNotUtf8() {
    byte[] bytes = ("\uFEFF" + APPROVED_CASE).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Run r = runBytes(new ByteArrayInputStream(bytes), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "(standard input): not UTF-8: the input starts with a UTF-16 (little-endian) byte order"
                + " mark\n");
  }

  @Test
  void hugeExponentAnywhereIsInvalidInputNotAnInternalError() {
    Run r = run(APPROVED_CASE.replace("\"tScore\": -2.9", "\"tScore\": 1E+2147483648"), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "(standard input): record.documents[2].tScore: must be from -10 to 10, was 1E+2147483648\n");
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
  void aResultThatCannotBeWrittenExitsOneWithAOneLineMessageNamingStandardOutput() {
    Run r = runWithFailingStdout(APPROVED_CASE, "review", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("coverage-review: (standard output): cannot be written (write error)\n");
  }

  @Test
  void editionOptionOverridesTheCaseEdition() {
    Run r = run(APPROVED_CASE, "review", "--edition", "FDA_LABEL_2024", "-");
    assertThat(JsonFixtures.tree(r.out()).get("edition").asText()).isEqualTo("FDA_LABEL_2024");
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
    String reordered = JsonFixtures.reversedFields(APPROVED_CASE);
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

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.cli.CliFixtures.APPROVED_CASE;
import static org.coveragepolicy.cli.CliFixtures.REMOVE;
import static org.coveragepolicy.cli.CliFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.review.ClaimReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
  @TempDir Path dir;

  private static final String APPROVED = with(APPROVED_CASE, "id", "ok-1");
  private static final String DENIED_CODING = with(with(APPROVED_CASE, "id", "deny-jz"), "claim.modifiers", REMOVE);

  /** Lines 1–8: valid, not JSON, missing field, unknown code, blank, valid denial, unknown field, valid. */
  private static final List<String> MIXED =
      List.of(
          APPROVED,
          "{not json",
          with(with(APPROVED_CASE, "id", "no-dos"), "claim.dateOfService", REMOVE),
          with(with(APPROVED_CASE, "id", "bad-code"), "claim.diagnosisCodes[0]", "X"),
          "",
          DENIED_CODING,
          with(with(APPROVED_CASE, "id", "extra"), "claim.foo", 1),
          with(APPROVED, "id", "ok-2"));

  private static List<JsonNode> lines(String text) {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.add(CliFixtures.tree(line));
      }
    }
    return out;
  }

  private static String jsonl(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  private static BatchSummary batch(String input, Writer out) throws IOException {
    return new Batch(ClaimReview.standard()::review, Optional.empty(), n -> {})
        .run(new BufferedReader(new StringReader(input)), out);
  }

  @Test
  void everyInputLineGivesExactlyOneOutputLineInOrder() throws IOException {
    StringWriter out = new StringWriter();
    batch(jsonl(MIXED), out);
    assertThat(out.toString()).endsWith("\n");
    List<JsonNode> results = lines(out.toString());
    assertThat(results).hasSize(MIXED.size());
    assertThat(results.get(0).get("id").asText()).isEqualTo("ok-1");
    assertThat(results.get(5).get("id").asText()).isEqualTo("deny-jz");
    assertThat(results.get(7).get("id").asText()).isEqualTo("ok-2");
  }

  @Test
  void invalidLinesGiveErrorsAtTheirLineNumbers() throws IOException {
    StringWriter out = new StringWriter();
    batch(jsonl(MIXED), out);
    List<JsonNode> results = lines(out.toString());
    for (int line : List.of(2, 3, 4, 5, 7)) {
      assertThat(results.get(line - 1).get("line").asInt()).as("line %s", line).isEqualTo(line);
    }
    assertThat(results.get(1).get("id").isNull()).isTrue();
    assertThat(results.get(1).get("error").asText()).startsWith("not JSON");
    assertThat(results.get(2).get("id").asText()).isEqualTo("no-dos");
    assertThat(results.get(2).get("error").asText()).isEqualTo("claim.dateOfService: required");
    assertThat(results.get(3).get("error").asText())
        .isEqualTo("claim.diagnosisCodes[0]: not a well-formed ICD-10-CM code: \"X\"");
    assertThat(results.get(4).get("error").asText()).isEqualTo(Batch.BLANK_LINE);
    assertThat(results.get(6).get("error").asText()).isEqualTo("claim.foo: unknown field");
  }

  @Test
  void summaryCountsAddUp() throws IOException {
    BatchSummary s = batch(jsonl(MIXED), Writer.nullWriter());
    assertThat(s.lines()).isEqualTo(8);
    assertThat(s.reviewed()).isEqualTo(3);
    assertThat(s.approved()).isEqualTo(2);
    assertThat(s.denied()).isEqualTo(1);
    assertThat(s.invalid()).isEqualTo(5);
    assertThat(s.reviewed() + s.invalid() + s.failed()).isEqualTo(s.lines());
    assertThat(s.denialReasons()).singleElement()
        .satisfies(e -> assertThat(e.getKey()).isEqualTo(Category.INCORRECT_CODING));
  }

  @Test
  void finalLineWithoutLineEndCountsAndTrailingLineEndDoesNotAddALine() throws IOException {
    assertThat(batch(APPROVED + "\n" + APPROVED, Writer.nullWriter()).lines()).isEqualTo(2);
    assertThat(batch(APPROVED + "\n" + APPROVED + "\n", Writer.nullWriter()).lines()).isEqualTo(2);
  }

  @Test
  void windowsLineEndsAreLineEnds() throws IOException {
    BatchSummary s = batch(APPROVED + "\r\n" + APPROVED + "\r\n", Writer.nullWriter());
    assertThat(s.reviewed()).isEqualTo(2);
  }

  @Test
  void reviewThatFailsGivesAnErrorLineAndTheBatchGoesOn() throws IOException {
    StringWriter out = new StringWriter();
    BatchSummary s =
        new Batch(
                c -> {
                  if (c.id().equals("ok-1")) {
                    throw new IllegalStateException("boom");
                  }
                  return ClaimReview.standard().review(c);
                },
                Optional.empty(),
                n -> {})
            .run(new BufferedReader(new StringReader(jsonl(List.of(APPROVED, DENIED_CODING)))), out);
    List<JsonNode> results = lines(out.toString());
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("error").asText()).isEqualTo("internal error: IllegalStateException: boom");
    assertThat(results.get(1).get("decision").asText()).isEqualTo("DENY");
    assertThat(s.failed()).isEqualTo(1);
  }

  @Test
  void progressIsReportedEveryTenThousandLines() throws IOException {
    List<Long> reports = new ArrayList<>();
    new Batch(ClaimReview.standard()::review, Optional.empty(), reports::add)
        .run(new BufferedReader(new RepeatingReader("\n", 25_000)), Writer.nullWriter());
    assertThat(reports).containsExactly(10_000L, 20_000L);
  }

  @Test
  void commandWritesResultsAndSummaryFilesAndExitsZero() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl(MIXED));
    Path out = dir.resolve("out.jsonl");
    Path summary = dir.resolve("summary.md");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run("", "batch", in.toString(), "--out", out.toString(), "--summary", summary.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readAllLines(out, UTF_8)).hasSize(MIXED.size());
    String md = Files.readString(summary);
    assertThat(md)
        .contains("| reviewed | 3 |")
        .contains("| approved | 2 |")
        .contains("| denied | 1 |")
        .contains("| invalid | 5 |")
        .contains("| total lines | 8 |")
        .contains("Claim denial rate: 33.3%")
        .contains("## Top Denial Reasons")
        .contains("| 1 | INCORRECT_CODING | 1 | 100.0% |")
        .contains("| CLM-JZ-JW | 1 | 0 |");
  }

  @Test
  void theSameBatchWithFieldsInAnotherOrderGivesTheSameBytes() throws IOException {
    List<String> reordered = new ArrayList<>();
    for (String line : MIXED) {
      reordered.add(CliFixtures.reversedFields(line));
    }
    assertThat(reordered).isNotEqualTo(MIXED);
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path in = Files.writeString(dir.resolve("in" + i + ".jsonl"), jsonl(i == 0 ? MIXED : reordered));
      Path out = dir.resolve("out" + i + ".jsonl");
      Path summary = dir.resolve("summary" + i + ".md");
      ReviewCommandTest.run("", "batch", in.toString(), "--out", out.toString(), "--summary", summary.toString());
      outputs.add(Files.readString(out) + Files.readString(summary));
    }
    assertThat(outputs.get(0)).isEqualTo(outputs.get(1));
  }

  @Test
  void resultsGoToStandardOutputByDefault() {
    ReviewCommandTest.Run r = ReviewCommandTest.run(jsonl(MIXED), "batch", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(lines(r.out())).hasSize(MIXED.size());
  }

  @Test
  void editionOptionAppliesToEveryCase() {
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(jsonl(List.of(APPROVED, DENIED_CODING)), "batch", "-", "--edition", "FDA_LABEL_2024");
    assertThat(lines(r.out())).allSatisfy(j -> assertThat(j.get("edition").asText()).isEqualTo("FDA_LABEL_2024"));
  }

  @Test
  void missingInputFileExitsTwo() {
    ReviewCommandTest.Run r = ReviewCommandTest.run("", "batch", dir.resolve("absent.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void unwritableSummaryFailsBeforeAnyWork() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl(MIXED));
    Path out = dir.resolve("out.jsonl");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--summary", dir.resolve("no/such/dir.md").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEmpty();
  }

  @Test
  void failingReviewMakesTheBatchExitOne() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl(List.of(APPROVED)));
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "",
            c -> {
              throw new IllegalStateException("boom");
            },
            "batch",
            in.toString(),
            "--out",
            dir.resolve("out.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(1);
  }

  /** A reader of one line repeated, never held in memory as a whole. */
  static final class RepeatingReader extends Reader {
    private final char[] line;
    private long remaining;
    private int at;

    RepeatingReader(String line, long times) {
      this.line = line.toCharArray();
      this.remaining = times;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = 0;
      while (n < len && remaining > 0) {
        buffer[off + n++] = line[at++];
        if (at == line.length) {
          at = 0;
          remaining--;
        }
      }
      return n;
    }

    @Override
    public void close() {}
  }
}

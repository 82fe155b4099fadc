package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.REMOVE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.JsonFixtures;
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
        out.add(JsonFixtures.tree(line));
      }
    }
    return out;
  }

  private static String jsonl(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** What a batch in memory gave. */
  record Ran(String out, BatchSummary summary) {}

  private static Ran batch(String input, int threads, Function<ReviewCase, ReviewResult> review)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary summary =
        new Batch(new LineReview(review, Optional.empty()), threads, Batch.Progress.NONE)
            .run(new ByteArrayInputStream(input.getBytes(UTF_8)), out);
    return new Ran(out.toString(UTF_8), summary);
  }

  private static Ran batch(String input) throws IOException {
    return batch(input, 2, ClaimReview.standard()::review);
  }

  @Test
  void everyInputLineGivesExactlyOneOutputLineInOrder() throws IOException {
    Ran r = batch(jsonl(MIXED));
    assertThat(r.out()).endsWith("\n");
    List<JsonNode> results = lines(r.out());
    assertThat(results).hasSize(MIXED.size());
    assertThat(results.get(0).get("id").asText()).isEqualTo("ok-1");
    assertThat(results.get(5).get("id").asText()).isEqualTo("deny-jz");
    assertThat(results.get(7).get("id").asText()).isEqualTo("ok-2");
  }

  @Test
  void resultLinesAreTheBytesOfResultToJsonWithCharactersBeyondTheBmpUnescaped() throws IOException {
    // an emoji (U+1F600) stays four UTF-8 bytes, as resultToJson gives it, not an escaped surrogate pair
    String id = "caf\u00e9-\u2603-\ud83d\ude00";
    String line = with(APPROVED_CASE, "id", id);
    Ran r = batch(jsonl(List.of(line)));
    String expected =
        ReviewJson.resultToJson(ClaimReview.standard().review(ReviewJson.readCase(line))) + "\n";
    assertThat(r.out()).isEqualTo(expected).contains(id).doesNotContain("\\u");
  }

  @Test
  void manyChunksOnSeveralThreadsKeepInputOrderAndGiveTheBytesOfOneThread() throws IOException {
    // more lines than the window holds, so chunks overtake each other on the workers
    int n = Batch.LINES_PER_CHUNK * Batch.CHUNKS_PER_THREAD * 3 * 2 + 17;
    List<String> input = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      input.add(i % 7 == 3 ? "{\"id\": \"broken-" + i + "\"" : with(APPROVED, "id", "case-" + i));
    }
    Ran one = batch(jsonl(input), 1, ClaimReview.standard()::review);
    Ran three = batch(jsonl(input), 3, ClaimReview.standard()::review);
    assertThat(three.out()).isEqualTo(one.out());
    List<JsonNode> results = lines(three.out());
    assertThat(results).hasSize(n);
    for (int i = 0; i < n; i++) {
      JsonNode r = results.get(i);
      if (i % 7 == 3) {
        assertThat(r.get("line").asLong()).isEqualTo(i + 1);
      } else {
        assertThat(r.get("id").asText()).isEqualTo("case-" + i);
      }
    }
    assertThat(three.summary().lines()).isEqualTo(n);
    assertThat(three.summary().toMarkdown("cases.jsonl", ReportWords.standard())).isEqualTo(one.summary().toMarkdown("cases.jsonl", ReportWords.standard()));
  }

  @Test
  void invalidLinesGiveErrorsAtTheirLineNumbers() throws IOException {
    List<JsonNode> results = lines(batch(jsonl(MIXED)).out());
    for (int line : List.of(2, 3, 4, 5, 7)) {
      assertThat(results.get(line - 1).get("line").asInt()).as("line %s", line).isEqualTo(line);
    }
    assertThat(results.get(1).get("id").isNull()).isTrue();
    assertThat(results.get(1).get("error").asText()).startsWith("not JSON");
    assertThat(results.get(2).get("id").asText()).isEqualTo("no-dos");
    assertThat(results.get(2).get("error").asText()).isEqualTo("claim.dateOfService: required");
    assertThat(results.get(3).get("error").asText())
        .isEqualTo("claim.diagnosisCodes[0]: not a well-formed ICD-10-CM code: \"X\"");
    assertThat(results.get(4).get("error").asText()).isEqualTo(LineReview.BLANK_LINE);
    assertThat(results.get(6).get("error").asText()).isEqualTo("claim.foo: unknown field");
  }

  @Test
  void summaryCountsAddUp() throws IOException {
    BatchSummary s = batch(jsonl(MIXED)).summary();
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
    assertThat(batch(APPROVED + "\n" + APPROVED).summary().lines()).isEqualTo(2);
    assertThat(batch(APPROVED + "\n" + APPROVED + "\n").summary().lines()).isEqualTo(2);
    assertThat(batch("").summary().lines()).isZero();
    assertThat(batch("").out()).isEmpty();
  }

  @Test
  void windowsLineEndsAreLineEnds() throws IOException {
    BatchSummary s = batch(APPROVED + "\r\n" + APPROVED + "\r\n").summary();
    assertThat(s.lines()).isEqualTo(2);
    assertThat(s.reviewed()).isEqualTo(2);
  }

  @Test
  void carriageReturnInsideALineIsWhitespaceNotALineEnd() throws IOException {
    // a case pretty-printed with bare CRs between its fields is one line of JSON
    String withCrs = APPROVED.replace(",\"claim\"", ",\r\"claim\"").replace("{\"kind\"", "\r{\"kind\"");
    assertThat(withCrs).contains("\r");
    Ran r = batch(withCrs + "\n" + with(APPROVED, "id", "after") + "\n");
    List<JsonNode> results = lines(r.out());
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("id").asText()).isEqualTo("ok-1");
    assertThat(results.get(0).get("decision").asText()).isEqualTo("APPROVE");
    assertThat(results.get(1).get("id").asText()).isEqualTo("after");
    assertThat(r.summary().invalid()).isZero();
  }

  @Test
  void aCarriageReturnThatBreaksJsonGivesOneErrorLineAndLaterLineNumbersStay() throws IOException {
    Ran r = batch("{\"id\": \"a\r\"}\n{not json\n");
    List<JsonNode> results = lines(r.out());
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(results.get(1).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void byteOrderMarkIsDroppedOnEveryLineAlike() throws IOException {
    String bom = "\uFEFF";
    Ran r = batch(bom + APPROVED + "\n" + bom + with(APPROVED, "id", "second") + "\r\n" + APPROVED + "\n");
    assertThat(r.summary().reviewed()).isEqualTo(3);
    assertThat(lines(r.out()).get(1).get("id").asText()).isEqualTo("second");
  }

  @Test
  void reviewThatFailsGivesAnErrorLineAndTheBatchGoesOn() throws IOException {
    Ran r =
        batch(
            jsonl(List.of(APPROVED, DENIED_CODING)),
            2,
            c -> {
              if (c.id().equals("ok-1")) {
                throw new IllegalStateException("boom");
              }
              return ClaimReview.standard().review(c);
            });
    List<JsonNode> results = lines(r.out());
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("error").asText()).isEqualTo("internal error: IllegalStateException: boom");
    assertThat(results.get(1).get("decision").asText()).isEqualTo("DENY");
    assertThat(r.summary().failed()).isEqualTo(1);
  }

  @Test
  void progressHearsEveryChunkUpToTheLastLine() throws IOException {
    List<Long> reports = new ArrayList<>();
    long lines = Batch.LINES_PER_CHUNK * 10L + 3;
    new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), 2, (n, bytes) -> reports.add(n))
        .run(new RepeatingInputStream("\n", lines), OutputStream.nullOutputStream());
    assertThat(reports).hasSize(11).isSorted();
    assertThat(reports.get(0)).isEqualTo(Batch.LINES_PER_CHUNK);
    assertThat(reports.get(reports.size() - 1)).isEqualTo(lines);
  }

  @Test
  void aFailingOutputStopsTheBatchWithTheError() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    assertThatThrownBy(
            () ->
                new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), 2, Batch.Progress.NONE)
                    .run(new ByteArrayInputStream(jsonl(MIXED).getBytes(UTF_8)), full))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No space left");
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
        .contains("- Input: " + in.toString().replace("_", "\\_") + "\n")
        .contains("| 1 | Incorrect coding | `INCORRECT_CODING` | 1 | 100.0% |")
        .contains("| CLM-JZ-JW | 1 | 0 |");
  }

  @Test
  void theSameBatchWithFieldsInAnotherOrderGivesTheSameBytes() throws IOException {
    List<String> reordered = new ArrayList<>();
    for (String line : MIXED) {
      reordered.add(JsonFixtures.reversedFields(line));
    }
    assertThat(reordered).isNotEqualTo(MIXED);
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      // one input name, as the summary names its input
      Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl(i == 0 ? MIXED : reordered));
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
  void unwritableSummaryFailsBeforeAnyWorkAndLeavesAnExistingOutputAlone() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), jsonl(MIXED));
    Path out = Files.writeString(dir.resolve("out.jsonl"), "previous results\n");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--summary", dir.resolve("no/such/dir.md").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(Files.readString(out)).isEqualTo("previous results\n");
    assertThat(r.err()).contains("no/such/dir.md").contains("no such directory");
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

  /** A stream of one line repeated, never held in memory as a whole. */
  @Test
  void anOverlongLineIsOneErrorLineAndTheBatchGoesOn() throws IOException {
    String longLine = "x".repeat(LineSplitter.MAX_LINE_BYTES + 10);
    Ran r = batch(longLine + "\n" + JsonFixtures.approvedLine() + "\n");
    List<String> lines = r.out().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"line\":1").contains("too large: more than 1048576 bytes");
    assertThat(lines.get(1)).contains("\"decision\"");
  }

  @Test
  void anEndlessLineIsReadInBoundedMemoryAndGivesOneErrorLine() throws IOException {
    // 64 MiB of one line without a line end: only MAX_LINE_BYTES of it is ever kept
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary summary =
        new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), 2, Batch.Progress.NONE)
            .run(new RepeatingInputStream("x".repeat(1024), 64 * 1024), out);
    assertThat(summary.invalid()).isEqualTo(1);
    assertThat(out.toString(UTF_8).lines().count()).isEqualTo(1);
  }

  static final class RepeatingInputStream extends InputStream {
    private final byte[] line;
    private long remaining;
    private int at;

    RepeatingInputStream(String line, long times) {
      this.line = line.getBytes(UTF_8);
      this.remaining = times;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
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
  }
}

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's batch reproducers: a line that used to crash the review or leak the birth date now
 * gives its own error line, and the lines after it are still reviewed.
 */
class BatchRobustnessTest {
  private static final String BIRTH_DATE = "1948-06-12";

  private static String line(String id) {
    return with(APPROVED_CASE, "id", id);
  }

  @Test
  void badLinesGiveErrorLinesAndTheBatchGoesOn() throws IOException {
    List<String> input =
        List.of(
            line("ok-1"),
            line("huge").replace("\"tScore\":-2.9", "\"tScore\":1E+2147483648"),
            line("unknown").replace("\"units\":60", "\"units\":60,\"x\":1E+2147483648"),
            line("tiny").replace("\"value\":9.4", "\"value\":1E-99999999"),
            line("shape")
                .replace(
                    "\"patient\":{\"sex\":\"FEMALE\",\"birthDate\":\"" + BIRTH_DATE + "\"}",
                    "\"patient\":[{\"sex\":\"FEMALE\",\"birthDate\":\"" + BIRTH_DATE + "\"}]"),
            line("ok-2"));
    assertThat(input.get(1)).contains("1E+2147483648");
    assertThat(input.get(4)).contains("\"patient\":[");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BatchSummary summary =
        new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), 2, Batch.Progress.NONE)
            .run(
                new ByteArrayInputStream((String.join("\n", input) + "\n").getBytes(UTF_8)),
                bytes);
    String out = bytes.toString(UTF_8);

    String[] lines = out.split("\n");
    assertThat(lines).hasSize(6);
    JsonNode first = JsonFixtures.tree(lines[0]);
    JsonNode last = JsonFixtures.tree(lines[5]);
    assertThat(first.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(last.get("id").asText()).isEqualTo("ok-2");
    assertThat(JsonFixtures.tree(lines[1]).get("error").asText())
        .isEqualTo("record.documents[2].tScore: must be from -10 to 10, was 1E+2147483648");
    assertThat(JsonFixtures.tree(lines[2]).get("error").asText()).isEqualTo("claim.x: unknown field");
    assertThat(JsonFixtures.tree(lines[3]).get("error").asText())
        .isEqualTo(
            "record.documents[3].results[0].value: must have at most 6 digits after the decimal"
                + " point, was 1E-99999999");
    assertThat(JsonFixtures.tree(lines[4]).get("error").asText())
        .isEqualTo("patient: must be an object (value not shown)");
    assertThat(JsonFixtures.tree(lines[4]).get("id").asText()).isEqualTo("shape");
    assertThat(summary.toMarkdown("cases.jsonl", ReportWords.standard())).doesNotContain(BIRTH_DATE).doesNotContain("Exception");
    assertThat(out).doesNotContain(BIRTH_DATE);
  }
}

package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.RuleRegistry;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs example cases through JSON reading, the review and JSON writing, and compares each with its
 * {@code expected.json} entry: decision, denial reason, indication, and that the listed rules are
 * among the findings. The project's own {@code examples/} and the shared examples beside the
 * repository ({@code ../shared/examples}); each is skipped when absent.
 */
class ExamplesTest {
  private static final ClaimReview REVIEW = ClaimReview.standard();

  @TestFactory
  Stream<DynamicTest> sharedExamplesMatchTheirExpectations() {
    Optional<Path> dir = JsonFixtures.sharedExamples();
    assumeTrue(dir.isPresent(), "no ../shared/examples beside the repository");
    return cases(dir.get());
  }

  @TestFactory
  Stream<DynamicTest> projectExamplesMatchTheirExpectations() {
    Optional<Path> dir = JsonFixtures.projectExamples();
    assumeTrue(dir.isPresent(), "no examples/expected.json in the repository");
    return cases(dir.get());
  }

  @Test
  void projectBatchGivesOneLinePerInputLineAndMatchesExpectations() throws IOException {
    Optional<Path> dir = JsonFixtures.projectExamples();
    assumeTrue(dir.isPresent() && Files.isRegularFile(dir.get().resolve("batch.jsonl")));
    JsonNode expected = JsonFixtures.tree(JsonFixtures.read(dir.get().resolve("expected.json")));
    Path input = dir.get().resolve("batch.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary summary;
    try (InputStream in = Files.newInputStream(input)) {
      summary =
          new Batch(new LineReview(REVIEW::review, Optional.empty()), 2, Batch.Progress.NONE)
              .run(in, out);
    }
    List<String> inputLines = Files.readAllLines(input);
    List<String> outputLines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(outputLines).hasSize(inputLines.size());
    int errors = 0;
    for (int i = 0; i < outputLines.size(); i++) {
      JsonNode result = JsonFixtures.tree(outputLines.get(i));
      if (result.has("error")) {
        errors++;
        assertThat(result.get("line").asInt()).isEqualTo(i + 1);
      } else {
        JsonNode want = expected.get(result.get("id").asText());
        if (want != null) {
          assertMatches(result, want);
        }
      }
    }
    assertThat(summary.invalid()).isEqualTo(errors);
    assertThat(summary.reviewed() + summary.invalid()).isEqualTo(inputLines.size());
  }

  private static Stream<DynamicTest> cases(Path dir) {
    JsonNode expected = JsonFixtures.tree(JsonFixtures.read(dir.resolve("expected.json")));
    List<String> names = new ArrayList<>();
    expected.fieldNames().forEachRemaining(names::add);
    return names.stream()
        .sorted()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String json = JsonFixtures.read(dir.resolve(name + ".json"));
                      JsonNode result =
                          JsonFixtures.tree(
                              ReviewJson.resultToJson(REVIEW.review(ReviewJson.readCase(json))));
                      assertMatches(result, expected.get(name));
                    }));
  }

  private static void assertMatches(JsonNode result, JsonNode want) {
    String id = result.get("id").asText();
    for (String key : List.of("decision", "denialReason", "indication")) {
      assertThat(result.get(key)).as("%s: %s", id, key).isEqualTo(want.get(key));
    }
    Set<String> rules = new HashSet<>();
    result.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    List<String> wanted = new ArrayList<>();
    want.get("rules").forEach(r -> wanted.add(r.asText()));
    assertThat(rules).as("%s: rules among the findings", id).containsAll(wanted);
    // findings a clerk can act on: durations in words, no double negatives, a registered citation
    result
        .get("findings")
        .forEach(
            f -> {
              String message = f.get("message").asText();
              assertThat(message)
                  .as("%s: %s", id, f.get("rule").asText())
                  .doesNotContainPattern("\\bP\\d+[YMWD]\\b")
                  .doesNotContain("it is not the case that");
              assertThat(RuleRegistry.source(f.get("citation").asText()))
                  .as("%s: citation", id)
                  .isPresent();
            });
  }
}

package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.CaseGenerators;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RoundTripTest {

  /** Writing a valid case and reading it back gives the same case, for any valid case. */
  @Test
  void anyCaseReadsBackEqualFromItsJson() {
    qt()
        .withExamples(300)
        .forAll(CaseGenerators.cases())
        .checkAssert(c -> assertThat(ReviewJson.readCase(ReviewJson.caseToJson(c))).isEqualTo(c));
  }

  /** The JSON a case is written as is the same however often it is read and written again. */
  @Test
  void writtenCaseIsAFixedPoint() {
    qt()
        .withExamples(100)
        .forAll(CaseGenerators.cases())
        .checkAssert(
            c -> {
              String once = ReviewJson.caseToJson(c);
              assertThat(ReviewJson.caseToJson(ReviewJson.readCase(once))).isEqualTo(once);
            });
  }

  @Test
  void contractExampleSurvivesARoundTrip() {
    ReviewCase c = ReviewJson.readCase(JsonFixtures.APPROVED_CASE);
    assertThat(ReviewJson.readCase(ReviewJson.caseToJson(c))).isEqualTo(c);
  }

  @Test
  void writtenCaseKeepsTheContractFieldOrder() {
    String json = ReviewJson.caseToJson(ReviewJson.readCase(JsonFixtures.APPROVED_CASE));
    List<String> top = new ArrayList<>();
    JsonFixtures.tree(json).fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactly("id", "edition", "claim", "patient", "record");
    List<String> claim = new ArrayList<>();
    JsonFixtures.tree(json).get("claim").fieldNames().forEachRemaining(claim::add);
    assertThat(claim)
        .containsExactly(
            "dateOfService", "hcpcs", "units", "modifiers", "ndc", "placeOfService", "diagnosisCodes");
  }

  @Test
  void decimalsKeepTheirWrittenScale() {
    String json = JsonFixtures.APPROVED_CASE.replace("\"tScore\": -2.9", "\"tScore\": -2.50");
    assertThat(ReviewJson.caseToJson(ReviewJson.readCase(json))).contains("\"tScore\": -2.50");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCaseSurvivesARoundTrip() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(JsonFixtures.projectExamples(), JsonFixtures.sharedExamples()).stream()
        .flatMap(java.util.Optional::stream)
        .toList()) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".json") && !p.endsWith("expected.json"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      ReviewCase c = ReviewJson.readCase(JsonFixtures.read(f));
                      assertThat(ReviewJson.readCase(ReviewJson.caseToJson(c))).isEqualTo(c);
                    }));
  }
}

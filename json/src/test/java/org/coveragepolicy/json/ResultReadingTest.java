package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.CaseGenerators;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** Results read back: what is written is read back equal, and only a valid result is read. */
class ResultReadingTest {
  private static final ClaimReview REVIEW = ClaimReview.standard();

  /** For any case, its review result written as JSON reads back equal, compact or indented. */
  @Test
  void anyResultReadsBackEqual() {
    qt()
        .withExamples(200)
        .forAll(CaseGenerators.cases())
        .checkAssert(
            c -> {
              ReviewResult r = REVIEW.review(c);
              assertThat(ReviewJson.readResult(ReviewJson.resultToJson(r))).isEqualTo(r);
              assertThat(ReviewJson.readResult(ReviewJson.resultToPrettyJson(r))).isEqualTo(r);
            });
  }

  @Test
  void everyExampleResultReadsBackEqual() throws IOException {
    int n = 0;
    for (Optional<Path> dir : List.of(JsonFixtures.projectExamples(), JsonFixtures.sharedExamples())) {
      if (dir.isEmpty()) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir.get())) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("expected.json")).toList()) {
          ReviewResult r = REVIEW.review(ReviewJson.readCase(f));
          assertThat(ReviewJson.readResult(new StringReader(ReviewJson.resultToJson(r)))).isEqualTo(r);
          n++;
        }
      }
    }
    assertThat(n).isGreaterThan(10);
  }

  private static final String RESULT =
      "{\"id\":\"c\",\"edition\":\"NORIDIAN_JF_2026\",\"product\":null,\"decision\":\"DENY\","
          + "\"denialReason\":\"INCORRECT_CODING\",\"indication\":null,\"findings\":[%s]}";

  private static String result(String finding) {
    return String.format(RESULT, finding);
  }

  @Test
  void ruleThisLibraryDoesNotReportIsInvalid() {
    assertThatThrownBy(
            () ->
                ReviewJson.readResult(
                    result(
                        "{\"rule\":\"CLM-NOPE\",\"severity\":\"ERROR\",\"category\":\"INCORRECT_CODING\","
                            + "\"message\":\"m\",\"citation\":\"JZJW\"}")))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("findings[0].rule: not a rule this library reports, was \"CLM-NOPE\"");
  }

  @Test
  void errorWithoutCategoryIsInvalid() {
    assertThatThrownBy(
            () ->
                ReviewJson.readResult(
                    result(
                        "{\"rule\":\"CLM-JZ-JW\",\"severity\":\"ERROR\",\"category\":null,"
                            + "\"message\":\"m\",\"citation\":\"JZJW\"}")))
        .hasMessage("findings[0].category: required for an ERROR");
  }

  @Test
  void infoKeepsTheCitationOfItsShortfall() {
    // an INFO shortfall cites what the same shortfall cites as an ERROR, not always its rule's source
    ReviewResult r =
        ReviewJson.readResult(
            result(
                "{\"rule\":\"IND-PROLIA-MALE-OSTEOPOROSIS\",\"severity\":\"INFO\","
                    + "\"category\":null,\"message\":\"m\",\"citation\":\"SEED\"}"));
    assertThat(r.findings().get(0).citation().key()).isEqualTo("SEED");
    assertThat(r.findings().get(0).rule().source().key()).isEqualTo("FDA-PROLIA");
  }

  @Test
  void unknownCitationIsInvalid() {
    assertThatThrownBy(
            () ->
                ReviewJson.readResult(
                    result(
                        "{\"rule\":\"DOC-UNSIGNED\",\"severity\":\"WARNING\",\"category\":null,"
                            + "\"message\":\"m\",\"citation\":\"XYZ\"}")))
        .hasMessageStartingWith("findings[0].citation: must be one of SEED, ");
  }

  @Test
  void missingFindingsAreRequired() {
    assertThatThrownBy(
            () -> ReviewJson.readResult("{\"id\":\"c\",\"edition\":\"NORIDIAN_JF_2026\",\"decision\":\"APPROVE\"}"))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("findings: required");
  }

  @Test
  void resultErrorNamesTheCase() {
    InvalidCaseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidCaseException.class,
            () -> ReviewJson.readResult("{\"id\":\"c-9\",\"edition\":\"X\"}"));
    assertThat(e.caseId()).contains("c-9");
    assertThat(e.path()).isEqualTo("edition");
  }
}

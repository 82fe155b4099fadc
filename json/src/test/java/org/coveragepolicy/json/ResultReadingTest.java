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
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.CaseGenerators;
import org.coveragepolicy.testing.JsonFixtures;
import org.coveragepolicy.testing.OwnPolicy;
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

  /**
   * A service's own policy, given to its reader and not on the class path: denosumab's, renamed,
   * with an edition, a source and a rule of its own.
   */
  private static final Rule OWN_RULE =
      Rule.of("OWN-LIMIT", "an own limit", Category.MEDICAL_NECESSITY, OwnPolicy.SOURCE);

  private static final Policy OWN = OwnPolicy.builder().addRules(OWN_RULE).build();

  @Test
  void aResultOfGivenPoliciesReadsBackThroughTheirReaderOnly() throws IOException {
    ReviewResult r =
        ReviewResult.builder()
            .id("own-1")
            .edition(OWN.defaultEdition())
            .decision(Decision.DENY)
            .denialReason(Category.MEDICAL_NECESSITY)
            .addFindings(OWN_RULE.error(Category.MEDICAL_NECESSITY, "Over the limit."))
            .build();
    String json = ReviewJson.resultToJson(r);
    CaseReader reader = CaseReader.of(Policies.of(OWN));

    assertThat(reader.readResult(json)).isEqualTo(r);
    assertThat(reader.readResult(new StringReader(ReviewJson.resultToPrettyJson(r)))).isEqualTo(r);
    // the class path's policies know neither its edition nor its rule
    assertThatThrownBy(() -> ReviewJson.readResult(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("edition: must be one of ");
    String builtInEdition = json.replace("OWN_EDITION", "NORIDIAN_JF_2026");
    assertThatThrownBy(() -> ReviewJson.readResult(builtInEdition))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("findings[0].rule: not a rule this library reports, was \"OWN-LIMIT\"");
    // and its reader knows none of the class path's editions that it was not given
    assertThatThrownBy(() -> reader.readResult(builtInEdition))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("edition: must be one of OWN_EDITION, was \"NORIDIAN_JF_2026\"");
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

package org.coveragepolicy.cli;

import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabSources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  private static final Rule CODING = Rule.of("CLM-UNITS", "units", Category.MEDICAL_NECESSITY, DenosumabSources.A52399);
  private static final Rule RECORDS = Rule.of("DOC-RECORDS-RETURNED", "records", Category.MEDICAL_NECESSITY, Source.TPE);
  private static final Rule NECESSITY = Rule.of("FREQ-PROLIA", "frequency", Category.MEDICAL_NECESSITY, DenosumabSources.FDA_PROLIA);

  private static ReviewResult denied(Rule rule, Category category) {
    return ReviewResult.builder()
        .id("x")
        .edition(DenosumabPolicy.DEFAULT)
        .decision(Decision.DENY)
        .denialReason(category)
        .addFindings(rule.error(category, "fix it"))
        .build();
  }

  @Test
  void denialReasonsAreMostFrequentFirstTiesInPrecedenceOrder() {
    BatchSummary s = new BatchSummary();
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY));
    s.reviewed(denied(CODING, Category.INCORRECT_CODING));
    s.reviewed(denied(CODING, Category.INCORRECT_CODING));
    s.reviewed(denied(RECORDS, Category.NO_DOCUMENTATION));
    assertThat(s.denialReasons())
        .extracting(Map.Entry::getKey)
        .containsExactly(Category.INCORRECT_CODING, Category.NO_DOCUMENTATION, Category.MEDICAL_NECESSITY);
  }

  @Test
  void ruleCountsOncePerClaimAndSeverity() {
    BatchSummary s = new BatchSummary();
    s.reviewed(
        ReviewResult.builder()
            .id("x")
            .edition(DenosumabPolicy.DEFAULT)
            .decision(Decision.DENY)
            .denialReason(Category.INCORRECT_CODING)
            .addFindings(CODING.error(Category.INCORRECT_CODING, "a"), CODING.error(Category.INCORRECT_CODING, "b"))
            .addFindings(CODING.warning("c"))
            .build());
    assertThat(s.rules()).singleElement().satisfies(e -> assertThat(e.getValue()).containsExactly(1L, 1L));
  }

  @Test
  void infoFindingsAreNotCounted() {
    BatchSummary s = new BatchSummary();
    s.reviewed(
        ReviewResult.builder().id("x").edition(DenosumabPolicy.DEFAULT).decision(Decision.APPROVE)
            .addFindings(CODING.info("note")).build());
    assertThat(s.rules()).isEmpty();
  }

  @Test
  void denialRateOfNoClaimsIsNotANumber() {
    assertThat(BatchSummary.percent(0, 0)).isEqualTo("n/a");
  }

  @Test
  void percentRoundsHalfUpToOneDecimal() {
    assertThat(BatchSummary.percent(1, 3)).isEqualTo("33.3%");
    assertThat(BatchSummary.percent(2, 3)).isEqualTo("66.7%");
    assertThat(BatchSummary.percent(1, 8)).isEqualTo("12.5%");
  }

  @Test
  void onlyTheFirstInvalidLinesAreListed() {
    BatchSummary s = new BatchSummary();
    for (int line = 1; line <= 25; line++) {
      s.invalid(line, null, "bad | line " + line);
    }
    String md = s.toMarkdown();
    assertThat(md).contains("The first 10 of 25.").contains("bad \\| line 10").doesNotContain("line 11 |");
    assertThat(s.invalid()).isEqualTo(25);
  }

  @Test
  void addingLaterChunksGivesTheCountsOfOneSummaryOverAllLines() {
    BatchSummary whole = new BatchSummary();
    BatchSummary first = new BatchSummary();
    BatchSummary second = new BatchSummary();
    for (int line = 1; line <= 30; line++) {
      BatchSummary part = line <= 12 ? first : second;
      for (BatchSummary s : new BatchSummary[] {whole, part}) {
        if (line % 3 == 0) {
          s.invalid(line, "id-" + line, "bad");
        } else if (line % 3 == 1) {
          s.reviewed(denied(line % 2 == 0 ? CODING : NECESSITY, Category.MEDICAL_NECESSITY));
        } else {
          s.reviewed(denied(RECORDS, Category.NO_DOCUMENTATION));
        }
      }
    }
    first.add(second);
    assertThat(first.toMarkdown()).isEqualTo(whole.toMarkdown());
    assertThat(first.listedProblems())
        .extracting(p -> p[0])
        .containsExactly("3", "6", "9", "12", "15", "18", "21", "24", "27", "30");
  }

  @Test
  void denialsAreCountedByProductAndIndicationWithUndeterminedOnesApart() {
    BatchSummary s = new BatchSummary();
    s.reviewed(
        ReviewResult.builder()
            .from(denied(CODING, Category.INCORRECT_CODING))
            .product(org.coveragepolicy.core.drug.Product.of("JUBBONTI"))
            .indication(org.coveragepolicy.indications.denosumab.DenosumabIndications.ALL.get(0))
            .build());
    s.reviewed(denied(CODING, Category.INCORRECT_CODING));
    s.reviewed(denied(CODING, Category.INCORRECT_CODING));
    assertThat(s.deniedByProduct())
        .extracting(Map.Entry::getKey, Map.Entry::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BatchSummary.NONE, 2L),
            org.assertj.core.groups.Tuple.tuple("JUBBONTI", 1L));
    assertThat(s.deniedByIndication()).extracting(Map.Entry::getKey)
        .containsExactly(BatchSummary.NONE, org.coveragepolicy.indications.denosumab.DenosumabIndications.ALL.get(0).name());
    assertThat(s.toMarkdown()).contains("## Denials by Product").contains("| JUBBONTI | 1 | 33.3% |");
  }
}

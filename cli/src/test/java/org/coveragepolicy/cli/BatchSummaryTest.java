package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.coveragepolicy.indications.DenosumabIndications;
import org.coveragepolicy.indications.DenosumabSources;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  private static final LocalDate DOS = LocalDate.of(2026, 3, 2);
  private static final ReportWords WORDS = ReportWords.standard();
  private static final Rule CODING = Rule.of("CLM-UNITS", "units", Category.MEDICAL_NECESSITY, DenosumabSources.A52399);
  private static final Rule RECORDS = Rule.of("DOC-RECORDS-RETURNED", "records", Category.MEDICAL_NECESSITY, Source.TPE);
  private static final Rule NECESSITY = Rule.of("FREQ-PROLIA", "frequency", Category.MEDICAL_NECESSITY, DenosumabSources.FDA_PROLIA);

  private static ReviewResult denied(Rule rule, Category category) {
    return ReviewResult.builder()
        .id("x")
        .edition(Edition.DEFAULT)
        .decision(Decision.DENY)
        .denialReason(category)
        .addFindings(rule.error(category, "fix it"))
        .build();
  }

  @Test
  void denialReasonsAreMostFrequentFirstTiesInPrecedenceOrder() {
    BatchSummary s = new BatchSummary();
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), DOS);
    s.reviewed(denied(CODING, Category.INCORRECT_CODING), DOS);
    s.reviewed(denied(CODING, Category.INCORRECT_CODING), DOS);
    s.reviewed(denied(RECORDS, Category.NO_DOCUMENTATION), DOS);
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
            .edition(Edition.DEFAULT)
            .decision(Decision.DENY)
            .denialReason(Category.INCORRECT_CODING)
            .addFindings(CODING.error(Category.INCORRECT_CODING, "a"), CODING.error(Category.INCORRECT_CODING, "b"))
            .addFindings(CODING.warning("c"))
            .build(),
        DOS);
    assertThat(s.rules()).singleElement().satisfies(e -> assertThat(e.getValue()).containsExactly(1L, 1L));
  }

  @Test
  void infoFindingsAreNotCounted() {
    BatchSummary s = new BatchSummary();
    s.reviewed(
        ReviewResult.builder().id("x").edition(Edition.DEFAULT).decision(Decision.APPROVE)
            .addFindings(CODING.info("note")).build(),
        DOS);
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
    String md = s.toMarkdown("cases.jsonl", WORDS);
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
          s.reviewed(
              denied(line % 2 == 0 ? CODING : NECESSITY, Category.MEDICAL_NECESSITY),
              DOS.minusDays(line % 7));
        } else {
          s.reviewed(denied(RECORDS, Category.NO_DOCUMENTATION), DOS.plusDays(line));
        }
      }
    }
    first.add(second);
    assertThat(first.toMarkdown("cases.jsonl", WORDS)).isEqualTo(whole.toMarkdown("cases.jsonl", WORDS));
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
            .indication(DenosumabIndications.ALL.get(0))
            .build(),
        DOS);
    s.reviewed(denied(CODING, Category.INCORRECT_CODING), DOS);
    s.reviewed(denied(CODING, Category.INCORRECT_CODING), DOS);
    assertThat(s.deniedByProduct())
        .extracting(Map.Entry::getKey, Map.Entry::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BatchSummary.NONE, 2L),
            org.assertj.core.groups.Tuple.tuple("JUBBONTI", 1L));
    assertThat(s.deniedByIndication()).extracting(Map.Entry::getKey)
        .containsExactly(BatchSummary.NONE, DenosumabIndications.ALL.get(0).name());
    // the catalog's words for the biosimilar, its ID beside them; an undetermined product has none
    assertThat(s.toMarkdown("cases.jsonl", WORDS))
        .contains("## Denials by Product")
        .contains("| Jubbonti (denosumab-bbdz, Prolia family) | `JUBBONTI` | 1 | 33.3% |")
        .contains("| (not determined) |  | 2 | 66.7% |")
        .contains(
            "| Postmenopausal women with osteoporosis at high risk for fracture (Prolia family)"
                + " | `PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS` | 1 | 33.3% |");
  }

  @Test
  void denialReasonsAreInWordsWithTheCategoryBeside() {
    BatchSummary s = new BatchSummary();
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), DOS);
    assertThat(s.toMarkdown("cases.jsonl", WORDS))
        .contains("| 1 | Not medically necessary | `MEDICAL_NECESSITY` | 1 | 100.0% |");
  }

  @Test
  void summarySaysWhichInputEditionsAndDatesOfServiceItIsFor() {
    BatchSummary s = new BatchSummary();
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), LocalDate.of(2026, 3, 2));
    s.reviewed(
        ReviewResult.builder()
            .from(denied(CODING, Category.INCORRECT_CODING))
            .edition(Edition.FDA_LABEL_2024)
            .build(),
        LocalDate.of(2025, 12, 31));
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), LocalDate.of(2026, 1, 15));
    s.invalid(4, null, "bad");
    assertThat(s.toMarkdown("in/cases_2026.jsonl", WORDS))
        .contains("- Input: in/cases\\_2026.jsonl\n")
        .contains(
            "- Editions: The Noridian JF edition (2026), `NORIDIAN_JF_2026`: 2 claims;"
                + " The FDA label edition (2024), `FDA_LABEL_2024`: 1 claim\n")
        .contains(
            "- Dates of service: 2025-12-31 to 2026-03-02 (the earliest and latest date of service"
                + " of the reviewed claims; the report itself is not dated)\n");
    assertThat(s.toMarkdown("-", WORDS)).contains("- Input: standard input\n");
  }

  @Test
  void summaryOfNoReviewedClaimSaysSoForEditionAndDates() {
    BatchSummary s = new BatchSummary();
    s.invalid(1, null, "bad");
    assertThat(s.toMarkdown("cases.jsonl", WORDS))
        .contains("- Edition: none (no claim was reviewed)\n")
        .contains("- Dates of service: none (no claim was reviewed)\n");
  }

  @Test
  void oneDateOfServiceIsShownOnce() {
    BatchSummary s = new BatchSummary();
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), DOS);
    s.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), DOS);
    assertThat(s.datesOfService()).isEqualTo("2026-03-02");
  }

  @Test
  void addingLaterChunksKeepsTheEarliestAndLatestDateOfServiceOfAll() {
    BatchSummary first = new BatchSummary();
    first.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), LocalDate.of(2026, 2, 1));
    BatchSummary second = new BatchSummary();
    second.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), LocalDate.of(2026, 3, 1));
    second.reviewed(denied(NECESSITY, Category.MEDICAL_NECESSITY), LocalDate.of(2026, 1, 1));
    BatchSummary none = new BatchSummary();
    none.invalid(4, null, "bad");
    first.add(second);
    first.add(none);
    assertThat(first.firstDateOfService()).contains(LocalDate.of(2026, 1, 1));
    assertThat(first.lastDateOfService()).contains(LocalDate.of(2026, 3, 1));
    assertThat(first.byEdition()).singleElement().satisfies(e -> {
      assertThat(e.getKey()).isEqualTo("NORIDIAN_JF_2026");
      assertThat(e.getValue()).isEqualTo(3L);
    });
  }
}

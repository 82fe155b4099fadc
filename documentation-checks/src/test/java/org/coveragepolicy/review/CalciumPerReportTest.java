package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;

import java.math.BigDecimal;
import java.util.List;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Decision;
import org.junit.jupiter.api.Test;

/**
 * Which calcium value counts: within one lab report the corrected value over the total, across
 * reports the newest date and, on one date, the lowest report's value, so a low value is never
 * hidden by a normal one of another report.
 */
class CalciumPerReportTest {

  // ---- which calcium counts ----

  @Test
  void aNewerLowTotalCalciumIsNotHiddenByAnOlderNormalCorrectedOne() {
    ReviewCase c =
        plus(
            replacing(
                Baselines.postmenopausal(),
                DocumentKind.LAB_REPORT,
                lab(DOS.minusDays(20), LabTest.CORRECTED_CALCIUM, "9.2")),
            lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.2"));

    assertThat(findingsOf(REVIEW.review(c), "SAFE-HYPOCALCEMIA")).hasSize(1);
  }

  // ---- calcium is chosen per report ----

  /** The postmenopausal case with its lab reports replaced by the given ones. */
  private static ReviewCase withLabs(LabReport first, LabReport... more) {
    ReviewCase c = replacing(Baselines.postmenopausal(), DocumentKind.LAB_REPORT, first);
    for (LabReport r : more) {
      c = plus(c, r);
    }
    return c;
  }

  private static LabReport report(LabTest test1, String value1, LabTest test2, String value2) {
    return LabReport.builder()
        .date(DOS.minusDays(2))
        .addResults(LabResult.of(DOS.minusDays(2), test1, new BigDecimal(value1)))
        .addResults(LabResult.of(DOS.minusDays(2), test2, new BigDecimal(value2)))
        .build();
  }

  @Test
  void aLowTotalInOneReportIsNotHiddenByANormalCorrectedValueInAnotherReportOfTheSameDate() {
    ReviewResult r =
        REVIEW.review(
            withLabs(
                lab(DOS.minusDays(2), LabTest.CORRECTED_CALCIUM, "9.0"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.3")));

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(findingsOf(r, "SAFE-HYPOCALCEMIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("total calcium").contains("8.3 mg/dL"));
  }

  @Test
  void sameDateReportsWhoseOwnValuesAreNormalPass() {
    // each report gives 8.5 or more: the boundary value is not low
    ReviewResult r =
        REVIEW.review(
            withLabs(
                lab(DOS.minusDays(2), LabTest.CORRECTED_CALCIUM, "9.0"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.5")));

    assertThat(findingsOf(r, "SAFE-HYPOCALCEMIA")).isEmpty();
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void withinOneReportTheCorrectedCalciumStillWinsOverTheTotal() {
    ReviewResult r =
        REVIEW.review(
            withLabs(report(LabTest.CORRECTED_CALCIUM, "9.0", LabTest.TOTAL_CALCIUM, "8.3")));

    assertThat(findingsOf(r, "SAFE-HYPOCALCEMIA")).isEmpty();
  }

  @Test
  void aLowCorrectedValueInOneReportCountsAgainstANormalTotalInAnother() {
    ReviewResult r =
        REVIEW.review(
            withLabs(
                report(LabTest.CORRECTED_CALCIUM, "8.4", LabTest.TOTAL_CALCIUM, "9.1"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "9.3")));

    assertThat(findingsOf(r, "SAFE-HYPOCALCEMIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("corrected calcium").contains("8.4 mg/dL"));
  }

  @Test
  void reportCalciumChoosesCorrectedElseTotalThenTheLowest() {
    LabResult corrected = LabResult.of(DOS, LabTest.CORRECTED_CALCIUM, new BigDecimal("9.0"));
    LabResult lowTotal = LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("8.0"));
    LabResult total = LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("8.6"));
    LabResult egfr = LabResult.of(DOS, LabTest.EGFR, new BigDecimal("20"));

    assertThat(LabResult.calciumOf(List.of(lowTotal, corrected))).contains(corrected);
    assertThat(LabResult.calciumOf(List.of(total, lowTotal))).contains(lowTotal);
    assertThat(LabResult.calciumOf(List.of(egfr))).isEmpty();
  }
}

package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;

import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.TestEditions;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.junit.jupiter.api.Test;

/**
 * An edition that changes a threshold, or a catalog that changes a dosing interval, prints the new
 * number and never the old one, both in the finding's message and in the policy's rules document.
 */
class EditionNumbersTest {
  /** The default edition with hypocalcemia below 8.0 mg/dL within 21 days (not 8.5 within 30). */
  private static final Edition LOW_CALCIUM_8_0 =
      TestEditions.withLowCalcium8Within21Days(DenosumabPolicy.NORIDIAN_JF_2026, "CALCIUM_8_0");

  /** The denosumab policy whose only edition is {@link #LOW_CALCIUM_8_0}. */
  private static final Policy CALCIUM_POLICY =
      Policy.builder().from(DenosumabPolicy.POLICY).editions(List.of(LOW_CALCIUM_8_0)).build();

  /** The denosumab policy with Prolia every 4 months and Xgeva every 21 days (not 6 months, 28 days). */
  private static final Policy INTERVAL_POLICY =
      TestEditions.withEntries(
          DenosumabPolicy.POLICY,
          CatalogEntry.builder()
              .from(DenosumabCatalog.PROLIA_ENTRY)
              .dosingInterval(Period.ofMonths(4))
              .build(),
          CatalogEntry.builder()
              .from(DenosumabCatalog.XGEVA_ENTRY)
              .dosingInterval(Period.ofDays(21))
              .build());

  private static List<Finding> of(ReviewResult r, String rule) {
    return r.findings().stream().filter(f -> f.rule().id().equals(rule)).collect(Collectors.toList());
  }

  @Test
  void aChangedHypocalcemiaThresholdIsTheNumberTheFindingMessagePrints() {
    ReviewCase c =
        replacing(
            Baselines.postmenopausal(),
            DocumentKind.LAB_REPORT,
            lab(DOS.minusDays(10), LabTest.TOTAL_CALCIUM, "7.9"));

    ReviewResult r = ClaimReview.of(Policies.of(CALCIUM_POLICY)).review(c);

    assertThat(r.edition()).hasToString("CALCIUM_8_0");
    assertThat(of(r, "SAFE-HYPOCALCEMIA"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("7.9 mg/dL (below 8.0)")
                    .contains("at least 8.0 mg/dL within 21 days")
                    .doesNotContain("8.5")
                    .doesNotContain("30 days"));
  }

  @Test
  void aCalciumLowOnlyUnderTheOldThresholdIsNotAFindingUnderTheNewOne() {
    ReviewCase c =
        replacing(
            Baselines.postmenopausal(),
            DocumentKind.LAB_REPORT,
            lab(DOS.minusDays(10), LabTest.TOTAL_CALCIUM, "8.2"));

    assertThat(of(ClaimReview.standard().review(c), "SAFE-HYPOCALCEMIA")).hasSize(1);
    assertThat(of(ClaimReview.of(Policies.of(CALCIUM_POLICY)).review(c), "SAFE-HYPOCALCEMIA"))
        .isEmpty();
  }

  @Test
  void aChangedHypocalcemiaThresholdIsTheNumberTheRulesDocumentPrints() {
    String page = RulesDocument.markdown(CALCIUM_POLICY);

    assertThat(page)
        .contains(
            "| `SAFE-HYPOCALCEMIA` | no calcium below 8.0 mg/dL within 21 days before the date of"
                + " service and no hypocalcemia diagnosis |")
        .contains("hypocalcemia is a calcium below 8.0 mg/dL within 21 days")
        .doesNotContain("8.5 mg/dL");
  }

  @Test
  void anEditionThatIsNotTheDefaultListsTheSummariesThatReadDifferentlyInIt() {
    Policy both =
        Policy.builder()
            .from(DenosumabPolicy.POLICY)
            .editions(List.of(DenosumabPolicy.NORIDIAN_JF_2026, LOW_CALCIUM_8_0))
            .build();

    String page = RulesDocument.markdown(both);
    String edition = page.substring(page.indexOf("### `CALCIUM_8_0`"), page.indexOf("## Interpretations"));

    assertThat(page).contains("| `SAFE-HYPOCALCEMIA` | no calcium below 8.5 mg/dL within 30 days");
    assertThat(edition)
        .contains("In this edition these read:")
        .contains("- `SAFE-HYPOCALCEMIA`: no calcium below 8.0 mg/dL within 21 days")
        .contains("- `HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS`: hypocalcemia is a calcium below 8.0")
        .doesNotContain("8.5 mg/dL")
        .doesNotContain("FREQ-");
    // the default edition's section lists no differences
    assertThat(page.substring(0, page.indexOf("### `CALCIUM_8_0`")))
        .doesNotContain("In this edition these read:");
  }

  @Test
  void aChangedProliaIntervalIsTheNumberTheFrequencyMessagePrints() {
    ReviewCase c =
        plus(Baselines.postmenopausal(), administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(3)));

    ReviewResult r = ClaimReview.of(Policies.of(INTERVAL_POLICY)).review(c);

    assertThat(of(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("4 months").doesNotContain("6 months"));
    // 5 months before: too soon under 6 months, not under 4
    ReviewCase fiveMonths =
        plus(Baselines.postmenopausal(), administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(5)));
    assertThat(of(ClaimReview.standard().review(fiveMonths), "FREQ-PROLIA")).hasSize(1);
    assertThat(of(ClaimReview.of(Policies.of(INTERVAL_POLICY)).review(fiveMonths), "FREQ-PROLIA"))
        .isEmpty();
  }

  @Test
  void aChangedXgevaIntervalIsTheNumberTheFrequencyMessagePrints() {
    ReviewCase c =
        plus(Baselines.boneMetastases(), administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(14)));

    ReviewResult r = ClaimReview.of(Policies.of(INTERVAL_POLICY)).review(c);

    assertThat(of(r, "FREQ-XGEVA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("21 days").doesNotContain("28 days"));
  }

  @Test
  void changedIntervalsAreTheNumbersTheRulesDocumentPrints() {
    String page = RulesDocument.markdown(INTERVAL_POLICY);

    assertThat(page)
        .contains("| `FREQ-PROLIA` | no earlier Prolia-family dose less than 4 calendar months before")
        .contains("| `FREQ-XGEVA` | no earlier non-loading Xgeva-family dose less than 21 days before")
        .doesNotContain("6 calendar months")
        .doesNotContain("28 days");
  }
}

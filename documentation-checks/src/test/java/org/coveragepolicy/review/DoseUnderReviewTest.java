package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withClaim;
import static org.coveragepolicy.review.Fixtures.withHcpcs;

import java.util.Optional;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.junit.jupiter.api.Test;

/**
 * Which administration record is the dose under review: among same-day records of one family or of
 * both, by the claim's code, NDC and units, then the order, then the product's name; and whether a
 * record dated days before the date of service may be this dose.
 */
class DoseUnderReviewTest {

  private static final Product JUBBONTI = Product.of("JUBBONTI");

  // ---- several administration records on the date of service ----

  @Test
  void twoDosesOfOneFamilyTheSameDayTheClaimsCodeChoosesTheDoseUnderReview() {
    ReviewCase c =
        withHcpcs(
            plus(Baselines.postmenopausal(), administered(JUBBONTI, 60, DOS)), "Q5136", false);

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(JUBBONTI);
    assertThat(findingsOf(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Prolia was given on " + DOS + " (the same day"));
    assertThat(findingsOf(r, "CLM-HCPCS")).isEmpty();
  }

  @Test
  void dosesOfBothFamiliesTheSameDayAreUnsafeAndTheNdcChooses() {
    ReviewCase c = plus(Baselines.postmenopausal(), administered(DenosumabCatalog.XGEVA, 120, DOS));

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(DenosumabCatalog.PROLIA);
    assertThat(findingsOf(r, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
    assertThat(findingsOf(r, "DOSE-LABELED")).isEmpty();
    assertThat(findingsOf(r, "CLM-UNITS")).isEmpty();
  }

  @Test
  void withoutAMatchingCodeOrNdcTheFirstProductByNameIsUnderReview() {
    ReviewCase c =
        withHcpcs(
            plus(Baselines.boneMetastases(), administered(JUBBONTI, 60, DOS)), "Q5157", false);

    ReviewResult r = REVIEW.review(c);

    assertThat(r.product()).contains(JUBBONTI);
    assertThat(findingsOf(r, "SAFE-OTHER-DENOSUMAB")).hasSize(1);
    assertThat(findingsOf(r, "CLM-HCPCS")).hasSize(1);
  }

  @Test
  void oneRecordOnTheDateOfServiceIsNotASameDayDose() {
    ReviewResult r = REVIEW.review(Baselines.postmenopausal());
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(findingsOf(r, "FREQ-PROLIA")).isEmpty();
  }

  // ---- several records on the date of service under one HCPCS ----

  private static final Product STOBOCLO = Product.of("STOBOCLO");
  private static final Product OSENVELT = Product.of("OSENVELT");

  /**
   * A postmenopausal-osteoporosis case billed under Q5157 with no NDC, Stoboclo and Osenvelt both
   * recorded on the date of service, and the order for the given product.
   */
  private static ReviewCase twoUnderQ5157(int units, int stobocloMg, int osenveltMg, Product ordered) {
    ReviewCase c = Fixtures.without(Baselines.postmenopausal(), DocumentKind.ADMINISTRATION_RECORD);
    c = replacing(c, DocumentKind.ORDER, Fixtures.order(ordered, 60));
    c = plus(c, Fixtures.administered(STOBOCLO, stobocloMg, DOS));
    c = plus(c, Fixtures.administered(OSENVELT, osenveltMg, DOS));
    return Fixtures.withClaim(
        c,
        ClaimLine.builder()
            .from(c.claim())
            .hcpcs(Hcpcs.parse("Q5157"))
            .ndc(Optional.empty())
            .units(units)
            .build());
  }

  @Test
  void theClaimsUnitsChooseTheDoseUnderReviewNotTheProductName() {
    ReviewResult r = REVIEW.review(twoUnderQ5157(60, 60, 120, STOBOCLO));

    assertThat(r.product()).contains(STOBOCLO);
    assertThat(findingsOf(r, "CLM-UNITS")).isEmpty();
    assertThat(findingsOf(r, "DOSE-LABELED")).isEmpty();
    assertThat(findingsOf(r, "DOC-ORDER")).isEmpty();
    // the Osenvelt record is not dropped: an Xgeva-family dose the same day
    assertThat(findingsOf(r, "SAFE-OTHER-DENOSUMAB")).singleElement();
  }

  @Test
  void theUnitsWinOverTheOrder() {
    ReviewResult r = REVIEW.review(twoUnderQ5157(120, 60, 120, STOBOCLO));

    assertThat(r.product()).contains(OSENVELT);
    assertThat(findingsOf(r, "CLM-UNITS")).isEmpty();
  }

  @Test
  void whenTheUnitsDoNotTellThemApartTheOrderedProductIsUnderReview() {
    // both recorded as 60 mg: the units match both, so the order decides, whatever the names
    assertThat(REVIEW.review(twoUnderQ5157(60, 60, 60, STOBOCLO)).product()).contains(STOBOCLO);
    assertThat(REVIEW.review(twoUnderQ5157(60, 60, 60, OSENVELT)).product()).contains(OSENVELT);
  }

  @Test
  void whenNeitherUnitsNorOrderTellThemApartTheFirstByNameIsUnderReview() {
    // 90 units match neither dose, and the order names Prolia: Osenvelt comes first by name
    assertThat(REVIEW.review(twoUnderQ5157(90, 60, 120, DenosumabCatalog.PROLIA)).product())
        .contains(OSENVELT);
  }

  // ---- a dose not documented on the date of service ----

  /** The postmenopausal case (Prolia's NDC on the claim) with its one dose recorded days earlier. */
  private static ReviewResult doseRecordedDaysBefore(int days) {
    return REVIEW.review(
        replacing(
            Baselines.postmenopausal(),
            DocumentKind.ADMINISTRATION_RECORD,
            Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusDays(days))));
  }

  @Test
  void aRecordDatedTheDayBeforeMayBeThisDoseWithAWrongDate() {
    ReviewResult r = doseRecordedDaysBefore(1);

    assertThat(findingsOf(r, "DOC-ADMINISTRATION")).singleElement();
    assertThat(findingsOf(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "No administration record is dated the date of service "
                            + DOS
                            + ", and the one dated "
                            + DOS.minusDays(1)
                            + " (1 day earlier) may be this dose recorded with a wrong date")
                    .contains("If it is an earlier dose, Prolia was given on " + DOS.minusDays(1)));
  }

  @Test
  void aRecordDatedSevenDaysBeforeMayStillBeThisDose() {
    assertThat(findingsOf(doseRecordedDaysBefore(7), "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(7 days earlier) may be this dose"));
  }

  @Test
  void aRecordDatedEightDaysBeforeIsAnEarlierDose() {
    assertThat(findingsOf(doseRecordedDaysBefore(8), "FREQ-PROLIA"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("Prolia was given on " + DOS.minusDays(8))
                    .doesNotContain("wrong date"));
  }

  @Test
  void withTheDoseRecordedOnTheDateOfServiceAnEarlierRecordIsAPriorDose() {
    ReviewResult r =
        REVIEW.review(
            plus(
                Baselines.postmenopausal(),
                Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusDays(1))));

    assertThat(findingsOf(r, "DOC-ADMINISTRATION")).isEmpty();
    assertThat(findingsOf(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("wrong date"));
  }
}

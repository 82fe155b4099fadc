package org.coveragepolicy.indications.denosumab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.indications.PolicySummaries.texts;
import static org.coveragepolicy.indications.denosumab.J0897Cases.dxa;
import static org.coveragepolicy.indications.denosumab.J0897Cases.evaluate;
import static org.coveragepolicy.indications.denosumab.J0897Cases.findingsOf;
import static org.coveragepolicy.indications.denosumab.J0897Cases.pmo;
import static org.coveragepolicy.indications.denosumab.J0897Cases.withClaim;
import static org.coveragepolicy.indications.denosumab.J0897Cases.withEvidence;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.IndicationRequest;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The denosumab summaries and interpretations are rendered from the edition's thresholds and the
 * policy's catalog: an edition and a catalog that change every number they name print the new
 * numbers and never the old ones.
 */
class RuleTextsTest {
  /** Every threshold a denosumab summary or interpretation names, changed. */
  private static final Thresholds CHANGED =
      Thresholds.builder()
          .from(Thresholds.defaults())
          .hypocalcemiaCalcium(new BigDecimal("8.0"))
          .hypocalcemiaWindowDays(21)
          .advancedCkdEgfr(new BigDecimal("25"))
          .advancedCkdWindow(Period.ofMonths(9))
          .lowBoneMassTScore(new BigDecimal("-1.5"))
          .adolescentAge(13)
          .adultAge(19)
          .hypercalcemiaCorrectedCalcium(new BigDecimal("13.0"))
          .bisphosphonateMinDays(5)
          .bisphosphonateMaxDays(25)
          .build();

  private static final Edition EDITION =
      Edition.builder()
          .from(DenosumabPolicy.NORIDIAN_JF_2026)
          .name("CHANGED_2027")
          .thresholds(CHANGED)
          .build();

  /** The policy with that edition, and reference entries of another dose and interval. */
  private static final Policy CHANGED_POLICY =
      Policy.builder()
          .from(DenosumabPolicy.POLICY)
          .catalog(
              DenosumabCatalog.BUILT_IN.withEntries(
                  List.of(
                      CatalogEntry.builder()
                          .from(DenosumabCatalog.PROLIA_ENTRY)
                          .labeledDoseMg(70)
                          .dosingInterval(Period.ofMonths(5))
                          .build(),
                      CatalogEntry.builder()
                          .from(DenosumabCatalog.XGEVA_ENTRY)
                          .labeledDoseMg(140)
                          .dosingInterval(Period.ofDays(21))
                          .loadingDoseDays(List.of(10, 20))
                          .build())))
          .editions(ImmutableList.of(EDITION))
          .build();

  /** The numbers of the default edition and the built-in catalog, as the summaries write them. */
  private static final List<String> OLD =
      List.of(
          "8.5", "30 days", "below 30", "12 months", "-1.0", "ages 12", "to 17", "under 12",
          "12.5", "7 to", "6 calendar months", "28 days", "60 mg", "120 mg", "days 8 and 15");

  /** The changed numbers, as the summaries should write them. */
  private static final List<String> NEW =
      List.of(
          "8.0 mg/dL within 21 days", "eGFR below 25 within 9 months", "-1.5", "ages 13 to 18",
          "under 13", "13.0 mg/dL measured 5 to 25 days", "5 calendar months", "21 days",
          "Prolia family 70 mg, Xgeva family 140 mg", "days 11 and 21",
          "below 25 counts when measured within 9 months");

  @Test
  void aChangedEditionAndCatalogNeverPrintTheOldNumbers() {
    List<String> texts = texts(CHANGED_POLICY, EDITION);

    for (String old : OLD) {
      assertThat(texts).as("no text names %s", old).noneMatch(t -> t.contains(old));
    }
  }

  @Test
  void aChangedEditionAndCatalogPrintTheNewNumbers() {
    String all = String.join("\n", texts(CHANGED_POLICY, EDITION));

    for (String number : NEW) {
      assertThat(all).as("a text names %s", number).contains(number);
    }
  }

  @Test
  void eachRenderedTextReadsTheChangedEdition() {
    assertThat(CHANGED_POLICY.summary(EDITION, DenosumabRules.SAFE_HYPOCALCEMIA))
        .isEqualTo(
            "no calcium below 8.0 mg/dL within 21 days before the date of service and no"
                + " hypocalcemia diagnosis");
    assertThat(CHANGED_POLICY.summary(EDITION, DenosumabRules.FREQ_PROLIA))
        .isEqualTo(
            "no earlier Prolia-family dose less than 5 calendar months before the date of"
                + " service");
    assertThat(
            CHANGED_POLICY.summary(
                EDITION, DenosumabInterpretations.HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS))
        .isEqualTo(
            "hypocalcemia is a calcium below 8.0 mg/dL within 21 days before the date of"
                + " service");
  }

  @Test
  void theDefaultEditionReadsTheConstantsOwnSummaries() {
    Policy policy = DenosumabPolicy.POLICY;
    for (Edition edition : policy.editions()) {
      for (Rule rule : policy.rules()) {
        assertThat(policy.summary(edition, rule)).as(rule.id()).isEqualTo(rule.summary());
      }
      for (Interpretation i : policy.interpretations()) {
        assertThat(policy.summary(edition, i)).as(i.name()).isEqualTo(i.summary());
      }
    }
  }

  /**
   * The no-indication message quotes the lowest qualifying T-score, whatever the order of two DXA
   * studies of one date (it quoted the first in record order: qt.seed=777 on
   * IndicationPropertiesTest.resultDoesNotDependOnOrder).
   */
  @Test
  void theQuotedTScoreDoesNotDependOnTheOrderOfTheStudies() {
    IndicationRequest uncoded =
        withClaim(withEvidence(pmo(), e -> e.documentedDiagnoses(List.of())));
    IndicationRequest lowFirst =
        withEvidence(uncoded, e -> e.imaging(List.of(dxa("-2.6"), dxa("-2.5"))));
    IndicationRequest lowLast =
        withEvidence(uncoded, e -> e.imaging(List.of(dxa("-2.5"), dxa("-2.6"))));

    List<Finding> first = findingsOf(evaluate(lowFirst), DenosumabRules.NO_INDICATION);
    List<Finding> last = findingsOf(evaluate(lowLast), DenosumabRules.NO_INDICATION);

    assertThat(first).hasSize(1);
    assertThat(first.get(0).message()).contains("a DXA T-score of -2.6 points to");
    assertThat(last).isEqualTo(first);
  }
}

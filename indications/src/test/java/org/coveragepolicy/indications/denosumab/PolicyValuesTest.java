package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Limitation;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.core.policy.Policies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;
import java.util.Optional;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.junit.jupiter.api.Test;

/** The policy's values: their documented defaults and the structural checks their builders make. */
class PolicyValuesTest {
  @Test
  void thresholdsHaveThePolicysDefaults() {
    Thresholds t = Thresholds.defaults();
    assertThat(t.osteoporosisTScore()).isEqualByComparingTo("-2.5");
    assertThat(t.lowBoneMassTScore()).isEqualByComparingTo("-1.0");
    assertThat(t.glucocorticoidMgPerDay()).isEqualByComparingTo("7.5");
    assertThat(t.glucocorticoidMonths()).isEqualTo(6);
    assertThat(t.adultAge()).isEqualTo(18);
    assertThat(t.adolescentAge()).isEqualTo(12);
    assertThat(t.hypercalcemiaCorrectedCalcium()).isEqualByComparingTo("12.5");
    assertThat(t.hypercalcemiaWindowDays()).isEqualTo(30);
    assertThat(t.bisphosphonateMinDays()).isEqualTo(7);
    assertThat(t.bisphosphonateMaxDays()).isEqualTo(30);
    assertThat(t.hypocalcemiaCalcium()).isEqualByComparingTo("8.5");
    assertThat(t.hypocalcemiaWindowDays()).isEqualTo(30);
    assertThat(t.advancedCkdEgfr()).isEqualByComparingTo("30");
    assertThat(t.advancedCkdWindow()).isEqualTo(Period.ofMonths(12));
  }

  @Test
  void thresholdsRejectAReversedAgeOrBisphosphonateWindowAndANegativeWindow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Thresholds.builder().adolescentAge(19).build())
        .withMessageContaining("adolescentAge");
    assertThat(Thresholds.builder().adolescentAge(18).build().adolescentAge()).isEqualTo(18);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Thresholds.builder().bisphosphonateMinDays(31).build())
        .withMessageContaining("bisphosphonateMinDays");
    assertThat(Thresholds.builder().bisphosphonateMinDays(30).build().bisphosphonateMinDays())
        .isEqualTo(30);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Thresholds.builder().hypercalcemiaWindowDays(-1).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Thresholds.builder().hypocalcemiaWindowDays(-1).build());
    assertThat(Thresholds.builder().hypocalcemiaWindowDays(0).hypercalcemiaWindowDays(0).build())
        .isNotNull();
  }

  @Test
  void anEditionNeedsAnUpperSnakeNameAndEachIndicationOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Edition.builder().from(DenosumabPolicy.NORIDIAN_JF_2026).name("strict").build())
        .withMessageContaining("\"strict\"");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Edition.builder()
                    .from(DenosumabPolicy.NORIDIAN_JF_2026)
                    .addIndications(DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS)
                    .build())
        .withMessageContaining("PROLIA_MALE_OSTEOPOROSIS listed twice");
  }

  @Test
  void builtInEditionsAreFoundByName() {
    assertThat(Policies.load().edition("FDA_LABEL_2024")).isSameAs(DenosumabPolicy.FDA_LABEL_2024);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Policies.load().edition("NOPE"))
        .withMessageContaining("NORIDIAN_JF_2026, FDA_LABEL_2024");
    assertThat(DenosumabPolicy.DEFAULT).hasToString("NORIDIAN_JF_2026");
  }

  @Test
  void anIndicationsRuleIdStartsWithIndAndNamesIt() {
    Indication pmo = DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS;
    assertThat(pmo).hasToString("PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS");
    assertThat(pmo.usesLoadingDoses()).isFalse();
    assertThat(DenosumabIndications.XGEVA_GIANT_CELL_TUMOR.usesLoadingDoses()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Indication.builder()
                    .from(pmo)
                    .rule(Rule.of("PMO-X", "x", Category.MEDICAL_NECESSITY, DenosumabSources.SEED))
                    .build())
        .withMessageContaining("PMO-X");
  }

  @Test
  void requirementsAndShortfallsAreNamedAndNeverBlank() {
    Requirement r = Requirement.of("high risk", f -> Optional.empty());
    assertThat(r.name()).isEqualTo("high risk");
    assertThat(r).hasToString("high risk");
    assertThatIllegalArgumentException().isThrownBy(() -> Requirement.of(" ", f -> Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Shortfall.missing(" ", DenosumabSources.SEED));
    assertThat(Shortfall.contradicts("x", DenosumabSources.SEED))
        .hasToString("CONTRADICTS [SEED]: x");
    assertThat(Shortfall.noImaging("x", DenosumabSources.SEED).missing()).isTrue();
  }

  @Test
  void sourcesAreFoundByKey() {
    assertThat(DenosumabSources.byKey("HCPCS-Q")).contains(DenosumabSources.HCPCS_Q);
    assertThat(DenosumabSources.byKey("IOM-15-50")).isPresent();
    assertThat(DenosumabSources.byKey("NOPE")).isEmpty();
  }

  @Test
  void theLimitationNamesItselfAndItsDiagnosisInWords() {
    Limitation l = DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION;
    assertThat(l).hasToString("IND-XGEVA-MULTIPLE-MYELOMA-LIMITATION");
    assertThat(Limitation.words(CodeFamilies.GIANT_CELL_TUMOR_OF_BONE))
        .isEqualTo("giant cell tumor of bone");
    CodeFamily f = CodeFamilies.MULTIPLE_MYELOMA;
    assertThat(l.diagnosis()).isEqualTo(f);
  }
}

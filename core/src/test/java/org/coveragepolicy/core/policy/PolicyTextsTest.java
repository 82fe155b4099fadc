package org.coveragepolicy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.coveragepolicy.core.TestCatalog;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.junit.jupiter.api.Test;

/** Declared texts render the rules and interpretations they name; the others read as written. */
class PolicyTextsTest {
  private static final Rule LOW =
      Rule.of("SAFE-LOW", "no value below 8.5", Category.MEDICAL_NECESSITY, TestCatalog.SEED);
  private static final Rule OTHER =
      Rule.of("SAFE-OTHER", "another rule", Category.MEDICAL_NECESSITY, TestCatalog.SEED);
  private static final Interpretation CHOICE =
      Interpretation.of("LOW_CHOICE", TestCatalog.SEED, "low is below 8.5");

  private static final PolicyTexts TEXTS =
      PolicyTexts.builder()
          .rule(LOW, (policy, edition) -> "no value below " + calcium(edition))
          .interpretation(CHOICE, (policy, edition) -> "low is below " + calcium(edition))
          .build();

  private static final Edition LOWER =
      Edition.builder()
          .name("LOWER")
          .source(TestCatalog.SEED)
          .thresholds(
              Thresholds.builder()
                  .from(Thresholds.defaults())
                  .hypocalcemiaCalcium(new BigDecimal("8.0"))
                  .build())
          .build();

  private static final Policy POLICY =
      Policy.builder()
          .name("TEST")
          .catalog(DrugCatalog.of(TestCatalog.PROLIA_ENTRY))
          .addEditions(LOWER)
          .texts(TEXTS)
          .build();

  @Test
  void aDeclaredRuleAndInterpretationReadTheEditionsNumbers() {
    assertThat(POLICY.summary(LOWER, LOW)).isEqualTo("no value below 8.0");
    assertThat(POLICY.summary(LOWER, CHOICE)).isEqualTo("low is below 8.0");
  }

  @Test
  void anUndeclaredRuleReadsItsOwnSummary() {
    assertThat(POLICY.summary(LOWER, OTHER)).isEqualTo("another rule");
  }

  @Test
  void aRuleDeclaredTwiceIsRejectedByItsId() {
    PolicyTexts.Builder texts = PolicyTexts.builder().rule(LOW, (policy, edition) -> "one");

    assertThatThrownBy(() -> texts.rule(LOW, (policy, edition) -> "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SAFE-LOW declared twice");
  }

  @Test
  void anInterpretationDeclaredTwiceIsRejectedByItsName() {
    PolicyTexts.Builder texts =
        PolicyTexts.builder().interpretation(CHOICE, (policy, edition) -> "one");

    assertThatThrownBy(() -> texts.interpretation(CHOICE, (policy, edition) -> "two"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOW_CHOICE declared twice");
  }

  private static String calcium(Edition edition) {
    return edition.thresholds().hypocalcemiaCalcium().toPlainString();
  }
}

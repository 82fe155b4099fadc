package org.coveragepolicy.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.TestCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule ID is upper-case letters and digits in two or more parts joined by single hyphens. */
class RuleIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"DOC-ORDER", "A-1", "LIMIT-EVENITY-12-DOSES", "Z9-Z9", "PARTB-INCIDENT-TO"})
  void theseAreRuleIds(String id) {
    assertThat(Rule.isId(id)).isTrue();
    assertThat(Rule.of(id, "a summary", Category.MEDICAL_NECESSITY, TestCatalog.SEED).id())
        .isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "DOC", "DOC-", "-DOC", "DOC--ORDER", "1DOC-ORDER", "doc-order", "DOC-order", "DOC_ORDER",
        "DOC ORDER", "DOC-ÖRDER", "A-"
      })
  void theseAreNot(String id) {
    assertThat(Rule.isId(id)).isFalse();
    assertThatThrownBy(() -> Rule.of(id, "a summary", Category.MEDICAL_NECESSITY, TestCatalog.SEED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a rule ID: \"" + id + "\"");
  }
}

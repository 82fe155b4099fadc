package org.coveragepolicy.core.finding;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminationTest {
  private static final Rule ORDER = Rule.of("DOC-ORDER", "a signed order", Category.MEDICAL_NECESSITY, TestCatalog.SEED);
  private static final Rule JZ = Rule.of("CLM-JZ-JW", "JZ or JW", Category.MEDICAL_NECESSITY, Source.JZJW);

  @Test
  void noFindingsApprove() {
    Determination d = Determination.of(List.of());
    assertThat(d.decision()).isEqualTo(Decision.APPROVE);
    assertThat(d.denialReason()).isEmpty();
  }

  @Test
  void warningsAndInfoAloneApprove() {
    Determination d = Determination.of(List.of(JZ.warning("w"), ORDER.info("i")));
    assertThat(d.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void oneErrorDenies() {
    Determination d = Determination.of(List.of(JZ.error(Category.INCORRECT_CODING, "add JZ")));
    assertThat(d.decision()).isEqualTo(Decision.DENY);
    assertThat(d.denialReason()).contains(Category.INCORRECT_CODING);
  }

  @Test
  void denialReasonIsTheHighestPrecedenceCategory() {
    Determination d =
        Determination.of(
            List.of(
                JZ.error(Category.INCORRECT_CODING, "add JZ"),
                ORDER.error(Category.INSUFFICIENT_DOCUMENTATION, "add an order"),
                JZ.error(Category.MEDICAL_NECESSITY, "m")));
    assertThat(d.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
  }

  @Test
  void findingsAreSorted() {
    Finding info = ORDER.info("i");
    Finding error = JZ.error(Category.INCORRECT_CODING, "e");
    assertThat(Determination.of(List.of(info, error)).findings()).containsExactly(error, info);
  }
}

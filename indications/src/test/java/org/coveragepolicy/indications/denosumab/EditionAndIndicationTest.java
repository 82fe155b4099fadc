package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Policies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The editions and indications as data: names, lookup, membership, imaging needs. */
class EditionAndIndicationTest {
  @Test
  void editionIsFoundByItsName() {
    assertThat(Policies.load().edition("FDA_LABEL_2024")).isSameAs(DenosumabPolicy.FDA_LABEL_2024);
    assertThat(Policies.load().edition("NORIDIAN_JF_2026")).isSameAs(DenosumabPolicy.NORIDIAN_JF_2026);
  }

  @Test
  void unknownEditionNameIsRejectedListingTheKnownNames() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Policies.load().edition("NORIDIAN_2025"))
        .withMessageContaining("\"NORIDIAN_2025\"")
        .withMessageContaining("(expected one of NORIDIAN_JF_2026, FDA_LABEL_2024, ROMOSOZUMAB_FDA_LABEL)");
  }

  @Test
  void editionIsNamedAndPrintedByItsPolicyName() {
    assertThat(DenosumabPolicy.FDA_LABEL_2024.name()).isEqualTo("FDA_LABEL_2024");
    assertThat(DenosumabPolicy.NORIDIAN_JF_2026).hasToString("NORIDIAN_JF_2026");
  }

  @Test
  void noridianEditionExcludesTheTwoFdaLabelOnlyIndications() {
    assertThat(DenosumabPolicy.NORIDIAN_JF_2026.includes(DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS))
        .isFalse();
    assertThat(DenosumabPolicy.NORIDIAN_JF_2026.includes(DenosumabIndications.XGEVA_SRE_MULTIPLE_MYELOMA)).isFalse();
    assertThat(DenosumabPolicy.NORIDIAN_JF_2026.includes(DenosumabIndications.XGEVA_SRE_BONE_METASTASES)).isTrue();
  }


  @Test
  void everyIndicationButHypercalcemiaOfMalignancyNeedsImaging() {
    assertThat(DenosumabIndications.ALL.stream().filter(i -> !i.needsImaging()))
        .containsExactly(DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }
}

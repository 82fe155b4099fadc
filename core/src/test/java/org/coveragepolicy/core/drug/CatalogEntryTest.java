package org.coveragepolicy.core.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.finding.Source;
import org.junit.jupiter.api.Test;

class CatalogEntryTest {
  private static final LocalDate LISTED = LocalDate.of(2024, 3, 1);

  private static CatalogEntry.Builder drug() {
    return CatalogEntry.builder()
        .product(Product.of("TERIPARATIDE_PEN"))
        .hcpcs(Hcpcs.parse("J3110"))
        .billingUnitMg(1)
        .labeledDoseMg(1)
        .dosingInterval(Period.ofDays(1))
        .singleDoseContainer(false)
        .label(Source.IOM_15_50);
  }

  private static CatalogEntry listedFrom(LocalDate date) {
    return drug().addSelfAdministration(SelfAdministration.of(date, true)).build();
  }

  @Test
  void noDeterminationMeansNotUsuallySelfAdministered() {
    assertThat(drug().build().usuallySelfAdministeredOn(LISTED)).isFalse();
  }

  @Test
  void determinationEffectiveOnTheDateOfServiceApplies() {
    assertThat(listedFrom(LISTED).usuallySelfAdministeredOn(LISTED)).isTrue();
  }

  @Test
  void determinationEffectiveTheDayAfterTheDateOfServiceDoesNotApply() {
    assertThat(listedFrom(LISTED.plusDays(1)).usuallySelfAdministeredOn(LISTED)).isFalse();
  }

  @Test
  void latestDeterminationOnOrBeforeTheDateApplies() {
    CatalogEntry entry =
        drug()
            .addSelfAdministration(
                SelfAdministration.of(LISTED, false),
                SelfAdministration.of(LISTED.minusYears(2), true))
            .build();
    assertThat(entry.usuallySelfAdministeredOn(LISTED.plusDays(10))).isFalse();
    assertThat(entry.usuallySelfAdministeredOn(LISTED.minusDays(1))).isTrue();
  }

  @Test
  void determinationsInAnyOrderGiveTheSameStatus() {
    CatalogEntry entry =
        drug()
            .addSelfAdministration(
                SelfAdministration.of(LISTED.minusYears(2), false),
                SelfAdministration.of(LISTED, true))
            .build();
    assertThat(entry.usuallySelfAdministeredOn(LISTED)).isTrue();
  }

  @Test
  void twoDeterminationsOnOneDateAreRejected() {
    assertThatThrownBy(
            () ->
                drug()
                    .addSelfAdministration(
                        SelfAdministration.of(LISTED, false), SelfAdministration.of(LISTED, true))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalogEntry.selfAdministration")
        .hasMessageContaining(LISTED.toString());
  }

  @Test
  void billingUnitBelowOneIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> drug().billingUnitMg(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalogEntry.billingUnitMg")
        .hasMessageContaining("was 0");
  }

  @Test
  void labeledDoseBelowOneIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> drug().labeledDoseMg(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalogEntry.labeledDoseMg")
        .hasMessageContaining("was -5");
  }

  @Test
  void zeroDosingIntervalIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> drug().dosingInterval(Period.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalogEntry.dosingInterval")
        .hasMessageContaining("P0D");
  }

  @Test
  void negativeDosingIntervalIsRejected() {
    assertThatThrownBy(() -> drug().dosingInterval(Period.ofMonths(-6)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-6M");
  }

  @Test
  void defaultsAreAnApprovedNonImmunizationEffectiveDrug() {
    CatalogEntry entry = drug().build();
    assertThat(entry.fdaApproved()).isTrue();
    assertThat(entry.excludedImmunization()).isFalse();
    assertThat(entry.lessThanEffective()).isFalse();
    assertThat(entry.statutoryException()).isEmpty();
  }

  @Test
  void productNameMustBeUpperSnakeCase() {
    assertThatThrownBy(() -> Product.of("Prolia"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Prolia\"");
  }
}

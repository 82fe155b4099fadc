package org.coveragepolicy.core.code;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HCPCS, modifiers and places of service. */
class ClaimCodesTest {

  @Test
  void j0897IsALevelTwoHcpcsCode() {
    assertThat(Hcpcs.parse("J0897")).isEqualTo(TestCatalog.J0897);
  }

  @Test
  void cptCodeIsAHcpcsCode() {
    assertThat(Hcpcs.parse("96372").code()).isEqualTo("96372");
  }

  @Test
  void cptCategoryTwoCodeEndsInALetter() {
    assertThat(Hcpcs.parse("3008F")).hasToString("3008F");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "J089", "J08977", "W0897", "JA897", "j0897", "08A97", " J0897"})
  void malformedHcpcsIsRejectedNamingTheValue(String text) {
    assertThatThrownBy(() -> Hcpcs.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void jzAndJwAreModifiers() {
    assertThat(Modifier.parse("JZ")).isEqualTo(Modifier.JZ);
    assertThat(Modifier.parse("JW")).isEqualTo(Modifier.JW);
  }

  @Test
  void numericModifierParses() {
    assertThat(Modifier.parse("59")).hasToString("59");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "J", "JZW", "J-", " JZ"})
  void malformedModifierIsRejectedNamingTheValue(String text) {
    assertThatThrownBy(() -> Modifier.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void officeIsPlaceOfService11() {
    assertThat(PlaceOfService.parse("11")).isEqualTo(PlaceOfService.OFFICE);
  }

  @Test
  void homeIs12AndOutpatientHospitalIs22() {
    assertThat(PlaceOfService.HOME.code()).isEqualTo("12");
    assertThat(PlaceOfService.OUTPATIENT_HOSPITAL.code()).isEqualTo("22");
  }

  @Test
  void placeOfService01And99AreTheBounds() {
    assertThat(PlaceOfService.parse("01")).hasToString("01");
    assertThat(PlaceOfService.parse("99")).hasToString("99");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "", "1", "011", "1A", "+1"})
  void malformedPlaceOfServiceIsRejectedNamingTheValue(String text) {
    assertThatThrownBy(() -> PlaceOfService.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }
  @Test
  void hcpcsCodesOrderByTheirText() {
    assertThat(Hcpcs.parse("96372")).isLessThan(TestCatalog.J0897);
  }

  @Test
  void modifiersOrderByTheirText() {
    assertThat(Modifier.JW).isLessThan(Modifier.JZ);
  }

  @Test
  void placesOfServiceOrderByTheirCode() {
    assertThat(PlaceOfService.OFFICE).isLessThan(PlaceOfService.HOME);
    assertThat(PlaceOfService.OUTPATIENT_HOSPITAL).isGreaterThan(PlaceOfService.HOME);
  }
}

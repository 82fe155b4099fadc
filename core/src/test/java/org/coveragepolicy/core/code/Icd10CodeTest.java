package org.coveragepolicy.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"M81.0", "M810", "C61", "Z87.310", "C7A.010", "S72.001A", "E83.52"})
  void wellFormedCodesParse(String text) {
    assertThat(Icd10Code.parse(text).normalized()).isEqualTo(text.replace(".", ""));
  }

  @Test
  void lowerCaseIsAcceptedAndNormalizedToUpperCase() {
    assertThat(Icd10Code.parse("m81.0").normalized()).isEqualTo("M810");
  }

  @Test
  void dotIsOptional() {
    assertThat(Icd10Code.parse("M810")).isEqualTo(Icd10Code.parse("M81.0"));
  }

  @Test
  void sevenCharactersIsTheLongestCode() {
    assertThat(Icd10Code.parse("S72.001A").normalized()).hasSize(7);
  }

  @Test
  void eightCharactersIsRejected() {
    assertThatThrownBy(() -> Icd10Code.parse("S72.001AB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("S72.001AB");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "M8", "8M1.0", "MM1.0", "M8-1", "M81.", "M8.10", "M81..0", "M81 0", ".M810", "M81.0.1",
        "M81.0 ", "É81.0"
      })
  void malformedCodesAreRejectedNamingTheValue(String text) {
    assertThatThrownBy(() -> Icd10Code.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void thirdCharacterMayBeALetter() {
    assertThat(Icd10Code.parse("C7A.1").category()).isEqualTo("C7A");
  }

  @Test
  void secondCharacterMustBeADigit() {
    assertThatThrownBy(() -> Icd10Code.parse("CA1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void renderPutsTheDotAfterTheThirdCharacter() {
    assertThat(Icd10Code.parse("z87310").render()).isEqualTo("Z87.310");
  }

  @Test
  void renderOfAThreeCharacterCodeHasNoDot() {
    assertThat(Icd10Code.parse("C61").render()).isEqualTo("C61");
  }

  @Test
  void toStringIsTheRenderedCode() {
    assertThat(Icd10Code.parse("m810")).hasToString("M81.0");
  }

  @Test
  void categoryIsTheFirstThreeCharacters() {
    assertThat(Icd10Code.parse("Z87.310").category()).isEqualTo("Z87");
  }

  @Test
  void codesOrderByNormalizedText() {
    assertThat(Icd10Code.parse("C79.51")).isLessThan(Icd10Code.parse("C7A.0"));
  }
  @Test
  void valueRefusesANormalizedCodeThatIsNotNormalEvenWithoutParse() {
    // the generated value re-checks its invariant, so no path around parse builds a bad code
    assertThatThrownBy(() -> ImmutableIcd10Code.of("M81.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"M81.0\"");
  }
}

package org.coveragepolicy.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NdcTest {

  @Test
  void dashedFormParsesToElevenDigits() {
    assertThat(Ndc.parse("55513-0710-01").digits()).isEqualTo("55513071001");
  }

  @Test
  void undashedFormParsesToTheSameNdc() {
    assertThat(Ndc.parse("55513071001")).isEqualTo(Ndc.parse("55513-0710-01"));
  }

  @Test
  void renderIsFiveFourTwoWithDashes() {
    assertThat(Ndc.parse("55513073001").render()).isEqualTo("55513-0730-01");
  }

  @Test
  void toStringIsTheRenderedNdc() {
    assertThat(Ndc.parse("55513073001")).hasToString("55513-0730-01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "5551307100", "555130710011", "5551-0710-01", "55513-710-01", "55513-0710-1",
        "55513-0710-011", "55513 0710 01", "5551307100A", "55513-0710-0A", "55513-071001"
      })
  void malformedNdcsAreRejectedNamingTheValue(String text) {
    assertThatThrownBy(() -> Ndc.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }
  @Test
  void valueRefusesDigitsThatAreNotElevenDigitsEvenWithoutParse() {
    assertThatThrownBy(() -> ImmutableNdc.of("55513-0710-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"55513-0710-01\"");
  }

  @Test
  void ndcsOrderByTheirDigits() {
    assertThat(Ndc.parse("55513-0710-01")).isLessThan(Ndc.parse("55513-0730-01"));
    assertThat(Ndc.parse("55513-0730-01")).isGreaterThan(Ndc.parse("55513-0710-21"));
  }
}

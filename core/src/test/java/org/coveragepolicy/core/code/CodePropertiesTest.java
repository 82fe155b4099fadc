package org.coveragepolicy.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.coveragepolicy.core.CoreGenerators;
import org.junit.jupiter.api.Test;

/** Normalization is idempotent and every code round-trips through its written forms. */
class CodePropertiesTest {

  @Test
  void icd10ParseOfRenderIsTheSameCode() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.icd10Codes())
        .checkAssert(c -> assertThat(Icd10Code.parse(c.render())).isEqualTo(c));
  }

  @Test
  void icd10ParseOfNormalizedIsTheSameCode() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.icd10Codes())
        .checkAssert(c -> assertThat(Icd10Code.parse(c.normalized())).isEqualTo(c));
  }

  @Test
  void icd10ParseOfLowerCaseIsTheSameCode() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.icd10Codes())
        .checkAssert(
            c -> assertThat(Icd10Code.parse(c.render().toLowerCase(Locale.ROOT))).isEqualTo(c));
  }

  @Test
  void icd10NormalizationIsIdempotent() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.icd10Codes())
        .checkAssert(
            c -> {
              Icd10Code again = Icd10Code.parse(Icd10Code.parse(c.render()).render());
              assertThat(again.render()).isEqualTo(c.render());
              assertThat(again.normalized()).isEqualTo(c.normalized());
            });
  }

  @Test
  void icd10RenderedCodeHasADotExactlyWhenLongerThanItsCategory() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.icd10Codes())
        .checkAssert(
            c ->
                assertThat(c.render().contains("."))
                    .isEqualTo(c.normalized().length() > 3));
  }

  @Test
  void ndcParseOfRenderAndOfDigitsIsTheSameNdc() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.ndcs())
        .checkAssert(
            n -> {
              assertThat(Ndc.parse(n.render())).isEqualTo(n);
              assertThat(Ndc.parse(n.digits())).isEqualTo(n);
              assertThat(Ndc.parse(Ndc.parse(n.render()).render()).render()).isEqualTo(n.render());
            });
  }

  @Test
  void hcpcsParseOfCodeIsTheSameCode() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.hcpcsCodes())
        .checkAssert(h -> assertThat(Hcpcs.parse(h.toString())).isEqualTo(h));
  }

  @Test
  void modifierParseOfCodeIsTheSameModifier() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.modifiers())
        .checkAssert(m -> assertThat(Modifier.parse(m.toString())).isEqualTo(m));
  }

  @Test
  void placeOfServiceParseOfCodeIsTheSamePlace() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.placesOfService())
        .checkAssert(p -> assertThat(PlaceOfService.parse(p.toString())).isEqualTo(p));
  }
}

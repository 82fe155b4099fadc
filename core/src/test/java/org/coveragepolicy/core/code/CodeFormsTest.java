package org.coveragepolicy.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coveragepolicy.core.drug.Product;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The codes check their forms with character classes; here each form is also written as the
 * regular expression that documents it, and the two must accept exactly the same texts: random
 * texts over the characters that matter, and valid codes with one character inserted, removed or
 * replaced.
 */
class CodeFormsTest {
  private static final int EXAMPLES = 3_000;

  /** Letters at and around the bounds of the classes, digits, the separators, and a non-ASCII letter. */
  private static final List<Character> CHARACTERS =
      "AJVWZamvz0159.-_ Éı".chars().mapToObj(c -> (char) c).collect(Collectors.toList());

  private static final Pattern ICD10_WRITTEN =
      Pattern.compile("[A-Za-z][0-9][A-Za-z0-9](\\.?[A-Za-z0-9]{1,4})?");
  private static final Pattern NDC_WRITTEN = Pattern.compile("[0-9]{5}-[0-9]{4}-[0-9]{2}|[0-9]{11}");
  private static final Pattern HCPCS = Pattern.compile("[A-V][0-9]{4}|[0-9]{4}[0-9A-Z]");
  private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
  private static final Pattern PLACE_OF_SERVICE = Pattern.compile("0[1-9]|[1-9][0-9]");
  private static final Pattern PRODUCT = Pattern.compile("[A-Z][A-Z0-9_]*");

  @Test
  void icd10CodesAreAcceptedExactlyAsThePatternSaysAndNormalized() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("M81.0", "C7A.010", "S72.001A", "m81", "C61"))
        .checkAssert(
            text -> {
              assertThat(accepts(Icd10Code::parse, text))
                  .as(text)
                  .isEqualTo(ICD10_WRITTEN.matcher(text).matches());
              if (ICD10_WRITTEN.matcher(text).matches()) {
                assertThat(Icd10Code.parse(text).normalized())
                    .isEqualTo(text.replace(".", "").toUpperCase(Locale.ROOT));
              }
            });
  }

  @Test
  void ndcsAreAcceptedExactlyAsThePatternSaysAndHeldAsDigits() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("55513-0710-01", "55513071001", "00000-0000-00"))
        .checkAssert(
            text -> {
              assertThat(accepts(Ndc::parse, text))
                  .as(text)
                  .isEqualTo(NDC_WRITTEN.matcher(text).matches());
              if (NDC_WRITTEN.matcher(text).matches()) {
                assertThat(Ndc.parse(text).digits()).isEqualTo(text.replace("-", ""));
              }
            });
  }

  @Test
  void hcpcsCodesAreAcceptedExactlyAsThePatternSays() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("J0897", "V9999", "A0000", "96372", "3008F"))
        .checkAssert(
            text ->
                assertThat(accepts(Hcpcs::parse, text))
                    .as(text)
                    .isEqualTo(HCPCS.matcher(text).matches()));
  }

  @Test
  void modifiersAreAcceptedExactlyAsThePatternSaysOfTheUpperCase() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("JZ", "jw", "59"))
        .checkAssert(
            text ->
                assertThat(accepts(Modifier::parse, text))
                    .as(text)
                    .isEqualTo(MODIFIER.matcher(text.toUpperCase(Locale.ROOT)).matches()));
  }

  @Test
  void placesOfServiceAreAcceptedExactlyAsThePatternSays() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("11", "01", "99", "00"))
        .checkAssert(
            text ->
                assertThat(accepts(PlaceOfService::parse, text))
                    .as(text)
                    .isEqualTo(PLACE_OF_SERVICE.matcher(text).matches()));
  }

  @Test
  void productNamesAreAcceptedExactlyAsThePatternSays() {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts("PROLIA", "ACME_BRAND_2", "A", "X_"))
        .checkAssert(
            text ->
                assertThat(accepts(Product::of, text))
                    .as(text)
                    .isEqualTo(PRODUCT.matcher(text).matches()));
  }

  private static boolean accepts(Function<String, ?> parse, String text) {
    try {
      parse.apply(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Random texts, and the given valid texts with one character inserted, removed or replaced. */
  private static Gen<String> texts(String... valid) {
    Gen<String> random =
        lists()
            .of(Generate.pick(CHARACTERS))
            .ofSizeBetween(0, 14)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> mutated =
        Generate.pick(List.of(valid))
            .zip(
                integers().between(0, 3),
                integers().between(0, 15),
                Generate.pick(CHARACTERS),
                CodeFormsTest::mutate);
    return random.mix(mutated, 70);
  }

  private static String mutate(String text, int how, int where, char c) {
    int at = Math.min(where, text.length());
    switch (how) {
      case 0:
        return text.substring(0, at) + c + text.substring(at);
      case 1:
        return at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
      case 2:
        return at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text;
      default:
        return text;
    }
  }
}

package org.coveragepolicy.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
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
    acceptedExactlyWhen(
        ICD10_WRITTEN.asMatchPredicate(),
        Icd10Code::parse,
        text ->
            assertThat(Icd10Code.parse(text).normalized())
                .isEqualTo(text.replace(".", "").toUpperCase(Locale.ROOT)),
        "M81.0", "C7A.010", "S72.001A", "m81", "C61");
  }

  @Test
  void ndcsAreAcceptedExactlyAsThePatternSaysAndHeldAsDigits() {
    acceptedExactlyWhen(
        NDC_WRITTEN.asMatchPredicate(),
        Ndc::parse,
        text -> assertThat(Ndc.parse(text).digits()).isEqualTo(text.replace("-", "")),
        "55513-0710-01", "55513071001", "00000-0000-00");
  }

  @Test
  void hcpcsCodesAreAcceptedExactlyAsThePatternSays() {
    acceptedExactlyWhen(
        HCPCS.asMatchPredicate(), Hcpcs::parse, "J0897", "V9999", "A0000", "96372", "3008F");
  }

  @Test
  void modifiersAreAcceptedExactlyAsThePatternSaysOfTheUpperCase() {
    acceptedExactlyWhen(
        text -> MODIFIER.matcher(text.toUpperCase(Locale.ROOT)).matches(),
        Modifier::parse,
        "JZ", "jw", "59");
  }

  @Test
  void placesOfServiceAreAcceptedExactlyAsThePatternSays() {
    acceptedExactlyWhen(
        PLACE_OF_SERVICE.asMatchPredicate(), PlaceOfService::parse, "11", "01", "99", "00");
  }

  @Test
  void productNamesAreAcceptedExactlyAsThePatternSays() {
    acceptedExactlyWhen(PRODUCT.asMatchPredicate(), Product::of, "PROLIA", "ACME_BRAND_2", "A", "X_");
  }

  /** The parser accepts a text exactly when it has the form, over {@link #texts}. */
  private static void acceptedExactlyWhen(
      Predicate<String> form, Function<String, ?> parse, String... valid) {
    acceptedExactlyWhen(form, parse, text -> {}, valid);
  }

  /** As above, and a text of the form also passes {@code whenAccepted}. */
  private static void acceptedExactlyWhen(
      Predicate<String> form,
      Function<String, ?> parse,
      Consumer<String> whenAccepted,
      String... valid) {
    qt()
        .withExamples(EXAMPLES)
        .forAll(texts(valid))
        .checkAssert(
            text -> {
              assertThat(accepts(parse, text)).as(text).isEqualTo(form.test(text));
              if (form.test(text)) {
                whenAccepted.accept(text);
              }
            });
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

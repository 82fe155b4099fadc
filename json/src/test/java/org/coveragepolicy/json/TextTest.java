package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** How a value from the input is shown in a message: quoted, escaped, cut at 60 characters. */
class TextTest {
  @Test
  void sixtyCharactersAreShownWhole() {
    assertThat(Text.quote("a".repeat(60))).isEqualTo("\"" + "a".repeat(60) + "\"");
  }

  @Test
  void sixtyOneCharactersAreCutAndMarked() {
    assertThat(Text.quote("a".repeat(61))).isEqualTo("\"" + "a".repeat(60) + "\"…");
  }

  @Test
  void aSurrogatePairCountsAsOneCharacterAndIsNeverSplit() {
    String emoji = "\uD83D\uDE00";
    assertThat(Text.quote("a".repeat(59) + emoji + "b")).isEqualTo("\"" + "a".repeat(59) + emoji + "\"…");
  }

  @Test
  void quotesBackslashesAndControlsAreEscaped() {
    assertThat(Text.quote("a\"b\\c\u001b\r\n\t\u0000\u007f\u0085"))
        .isEqualTo("\"a\\\"b\\\\c\\u001B\\r\\n\\t\\u0000\\u007F\\u0085\"");
  }

  @Test
  void loneSurrogatesBidiControlsAndSeparatorsAreEscaped() {
    assertThat(Text.quote("\uD800\u202E\u2066\u2028\uFEFF"))
        .isEqualTo("\"\\uD800\\u202E\\u2066\\u2028\\uFEFF\"");
  }

  @Test
  void plainIdentifiersStandBareInAPathOthersAreQuoted() {
    assertThat(Text.key("dateOfService")).isEqualTo("dateOfService");
    assertThat(Text.key("_x1")).isEqualTo("_x1");
    assertThat(Text.key("1x")).isEqualTo("\"1x\"");
    assertThat(Text.key("a b")).isEqualTo("\"a b\"");
    assertThat(Text.key("")).isEqualTo("\"\"");
    assertThat(Text.key("k".repeat(61))).isEqualTo("\"" + "k".repeat(60) + "\"…");
  }

  @Test
  void loneSurrogateIsFoundPairsAreNot() {
    assertThat(Text.loneSurrogate("ab\uD83D\uDE00c")).isEqualTo(-1);
    assertThat(Text.loneSurrogate("ab\uD83Dc")).isEqualTo(2);
    assertThat(Text.loneSurrogate("\uDE00")).isZero();
    assertThat(Text.loneSurrogate("x\uD83D")).isEqualTo(1);
  }

  @Test
  void parserProblemLosesSettingHintsAndClassNames() {
    assertThat(
            Text.parserProblem(
                "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
        .isEqualTo("Non-standard token 'NaN'");
    assertThat(
            Text.parserProblem(
                "Number value length (1500) exceeds the maximum allowed (1000, from"
                    + " `StreamReadConstraints.getMaxNumberLength()`)"))
        .isEqualTo("Number value length (1500) exceeds the maximum allowed (1000)");
    assertThat(Text.parserProblem("first line\n at [Source: REDACTED]")).isEqualTo("first line");
    assertThat(Text.parserProblem(null)).isEqualTo("malformed");
  }

  /**
   * The patterns are skipped where a cheap look says they cannot match; on texts made of their
   * own words (in any case), backticks, brackets and other characters, the result is what applying
   * all three always gives.
   */
  @Test
  void skippingPatternsThatCannotMatchChangesNothing() {
    Gen<String> piece =
        Generate.pick(
            List.of(
                "Feature", "CONSTRAINTS", "exception", "JsonParser", "Factory", "jackson",
                "com.fasterxml.jackson.core", "enable", "from", "to allow", "`", "(", ")", " ",
                ",", ":", ".", "x", "ALLOW_NaN", "()", "\u212A", "\u0130", "eXcEpTiOn"));
    Gen<String> texts =
        SourceDSL.lists().of(piece).ofSizeBetween(0, 12).map(parts -> String.join("", parts));
    qt()
        .withExamples(3000)
        .forAll(texts)
        .checkAssert(
            text -> {
              String always = Text.SETTING_HINT.matcher(text).replaceAll("");
              always = Text.CLASS_ASIDE.matcher(always).replaceAll("");
              always = Text.CLASS_NAME.matcher(always).replaceAll("a limit");
              assertThat(Text.withoutInternals(text)).isEqualTo(always);
            });
  }

  @Test
  void numbersAreCutAt60Characters() {
    assertThat(Text.number("1".repeat(60))).isEqualTo("1".repeat(60));
    assertThat(Text.number("1".repeat(61))).isEqualTo("1".repeat(60) + "…");
  }
}

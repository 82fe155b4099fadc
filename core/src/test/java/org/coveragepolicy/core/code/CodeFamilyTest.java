package org.coveragepolicy.core.code;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coveragepolicy.core.CoreGenerators;
import org.coveragepolicy.core.finding.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeFamilyTest {
  private static final CodeFamily OSTEOPOROSIS =
      CodeFamily.parse("OSTEOPOROSIS", TestCatalog.SEED, "M80.0*, M80.8*, M81.0, M81.8");
  private static final CodeFamily SOLID_TUMOR =
      CodeFamily.parse("SOLID_TUMOR", TestCatalog.SEED, "C00–C76, C7A.*, C80.*, Z85.0*–Z85.5*, Z85.8*");

  private static Icd10Code code(String text) {
    return Icd10Code.parse(text);
  }

  private static CodeFamily family(String definition) {
    return CodeFamily.parse("TEST", TestCatalog.SEED, definition);
  }

  /** The test generator of a family's codes draws only codes the family contains. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "M80.0*, M80.8*, M81.0, M81.8",
        "C00–C76, C7A.*, C80.*, Z85.0*–Z85.5*, Z85.8*",
        "C00–C96",
        "N18.1–N18.5, N18.9",
        "C79.51, C79.52, C7B.03"
      })
  void everyCodeDrawnFromAFamilyIsInIt(String definition) {
    CodeFamily family = family(definition);
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.codesOf(family))
        .checkAssert(c -> assertThat(family.contains(c)).as(c.render()).isTrue());
  }

  /** The generator reaches a family's edges: both ends of a range and the wildcards beside it. */
  @Test
  void codesDrawnFromAFamilyReachItsEdges() {
    Set<String> heads = new HashSet<>();
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.codesOf(SOLID_TUMOR))
        .checkAssert(c -> heads.add(c.normalized().substring(0, 3)));
    assertThat(heads).contains("C00", "C76", "C7A", "C80", "Z85");
  }

  @Test
  void exactCodeMatches() {
    assertThat(OSTEOPOROSIS.contains(code("M81.0"))).isTrue();
  }

  @Test
  void exactCodeDoesNotMatchALongerCode() {
    assertThat(OSTEOPOROSIS.contains(code("M81.00"))).isFalse();
  }

  @Test
  void exactCodeDoesNotMatchANeighbour() {
    assertThat(OSTEOPOROSIS.contains(code("M81.6"))).isFalse();
  }

  @Test
  void exactCodeMatchesWrittenWithoutDotOrInLowerCase() {
    assertThat(OSTEOPOROSIS.contains(code("m818"))).isTrue();
  }

  @Test
  void prefixMatchesEveryCodeStartingWithIt() {
    assertThat(OSTEOPOROSIS.contains(code("M80.08XA"))).isTrue();
  }

  @Test
  void prefixMatchesTheCodeEqualToIt() {
    assertThat(OSTEOPOROSIS.contains(code("M80.0"))).isTrue();
  }

  @Test
  void prefixDoesNotMatchASiblingPrefix() {
    assertThat(OSTEOPOROSIS.contains(code("M80.18XA"))).isFalse();
  }

  @Test
  void prefixDoesNotMatchItsParentCategory() {
    assertThat(OSTEOPOROSIS.contains(code("M80"))).isFalse();
  }

  @Test
  void rangeIncludesItsEnds() {
    assertThat(SOLID_TUMOR.contains(code("C00.0"))).isTrue();
    assertThat(SOLID_TUMOR.contains(code("C76.8"))).isTrue();
  }

  @Test
  void rangeIncludesCodesBetween() {
    assertThat(SOLID_TUMOR.contains(code("C50.911"))).isTrue();
  }

  @Test
  void rangeExcludesTheCategoryAfterItsEnd() {
    assertThat(family("C00–C76").contains(code("C77.0"))).isFalse();
  }

  @Test
  void rangeToC76ExcludesC7A() {
    assertThat(family("C00–C76").contains(code("C7A.010"))).isFalse();
  }

  @Test
  void rangeToC80IncludesC7ABecauseItSortsBetweenC79AndC80() {
    assertThat(family("C00–C80").contains(code("C7A.010"))).isTrue();
  }

  @Test
  void rangeAcceptsAHyphenAsWellAsAnEnDash() {
    assertThat(family("C00-C76").contains(code("C61"))).isTrue();
  }

  @Test
  void solidTumorIncludesC7AThroughItsOwnPrefix() {
    assertThat(SOLID_TUMOR.contains(code("C7A.010"))).isTrue();
  }

  @Test
  void solidTumorExcludesSecondaryBoneMetastases() {
    assertThat(SOLID_TUMOR.contains(code("C79.51"))).isFalse();
  }

  @Test
  void prefixRangeIncludesCodesUnderEitherEnd() {
    assertThat(SOLID_TUMOR.contains(code("Z85.038"))).isTrue();
    assertThat(SOLID_TUMOR.contains(code("Z85.528"))).isTrue();
  }

  @Test
  void prefixRangeIncludesTheHistoryOfBreastCancer() {
    assertThat(SOLID_TUMOR.contains(code("Z85.3"))).isTrue();
  }

  @Test
  void prefixRangeExcludesCodesAfterItsEnd() {
    assertThat(SOLID_TUMOR.contains(code("Z85.6"))).isFalse();
  }

  @Test
  void prefixRangeExcludesTheBareCategory() {
    assertThat(family("Z85.0*–Z85.5*").contains(code("Z85"))).isFalse();
  }

  @Test
  void containsAnyIsTrueWhenOneCodeMatches() {
    assertThat(OSTEOPOROSIS.containsAny(List.of(code("E83.52"), code("M81.0")))).isTrue();
  }

  @Test
  void containsAnyIsFalseForNoCodes() {
    assertThat(OSTEOPOROSIS.containsAny(List.of())).isFalse();
  }

  @Test
  void familyKeepsNameDefinitionAndSource() {
    assertThat(OSTEOPOROSIS.name()).isEqualTo("OSTEOPOROSIS");
    assertThat(OSTEOPOROSIS.definition()).isEqualTo("M80.0*, M80.8*, M81.0, M81.8");
    assertThat(OSTEOPOROSIS.source()).isEqualTo(TestCatalog.SEED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C76–C00", "C00–C7", "M81.0, , XYZ", "M8*1", "*", "M80.0**", "C00–", "–C76", "C0–C76–C80",
        "1M80*", "M8.00*", "É80*", "M80.0*–"
      })
  void malformedDefinitionIsRejectedNamingTheItem(String definition) {
    assertThatThrownBy(() -> family(definition))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEST");
  }

  @Test
  void malformedExactCodeIsRejectedNamingIt() {
    assertThatThrownBy(() -> family("M81.0, MX8.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MX8.1");
  }

  @Test
  void reversedRangeIsRejectedNamingIt() {
    assertThatThrownBy(() -> family("C76–C00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C76–C00");
  }

  @Test
  void emptyDefinitionIsRejected() {
    assertThatThrownBy(() -> family(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no code");
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> CodeFamily.parse(" ", TestCatalog.SEED, "M81.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("codeFamily.name");
  }
  @Test
  void containsAnyIsFalseWhenNoCodeMatches() {
    assertThat(OSTEOPOROSIS.containsAny(List.of(code("E83.52"), code("C61")))).isFalse();
  }

  @Test
  void rangeWithEqualEndsIsTheOneCategory() {
    CodeFamily c61 = family("C61–C61");

    assertThat(c61.contains(code("C61"))).isTrue();
    assertThat(c61.contains(code("C62"))).isFalse();
  }

  @Test
  void wildcardInsideAnItemIsRejectedSayingItMustEndTheItem() {
    assertThatThrownBy(() -> family("M8*1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"M8*1\"")
        .hasMessageContaining("a wildcard must end the item");
  }

  @Test
  void prefixStartingWithADotIsRejected() {
    assertThatThrownBy(() -> family(".M80*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".M80*");
  }

  @Test
  void prefixWithASecondDotIsRejected() {
    assertThatThrownBy(() -> family("M80.0.*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("M80.0.*");
  }

  @Test
  void familyPrintsAsNameWithDefinition() {
    assertThat(OSTEOPOROSIS).hasToString("OSTEOPOROSIS (M80.0*, M80.8*, M81.0, M81.8)");
  }
}

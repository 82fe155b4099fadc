package org.coveragepolicy.core.finding;

import org.coveragepolicy.core.TestCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingTest {
  private static final Rule ORDER = Rule.of("DOC-ORDER", "a signed order", Category.MEDICAL_NECESSITY, TestCatalog.SEED);
  private static final Rule JZ = Rule.of("CLM-JZ-JW", "JZ or JW", Category.MEDICAL_NECESSITY, Source.JZJW);

  @Test
  void errorCarriesItsCategory() {
    Finding f = ORDER.error(Category.INSUFFICIENT_DOCUMENTATION, "no order; add a signed order.");
    assertThat(f.category()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    assertThat(f.isError()).isTrue();
  }

  @Test
  void warningHasNoCategory() {
    assertThat(ORDER.warning("look at this").category()).isEmpty();
  }

  @Test
  void infoHasNoCategoryAndIsNotAnError() {
    Finding f = ORDER.info("note");
    assertThat(f.category()).isEmpty();
    assertThat(f.isError()).isFalse();
  }

  @Test
  void errorIsCitedToTheRuleSource() {
    assertThat(JZ.error(Category.INCORRECT_CODING, "add JZ").citation()).isEqualTo(Source.JZJW);
  }

  @Test
  void errorMayCiteAnotherSource() {
    assertThat(JZ.error(Category.INCORRECT_CODING, "add JZ", Source.CERT).citation())
        .isEqualTo(Source.CERT);
  }

  /** Every severity with every category and with none: 3 × 6 combinations. */
  static Stream<Arguments> severitiesAndCategories() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (Severity severity : Severity.values()) {
      all.add(Arguments.of(severity, Optional.empty()));
      for (Category category : Category.values()) {
        all.add(Arguments.of(severity, Optional.of(category)));
      }
    }
    return all.build();
  }

  /**
   * A finding is built exactly when it is an ERROR with a category or a WARNING or INFO without
   * one; any other combination is rejected with a message naming the field, the rule, the severity
   * and the category. Built through the factory every public one ends in, so the check in {@link
   * Finding} is what is tested, not the public factories' signatures.
   */
  @ParameterizedTest(name = "{0} with category {1}")
  @MethodSource("severitiesAndCategories")
  void onlyAnErrorHasACategoryAndEveryErrorHasOne(Severity severity, Optional<Category> category) {
    boolean valid = (severity == Severity.ERROR) == category.isPresent();
    if (valid) {
      Finding f = ImmutableFinding.of(ORDER, severity, category, "msg", TestCatalog.SEED);
      assertThat(f.category()).isEqualTo(category);
      assertThat(f.isError()).isEqualTo(severity == Severity.ERROR);
    } else {
      assertThatThrownBy(
              () -> ImmutableFinding.of(ORDER, severity, category, "msg", TestCatalog.SEED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("finding.category")
          .hasMessageContaining("DOC-ORDER")
          .hasMessageContaining("severity " + severity)
          .hasMessageContaining("category " + category.map(Enum::name).orElse("none"));
    }
  }

  @Test
  void errorWithoutCategoryIsRejected() {
    assertThatThrownBy(
            () ->
                ImmutableFinding.of(ORDER, Severity.ERROR, Optional.empty(), "msg", TestCatalog.SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DOC-ORDER")
        .hasMessageContaining("ERROR");
  }

  @Test
  void warningWithCategoryIsRejected() {
    assertThatThrownBy(
            () ->
                ImmutableFinding.of(
                    ORDER,
                    Severity.WARNING,
                    Optional.of(Category.MEDICAL_NECESSITY),
                    "msg",
                    TestCatalog.SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEDICAL_NECESSITY");
  }

  @Test
  void blankMessageIsRejected() {
    assertThatThrownBy(() -> ORDER.warning("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finding.message");
  }

  @Test
  void findingsSortBySeverityFirst() {
    Finding info = JZ.info("a");
    Finding error = ORDER.error(Category.MEDICAL_NECESSITY, "z");
    Finding warning = JZ.warning("a");
    assertThat(ImmutableList.sortedCopyOf(Finding.ORDER, ImmutableList.of(info, warning, error)))
        .containsExactly(error, warning, info);
  }

  @Test
  void findingsOfEqualSeveritySortByRuleId() {
    Finding order = ORDER.error(Category.NO_DOCUMENTATION, "a");
    Finding jz = JZ.error(Category.INCORRECT_CODING, "b");
    assertThat(ImmutableList.sortedCopyOf(Finding.ORDER, ImmutableList.of(order, jz)))
        .containsExactly(jz, order);
  }

  @Test
  void toStringNamesSeverityRuleCategoryCitationAndMessage() {
    assertThat(JZ.error(Category.INCORRECT_CODING, "Add JZ."))
        .hasToString("ERROR CLM-JZ-JW INCORRECT_CODING [JZJW]: Add JZ.");
  }

  @Test
  void aMessageIsWrittenAsFullSentences() {
    assertThat(JZ.error(Category.INCORRECT_CODING, "add JZ").message()).isEqualTo("Add JZ.");
    assertThat(JZ.warning("Add JZ or JW.").message()).isEqualTo("Add JZ or JW.");
    assertThat(JZ.info("is it JZ?").message()).isEqualTo("Is it JZ?");
  }

  @Test
  void ruleIdMustBeUpperCaseWordsJoinedByHyphens() {
    assertThatThrownBy(() -> Rule.of("doc-order", "x", Category.MEDICAL_NECESSITY, TestCatalog.SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doc-order");
  }

  @Test
  void ruleIdMustHaveAtLeastTwoWords() {
    assertThatThrownBy(() -> Rule.of("ORDER", "x", Category.MEDICAL_NECESSITY, TestCatalog.SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ORDER\"");
  }

  @Test
  void ruleSummaryMustNotBeBlank() {
    assertThatThrownBy(() -> Rule.of("DOC-ORDER", " ", Category.MEDICAL_NECESSITY, TestCatalog.SEED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule.summary");
  }

  @Test
  void categoriesOutrankInPolicyOrder() {
    assertThat(Category.NO_DOCUMENTATION.outranks(Category.INSUFFICIENT_DOCUMENTATION)).isTrue();
    assertThat(Category.INSUFFICIENT_DOCUMENTATION.outranks(Category.NOT_PART_B_BENEFIT)).isTrue();
    assertThat(Category.NOT_PART_B_BENEFIT.outranks(Category.MEDICAL_NECESSITY)).isTrue();
    assertThat(Category.MEDICAL_NECESSITY.outranks(Category.INCORRECT_CODING)).isTrue();
  }

  @Test
  void categoryDoesNotOutrankItself() {
    assertThat(Category.MEDICAL_NECESSITY.outranks(Category.MEDICAL_NECESSITY)).isFalse();
  }

  @Test
  void lowerCategoryDoesNotOutrankHigher() {
    assertThat(Category.INCORRECT_CODING.outranks(Category.NO_DOCUMENTATION)).isFalse();
  }

  @Test
  void sourcesAreEqualByKey() {
    assertThat(Source.of("IOM-15-50", "another title")).isEqualTo(Source.IOM_15_50);
    assertThat(Source.of("IOM-15-50", "x").hashCode()).isEqualTo(Source.IOM_15_50.hashCode());
    assertThat(Source.of("TPE", "x")).isNotEqualTo(Source.IOM_15_50);
  }

  @Test
  void sourceKeysAreThePolicyTableKeys() {
    assertThat(Source.IOM_15_50.key()).isEqualTo("IOM-15-50");
    assertThat(Source.SSA_1861KK.key()).isEqualTo("SSA-1861KK");
    assertThat(TestCatalog.FDA_PROLIA.key()).isEqualTo("FDA-PROLIA");
  }

  @Test
  void malformedSourceKeyIsRejectedNamingIt() {
    assertThatThrownBy(() -> Source.of("iom 99", "title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iom 99");
  }

  @Test
  void interpretationNamesItsChoiceAndSource() {
    Interpretation i = Interpretation.DIRECT_SUPERVISION_IN_PERSON;
    assertThat(i.summary()).isNotBlank();
    assertThat(i.source()).isEqualTo(Source.IOM_15_60);
    assertThat(i).hasToString("DIRECT_SUPERVISION_IN_PERSON");
    assertThatThrownBy(() -> Interpretation.of("lower", Source.TPE, "x"))
        .hasMessageContaining("lower");
  }

  @Test
  void ruleDefaultSeverityFollowsItsCategory() {
    assertThat(ORDER.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(Rule.warningOnly("DOC-UNSIGNED", "signed", Source.TPE).defaultSeverity())
        .isEqualTo(Severity.WARNING);
  }
  @Test
  void rulePrintsAsItsId() {
    assertThat(ORDER).hasToString("DOC-ORDER");
  }

  @Test
  void sourceHasAHumanReadableTitle() {
    assertThat(Source.IOM_15_50.title()).startsWith("CMS Pub. 100-02");
  }
}

package org.coveragepolicy.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.drug.SafetyFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The open vocabulary's named values: a validated name, equality by name, the name as text. */
class OpenTermsTest {
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("statement", (Function<String, Object>) NoteStatement::of),
        Arguments.of("therapy kind", (Function<String, Object>) TherapyKind::of),
        Arguments.of("risk factor", (Function<String, Object>) RiskFactor::of),
        Arguments.of("imaging finding", (Function<String, Object>) ImagingFinding::of),
        Arguments.of("safety fact", (Function<String, Object>) SafetyFact::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void valuesOfOneNameAreEqualAndOfAnotherAreNot(String kind, Function<String, Object> of) {
    new EqualsTester()
        .addEqualityGroup(of.apply("oralIronIntolerance"), of.apply("oralIronIntolerance"))
        .addEqualityGroup(of.apply("ORAL_IRON_INTOLERANCE"))
        .addEqualityGroup(of.apply("X"))
        .testEquals();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theTextOfATermIsItsName(String kind, Function<String, Object> of) {
    assertThat(of.apply("CALCIUM_VITAMIN_D")).hasToString("CALCIUM_VITAMIN_D");
    assertThat(of.apply("skeletallyMature")).hasToString("skeletallyMature");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aNameIsALetterThenUpTo63LettersDigitsAndUnderscores(
      String kind, Function<String, Object> of) {
    assertThat(of.apply("a")).hasToString("a");
    assertThat(of.apply("A" + "b_1".repeat(21))).hasToString("A" + "b_1".repeat(21));
    for (String bad : new String[] {"", "1a", "_a", "a-b", "a b", "é", "a" + "b".repeat(64)}) {
      assertThatThrownBy(() -> of.apply(bad))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not a " + kind + " name");
    }
  }

  @Test
  void termsOfOneKindSortByName() {
    assertThat(Stream.of(TherapyKind.of("b"), TherapyKind.of("B"), TherapyKind.of("a")).sorted())
        .containsExactly(TherapyKind.of("B"), TherapyKind.of("a"), TherapyKind.of("b"));
  }

  @Test
  void termsOfDifferentKindsWithOneNameAreNotEqual() {
    assertThat((Object) RiskFactor.of("X")).isNotEqualTo(TherapyKind.of("X"));
  }

  @Test
  void nullArgumentsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        new Class<?>[] {
          NoteStatement.class, TherapyKind.class, RiskFactor.class, ImagingFinding.class,
          SafetyFact.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void evidenceHoldsOneMapOfStatementsReadByTermOrName() {
    Evidence e =
        Evidence.builder()
            .putStatements(NoteStatement.of("postmenopausal"), true)
            .putStatements(NoteStatement.of("oralIronIntolerance"), false)
            .build();
    assertThat(e.statement("postmenopausal")).contains(true);
    assertThat(e.statement(NoteStatement.of("oralIronIntolerance"))).contains(false);
    assertThat(e.statement("pregnant")).isEmpty();
  }

  @Test
  void aTermsNameIsTheNameItWasMadeOf() {
    assertThat(NoteStatement.of("postmenopausal").name()).isEqualTo("postmenopausal");
    assertThat(TherapyKind.of("CALCIUM_VITAMIN_D").name()).isEqualTo("CALCIUM_VITAMIN_D");
    assertThat(RiskFactor.of("PRIOR_FRAGILITY_FRACTURE").name()).isEqualTo("PRIOR_FRAGILITY_FRACTURE");
    assertThat(ImagingFinding.of("FRAGILITY_FRACTURE").name()).isEqualTo("FRAGILITY_FRACTURE");
    assertThat(SafetyFact.of("CONTRAINDICATED_IN_PREGNANCY").name())
        .isEqualTo("CONTRAINDICATED_IN_PREGNANCY");
  }

  @Test
  void everyKindOfTermSortsByName() {
    assertThat(NoteStatement.of("a").compareTo(NoteStatement.of("b"))).isNegative();
    assertThat(RiskFactor.of("b").compareTo(RiskFactor.of("a"))).isPositive();
    assertThat(ImagingFinding.of("a").compareTo(ImagingFinding.of("b"))).isNegative();
    assertThat(SafetyFact.of("b").compareTo(SafetyFact.of("a"))).isPositive();
    assertThat(TherapyKind.of("a").compareTo(TherapyKind.of("a"))).isZero();
  }

  @Test
  void termsOfDifferentNamesSpreadOverHashBuckets() {
    assertThat(NoteStatement.of("a").hashCode()).isNotEqualTo(NoteStatement.of("b").hashCode());
    assertThat(TherapyKind.of("a").hashCode()).isNotEqualTo(TherapyKind.of("b").hashCode());
    assertThat(RiskFactor.of("a").hashCode()).isNotEqualTo(RiskFactor.of("b").hashCode());
    assertThat(ImagingFinding.of("a").hashCode()).isNotEqualTo(ImagingFinding.of("b").hashCode());
    assertThat(SafetyFact.of("a").hashCode()).isNotEqualTo(SafetyFact.of("b").hashCode());
  }

  @Test
  void aTherapyCodeHoldsItsIngredientRouteAndKind() {
    TherapyCode any = TherapyCode.of("115264", TherapyKind.of("ORAL_BISPHOSPHONATE"));
    TherapyCode iv =
        TherapyCode.of("115264", Route.INTRAVENOUS, TherapyKind.of("IV_BISPHOSPHONATE"));
    assertThat(any.rxNorm()).isEqualTo("115264");
    assertThat(any.route()).isEmpty();
    assertThat(any.kind()).isEqualTo(TherapyKind.of("ORAL_BISPHOSPHONATE"));
    assertThat(iv.route()).contains(Route.INTRAVENOUS);
    assertThat(any).hasToString("RxNorm 115264: ORAL_BISPHOSPHONATE");
    assertThat(iv).hasToString("RxNorm 115264 INTRAVENOUS: IV_BISPHOSPHONATE");
  }

  @Test
  void therapyCodesAreEqualWhenIngredientRouteAndKindAre() {
    TherapyKind oral = TherapyKind.of("ORAL_BISPHOSPHONATE");
    new EqualsTester()
        .addEqualityGroup(TherapyCode.of("115264", oral), TherapyCode.of("115264", oral))
        .addEqualityGroup(TherapyCode.of("46041", oral))
        .addEqualityGroup(TherapyCode.of("115264", Route.INTRAVENOUS, oral))
        .addEqualityGroup(TherapyCode.of("115264", TherapyKind.of("IV_BISPHOSPHONATE")))
        .testEquals();
    assertThat(TherapyCode.of("1", oral).hashCode()).isNotEqualTo(TherapyCode.of("2", oral).hashCode());
  }

  @Test
  void aTherapyCodesIngredientIsAnRxNormConceptId() {
    TherapyKind oral = TherapyKind.of("ORAL_BISPHOSPHONATE");
    assertThat(TherapyCode.of("1234567890", oral).rxNorm()).isEqualTo("1234567890");
    for (String bad : new String[] {"", "ibandronate", "12345678901", "-1"}) {
      assertThatThrownBy(() -> TherapyCode.of(bad, oral))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("not an RxNorm concept ID");
    }
    new NullPointerTester()
        .setDefault(TherapyKind.class, oral)
        .testAllPublicStaticMethods(TherapyCode.class);
  }
}

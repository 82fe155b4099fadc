package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.RuleSubject;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.fhir.internal.RuleLocations;
import org.coveragepolicy.review.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * Where an OperationOutcome issue points for a finding: at the element the rule's declared subject
 * names, whatever the rule's ID; the built-in rules exactly where their ID prefixes placed them
 * before rules declared subjects.
 */
class RuleLocationsTest {
  private static final Source LABEL = Source.of("FDA-INJECTAFER", "Injectafer prescribing information");

  /** The mapping by ID prefix that rule subjects replaced, kept here to compare with. */
  private static Optional<String> formerExpression(Rule rule, Optional<String> listed) {
    String id = rule.id();
    if (listed.isPresent()) {
      return listed;
    }
    if (id.startsWith("DOC-")) {
      return Optional.of("MedicationStatement");
    }
    if (id.startsWith("DOSE-")) {
      return Optional.of("MedicationAdministration.dosage");
    }
    if (id.startsWith("FREQ-") || id.startsWith("SAFE-OTHER-")) {
      return Optional.of("MedicationAdministration.effective");
    }
    if (id.startsWith("SAFE-")) {
      return Optional.of("Observation.value");
    }
    return Optional.empty();
  }

  private static List<Rule> builtInRules() {
    // RuleRegistry: the records and claim-coding rules, the Part B rules, each policy's (each ID once)
    List<Rule> rules = new ArrayList<>(Policies.load().rules());
    rules.addAll(RuleRegistry.rules());
    return rules;
  }

  @Test
  void everyBuiltInRuleButTheDoseCountLimitIsLocatedWhereItsIdPrefixPlacedItBefore() {
    for (Rule rule : builtInRules()) {
      if (rule.subject().equals(Optional.of(RuleSubject.DOSE_COUNT))) {
        continue;
      }
      Optional<String> engineListed =
          rule.subject().isPresent() ? Optional.empty() : RuleLocations.expression(rule);
      assertThat(RuleLocations.expression(rule))
          .as(rule.id())
          .isEqualTo(formerExpression(rule, engineListed));
    }
  }

  @Test
  void everyBuiltInRuleAsksForATimeframeExactlyWhenItsIdPrefixDidBefore() {
    for (Rule rule : builtInRules()) {
      boolean before = rule.id().startsWith("FREQ-") || rule.id().startsWith("SAFE-OTHER-");
      assertThat(RuleLocations.infoNeeded(rule).filter("timeframe"::equals).isPresent())
          .as(rule.id())
          .isEqualTo(before);
    }
  }

  @Test
  void aPolicysCourseLimitPointsAtTheAdministrationsWhateverItsId() {
    Rule course =
        Rule.of("INJ-FREQ-COURSE", "at most 1,500 mg per course", Category.MEDICAL_NECESSITY, LABEL)
            .about(RuleSubject.DOSE_COUNT);
    assertThat(RuleLocations.expression(course)).contains("MedicationAdministration");
    assertThat(RuleLocations.infoNeeded(course)).isEmpty();
  }

  @Test
  void theRomosozumabDoseCountLimitPointsAtTheAdministrations() {
    Rule limit =
        Policies.load().rules().stream()
            .filter(r -> r.id().equals("LIMIT-EVENITY-12-DOSES"))
            .findFirst()
            .orElseThrow();
    assertThat(RuleLocations.expression(limit)).contains("MedicationAdministration");
  }

  @Test
  void aPolicysIntervalRuleOfAnyIdPointsAtTheDoseDateAndAsksForATimeframe() {
    Rule interval =
        Rule.of("INJ-INTERVAL", "doses at least 7 days apart", Category.MEDICAL_NECESSITY, LABEL)
            .about(RuleSubject.DOSE_DATES);
    assertThat(RuleLocations.expression(interval)).contains("MedicationAdministration.effective");
    assertThat(RuleLocations.infoNeeded(interval)).contains("timeframe");
  }

  @Test
  void eachSubjectPointsAtItsElement() {
    assertThat(RuleLocations.expression(rule(RuleSubject.DOSE))).contains("MedicationAdministration.dosage");
    assertThat(RuleLocations.expression(rule(RuleSubject.OBSERVATION))).contains("Observation.value");
    assertThat(RuleLocations.expression(rule(RuleSubject.THERAPY))).contains("MedicationStatement");
  }

  @Test
  void aRuleWithASafetyLikeIdButNoSubjectPointsAtNothing() {
    Rule rule = Rule.warningOnly("SAFE-SOMETHING", "a check of a policy", LABEL);
    assertThat(RuleLocations.expression(rule)).isEmpty();
    assertThat(RuleLocations.infoNeeded(rule)).isEmpty();
  }

  @Test
  void aSubjectSurvivesACitationOfAnotherSource() {
    Rule rule = rule(RuleSubject.OBSERVATION).citing(Source.of("OTHER", "another source"));
    assertThat(rule.subject()).contains(RuleSubject.OBSERVATION);
  }

  private static Rule rule(RuleSubject subject) {
    return Rule.of("X-RULE", "a rule", Category.MEDICAL_NECESSITY, LABEL).about(subject);
  }
}

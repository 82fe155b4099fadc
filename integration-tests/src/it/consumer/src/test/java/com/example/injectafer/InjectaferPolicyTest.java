package com.example.injectafer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.review.RulesDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The consumer's Injectafer policy, found by ServiceLoader, reviewing its JSON cases. */
class InjectaferPolicyTest {

  private static String json(String name) throws IOException {
    try (InputStream in = InjectaferPolicyTest.class.getResourceAsStream("/injectafer/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ReviewResult review(String name) throws IOException {
    return ClaimReview.standard().review(ReviewJson.readCase(json(name)));
  }

  private static Set<String> errorRules(ReviewResult r) {
    return r.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.rule().id())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @Test
  void thePolicyIsFoundOnTheClassPath() {
    assertTrue(Policies.load().all().stream().anyMatch(p -> p.name().equals("INJECTAFER")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "approved-iron-deficiency-anemia",
    "approved-ckd-ferritin-and-tsat",
    "approved-15-mg-per-kg",
    "approved-second-dose-after-7-days",
  })
  void aCaseMeetingThePolicyIsApproved(String name) throws IOException {
    ReviewResult r = review(name);
    assertEquals(Decision.APPROVE, r.decision(), () -> r.findings().toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "denied-ckd-on-dialysis, IND-INJECTAFER-NON-DIALYSIS-CKD",
    "denied-no-oral-iron-trial, IND-INJECTAFER-IRON-DEFICIENCY-ANEMIA",
    "denied-ferritin-too-high, IND-INJECTAFER-IRON-DEFICIENCY-ANEMIA",
    "denied-labs-too-old, IND-INJECTAFER-IRON-DEFICIENCY-ANEMIA",
    "denied-dose-above-15-mg-per-kg, INJ-DOSE",
    "denied-second-dose-after-5-days, INJ-FREQ-INTERVAL",
    "denied-course-above-1500-mg, INJ-FREQ-COURSE",
  })
  void aCaseFailingOneRequirementIsDeniedByThatRule(String name, String rule) throws IOException {
    ReviewResult r = review(name);
    assertEquals(Decision.DENY, r.decision(), () -> r.findings().toString());
    assertEquals(Set.of(rule), errorRules(r), () -> r.findings().toString());
  }

  @Test
  void lowPhosphateWarnsWithoutDenying() throws IOException {
    ReviewResult r = review("warning-low-phosphate");
    assertEquals(Decision.APPROVE, r.decision(), () -> r.findings().toString());
    assertTrue(r.findings().stream().anyMatch(f -> f.rule().id().equals("INJ-SAFE-HYPOPHOSPHATEMIA")
        && f.severity() == Severity.WARNING), () -> r.findings().toString());
  }

  /** A calcium of 8.0 and a Prolia dose a month earlier: no other policy's rule fires. */
  @Test
  void noRuleOfAnotherPolicyFiresOnAnInjectaferCase() throws IOException {
    ReviewResult r = review("approved-with-low-calcium-and-earlier-prolia");
    Set<String> others = new HashSet<>();
    for (Policy p : Policies.load().all()) {
      if (!p.name().equals("INJECTAFER")) {
        p.rules().stream().map(Rule::id).forEach(others::add);
      }
    }
    assertTrue(others.contains("SAFE-HYPOCALCEMIA"), () -> "denosumab's rules are loaded: " + others);
    List<String> fired = r.findings().stream().map(Finding::rule).map(Rule::id)
        .filter(others::contains).collect(Collectors.toList());
    assertEquals(List.of(), fired, () -> r.findings().toString());
    assertEquals(Decision.APPROVE, r.decision(), () -> r.findings().toString());
  }

  @Test
  void aStatementTheInjectaferPolicyDoesNotDeclareIsInvalidInputNamingTheField() throws IOException {
    String text = json("approved-iron-deficiency-anemia")
        .replace("\"oralIronIntolerance\": true", "\"oralIronIntolerance\": true, \"postmenopausal\": true");
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ReviewJson.readCase(text));
    assertEquals("record.documents[1].statements.postmenopausal", e.path(), e.getMessage());
  }

  @Test
  void aLabInAnotherUnitThanThePolicyDeclaresIsInvalidInputNamingTheField() throws IOException {
    String text = json("approved-iron-deficiency-anemia").replace("\"ng/mL\"", "\"ug/L\"");
    InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> ReviewJson.readCase(text));
    assertEquals("record.documents[2].results[1].unit", e.path(), e.getMessage());
  }

  /** The policy documents itself as the built-in ones do: its own rules, with their numbers. */
  @Test
  void itsRulesPageListsItsOwnRulesOnly() {
    String page = RulesDocument.markdown(InjectaferPolicy.POLICY);
    for (Rule rule : InjectaferPolicy.POLICY.rules()) {
      assertTrue(page.contains("| `" + rule.id() + "` |"), rule.id());
    }
    assertTrue(page.contains("| `DOC-ORDER` |"), "the engine's shared rules, as this policy cites them");
    assertTrue(!page.contains("SAFE-HYPOCALCEMIA") && !page.contains("DOC-SUPPLEMENTATION"), page);
    assertEquals("rules/injectafer.md", RulesDocument.page(InjectaferPolicy.POLICY));
  }
}

package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.partb.PartBRules;
import org.coveragepolicy.indications.DenosumabInterpretations;
import org.coveragepolicy.indications.DenosumabRules;
import org.coveragepolicy.indications.DenosumabSources;

/**
 * The one registry of every rule a review can report, with the interpretations the rules rest on
 * and the sources they cite: the records and claim-coding rules ({@link ReviewRules}), the Part B
 * drug-benefit rules ({@link PartBRules}) and the denosumab rules ({@link DenosumabRules}). Each
 * rule's ID, summary, default category and source are written once, where the rule is defined; this
 * class lists them, and the project's rules document ({@code docs/rules.md}) is generated from it by
 * {@code RulesDocument}.
 *
 * @since 0.2.0
 */
public final class RuleRegistry {
  private static final ImmutableList<Rule> RULES =
      ImmutableList.<Rule>builder()
          .addAll(ReviewRules.ALL)
          .addAll(PartBRules.ALL)
          .addAll(DenosumabRules.ALL)
          .build();

  static {
    Set<String> ids = new HashSet<>();
    for (Rule rule : RULES) {
      if (!ids.add(rule.id())) {
        throw new AssertionError("rule ID listed twice: " + rule.id());
      }
    }
  }

  private RuleRegistry() {}

  /**
   * Returns every rule: records and claim coding, Part B drug benefit, then the denosumab
   * indications, limitation, dose, frequency and safety rules.
   *
   * @return the rules, each once
   */
  public static ImmutableList<Rule> rules() {
    return RULES;
  }

  /**
   * Returns the rule with an ID.
   *
   * @param id a rule ID such as {@code CLM-JZ-JW}
   * @return the rule, if the registry has one with that ID
   */
  public static Optional<Rule> rule(String id) {
    for (Rule rule : RULES) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every interpretation the rules rest on, named and cited.
   *
   * @return the interpretations
   */
  public static ImmutableList<Interpretation> interpretations() {
    return DenosumabInterpretations.ALL;
  }

  /**
   * Returns every source a finding can cite.
   *
   * @return the sources
   */
  public static ImmutableList<Source> sources() {
    return DenosumabSources.ALL;
  }

  /**
   * Returns the source with a citation key, such as {@code A52399}.
   *
   * @param key the citation key
   * @return the source, if a rule can cite one with that key
   */
  public static Optional<Source> source(String key) {
    return DenosumabSources.byKey(key);
  }
}

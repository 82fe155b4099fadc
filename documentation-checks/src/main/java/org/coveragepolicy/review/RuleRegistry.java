package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.partb.PartBRules;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;

/**
 * The one registry of every rule a review can report under the policies on the class path ({@link
 * Policies#load()}), with the interpretations the rules rest on and the sources they cite: the
 * records and claim-coding rules ({@link org.coveragepolicy.core.policy.SharedRules}, as the first policy cites them), the Part B
 * drug-benefit rules ({@link PartBRules}) and each policy's rules ({@link Policy#rules()}). Each
 * rule's ID, summary, default category and source are written once, where the rule is defined; this
 * class lists them, and the project's rules documents ({@code docs/rules.md}, an index, and {@code
 * docs/rules/<policy>.md}, one per policy) are generated from it by {@code RulesDocument}.
 *
 * @since 0.2.0
 */
public final class RuleRegistry {
  private static final ImmutableList<Rule> RULES = rules(Policies.load());

  /**
   * Returns every rule a review under the given policies can report, each ID once: the records and
   * claim-coding rules as the first policy cites them, the Part B rules, then each policy's own.
   *
   * @param policies the policies
   * @return the rules
   */
  public static ImmutableList<Rule> rules(Policies policies) {
    Policy first = policies.first();
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (Rule rule : ReviewRules.ALL) {
      ids.add(rule.id());
      rules.add(first.cited(rule));
    }
    for (Rule rule : PartBRules.ALL) {
      ids.add(rule.id());
      rules.add(rule);
    }
    for (Rule rule : policies.rules()) {
      if (ids.add(rule.id())) {
        rules.add(rule);
      }
    }
    return rules.build();
  }

  private RuleRegistry() {}

  /**
   * Returns every rule: records and claim coding, Part B drug benefit, then each policy's
   * indications, limitations, dose, frequency, safety and documentation rules.
   *
   * @return the rules, each once
   */
  public static ImmutableList<Rule> rules() {
    return RULES;
  }

  /**
   * Returns the rule with an ID as the policy that cites a source declares it: a rule ID several
   * policies share (DOSE-LABELED, the records rules) is one rule per citation; else {@link
   * #rule(String)}.
   *
   * @param id a rule ID such as {@code DOSE-LABELED}
   * @param citation the source a finding of it cites
   * @return the rule, if the registry has one with that ID
   */
  public static Optional<Rule> rule(String id, org.coveragepolicy.core.finding.Source citation) {
    for (Rule rule : VARIANTS) {
      if (rule.id().equals(id) && rule.source().equals(citation)) {
        return Optional.of(rule);
      }
    }
    return rule(id);
  }

  /** {@link #citedRules} of the policies on the class path. */
  private static final ImmutableList<Rule> VARIANTS = citedRules(Policies.load());

  /**
   * Returns every rule of the given policies as each policy declares or cites it: a rule ID several
   * policies share (DOSE-LABELED, the records rules) once per citation, in policy order. The Part B
   * rules, which no policy cites, are in {@link #rules(Policies)} only.
   *
   * @param policies the policies
   * @return the rules, an ID once per policy
   * @since 0.3.0
   */
  public static ImmutableList<Rule> citedRules(Policies policies) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (Policy policy : policies.all()) {
      for (Rule rule : ReviewRules.ALL) {
        rules.add(policy.cited(rule));
      }
      rules.addAll(policy.rules());
    }
    return rules.build();
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
    return Policies.load().interpretations();
  }

  /**
   * Returns every source a finding can cite.
   *
   * @return the sources
   */
  public static ImmutableList<Source> sources() {
    return Policies.load().sources();
  }

  /**
   * Returns the source with a citation key, such as {@code A52399}.
   *
   * @param key the citation key
   * @return the source, if a rule can cite one with that key
   */
  public static Optional<Source> source(String key) {
    for (Source source : Policies.load().sources()) {
      if (source.key().equals(key)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}

package org.coveragepolicy.json;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.RuleRegistry;

/**
 * The names a review result is read against, those of one set of policies: their editions,
 * indications, rules (as {@link RuleRegistry} lists them) and the sources a finding may cite. Made
 * once per reader.
 */
final class ResultNames {
  private final Policies policies;
  private final ImmutableList<Rule> rules;
  private final ImmutableList<Rule> citedRules;

  ResultNames(Policies policies) {
    this.policies = policies;
    this.rules = RuleRegistry.rules(policies);
    this.citedRules = RuleRegistry.citedRules(policies);
  }

  /** The edition of a name. */
  Optional<Edition> edition(String name) {
    return policies.editions().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The editions' names, for a message: {@code A, B}. */
  String editionNames() {
    return policies.editions().stream().map(Edition::name).collect(joining(", "));
  }

  /** The indication of a name. */
  Optional<Indication> indication(String name) {
    return policies.indications().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The rule of an ID, as {@link RuleRegistry#rule(String)} finds it. */
  Optional<Rule> rule(String id) {
    for (Rule rule : rules) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * The rule of an ID as the policy citing a source declares it, as {@link
   * RuleRegistry#rule(String, Source)} finds it: else {@link #rule(String)}.
   */
  Optional<Rule> rule(String id, Source citation) {
    for (Rule rule : citedRules) {
      if (rule.id().equals(id) && rule.source().equals(citation)) {
        return Optional.of(rule);
      }
    }
    return rule(id);
  }

  /** The source of a citation key. */
  Optional<Source> source(String key) {
    return policies.sources().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** The sources' keys, for a message: {@code A, B}. */
  String sourceKeys() {
    return policies.sources().stream().map(Source::key).collect(joining(", "));
  }
}

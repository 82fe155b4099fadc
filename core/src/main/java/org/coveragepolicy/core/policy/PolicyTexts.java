package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;

/**
 * The words a policy's rules and interpretations read in one edition: a summary that names a
 * threshold, a window or a dosing interval is rendered from that edition's {@link Thresholds} and
 * the policy's catalog, so an edition (or catalog) that changes a number never prints the old one.
 * A rule or interpretation a policy does not render reads its own {@link Rule#summary()} or {@link
 * Interpretation#summary()}; {@link #LITERAL} renders none.
 *
 * <p>A policy declares its texts with {@link #builder()}: one {@link Renderer} per rule or
 * interpretation that names a number, keyed by rule ID or interpretation name, so that adding such
 * a rule adds a declaration, not a branch:
 *
 * <pre>{@code
 * PolicyTexts texts =
 *     PolicyTexts.builder()
 *         .rule(SAFE_HYPOCALCEMIA, (policy, edition) -> hypocalcemia(edition.thresholds()))
 *         .interpretation(MONTHLY, (policy, edition) -> monthly(policy.catalog()))
 *         .build();
 * }</pre>
 *
 * @since 0.2.0
 */
public interface PolicyTexts {
  /** The texts that render nothing: every rule and interpretation reads its own summary. */
  PolicyTexts LITERAL = new PolicyTexts() {};

  /**
   * Returns a rule's summary as it reads under an edition of a policy.
   *
   * @param policy the policy (its catalog gives dosing intervals and doses)
   * @param edition the edition (its thresholds give the numbers)
   * @param rule the rule
   * @return the summary; by default {@link Rule#summary()}
   */
  default String summary(Policy policy, Edition edition, Rule rule) {
    return rule.summary();
  }

  /**
   * Returns an interpretation's choice as it reads under an edition of a policy.
   *
   * @param policy the policy
   * @param edition the edition
   * @param interpretation the interpretation
   * @return the choice; by default {@link Interpretation#summary()}
   */
  default String summary(Policy policy, Edition edition, Interpretation interpretation) {
    return interpretation.summary();
  }

  /**
   * Returns a new builder of declared texts.
   *
   * @return a builder
   * @since 0.2.0
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * How one rule's summary or one interpretation's choice reads under an edition of a policy: a
   * pure function of the policy (its catalog) and the edition (its thresholds).
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  interface Renderer {
    /**
     * Renders the text.
     *
     * @param policy the policy under review (its catalog gives doses and dosing intervals)
     * @param edition the edition in force (its thresholds give the numbers)
     * @return the text, one line
     */
    String render(Policy policy, Edition edition);
  }

  /**
   * Builds {@link PolicyTexts} from declarations: a {@link Renderer} per rule (by ID) and per
   * interpretation (by name). A rule or interpretation declared with none reads its own summary.
   *
   * <p>{@code rule} and {@code interpretation} throw {@link IllegalArgumentException} when the ID
   * or name is declared twice.
   *
   * @since 0.2.0
   */
  final class Builder {
    private final Map<String, Renderer> rules = new LinkedHashMap<>();
    private final Map<String, Renderer> interpretations = new LinkedHashMap<>();

    Builder() {}

    /**
     * Declares how a rule's summary reads.
     *
     * @param rule the rule
     * @param renderer its summary under an edition of a policy
     * @return this builder
     * @throws IllegalArgumentException if the rule's ID is declared already
     */
    public Builder rule(Rule rule, Renderer renderer) {
      checkNotNull(renderer, "renderer");
      checkArgument(
          rules.putIfAbsent(rule.id(), renderer) == null,
          "policyTexts.rule: %s declared twice",
          rule.id());
      return this;
    }

    /**
     * Declares how an interpretation's choice reads.
     *
     * @param interpretation the interpretation
     * @param renderer its choice under an edition of a policy
     * @return this builder
     * @throws IllegalArgumentException if the interpretation's name is declared already
     */
    public Builder interpretation(Interpretation interpretation, Renderer renderer) {
      checkNotNull(renderer, "renderer");
      checkArgument(
          interpretations.putIfAbsent(interpretation.name(), renderer) == null,
          "policyTexts.interpretation: %s declared twice",
          interpretation.name());
      return this;
    }

    /**
     * Returns the texts declared so far.
     *
     * @return the texts
     */
    public PolicyTexts build() {
      return new Declared(ImmutableMap.copyOf(rules), ImmutableMap.copyOf(interpretations));
    }

    /** The texts a {@link Builder} declares. */
    private static final class Declared implements PolicyTexts {
      private final ImmutableMap<String, Renderer> rules;
      private final ImmutableMap<String, Renderer> interpretations;

      private Declared(
          ImmutableMap<String, Renderer> rules, ImmutableMap<String, Renderer> interpretations) {
        this.rules = rules;
        this.interpretations = interpretations;
      }

      @Override
      public String summary(Policy policy, Edition edition, Rule rule) {
        Renderer r = rules.get(rule.id());
        return r == null ? rule.summary() : r.render(policy, edition);
      }

      @Override
      public String summary(Policy policy, Edition edition, Interpretation interpretation) {
        Renderer r = interpretations.get(interpretation.name());
        return r == null ? interpretation.summary() : r.render(policy, edition);
      }
    }
  }
}

package org.coveragepolicy.core.finding;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A coverage rule: a stable ID (such as {@code CLM-JZ-JW}), a one-line summary, the denial category
 * it reports by default (none for a rule that only warns), the source it comes from and, if it
 * declares it, what in a case its findings are about ({@link RuleSubject}). Evaluators
 * create {@link Finding findings} through a rule so that every finding names its rule and its
 * source.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Rule {
  Rule() {}

  /**
   * Returns the stable rule ID, such as {@code PARTB-INCIDENT-TO}.
   *
   * @return the rule ID
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns a one-line summary of what the rule requires.
   *
   * @return the summary
   */
  @Value.Parameter
  public abstract String summary();

  /**
   * Returns the denial category the rule reports when it fails, if it ever denies: a rule that only
   * warns has none. A particular finding may report another category (a missing element is
   * INSUFFICIENT_DOCUMENTATION where a contradicting one is MEDICAL_NECESSITY).
   *
   * @return the default category; empty for a rule that only warns
   */
  @Value.Parameter
  public abstract Optional<Category> defaultCategory();

  /**
   * Returns the source the rule comes from.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract Source source();

  /**
   * Returns what in a case the rule's findings are about, if the rule declares it ({@link #about}):
   * a format of the case points a finding at the matching element. A rule without one points at
   * no single element, unless a format lists the rule itself (the engine's record and claim rules).
   *
   * @return the subject; empty when the rule declares none
   */
  public abstract Optional<RuleSubject> subject();

  /**
   * Returns the same rule declaring what its findings are about.
   *
   * @param subject what in a case the rule's findings are about
   * @return a copy of this rule with the subject
   */
  public final Rule about(RuleSubject subject) {
    return ImmutableRule.builder().from(this).subject(checkNotNull(subject, "subject")).build();
  }

  /**
   * Returns the severity the rule reports when it fails: ERROR for a rule with a default category,
   * else WARNING.
   *
   * @return the default severity
   */
  public final Severity defaultSeverity() {
    return defaultCategory().isPresent() ? Severity.ERROR : Severity.WARNING;
  }

  /**
   * Creates a rule that denies a claim when it fails.
   *
   * @param id the stable rule ID, upper case words joined by hyphens
   * @param summary a one-line summary of what the rule requires
   * @param defaultCategory the denial category it reports by default
   * @param source the source the rule comes from
   * @return the rule
   * @throws IllegalArgumentException if the ID is malformed or the summary is blank
   */
  public static Rule of(String id, String summary, Category defaultCategory, Source source) {
    return ImmutableRule.of(id, summary, Optional.of(defaultCategory), source);
  }

  /**
   * Creates a rule that only warns: its findings are WARNING or INFO and never deny a claim.
   *
   * @param id the stable rule ID, upper case words joined by hyphens
   * @param summary a one-line summary of what the rule asks for
   * @param source the source the rule comes from
   * @return the rule
   * @throws IllegalArgumentException if the ID is malformed or the summary is blank
   */
  public static Rule warningOnly(String id, String summary, Source source) {
    return ImmutableRule.of(id, summary, Optional.empty(), source);
  }

  /**
   * Returns an ERROR finding of this rule, cited to the rule's source.
   *
   * @param category the denial category
   * @param message what is missing or wrong and what would satisfy the rule
   * @return the finding
   */
  public final Finding error(Category category, String message) {
    return Finding.of(this, Severity.ERROR, checkNotNull(category), sentences(message), source());
  }

  /**
   * Returns an ERROR finding of this rule cited to another source than the rule's own.
   *
   * @param category the denial category
   * @param message what is missing or wrong and what would satisfy the rule
   * @param citation the source of this particular finding
   * @return the finding
   */
  public final Finding error(Category category, String message, Source citation) {
    return Finding.of(this, Severity.ERROR, checkNotNull(category), sentences(message), citation);
  }

  /**
   * Returns a WARNING finding of this rule, cited to the rule's source.
   *
   * @param message what a reviewer or billing clerk should look at
   * @return the finding
   */
  public final Finding warning(String message) {
    return Finding.of(this, Severity.WARNING, null, sentences(message), source());
  }

  /**
   * Returns a WARNING finding of this rule cited to another source than the rule's own.
   *
   * @param message what a reviewer or billing clerk should look at
   * @param citation the source of this particular finding
   * @return the finding
   */
  public final Finding warning(String message, Source citation) {
    return Finding.of(this, Severity.WARNING, null, sentences(message), citation);
  }

  /**
   * Returns an INFO finding of this rule, cited to the rule's source.
   *
   * @param message the information
   * @return the finding
   */
  public final Finding info(String message) {
    return Finding.of(this, Severity.INFO, null, sentences(message), source());
  }

  /**
   * Returns an INFO finding of this rule cited to another source than the rule's own, such as a
   * shortfall that is not an error because another indication is supported: it cites what the
   * same shortfall cites as an ERROR.
   *
   * @param message the information
   * @param citation the source of this particular finding
   * @return the finding
   */
  public final Finding info(String message, Source citation) {
    return Finding.of(this, Severity.INFO, null, sentences(message), citation);
  }

  /**
   * Writes a message as full sentences, as a clerk reads it (POLICY.md revision 3, "Findings a clerk
   * can act on"): its first letter upper case and a full stop at its end. A message already written
   * so is returned as it is.
   *
   * @param message the message
   * @return the message as full sentences
   */
  static String sentences(String message) {
    checkNotNull(message, "message");
    if (message.isBlank()) {
      return message; // Finding's check names the rule
    }
    String s = message.strip();
    if (Character.isLowerCase(s.charAt(0))) {
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  /**
   * Returns the same rule citing another source, as a policy cites an engine rule it shares.
   *
   * @param source the source
   * @return this rule if it cites the source already, else a copy citing it
   */
  public final Rule citing(Source source) {
    return source.equals(source()) ? this : ImmutableRule.builder().from(this).source(source).build();
  }

  /**
   * Whether a text is a rule ID: upper-case letters and digits in two or more parts joined by
   * single hyphens, the first starting with a letter ({@code DOC-ORDER}, {@code LIMIT-EVENITY-12-DOSES}).
   * A loop rather than a regular expression: a policy's cited copy of a rule is checked on each
   * finding.
   */
  static boolean isId(String text) {
    int n = text.length();
    if (n == 0 || !isUpper(text.charAt(0))) {
      return false;
    }
    boolean joined = false;
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (text.charAt(i - 1) == '-' || i == n - 1) {
          return false;
        }
        joined = true;
      } else if (!isUpper(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return joined;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Value.Check
  final void check() {
    InvalidInputException.check(
        isId(id()),
        "rule.id",
        "not a rule ID: \"%s\"",
        id());
    InvalidInputException.check(
        !summary().isBlank(),
        "rule.summary",
        "must not be blank, for rule %s",
        id());
  }

  @Override
  public final String toString() {
    return id();
  }
}

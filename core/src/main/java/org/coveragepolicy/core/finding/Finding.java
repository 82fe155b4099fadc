package org.coveragepolicy.core.finding;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One result of applying a rule to a claim: the rule, its severity, for an ERROR its denial category,
 * a message a billing clerk can act on, and the source it cites.
 *
 * <p>Create findings through {@link Rule#error}, {@link Rule#warning} and {@link Rule#info}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {
  /**
   * The order of findings in a result: by severity (ERROR first), then rule ID, then message; ties
   * are broken by category and citation, so the order is total and does not depend on the order in
   * which rules reported.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message)
          .thenComparing(f -> f.category().map(Enum::ordinal).orElse(-1))
          .thenComparing(Finding::citation);

  Finding() {}

  /**
   * Returns the rule this finding reports on.
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract Rule rule();

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the denial category: present exactly when the severity is {@link Severity#ERROR}.
   *
   * @return the denial category, if an ERROR
   */
  @Value.Parameter
  public abstract Optional<Category> category();

  /**
   * Returns what is missing or wrong and what would satisfy the rule.
   *
   * @return the message, never blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the source this finding cites.
   *
   * @return the citation
   */
  @Value.Parameter
  public abstract Source citation();

  /**
   * Returns whether this finding is an ERROR, which denies the claim.
   *
   * @return true for an ERROR
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  static Finding of(
      Rule rule, Severity severity, @Nullable Category category, String message, Source citation) {
    return ImmutableFinding.of(rule, severity, Optional.ofNullable(category), message, citation);
  }

  @Value.Check
  final void check() {
    checkArgument(
        (severity() == Severity.ERROR) == category().isPresent(),
        "finding.category: an ERROR needs a category and only an ERROR has one; rule %s, severity %s,"
            + " category %s",
        rule().id(),
        severity(),
        category().map(Enum::name).orElse("none"));
    checkArgument(
        !message().isBlank(), "finding.message: must not be blank, for rule %s", rule().id());
  }

  @Override
  public final String toString() {
    return severity()
        + " "
        + rule().id()
        + category().map(c -> " " + c).orElse("")
        + " ["
        + citation().key()
        + "]: "
        + message();
  }
}

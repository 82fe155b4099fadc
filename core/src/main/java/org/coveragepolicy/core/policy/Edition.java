package org.coveragepolicy.core.policy;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.finding.Source;
import org.immutables.value.Value;

/**
 * A policy edition, as a value: its name, the source it follows, the indications it applies (in the
 * order that picks the result's indication when several are supported), its limitations of use and
 * its thresholds. A {@link Policy} lists its editions, the default first. A new edition is a new
 * value built from public parts, for example a policy's default one with an indication dropped and
 * a threshold changed:
 *
 * <pre>{@code
 * Edition strict =
 *     Edition.builder()
 *         .from(policy.defaultEdition())
 *         .name("STRICT_2027")
 *         .title("the strict edition (2027)")
 *         .indications(
 *             policy.defaultEdition().indications().stream()
 *                 .filter(i -> !i.name().equals("MALE_OSTEOPOROSIS"))
 *                 .collect(ImmutableList.toImmutableList()))
 *         .thresholds(
 *             Thresholds.builder().from(policy.defaultEdition().thresholds())
 *                 .osteoporosisTScore(new BigDecimal("-3.0")).build())
 *         .build();
 * }</pre>
 *
 * <p>Required: {@code name}, {@code source}. Optional: {@code indications}, {@code limitations},
 * {@code thresholds} (default {@link Thresholds#defaults()}), {@code title} (default: the name in
 * lower case words; {@code from} copies it, so set it for a new edition).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Edition {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  Edition() {}

  /**
   * Returns the edition's name as the result names it, upper snake case.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the edition in words, for messages and reports, as the policy gives it ("the Noridian
   * JF edition (2026)"); by default its name in lower case words ("the strict 2027 edition").
   *
   * @return the edition in words
   */
  @Value.Default
  public String title() {
    return "the " + name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " edition";
  }

  /**
   * Returns the source the edition follows.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns the indications of the edition, in the order that picks the result's indication.
   *
   * @return the indications
   */
  public abstract ImmutableList<Indication> indications();

  /**
   * Returns the limitations of use of the edition.
   *
   * @return the limitations
   */
  public abstract ImmutableList<Limitation> limitations();

  /**
   * Returns the thresholds the edition's rules use.
   *
   * @return the thresholds; {@link Thresholds#defaults()} by default
   */
  @Value.Default
  public Thresholds thresholds() {
    return Thresholds.defaults();
  }

  /**
   * Returns whether the edition includes an indication.
   *
   * @param indication the indication
   * @return true if included
   */
  public final boolean includes(Indication indication) {
    return indications().contains(indication);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Edition}.
   *
   * <ul>
   *   <li>Required: {@code name}, {@code source}.
   *   <li>Optional: {@code indications} and {@code limitations} (empty unless added),
   *       {@code thresholds} (default {@link Thresholds#defaults()}), {@code title} (default:
   *       the name in lower case words).
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming a required attribute not set,
   * and {@link IllegalArgumentException} when the name is not upper snake case or an indication is
   * listed twice.
   */
  public static final class Builder extends ImmutableEdition.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    InvalidInputException.check(
        NAME.matcher(name()).matches(),
        "edition.name",
        "not upper snake case: \"%s\"",
        name());
    Set<String> names = new HashSet<>();
    for (Indication i : indications()) {
      InvalidInputException.check(
          names.add(i.name()),
          "edition.indications",
          "%s listed twice in %s",
          i.name(),
          name());
    }
  }

  @Override
  public final String toString() {
    return name();
  }
}

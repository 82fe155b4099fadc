package org.coveragepolicy.indications;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.immutables.value.Value;

/**
 * A limitation of use an edition may carry: not an indication and never a candidate, but a reason a
 * product family is not reasonable and necessary for a patient with a diagnosis. It contradicts the
 * indications it names (a shortfall of each), and when no indication of the family is supported it
 * is reported itself; indications it does not name are never blocked. Written once here, as data and
 * these two functions.
 *
 * <p>Required: {@code rule}, {@code family}, {@code diagnosis}, {@code description}, {@code
 * interpretation}. Optional: {@code contradicts}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Limitation {
  Limitation() {}

  /**
   * Returns the limitation's rule.
   *
   * @return the rule
   */
  public abstract Rule rule();

  /**
   * Returns the product family the limitation applies to.
   *
   * @return the family
   */
  public abstract Product family();

  /**
   * Returns the diagnosis family the limitation applies to (claim or record).
   *
   * @return the diagnosis family
   */
  public abstract CodeFamily diagnosis();

  /**
   * Returns the limitation in words, such as "Xgeva is not indicated for the prevention of
   * skeletal-related events in patients with multiple myeloma".
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns how the limitation is read, named and cited.
   *
   * @return the interpretation
   */
  public abstract Interpretation interpretation();

  /**
   * Returns the names of the indications the limitation contradicts, such as {@code
   * XGEVA_SRE_BONE_METASTASES}.
   *
   * @return the indication names
   */
  public abstract ImmutableSet<String> contradicts();

  /**
   * Returns whether the limitation applies to a case: the product is of its family and the patient
   * has a diagnosis of its diagnosis family.
   *
   * @param f the case facts
   * @return true if it applies
   */
  public final boolean appliesTo(CaseFacts f) {
    return f.family().equals(family()) && f.hasDiagnosis(diagnosis());
  }

  /**
   * Returns the shortfall the limitation adds to an indication it contradicts.
   *
   * @param indication the candidate indication
   * @param f the case facts
   * @return the contradiction; empty when it does not apply or does not name the indication
   */
  public final Optional<Shortfall> contradiction(Indication indication, CaseFacts f) {
    if (!contradicts().contains(indication.name()) || !appliesTo(f)) {
      return Optional.empty();
    }
    return Optional.of(
        Shortfall.contradicts(
            "the patient has a "
                + words(diagnosis())
                + " diagnosis ("
                + f.codesOf(diagnosis())
                + "), and under "
                + f.edition().title()
                + " "
                + description()
                + " (limitation of use, read literally: "
                + interpretation().summary()
                + ")",
            rule().source()));
  }

  /**
   * Returns the limitation's own finding: it applies and no indication of its family is supported.
   *
   * @param f the case facts
   * @param supported whether an indication of the product's family is supported
   * @return the finding; empty when it does not apply or an indication is supported
   */
  public final Optional<Finding> evaluate(CaseFacts f, boolean supported) {
    if (supported || !appliesTo(f)) {
      return Optional.empty();
    }
    StringBuilder others = new StringBuilder();
    for (Indication i : f.edition().indications()) {
      if (i.family().equals(family()) && !contradicts().contains(i.name())) {
        others.append(others.length() == 0 ? "" : " or ").append(i.description());
      }
    }
    return Optional.of(
        rule()
            .error(
                Category.MEDICAL_NECESSITY,
                "the patient has a "
                    + words(diagnosis())
                    + " diagnosis ("
                    + f.codesOf(diagnosis())
                    + ") and under "
                    + f.edition().title()
                    + " "
                    + description()
                    + " ("
                    + interpretation().summary()
                    + ")"
                    + (others.length() == 0
                        ? ""
                        : "; for this patient "
                            + f.product().describe()
                            + " is covered only for "
                            + others)));
  }

  /** A code family's name in words: {@code MULTIPLE_MYELOMA} is "multiple myeloma". */
  static String words(CodeFamily family) {
    return family.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
   * Builds a {@link Limitation}.
   *
   * <ul>
   *   <li>Required: {@code rule}, {@code family}, {@code diagnosis}, {@code description},
   *       {@code interpretation}.
   *   <li>Optional: {@code contradicts} (empty unless added).
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming a required attribute not set.
   */
  public static final class Builder extends ImmutableLimitation.Builder {
    Builder() {}
  }

  @Override
  public final String toString() {
    return rule().id();
  }
}

package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.finding.Source;

/**
 * A named requirement of an indication: a pure function from the case facts to a shortfall, empty
 * when the requirement is met. An {@link Indication} lists its requirements; the evaluator reports
 * every shortfall of a candidate.
 *
 * @since 0.2.0
 */
public final class Requirement {
  private final String name;
  private final Function<CaseFacts, Optional<Shortfall>> check;

  private Requirement(String name, Function<CaseFacts, Optional<Shortfall>> check) {
    this.name = name;
    this.check = check;
  }

  /**
   * Returns a requirement.
   *
   * @param name a short name in words, such as "high risk for fracture"
   * @param check a pure function from the case facts to the shortfall, empty when met
   * @return the requirement
   */
  public static Requirement of(String name, Function<CaseFacts, Optional<Shortfall>> check) {
    checkArgument(!requireNonNull(name, "name").isBlank(), "requirement.name: must not be blank");
    return new Requirement(name, requireNonNull(check, "check"));
  }

  /**
   * Returns the requirement's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Checks the requirement against the facts of a case.
   *
   * @param facts the case facts
   * @return the shortfall; empty when the requirement is met
   */
  public Optional<Shortfall> check(CaseFacts facts) {
    return requireNonNull(check.apply(facts), name);
  }

  @Override
  public String toString() {
    return name;
  }

  /** How the messages name a progress note that counts. */
  public static final String COUNTED_NOTE =
      "a signed progress note dated on or before the date of service";

  /**
   * Returns the requirement that a diagnosis of a family is documented in a counted progress note:
   * billed on the claim only is missing ("billed but not documented"), as is no diagnosis at all.
   *
   * @param family the diagnosis family
   * @param what the diagnosis in words, such as "osteoporosis"
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement documented(CodeFamily family, String what, Source source) {
    return Requirement.of(what + " documented", f -> documented(f, family, what, source));
  }

  /**
   * Returns the shortfall of a diagnosis family not documented in a counted progress note, if it is
   * not.
   *
   * @param f the case facts
   * @param family the diagnosis family
   * @param what the diagnosis in words
   * @param source the source the shortfall cites
   * @return the shortfall: missing, or billed but not documented
   */
  public static Optional<Shortfall> documented(
      CaseFacts f, CodeFamily family, String what, Source source) {
    if (f.documents(family)) {
      return Optional.empty();
    }
    if (f.billedOnly(family)) {
      return Optional.of(
          Shortfall.missing(
              "the "
                  + what
                  + " diagnosis ("
                  + f.claimCodesOf(family)
                  + ") is billed on the claim but not documented in "
                  + COUNTED_NOTE
                  + "; document it in the progress note",
              source));
    }
    return Optional.of(
        Shortfall.missing(
            "no "
                + what
                + " diagnosis is documented; "
                + COUNTED_NOTE
                + " documenting a code of "
                + family.describe()
                + " would satisfy it",
            source));
  }

}

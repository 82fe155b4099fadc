package org.coveragepolicy.indications;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;

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
}

package org.coveragepolicy.core.drug;

import static com.google.common.base.Preconditions.checkNotNull;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.internal.TermNames;
import org.jspecify.annotations.Nullable;

/**
 * A fact of a product's labeling that a safety rule reads, such as a contraindication or a boxed
 * warning, named by the policy whose catalog carries it (such as {@code
 * CONTRAINDICATED_IN_PREGNANCY}). Catalog data, so that a safety rule applies to every product
 * whose label carries the fact, never to a product by name.
 *
 * <p>An open vocabulary: the core declares no safety fact; the policy whose catalog entries carry
 * one names it (the built-in ones are in {@code DenosumabTerms}), and its safety checks read it.
 * Two values are equal when their names are; {@link #toString()} is the name. A name is a letter,
 * then letters, digits and underscores, at most 64 characters.
 *
 * @since 0.2.0
 */
public final class SafetyFact implements Comparable<SafetyFact> {
  private final String name;

  private SafetyFact(String name) {
    this.name = name;
  }

  /**
   * Returns the safety fact of a name.
   *
   * @param name the name, such as {@code CONTRAINDICATED_IN_PREGNANCY}
   * @return the safety fact
   * @throws InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static SafetyFact of(String name) {
    checkNotNull(name, "name");
    if (!isName(name)) {
      throw new InvalidInputException("name", "not a safety fact name: \"" + name + "\"");
    }
    return new SafetyFact(name);
  }

  /**
   * Returns whether a string has the form of a safety fact name.
   *
   * @param name a string
   * @return true if it is a letter, then at most 63 letters, digits and underscores
   */
  public static boolean isName(String name) {
    return TermNames.isName(name);
  }

  /**
   * Returns the name, such as {@code CONTRAINDICATED_IN_PREGNANCY}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(SafetyFact other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SafetyFact && ((SafetyFact) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}

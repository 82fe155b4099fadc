package org.coveragepolicy.core.drug;

import org.coveragepolicy.core.evidence.Term;

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
public final class SafetyFact extends Term {
  private SafetyFact(String name) {
    super(name);
  }

  /**
   * Returns the safety fact of a name.
   *
   * @param name the name, such as {@code CONTRAINDICATED_IN_PREGNANCY}
   * @return the safety fact
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static SafetyFact of(String name) {
    return new SafetyFact(checkedName(name, "safety fact"));
  }
}

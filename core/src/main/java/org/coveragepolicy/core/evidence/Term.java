package org.coveragepolicy.core.evidence;

import static com.google.common.base.Preconditions.checkNotNull;

import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A name of a policy's open evidence vocabulary: the base of {@link NoteStatement}, {@link
 * TherapyKind}, {@link RiskFactor}, {@link ImagingFinding} and {@link
 * org.coveragepolicy.core.drug.SafetyFact}. The core declares no term; a policy declares the ones
 * its rules read, and a reader rejects a name the case's policy does not declare.
 *
 * <p>Two terms are equal when they are of the same kind and have the same name; terms sort by
 * name (then by kind); {@link #toString()} is the name. A name is an ASCII letter, then ASCII
 * letters, digits and underscores, at most 64 characters.
 *
 * @since 0.2.0
 */
public abstract class Term implements Comparable<Term> {
  private final String name;

  /**
   * Creates a term of a checked name.
   *
   * @param name the name, checked with {@link #checkedName}
   */
  protected Term(String name) {
    this.name = name;
  }

  /**
   * Returns a name if it has the form of a term name.
   *
   * @param name the name
   * @param kind the term's kind in words, for the message ("risk factor")
   * @return the name
   * @throws InvalidInputException naming {@code name} if it is not a term name
   */
  protected static String checkedName(String name, String kind) {
    checkNotNull(name, "name");
    if (!isName(name)) {
      throw new InvalidInputException("name", "not a " + kind + " name: \"" + name + "\"");
    }
    return name;
  }

  /**
   * Returns whether a string has the form of a term name.
   *
   * @param name a string
   * @return true if it is a letter, then at most 63 letters, digits and underscores
   */
  public static boolean isName(String name) {
    // a loop, not a regular expression: a reader checks every term of every case
    int n = name.length();
    if (n == 0 || n > 64 || !isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * Returns the name, such as {@code PRIOR_FRAGILITY_FRACTURE}.
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  @Override
  public final int compareTo(Term other) {
    int c = name.compareTo(other.name);
    return c != 0 ? c : getClass().getName().compareTo(other.getClass().getName());
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && ((Term) o).name.equals(name);
  }

  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Override
  public final String toString() {
    return name;
  }
}

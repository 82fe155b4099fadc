package org.coveragepolicy.core.evidence;

import static com.google.common.base.Preconditions.checkNotNull;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.internal.TermNames;
import org.jspecify.annotations.Nullable;

/**
 * A kind of therapy a progress note documents, named by the policy that reads it (such as {@code
 * CALCIUM_VITAMIN_D}).
 *
 * <p>An open vocabulary: the core declares no therapy kind; a policy declares the ones its rules
 * read (its {@code Policy} lists them), and a reader rejects a name the case's policy does not
 * declare. Two values are equal when their names are; {@link #toString()} is the name. A name is a
 * letter, then letters, digits and underscores, at most 64 characters.
 *
 * @since 0.1.0
 */
public final class TherapyKind implements Comparable<TherapyKind> {
  private final String name;

  private TherapyKind(String name) {
    this.name = name;
  }

  /**
   * Returns the therapy kind of a name.
   *
   * @param name the name, such as {@code CALCIUM_VITAMIN_D}
   * @return the therapy kind
   * @throws InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static TherapyKind of(String name) {
    checkNotNull(name, "name");
    if (!isName(name)) {
      throw new InvalidInputException("name", "not a therapy kind name: \"" + name + "\"");
    }
    return new TherapyKind(name);
  }

  /**
   * Returns whether a string has the form of a therapy kind name.
   *
   * @param name a string
   * @return true if it is a letter, then at most 63 letters, digits and underscores
   */
  public static boolean isName(String name) {
    return TermNames.isName(name);
  }

  /**
   * Returns the name, such as {@code CALCIUM_VITAMIN_D}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(TherapyKind other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TherapyKind && ((TherapyKind) o).name.equals(name);
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

package org.coveragepolicy.core.evidence;

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
public final class TherapyKind extends Term {
  private TherapyKind(String name) {
    super(name);
  }

  /**
   * Returns the therapy kind of a name.
   *
   * @param name the name, such as {@code CALCIUM_VITAMIN_D}
   * @return the therapy kind
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static TherapyKind of(String name) {
    return new TherapyKind(checkedName(name, "therapy kind"));
  }
}

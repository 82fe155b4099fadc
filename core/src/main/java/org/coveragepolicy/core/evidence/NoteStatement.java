package org.coveragepolicy.core.evidence;

/**
 * A yes-or-no clinical statement a progress note can make, named by the policy that reads it (such
 * as {@code postmenopausal}); absent from a note means not documented.
 *
 * <p>An open vocabulary: the core declares no statement; a policy declares the ones its rules read
 * (its {@code Policy} lists them), and a reader rejects a name the case's policy does not declare.
 * Two values are equal when their names are; {@link #toString()} is the name. A name is a letter,
 * then letters, digits and underscores, at most 64 characters.
 *
 * @since 0.1.0
 */
public final class NoteStatement extends Term {
  private NoteStatement(String name) {
    super(name);
  }

  /**
   * Returns the statement of a name.
   *
   * @param name the name, such as {@code postmenopausal}
   * @return the statement
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a letter followed by at most 63 letters,
   *     digits and underscores
   */
  public static NoteStatement of(String name) {
    return new NoteStatement(checkedName(name, "statement"));
  }
}

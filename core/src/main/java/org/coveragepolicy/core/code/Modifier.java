package org.coveragepolicy.core.code;

import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A two-character claim-line modifier, such as {@code JZ} or {@code JW}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Modifier implements Comparable<Modifier> {
  /** JZ: zero drug amount discarded from a single-dose container (Pub. 100-04, Ch. 17, §40). */
  public static final Modifier JZ = parse("JZ");

  /** JW: drug amount discarded from a single-dose container (Pub. 100-04, Ch. 17, §40). */
  public static final Modifier JW = parse("JW");

  Modifier() {}

  /**
   * Returns the two-character code, upper case.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Parses a modifier.
   *
   * @param text two letters or digits, in either case ({@code jz} is {@code JZ})
   * @return the modifier, upper case
   * @throws IllegalArgumentException if the text is not two letters or digits
   */
  public static Modifier parse(String text) {
    return ImmutableModifier.of(
        java.util.Objects.requireNonNull(text, "text").toUpperCase(java.util.Locale.ROOT));
  }

  @Override
  public final int compareTo(Modifier other) {
    return code().compareTo(other.code());
  }

  @Value.Check
  final void check() {
    if (!Chars.all(Chars.UPPER_OR_DIGIT, code(), 2)) {
      throw new InvalidInputException(
          "", "not a two-character modifier (letters or digits): \"" + code() + "\"");
    }
  }

  @Override
  public final String toString() {
    return code();
  }
}

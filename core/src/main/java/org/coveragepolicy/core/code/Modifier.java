package org.coveragepolicy.core.code;

import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A two-character claim-line modifier, such as {@code JZ} or {@code JW}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Modifier implements Comparable<Modifier> {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2}");

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
   * @param text two letters or digits, upper case
   * @return the modifier
   * @throws InvalidInputException if the text is not two upper-case letters or digits
   */
  public static Modifier parse(String text) {
    return ImmutableModifier.of(text);
  }

  @Override
  public final int compareTo(Modifier other) {
    return code().compareTo(other.code());
  }

  @Value.Check
  final void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidInputException(
          "", "not a two-character modifier (upper-case letters or digits): \"" + code() + "\"");
    }
  }

  @Override
  public final String toString() {
    return code();
  }
}

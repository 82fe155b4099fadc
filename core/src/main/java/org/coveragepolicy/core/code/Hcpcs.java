package org.coveragepolicy.core.code;

import com.google.common.base.CharMatcher;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A HCPCS procedure code: Level II (a letter and four digits, such as {@code J1234}) or Level I CPT
 * (five characters, the first four digits).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Hcpcs implements Comparable<Hcpcs> {
  /** The first character of a Level II code. */
  private static final CharMatcher LEVEL_II = CharMatcher.inRange('A', 'V');

  Hcpcs() {}

  /**
   * Returns the code, upper case.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Parses a HCPCS code.
   *
   * @param text the code, such as {@code J1234}
   * @return the code
   * @throws InvalidInputException if the text is not a HCPCS code
   */
  public static Hcpcs parse(String text) {
    return ImmutableHcpcs.of(text);
  }

  @Override
  public final int compareTo(Hcpcs other) {
    return code().compareTo(other.code());
  }

  @Value.Check
  final void check() {
    if (!isCode(code())) {
      throw new InvalidInputException("", "not a HCPCS code: \"" + code() + "\"");
    }
  }

  /** A letter A-V and four digits, or four digits and a digit or letter. */
  private static boolean isCode(String code) {
    if (!Chars.all(Chars.UPPER_OR_DIGIT, code, 5)) {
      return false;
    }
    char first = code.charAt(0);
    char last = code.charAt(4);
    boolean middleDigits = Chars.DIGIT.matchesAllOf(code.subSequence(1, 4));
    return middleDigits
        && (LEVEL_II.matches(first) && Chars.DIGIT.matches(last) || Chars.DIGIT.matches(first));
  }

  @Override
  public final String toString() {
    return code();
  }
}

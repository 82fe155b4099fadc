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

  /**
   * A Level II code (a letter A-V and four digits) or a Level I CPT code (four digits, then a digit
   * or a letter).
   */
  private static boolean isCode(String code) {
    if (code.length() != 5 || !Chars.DIGIT.matchesAllOf(code.subSequence(1, 4))) {
      return false;
    }
    char first = code.charAt(0);
    char last = code.charAt(4);
    boolean levelTwo = LEVEL_II.matches(first) && Chars.DIGIT.matches(last);
    boolean levelOne = Chars.DIGIT.matches(first) && Chars.UPPER_OR_DIGIT.matches(last);
    return levelTwo || levelOne;
  }

  @Override
  public final String toString() {
    return code();
  }
}

package org.coveragepolicy.core.code;

import com.google.common.base.Ascii;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * An ICD-10-CM diagnosis code, held normalized (upper case, no dot) and rendered with the dot after
 * the third character, as in {@code M81.0}.
 *
 * <p>Well-formed per the policy: a letter, a digit, a letter or digit, then up to four letters or
 * digits, with an optional dot after the third character.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Icd10Code implements Comparable<Icd10Code> {
  Icd10Code() {}

  /**
   * Returns the normalized code: upper case without the dot, such as {@code M810}.
   *
   * @return the normalized code
   */
  @Value.Parameter
  public abstract String normalized();

  /**
   * Parses a code written with or without the dot, in either case.
   *
   * @param text the code as written, such as {@code m81.0} or {@code M810}
   * @return the code
   * @throws InvalidInputException if the text is not a well-formed ICD-10-CM code
   */
  public static Icd10Code parse(String text) {
    // the dot may follow the third character, and only when more follows it
    boolean dotted = text.length() > 4 && text.charAt(3) == '.';
    String normalized = Ascii.toUpperCase(dotted ? text.substring(0, 3) + text.substring(4) : text);
    if (!isNormalized(normalized)) {
      throw new InvalidInputException("", "not a well-formed ICD-10-CM code: \"" + text + "\"");
    }
    return ImmutableIcd10Code.of(normalized);
  }

  /** A letter, a digit, then one to five letters or digits; upper case only. */
  private static boolean isNormalized(String code) {
    return code.length() >= 3
        && code.length() <= 7
        && Chars.UPPER.matches(code.charAt(0))
        && Chars.DIGIT.matches(code.charAt(1))
        && Chars.UPPER_OR_DIGIT.matchesAllOf(code);
  }

  /**
   * Returns the three-character category, such as {@code M81}.
   *
   * @return the category
   */
  public final String category() {
    return normalized().substring(0, 3);
  }

  /**
   * Returns the code rendered with the dot after the category, such as {@code M81.0}; a
   * three-character code has no dot.
   *
   * @return the rendered code
   */
  public final String render() {
    String n = normalized();
    return n.length() == 3 ? n : n.substring(0, 3) + "." + n.substring(3);
  }

  @Override
  public final int compareTo(Icd10Code other) {
    return normalized().compareTo(other.normalized());
  }

  @Value.Check
  final void check() {
    if (!isNormalized(normalized())) {
      throw new InvalidInputException(
          "", "not a normalized ICD-10-CM code: \"" + normalized() + "\"");
    }
  }

  @Override
  public final String toString() {
    return render();
  }
}

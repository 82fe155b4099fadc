package org.coveragepolicy.core.code;

import com.google.common.base.CharMatcher;

/**
 * The character classes the codes are written in, ASCII only: a code's form is checked with these
 * rather than a regular expression, as a claim carries several codes and each is checked when read.
 */
final class Chars {
  /** {@code 0} to {@code 9}. */
  static final CharMatcher DIGIT = CharMatcher.inRange('0', '9');

  /** {@code A} to {@code Z}. */
  static final CharMatcher UPPER = CharMatcher.inRange('A', 'Z');

  /** {@code A} to {@code Z} and {@code 0} to {@code 9}. */
  static final CharMatcher UPPER_OR_DIGIT = UPPER.or(DIGIT).precomputed();

  private Chars() {}

  /** Whether the text has the given length and every character is of the class. */
  static boolean all(CharMatcher chars, String text, int length) {
    return text.length() == length && chars.matchesAllOf(text);
  }
}

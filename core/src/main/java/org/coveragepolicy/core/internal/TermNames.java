package org.coveragepolicy.core.internal;

/**
 * The form of a policy's term names (statements, therapy kinds, risk factors, imaging findings,
 * safety facts): a letter, then at most 63 letters, digits and underscores. Checked with a loop,
 * not a regular expression: the JSON reader checks every term of every case.
 */
public final class TermNames {
  private TermNames() {}

  /**
   * Returns whether a string has the form of a term name.
   *
   * @param name a string
   * @return true if it is an ASCII letter, then at most 63 ASCII letters, digits and underscores
   */
  public static boolean isName(String name) {
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
}

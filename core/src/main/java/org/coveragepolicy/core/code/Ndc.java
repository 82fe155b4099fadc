package org.coveragepolicy.core.code;

import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * An 11-digit National Drug Code in the 5-4-2 billing format, held as 11 digits and rendered with
 * dashes, as in {@code 55513-0710-01}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Ndc implements Comparable<Ndc> {
  Ndc() {}

  /**
   * Returns the 11 digits without dashes.
   *
   * @return the digits
   */
  @Value.Parameter
  public abstract String digits();

  /**
   * Parses an NDC written {@code 5-4-2} with dashes or as 11 digits without.
   *
   * @param text the NDC as written
   * @return the NDC
   * @throws InvalidInputException if the text is neither form
   */
  public static Ndc parse(String text) {
    // dashes after the fifth and the ninth digit, or none
    boolean dashed = text.length() == 13 && text.charAt(5) == '-' && text.charAt(10) == '-';
    String digits = dashed ? text.replace("-", "") : text;
    if (!isDigits(digits)) {
      throw new InvalidInputException(
          "", "not an 11-digit NDC (5-4-2 with dashes or 11 digits): \"" + text + "\"");
    }
    return ImmutableNdc.of(digits);
  }

  /**
   * Returns the NDC rendered 5-4-2 with dashes.
   *
   * @return the rendered NDC
   */
  public final String render() {
    String d = digits();
    return d.substring(0, 5) + "-" + d.substring(5, 9) + "-" + d.substring(9);
  }

  private static boolean isDigits(String text) {
    return Chars.all(Chars.DIGIT, text, 11);
  }

  @Override
  public final int compareTo(Ndc other) {
    return digits().compareTo(other.digits());
  }

  @Value.Check
  final void check() {
    if (!isDigits(digits())) {
      throw new InvalidInputException("", "not 11 NDC digits: \"" + digits() + "\"");
    }
  }

  @Override
  public final String toString() {
    return render();
  }
}

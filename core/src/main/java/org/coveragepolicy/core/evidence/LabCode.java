package org.coveragepolicy.core.evidence;

import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A laboratory test identified by its LOINC code, with the unit its values are in (UCUM, such as
 * {@code mg/dL}); a policy declares the lab codes it reads.
 *
 * @since 0.2.0
 */
@Value.Immutable(builder = false)
public abstract class LabCode {
  private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");

  LabCode() {}

  /**
   * Returns the LOINC code, such as {@code 718-7}.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String loinc();

  /**
   * Returns the unit of the test's values, such as {@code g/dL}.
   *
   * @return the unit
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Creates a lab code.
   *
   * @param loinc the LOINC code, digits, a hyphen and a check digit
   * @param unit the unit, not blank
   * @return the lab code
   * @throws InvalidInputException if the code is not a LOINC code or the unit is blank
   */
  public static LabCode of(String loinc, String unit) {
    return ImmutableLabCode.of(loinc, unit);
  }

  /**
   * Returns whether a string has the form of a LOINC code.
   *
   * @param loinc a string
   * @return true if it is digits, a hyphen and a check digit
   */
  public static boolean isLoinc(String loinc) {
    return LOINC.matcher(loinc).matches();
  }

  @Value.Check
  final void check() {
    if (!isLoinc(loinc())) {
      throw new InvalidInputException("loinc", "not a LOINC code: \"" + loinc() + "\"");
    }
    if (unit().isBlank()) {
      throw new InvalidInputException("unit", "must not be blank");
    }
  }

  @Override
  public final String toString() {
    return loinc() + " (" + unit() + ")";
  }
}

package org.coveragepolicy.core.code;

import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A two-digit CMS place-of-service code, such as {@code 11} (office).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class PlaceOfService implements Comparable<PlaceOfService> {
  /** 11: office. */
  public static final PlaceOfService OFFICE = parse("11");

  /** 12: the patient's home. */
  public static final PlaceOfService HOME = parse("12");

  /** 22: on-campus outpatient hospital. */
  public static final PlaceOfService OUTPATIENT_HOSPITAL = parse("22");

  PlaceOfService() {}

  /**
   * Returns the two-digit code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Parses a place-of-service code.
   *
   * @param text two digits, {@code 01} to {@code 99}
   * @return the place of service
   * @throws InvalidInputException if the text is not two digits or is {@code 00}
   */
  public static PlaceOfService parse(String text) {
    return ImmutablePlaceOfService.of(text);
  }

  @Override
  public final int compareTo(PlaceOfService other) {
    return code().compareTo(other.code());
  }

  @Value.Check
  final void check() {
    if (!Chars.all(Chars.DIGIT, code(), 2) || code().equals("00")) {
      throw new InvalidInputException(
          "", "not a two-digit place-of-service code (01-99): \"" + code() + "\"");
    }
  }

  @Override
  public final String toString() {
    return code();
  }
}

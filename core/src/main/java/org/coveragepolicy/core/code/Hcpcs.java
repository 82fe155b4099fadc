package org.coveragepolicy.core.code;

import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * A HCPCS procedure code: Level II (a letter and four digits, such as {@code J0897}) or Level I CPT
 * (five characters, the first four digits).
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Hcpcs implements Comparable<Hcpcs> {
  private static final Pattern CODE = Pattern.compile("[A-V][0-9]{4}|[0-9]{4}[0-9A-Z]");

  /** HCPCS J0897, injection, denosumab, 1 mg (Prolia and Xgeva). */
  public static final Hcpcs J0897 = parse("J0897");

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
   * @param text the code, such as {@code J0897}
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
    if (!CODE.matcher(code()).matches()) {
      throw new InvalidInputException("", "not a HCPCS code: \"" + code() + "\"");
    }
  }

  @Override
  public final String toString() {
    return code();
  }
}

package org.coveragepolicy.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Strings;

/**
 * An input value that is not valid: the exception every value check, reader and mapper of this
 * library throws for bad input. It carries the path of the field at fault (a JSON path such as
 * {@code claim.units}, or a FHIR element such as {@code Claim.item[0].quantity}) and the problem,
 * as in {@code claim.units: must be ≥ 1, was 0}. Its message never contains a value that identifies
 * a patient.
 *
 * @since 0.2.0
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The path of the field at fault; empty for the input as a whole. */
  private final String path;

  /** What is wrong at the path. */
  private final String problem;

  /**
   * Creates an exception for a field.
   *
   * @param path the path of the field at fault, such as {@code claim.units}; empty for the input
   *     as a whole
   * @param problem what is wrong, such as {@code must be ≥ 1, was 0}
   */
  public InvalidInputException(String path, String problem) {
    super(requireNonNull(path, "path").isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = requireNonNull(problem, "problem");
  }

  /**
   * Throws an exception for a field unless a condition holds: the value checks of this library's
   * types ({@code CatalogEntry}, {@code Edition}, {@code Rule}, {@code Thresholds}) report the
   * field's path as data this way, never only inside the message text.
   *
   * @param ok the condition
   * @param path the path of the field at fault, such as {@code catalogEntry.billingUnitMg}
   * @param problem what is wrong, a template whose {@code %s} are replaced by {@code args} in order
   *     (Guava's {@code Strings.lenientFormat})
   * @param args the values of the template
   * @throws InvalidInputException if {@code ok} is false
   * @since 0.2.0
   */
  public static void check(boolean ok, String path, String problem, Object... args) {
    if (!ok) {
      throw new InvalidInputException(path, Strings.lenientFormat(problem, args));
    }
  }

  /**
   * Returns the message: the path and the problem, as in {@code claim.units: must be ≥ 1, was 0};
   * the problem alone when the input as a whole is at fault. Never null.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return path.isEmpty() ? problem : path + ": " + problem;
  }

  /**
   * Returns the path of the field at fault, such as {@code record.documents[2].date}.
   *
   * @return the path; empty when the input as a whole is at fault
   */
  public final String path() {
    return path;
  }

  /**
   * Returns what is wrong at the path, without the path.
   *
   * @return the problem, such as {@code must be ≥ 1, was 0}
   */
  public final String problem() {
    return problem;
  }
}

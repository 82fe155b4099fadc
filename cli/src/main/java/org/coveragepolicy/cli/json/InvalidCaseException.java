package org.coveragepolicy.cli.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An input that is not a valid review case: its message names the JSON path and the bad value, as
 * in {@code claim.units: must be ≥ 1, was 0}. The message never contains the patient's birth date.
 *
 * @since 0.1.0
 */
public final class InvalidCaseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the bad value; empty for the input as a whole. */
  private final String path;

  /** What is wrong at the path. */
  private final String problem;

  /** The case's ID, if the input had one. */
  private final @Nullable String caseId;

  InvalidCaseException(String path, String problem, @Nullable String caseId) {
    super(message(path, problem));
    this.path = path;
    this.problem = problem;
    this.caseId = caseId;
  }

  private static String message(String path, String problem) {
    return path.isEmpty() ? problem : path + ": " + problem;
  }

  /**
   * Returns the path and the problem, as in {@code claim.units: must be ≥ 1, was 0}.
   *
   * @return the message, never null (unlike {@link Throwable#getMessage()} in general)
   */
  @Override
  public String getMessage() {
    return message(path, problem);
  }

  /**
   * Returns the JSON path of the bad value, such as {@code record.documents[2].date}.
   *
   * @return the path; empty when the input as a whole is at fault (not JSON, not an object)
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong at the path, without the path.
   *
   * @return the problem, such as {@code must be ≥ 1, was 0}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the case's {@code id} when the input had a string one, so a batch can name the case.
   *
   * @return the case ID, if the input had one
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  InvalidCaseException withCaseId(@Nullable String id) {
    return new InvalidCaseException(path, problem, id);
  }
}

package org.coveragepolicy.json;

import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An input that is not a valid review case (or review result): an {@link InvalidInputException}
 * whose path is a JSON path, such as {@code claim.units: must be ≥ 1, was 0}, and which carries the
 * case's {@code id} when the input had one.
 *
 * <p>The message is one line: the JSON path, the problem and, where it helps, the bad value quoted,
 * escaped and cut to 60 characters. It never shows a value from inside {@code patient}, nor the
 * names of the JSON parser's classes or settings.
 *
 * @since 0.2.0
 */
public final class InvalidCaseException extends InvalidInputException {
  private static final long serialVersionUID = 2L;

  /** The case's ID, if the input had a valid one. */
  private final @Nullable String caseId;

  InvalidCaseException(String path, String problem, @Nullable String caseId) {
    super(path, problem);
    this.caseId = caseId;
  }

  /**
   * Returns the case's {@code id} when the input had a valid one, so that a batch can name the case.
   *
   * @return the case ID, if the input had one
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /**
   * Returns this exception naming the case: this one if it names it already or {@code id} is null,
   * else a copy that does. The readers name the case in every error once they have read its ID, so
   * a copy (and its stack trace) is made only for an ID found after the problem.
   */
  InvalidCaseException withCaseId(@Nullable String id) {
    if (id == null || id.equals(caseId)) {
      return this;
    }
    InvalidCaseException named = new InvalidCaseException(path(), problem(), id);
    named.setStackTrace(getStackTrace());
    return named;
  }
}

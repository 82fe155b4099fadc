package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The medical record returned for a claim: when the Additional Documentation Request was sent and
 * answered, and the documents. No {@code requestedOn} means a pre-submission check.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MedicalRecord {
  MedicalRecord() {}

  /**
   * Returns the date the ADR was sent; empty for a pre-submission check.
   *
   * @return the request date
   */
  public abstract Optional<LocalDate> requestedOn();

  /**
   * Returns the date the records arrived; empty with a request date means not returned.
   *
   * @return the receipt date
   */
  public abstract Optional<LocalDate> receivedOn();

  /**
   * Returns the documents, in the order given.
   *
   * @return the documents
   */
  public abstract ImmutableList<Document> documents();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MedicalRecord}. */
  public static final class Builder extends ImmutableMedicalRecord.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (receivedOn().isPresent() && requestedOn().isEmpty()) {
      throw new InvalidInputException(
          "receivedOn", "given without requestedOn, was " + receivedOn().get());
    }
    if (requestedOn().isPresent()
        && receivedOn().isPresent()
        && receivedOn().get().isBefore(requestedOn().get())) {
      throw new InvalidInputException(
          "receivedOn",
          "must not be before requestedOn " + requestedOn().get() + ", was " + receivedOn().get());
    }
  }
}

package org.coveragepolicy.core.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.immutables.value.Value;

/**
 * A claim line for a drug: date of service, HCPCS code, units, modifiers, NDC, place of service and
 * diagnosis codes (the first is primary).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ClaimLine {
  /** The most diagnosis codes a claim line carries. */
  public static final int MAX_DIAGNOSES = 12;

  ClaimLine() {}

  /**
   * Returns the date of service.
   *
   * @return the date of service
   */
  public abstract LocalDate dateOfService();

  /**
   * Returns the HCPCS code billed.
   *
   * @return the HCPCS code
   */
  public abstract Hcpcs hcpcs();

  /**
   * Returns the units billed.
   *
   * @return the units, at least 1
   */
  public abstract int units();

  /**
   * Returns the modifiers, in claim order.
   *
   * @return the modifiers
   */
  public abstract ImmutableList<Modifier> modifiers();

  /**
   * Returns the NDC billed, if any.
   *
   * @return the NDC
   */
  public abstract Optional<Ndc> ndc();

  /**
   * Returns the place of service.
   *
   * @return the place of service
   */
  public abstract PlaceOfService placeOfService();

  /**
   * Returns the diagnosis codes, 1 to 12, the first primary.
   *
   * @return the diagnosis codes
   */
  public abstract ImmutableList<Icd10Code> diagnosisCodes();

  /**
   * Returns the distinct diagnosis codes as a set.
   *
   * @return the diagnosis codes
   */
  public final ImmutableSet<Icd10Code> diagnoses() {
    return ImmutableSet.copyOf(diagnosisCodes());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClaimLine}. */
  public static final class Builder extends ImmutableClaimLine.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (units() < 1) {
      throw new InvalidInputException("units", "must be ≥ 1, was " + units());
    }
    if (diagnosisCodes().isEmpty() || diagnosisCodes().size() > MAX_DIAGNOSES) {
      throw new InvalidInputException(
          "diagnosisCodes",
          "must hold 1 to " + MAX_DIAGNOSES + " codes, had " + diagnosisCodes().size());
    }
  }
}

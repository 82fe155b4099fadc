package org.coveragepolicy.review;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.partb.BeneficiaryFacts;
import org.coveragepolicy.indications.Edition;
import org.immutables.value.Value;

/**
 * A review case: a J0897 claim line, the patient, the medical record returned for it, and the
 * edition to review it under.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewCase {
  ReviewCase() {}

  /**
   * Returns the case's identifier, echoed in the result. Not a patient identifier.
   *
   * @return the case ID, not blank
   */
  public abstract String id();

  /**
   * Returns the edition.
   *
   * @return the edition; {@link Edition#DEFAULT} by default
   */
  @Value.Default
  public Edition edition() {
    return Edition.DEFAULT;
  }

  /**
   * Returns the claim line.
   *
   * @return the claim line
   */
  public abstract ClaimLine claim();

  /**
   * Returns the patient.
   *
   * @return the patient
   */
  public abstract Patient patient();

  /**
   * Returns the medical record.
   *
   * @return the record
   */
  public abstract MedicalRecord record();

  /**
   * Returns the beneficiary facts for the Part B statutory exceptions (§50.5).
   *
   * @return the facts; none documented by default
   */
  @Value.Default
  public BeneficiaryFacts beneficiary() {
    return BeneficiaryFacts.none();
  }

  /**
   * Returns a copy of this case under another edition.
   *
   * @param edition the edition
   * @return the case under that edition
   */
  public final ReviewCase withEdition(Edition edition) {
    return builder().from(this).edition(edition).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewCase}. */
  public static final class Builder extends ImmutableReviewCase.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("id", "must not be blank");
    }
    if (!claim().hcpcs().equals(Hcpcs.J0897)) {
      throw new InvalidInputException(
          "claim.hcpcs", "this policy covers J0897, was \"" + claim().hcpcs() + "\"");
    }
    // the birth date identifies the patient: the message names the field, not the value
    if (patient().birthDate().isAfter(claim().dateOfService())) {
      throw new InvalidInputException("patient.birthDate", "must not be after claim.dateOfService");
    }
  }
}

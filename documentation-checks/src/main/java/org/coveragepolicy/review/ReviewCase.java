package org.coveragepolicy.review;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.partb.BeneficiaryFacts;
import org.coveragepolicy.core.policy.Edition;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review case: a claim line, the patient, the medical record returned for it, and the edition to
 * review it under. Whether the claim's HCPCS is one of the catalog's is checked where the case is
 * read against a catalog (the JSON reader); a review of a code the catalog does not bill reports it.
 *
 * <p>Required: {@code id}, {@code claim}, {@code patient}, {@code record}. Optional: {@code edition}
 * (absent unless set: the product's policy picks its default), {@code beneficiary} (default: none documented).
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
   * Returns the edition the case names, if it names one; otherwise the policy of the product given
   * reviews it under its default edition.
   *
   * @return the edition
   */
  public abstract Optional<Edition> edition();

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

  /**
   * Builds a {@link ReviewCase}.
   *
   * <ul>
   *   <li>Required: {@code id}, {@code claim}, {@code patient}, {@code record}.</li>
   *   <li>Optional: {@code edition} (absent unless set: the policy of the product given chooses its default), {@code beneficiary} (default
   *       {@code BeneficiaryFacts.none()}).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set, and {@link IllegalArgumentException} when a value breaks the structure: {@code id} must
   * not be blank, and the patient must not be born after the date of service.
   */
  public static final class Builder extends ImmutableReviewCase.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (id().isBlank()) {
      throw new InvalidInputException("id", "must not be blank");
    }
    // the birth date identifies the patient: the message names the field, not the value
    if (patient().birthDate().isAfter(claim().dateOfService())) {
      throw new InvalidInputException("patient.birthDate", "must not be after claim.dateOfService");
    }
  }
}

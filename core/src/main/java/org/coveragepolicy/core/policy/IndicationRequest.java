package org.coveragepolicy.core.policy;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.evidence.Evidence;
import org.immutables.value.Value;

/**
 * What the indication evaluator reads: the product under review, the patient, the claim's diagnosis
 * codes, the evidence that counts (the documented diagnoses among it), the dose under review, the
 * date of service and the edition.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class IndicationRequest {
  IndicationRequest() {}

  /**
   * Returns the catalog entry of the product under review.
   *
   * @return the product's catalog entry
   */
  public abstract CatalogEntry product();

  /**
   * Returns the policy the product is reviewed under: its editions, checks and citations.
   *
   * @return the policy
   */
  public abstract Policy policy();

  /**
   * Returns the catalog the other products' facts come from (the doses in the record, by product).
   *
   * @return the catalog; the policy's by default
   */
  @Value.Default
  public DrugCatalog catalog() {
    return policy().catalog();
  }

  /**
   * Returns the patient.
   *
   * @return the patient
   */
  public abstract Patient patient();

  /**
   * Returns the claim's diagnosis codes.
   *
   * @return the claim diagnoses
   */
  public abstract ImmutableSet<Icd10Code> claimDiagnoses();

  /**
   * Returns the evidence that counts.
   *
   * @return the evidence
   */
  public abstract Evidence evidence();

  /**
   * Returns the dose under review, if an administration record documents it.
   *
   * @return the dose under review
   */
  public abstract Optional<Administration> doseUnderReview();

  /**
   * Returns the date of service.
   *
   * @return the date of service
   */
  public abstract LocalDate dateOfService();

  /**
   * Returns the edition.
   *
   * @return the edition; the policy's default edition by default
   */
  @Value.Default
  public Edition edition() {
    return policy().defaultEdition();
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
   * Builds an {@link IndicationRequest}.
   *
   * <ul>
   *   <li>Required: {@code product}, {@code policy}, {@code patient}, {@code evidence},
   *       {@code dateOfService}.</li>
   *   <li>Optional: {@code catalog} (default the policy's), {@code claimDiagnoses} (empty unless
   *       added), {@code doseUnderReview} (absent unless set), {@code edition} (default the
   *       policy's default edition).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set.
   */
  public static final class Builder extends ImmutableIndicationRequest.Builder {
    Builder() {}
  }
}

package org.coveragepolicy.core.partb;

import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.immutables.value.Value;

/**
 * What the Part B drug-benefit evaluator reads: the drug's catalog entry, the date and place of
 * service, the dose under review (when documented) and the beneficiary facts the statutory
 * exceptions need.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PartBRequest {
  PartBRequest() {}

  /**
   * Returns the catalog entry of the drug given.
   *
   * @return the catalog entry
   */
  public abstract CatalogEntry drug();

  /**
   * Returns the date of service.
   *
   * @return the date of service
   */
  public abstract LocalDate dateOfService();

  /**
   * Returns the place of service.
   *
   * @return the place of service
   */
  public abstract PlaceOfService placeOfService();

  /**
   * Returns the dose under review, if an administration record documents it; rules that read who
   * gave the dose are not evaluated without it.
   *
   * @return the administration
   */
  public abstract Optional<Administration> administration();

  /**
   * Returns the beneficiary facts for the statutory exceptions.
   *
   * @return the facts; none documented by default
   */
  @Value.Default
  public BeneficiaryFacts beneficiary() {
    return BeneficiaryFacts.none();
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
   * Builds a {@link PartBRequest}.
   *
   * <ul>
   *   <li>Required: {@code drug}, {@code dateOfService}, {@code placeOfService}.</li>
   *   <li>Optional: {@code administration} (absent unless set), {@code beneficiary} (default
   *       {@code BeneficiaryFacts.none()}).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set.
   */
  public static final class Builder extends ImmutablePartBRequest.Builder {
    Builder() {}
  }
}

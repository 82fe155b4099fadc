package org.coveragepolicy.core.partb;

import org.immutables.value.Value;

/**
 * Facts about the beneficiary that the statutory exceptions to the self-administered drug exclusion
 * (Pub. 100-02, Ch. 15, §50.5) turn on. Each defaults to false: an exception applies only when its
 * facts are documented.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BeneficiaryFacts {
  BeneficiaryFacts() {}

  /**
   * Returns whether the beneficiary has hemophilia and is competent to use clotting factors to
   * control bleeding without medical supervision (§50.5.5).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean hemophiliaCompetentToSelfAdminister() {
    return false;
  }

  /**
   * Returns whether the beneficiary received an organ transplant that Medicare covered (§50.5.1).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean medicareCoveredTransplant() {
    return false;
  }

  /**
   * Returns whether the beneficiary is on dialysis (§50.5.2).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean onDialysis() {
    return false;
  }

  /**
   * Returns whether the drug is used as part of an anti-cancer chemotherapeutic regimen (§50.5.3,
   * §50.5.4).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean anticancerRegimen() {
    return false;
  }

  /**
   * Returns whether the beneficiary is homebound (SSA §1861(kk)).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean homebound() {
    return false;
  }

  /**
   * Returns whether the attending physician certifies a bone fracture related to postmenopausal
   * osteoporosis (SSA §1861(kk)).
   *
   * @return true if certified
   */
  @Value.Default
  public boolean postmenopausalOsteoporoticFractureCertified() {
    return false;
  }

  /**
   * Returns whether the attending physician certifies that the beneficiary cannot learn to, or is
   * physically or mentally unable to, self-administer the drug (SSA §1861(kk)).
   *
   * @return true if certified
   */
  @Value.Default
  public boolean unableToSelfAdministerCertified() {
    return false;
  }

  /**
   * Returns whether no family member or caregiver is able and willing to give the drug (CMS, Pub.
   * 100-02 Ch. 7).
   *
   * @return true if documented
   */
  @Value.Default
  public boolean noCaregiverAbleAndWilling() {
    return false;
  }

  /**
   * Returns facts with nothing documented: no statutory exception can apply.
   *
   * @return the empty facts
   */
  public static BeneficiaryFacts none() {
    return builder().build();
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
   * Builds {@link BeneficiaryFacts}.
   *
   * <ul>
   *   <li>Required: none.</li>
   *   <li>Optional: {@code hemophiliaCompetentToSelfAdminister} (default {@code false}),
   *       {@code medicareCoveredTransplant} (default {@code false}), {@code onDialysis} (default
   *       {@code false}), {@code anticancerRegimen} (default {@code false}), {@code homebound} (default
   *       {@code false}), {@code postmenopausalOsteoporoticFractureCertified} (default {@code false}),
   *       {@code unableToSelfAdministerCertified} (default {@code false}),
   *       {@code noCaregiverAbleAndWilling} (default {@code false}).</li>
   * </ul>
   */
  public static final class Builder extends ImmutableBeneficiaryFacts.Builder {
    Builder() {}
  }
}

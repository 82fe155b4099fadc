package org.coveragepolicy.core.drug;

/**
 * A statutory exception to the Part B exclusion of usually self-administered drugs (Pub. 100-02,
 * Ch. 15, §50.5): a catalog entry in one of these categories can be a Part B benefit even when
 * self-administered, if the beneficiary's circumstances meet the exception.
 *
 * @since 0.1.0
 */
public enum StatutoryException {
  /** Blood-clotting factors for hemophilia patients competent to use them without supervision. */
  BLOOD_CLOTTING_FACTORS,
  /** Immunosuppressive drugs for a beneficiary who had a Medicare-covered organ transplant. */
  IMMUNOSUPPRESSIVE_DRUGS,
  /** Erythropoietin for a beneficiary on dialysis. */
  ERYTHROPOIETIN_FOR_DIALYSIS,
  /** Oral anti-cancer drugs and oral anti-emetics used as part of an anti-cancer regimen. */
  ORAL_ANTICANCER_AND_ANTIEMETIC,
  /**
   * An injectable drug for a bone fracture related to postmenopausal osteoporosis, furnished by a
   * home health agency to a homebound beneficiary (Social Security Act §1861(kk)).
   */
  HOME_HEALTH_OSTEOPOROSIS
}

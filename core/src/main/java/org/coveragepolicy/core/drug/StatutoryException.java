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
  BLOOD_CLOTTING_FACTORS(
      "the blood-clotting factor exception (§50.5)",
      "a patient with hemophilia competent to use the factor without medical supervision"),
  /** Immunosuppressive drugs for a beneficiary who had a Medicare-covered organ transplant. */
  IMMUNOSUPPRESSIVE_DRUGS(
      "the immunosuppressive drug exception (§50.5)",
      "a beneficiary who had an organ transplant Medicare covered"),
  /** Erythropoietin for a beneficiary on dialysis. */
  ERYTHROPOIETIN_FOR_DIALYSIS(
      "the erythropoietin exception for dialysis patients (§50.5)", "a beneficiary on dialysis"),
  /** Oral anti-cancer drugs and oral anti-emetics used as part of an anti-cancer regimen. */
  ORAL_ANTICANCER_AND_ANTIEMETIC(
      "the oral anti-cancer and anti-emetic drug exception (§50.5)",
      "a drug used as part of an anti-cancer regimen"),
  /**
   * An injectable drug for a bone fracture related to postmenopausal osteoporosis, furnished by a
   * home health agency to a homebound beneficiary (Social Security Act §1861(kk)).
   */
  HOME_HEALTH_OSTEOPOROSIS(
      "the home-health osteoporosis exception (§1861(kk))",
      "a dose given by a home health agency to a homebound beneficiary whose attending physician"
          + " certifies a bone fracture related to postmenopausal osteoporosis and that the"
          + " beneficiary cannot learn to, or is unable to, self-administer the drug, with no family"
          + " member or caregiver able and willing to give it");

  private final String description;
  private final String conditions;

  StatutoryException(String description, String conditions) {
    this.description = description;
    this.conditions = conditions;
  }

  /**
   * Returns the exception in words, for messages: "the home-health osteoporosis exception
   * (§1861(kk))".
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns what the documented facts must show for the exception to apply, for messages.
   *
   * @return the conditions in words
   */
  public String conditions() {
    return conditions;
  }
}

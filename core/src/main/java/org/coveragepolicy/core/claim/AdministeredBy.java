package org.coveragepolicy.core.claim;

/**
 * Who gave a dose, as the incident-to and self-administration rules (Pub. 100-02, Ch. 15, §50.2,
 * §50.3, §60) distinguish them.
 *
 * @since 0.1.0
 */
public enum AdministeredBy {
  /** The billing physician. */
  PHYSICIAN,
  /** A non-physician practitioner (nurse practitioner, physician assistant and the like). */
  NON_PHYSICIAN_PRACTITIONER,
  /** Auxiliary personnel (such as a nurse or medical assistant) acting incident to a physician. */
  AUXILIARY_PERSONNEL,
  /** A home health agency. */
  HOME_HEALTH_AGENCY,
  /** The patient. */
  PATIENT,
  /** A family member or other caregiver. */
  CAREGIVER;

  /**
   * Returns whether the patient or a caregiver gave the dose, that is, it was self-administered.
   *
   * @return true for {@link #PATIENT} and {@link #CAREGIVER}
   */
  public boolean isSelfAdministration() {
    return this == PATIENT || this == CAREGIVER;
  }
}

package org.coveragepolicy.review;

import java.time.LocalDate;
import org.coveragepolicy.core.claim.Administration;
import org.immutables.value.Value;

/**
 * An administration record: the documented dose, signed or not.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract sealed class AdministrationRecord implements Document permits ImmutableAdministrationRecord {
  AdministrationRecord() {}

  @Override
  public final DocumentKind kind() {
    return DocumentKind.ADMINISTRATION_RECORD;
  }

  /**
   * Returns the date of the dose.
   *
   * @return the date
   */
  @Override
  @Value.Derived
  public LocalDate date() {
    return administration().date();
  }

  @Override
  public abstract boolean signed();

  /**
   * Returns the dose the record documents.
   *
   * @return the administration
   */
  public abstract Administration administration();

  /**
   * Creates a record.
   *
   * @param administration the dose
   * @param signed whether the record is signed
   * @return the record
   */
  public static AdministrationRecord of(Administration administration, boolean signed) {
    return ImmutableAdministrationRecord.builder()
        .administration(administration)
        .signed(signed)
        .build();
  }
}

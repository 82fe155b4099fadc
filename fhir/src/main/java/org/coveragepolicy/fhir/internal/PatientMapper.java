package org.coveragepolicy.fhir.internal;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/** Maps a Patient to the patient's sex and birth date; messages never contain the birth date. */
final class PatientMapper {
  private PatientMapper() {}

  /** Reads a patient's sex and birth date. */
  static Patient read(org.hl7.fhir.r4.model.Patient patient, String where) {
    AdministrativeGender gender = patient.getGender();
    Sex sex;
    if (gender == AdministrativeGender.FEMALE) {
      sex = Sex.FEMALE;
    } else if (gender == AdministrativeGender.MALE) {
      sex = Sex.MALE;
    } else {
      throw new InvalidInputException(
          where + ".gender",
          gender == null
              ? "missing: female or male"
              : "must be female or male for this policy's indications, was " + gender.toCode());
    }
    if (!patient.hasBirthDateElement()
        || patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidInputException(
          where + ".birthDate", "missing or not a full date (YYYY-MM-DD, without a time)");
    }
    var b = patient.getBirthDateElement();
    return Patient.of(sex, LocalDate.of(b.getYear(), b.getMonth() + 1, b.getDay()));
  }
}

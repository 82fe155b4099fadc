package org.coveragepolicy.core.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.time.Period;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The beneficiary a claim is for: sex and birth date. The birth date identifies a person and is
 * redacted from {@link #toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Patient {
  Patient() {}

  /**
   * Returns the patient's sex.
   *
   * @return the sex
   */
  @Value.Parameter
  public abstract Sex sex();

  /**
   * Returns the patient's birth date.
   *
   * @return the birth date
   */
  @Value.Parameter
  @Value.Redacted
  public abstract LocalDate birthDate();

  /**
   * Returns the patient's body weight in kilograms, if the case gives it.
   *
   * @return the weight in kg; empty when not given
   * @since 0.2.0
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> weightKg();

  /**
   * Returns this patient with a body weight.
   *
   * @param kg the weight in kilograms, more than 0 and at most 700
   * @return the patient with the weight
   * @throws InvalidInputException if the weight is out of range
   * @since 0.2.0
   */
  public final Patient withWeight(BigDecimal kg) {
    return ImmutablePatient.of(sex(), birthDate(), Optional.of(kg));
  }

  /**
   * Creates a patient.
   *
   * @param sex the sex
   * @param birthDate the birth date
   * @return the patient
   */
  public static Patient of(Sex sex, LocalDate birthDate) {
    return ImmutablePatient.of(sex, birthDate, Optional.empty());
  }

  /**
   * Returns the patient's age in whole years on a date.
   *
   * @param date the date, such as the date of service
   * @return the age in completed years
   * @throws InvalidInputException if the date is before the birth date
   */
  public final int ageOn(LocalDate date) {
    if (date.isBefore(birthDate())) {
      // the birth date identifies the patient: the message names the field, not the value
      throw new InvalidInputException("birthDate", "after the date the age is asked for");
    }
    return Period.between(birthDate(), date).getYears();
  }

  @Value.Check
  final void checkWeight() {
    if (weightKg().isPresent()
        && (weightKg().get().signum() <= 0
            || weightKg().get().compareTo(BigDecimal.valueOf(700)) > 0)) {
      throw new InvalidInputException(
          "weightKg", "must be more than 0 and at most 700, was " + weightKg().get().toPlainString());
    }
  }
}

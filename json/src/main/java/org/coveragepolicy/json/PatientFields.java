package org.coveragepolicy.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.json.FieldTable.Required;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case's {@code patient} object. The cursor shows no value from inside it, nor the name of
 * an unknown field there.
 */
final class PatientFields {
  /** The fields of a patient, in contract order. */
  enum Field implements FieldTable.Field {
    @Required SEX,
    @Required BIRTH_DATE,
    WEIGHT_KG
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;

  PatientFields(JsonCursor in) {
    this.in = in;
  }

  Patient read() throws IOException {
    in.object();
    Sex sex = null;
    LocalDate birthDate = null;
    BigDecimal weightKg = null;
    int seen = 0;
    int present = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        continue;
      }
      present |= FieldTable.bit(f);
      switch (f) {
        case SEX:
          sex = in.enumValue(Sex.class);
          break;
        case BIRTH_DATE:
          birthDate = in.date();
          break;
        case WEIGHT_KG:
          weightKg = weight();
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    return patient(requireNonNull(sex), requireNonNull(birthDate), weightKg);
  }

  private Patient patient(Sex sex, LocalDate birthDate, @Nullable BigDecimal weightKg) {
    return in.build(
        () ->
            weightKg == null
                ? Patient.of(sex, birthDate)
                : Patient.of(sex, birthDate).withWeight(weightKg));
  }

  /** Reads a body weight in kg: more than 0, at most 700. */
  private BigDecimal weight() throws IOException {
    BigDecimal w = in.decimal(BigDecimal.ZERO, Limits.MAX_WEIGHT_KG);
    if (w.signum() == 0) {
      throw in.error(in.path(), "must be more than 0" + in.was());
    }
    return w;
  }
}

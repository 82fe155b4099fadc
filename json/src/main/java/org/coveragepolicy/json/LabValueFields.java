package org.coveragepolicy.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabTest;
import org.jspecify.annotations.Nullable;

/**
 * Reads a result of a lab report's {@code results}: a named test, or a LOINC code and its unit, and
 * a value within the test's plausible range.
 */
final class LabValueFields {
  /**
   * The fields of a lab result, in contract order. None is required on its own: a result has
   * either {@code test} or {@code loinc} (and then {@code unit}), checked at the object's end.
   */
  enum Field implements FieldTable.Field {
    TEST,
    VALUE,
    LOINC,
    UNIT
  }

  /** A lab result before the report's date is known: a named test, or a LOINC code and unit. */
  static final class LabValue {
    final @Nullable LabTest test;
    final @Nullable LabCode code;
    final BigDecimal value;

    LabValue(@Nullable LabTest test, @Nullable LabCode code, BigDecimal value) {
      this.test = test;
      this.code = code;
      this.value = value;
    }
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;
  private final Vocabulary vocabulary;

  LabValueFields(JsonCursor in, Vocabulary vocabulary) {
    this.in = in;
    this.vocabulary = vocabulary;
  }

  LabValue read() throws IOException {
    in.object();
    // the result's path, for the checks made once all its fields are read
    JsonPath.Mark at = in.mark();
    LabTest test = null;
    String loinc = null;
    String unit = null;
    BigDecimal value = null;
    String valueText = null;
    int seen = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        continue;
      }
      switch (f) {
        case TEST:
          test = in.enumValue(LabTest.class);
          break;
        case VALUE:
          value = in.decimal(BigDecimal.ZERO, Limits.MAX_OTHER_LAB);
          valueText = in.p.getText();
          break;
        case LOINC:
          loinc = in.string();
          if (!LabCode.isLoinc(loinc)) {
            throw in.error(
                in.path(), "not a LOINC code (digits, a hyphen and a check digit)" + in.was());
          }
          break;
        case UNIT:
          unit = in.string();
          if (unit.isBlank() || unit.length() > 64) {
            throw in.error(in.path(), "must be a unit of 1 to 64 characters" + in.was());
          }
          break;
      }
    }
    if (test != null && loinc != null) {
      throw in.error(
          at.child(Field.LOINC.json()).toString(), "give either test or loinc, not both");
    }
    if (test == null && loinc == null) {
      throw in.missing(Field.TEST.json());
    }
    if (loinc != null && unit == null) {
      throw in.missing(Field.UNIT.json());
    }
    if (value == null) {
      throw in.missing(Field.VALUE.json());
    }
    BigDecimal v = value;
    LabTest t = test != null ? test : LabTest.ofLoinc(requireNonNull(loinc)).orElse(null);
    String code = test != null ? test.code().loinc() : requireNonNull(loinc);
    vocabulary.lab(
        at.child(loinc != null ? Field.LOINC.json() : Field.TEST.json()),
        test != null ? test.name() : code,
        code,
        unit,
        unit != null ? at.child(Field.UNIT.json()) : null);
    if (t != null) {
      BigDecimal max = maxLabValue(t);
      if (v.compareTo(max) > 0) {
        throw in.error(
            at.child(Field.VALUE.json()).toString(),
            "must be from 0 to "
                + max.toPlainString()
                + " for "
                + t
                + ", was "
                + Text.number(requireNonNull(valueText)));
      }
      if (unit != null && !unit.equals(t.code().unit())) {
        throw in.error(
            at.child(Field.UNIT.json()).toString(),
            "must be " + Text.quote(t.code().unit()) + " for " + t + ", was " + Text.quote(unit));
      }
      return new LabValue(t, null, v);
    }
    return new LabValue(null, LabCode.of(code, requireNonNull(unit)), v);
  }

  /** The highest plausible value of a lab test, in its unit. */
  static BigDecimal maxLabValue(LabTest test) {
    switch (test) {
      case CORRECTED_CALCIUM:
      case TOTAL_CALCIUM:
        return Limits.MAX_CALCIUM;
      case EGFR:
        return Limits.MAX_EGFR;
      default:
        return Limits.MAX_OTHER_LAB;
    }
  }
}

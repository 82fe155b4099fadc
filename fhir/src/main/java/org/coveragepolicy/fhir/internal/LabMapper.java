package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.describe;
import static org.coveragepolicy.fhir.internal.FhirValues.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.review.LabReport;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps lab Observations to lab reports: the named tests (calcium, eGFR) in their UCUM units, any
 * other LOINC test kept by its code and unit; a DiagnosticReport of category LAB, or an Observation
 * on its own.
 */
final class LabMapper {
  private LabMapper() {}

  /** Reads the lab report of a DiagnosticReport dated {@code date} with its result Observations. */
  static LabReport report(LocalDate date, List<Located> results, String at) {
    LabReport.Builder lab = LabReport.builder().date(date);
    for (Located r : results) {
      Observation o = (Observation) r.resource();
      Optional<String> other = otherLoinc(o);
      if (other.isPresent()) {
        lab.addValues(labValue(o, r.where(), date, other.get()));
      } else {
        lab.addResults(labResult(o, r.where(), date));
      }
    }
    return build(lab::build, at);
  }

  /** Reads a lab Observation on its own as a report of one result. */
  static LabReport standalone(Observation o, String at) {
    if (!o.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the test");
    }
    LocalDate date = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    Optional<String> other = otherLoinc(o);
    if (other.isPresent()) {
      LabValue value = labValue(o, at, date, other.get());
      return build(() -> LabReport.builder().date(date).addValues(value).build(), at);
    }
    LabResult result = labResult(o, at, date);
    return build(() -> LabReport.builder().date(date).addResults(result).build(), at);
  }

  /**
   * The LOINC code of a lab report's result that is not one of the named tests (calcium, eGFR),
   * if it has one: such a result is kept by its LOINC code and unit (LOINC in, LOINC out).
   */
  static Optional<String> otherLoinc(Observation o) {
    String other = null;
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        return Optional.empty();
      }
      if (LOINC.equals(c.getSystem()) && c.getCode() != null && LabCode.isLoinc(c.getCode())
          && other == null) {
        other = c.getCode();
      }
    }
    return Optional.ofNullable(other);
  }

  private static LabValue labValue(Observation o, String at, LocalDate reportDate, String loinc) {
    checkOwnDate(o, at, reportDate);
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the result");
    }
    String unit = o.getValueQuantity().hasCode() ? o.getValueQuantity().getCode() : o.getValueQuantity().getUnit();
    if (unit == null || unit.isBlank()) {
      throw new InvalidInputException(at + ".valueQuantity.code", "missing: the UCUM unit");
    }
    return build(
        () -> LabValue.of(reportDate, LabCode.of(loinc, unit), o.getValueQuantity().getValue()),
        at + ".valueQuantity");
  }

  private static LabResult labResult(Observation o, String at, LocalDate reportDate) {
    LabTest test = null;
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        test = Terminology.LAB_LOINC.get(c.getCode());
      }
    }
    if (test == null) {
      throw new InvalidInputException(
          at + ".code", "a lab report's result is calcium or eGFR in LOINC: " + describe(o.getCode()));
    }
    checkOwnDate(o, at, reportDate);
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the result");
    }
    unit(
        o.getValueQuantity(),
        Objects.requireNonNull(Terminology.LAB_UNIT.get(test), "unit"),
        at + ".valueQuantity");
    LabTest t = test;
    return build(() -> LabResult.of(reportDate, t, o.getValueQuantity().getValue()), at + ".valueQuantity");
  }

  /** Checks that a result's own date, if it has one, is its report's. */
  private static void checkOwnDate(Observation o, String at, LocalDate reportDate) {
    if (o.hasEffectiveDateTimeType()) {
      LocalDate own = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
      if (!own.equals(reportDate)) {
        throw new InvalidInputException(
            at + ".effectiveDateTime", "is " + own + ", not the report's date " + reportDate);
      }
    }
  }
}

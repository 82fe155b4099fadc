package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.RXNORM;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.code;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.unit;
import static org.coveragepolicy.fhir.internal.FhirValues.wholeNumber;

import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Quantity;

/** Maps a MedicationStatement to a therapy of a progress note, its kind told by RxNorm. */
final class TherapyMapper {
  private TherapyMapper() {}

  /**
   * Returns the therapy kind a MedicationStatement's RxNorm ingredient codes, if a policy reads one:
   * a medication no policy codes (a patient's metformin, which an EHR sends with the rest of the
   * patient's medications) is not a therapy and counts for nothing, as a lab no policy reads.
   *
   * <p>So is one without an RxNorm code (a {@code medicationReference}, another code system): the
   * policies read RxNorm ingredients.
   */
  static Optional<TherapyKind> kind(MedicationStatement m, String at) {
    if (!m.hasMedicationCodeableConcept()
        || m.getMedicationCodeableConcept().getCoding().stream()
            .noneMatch(x -> RXNORM.equals(x.getSystem()))) {
      return Optional.empty();
    }
    String rx = code(m.getMedicationCodeableConcept(), RXNORM, at + ".medicationCodeableConcept");
    Dosage dosage = m.getDosageFirstRep();
    return Terminology.therapyKind(
        rx,
        () ->
            dosage.hasRoute()
                ? Optional.ofNullable(
                    Terminology.ROUTE_SNOMED.get(
                        code(dosage.getRoute(), SNOMED, at + ".dosage[0].route")))
                : Optional.empty());
  }

  /**
   * Reads a therapy: its kind, start (and end), daily dose and expected months if stated; empty for
   * a medication no policy reads ({@link #kind}).
   */
  static Optional<Therapy> read(MedicationStatement m, String at) {
    Optional<TherapyKind> coded = kind(m, at);
    if (coded.isEmpty()) {
      return Optional.empty();
    }
    TherapyKind kind = coded.get();
    Dosage dosage = m.getDosageFirstRep();
    Therapy.Builder t = Therapy.builder().kind(kind);
    if (m.hasEffectivePeriod()) {
      if (!m.getEffectivePeriod().hasStartElement()) {
        throw new InvalidInputException(at + ".effectivePeriod.start", "missing: the start");
      }
      t.start(day(m.getEffectivePeriod().getStartElement(), at + ".effectivePeriod.start"));
      if (m.getEffectivePeriod().hasEndElement()) {
        t.end(day(m.getEffectivePeriod().getEndElement(), at + ".effectivePeriod.end"));
      }
    } else if (m.hasEffectiveDateTimeType()) {
      t.start(day(m.getEffectiveDateTimeType(), at + ".effectiveDateTime"));
    } else {
      throw new InvalidInputException(at + ".effectivePeriod", "missing: when the therapy started");
    }
    if (dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
      Quantity q = dosage.getDoseAndRateFirstRep().getDoseQuantity();
      String qp = at + ".dosage[0].doseAndRate[0].doseQuantity";
      unit(q, Terminology.MG_PER_DAY, qp);
      t.doseMgPerDay(q.getValue());
    }
    if (dosage.getTiming().getRepeat().hasBoundsDuration()) {
      String dp = at + ".dosage[0].timing.repeat.boundsDuration";
      t.expectedMonths(wholeNumber(dosage.getTiming().getRepeat().getBoundsDuration(), "mo", dp));
    }
    return Optional.of(build(t::build, at));
  }

  /** Whether a MedicationStatement's RxNorm ingredient may code a therapy kind (by any route). */
  static boolean mayCode(MedicationStatement m, TherapyKind kind) {
    for (Coding x : m.getMedicationCodeableConcept().getCoding()) {
      if (RXNORM.equals(x.getSystem())) {
        return Terminology.therapyKind(x.getCode(), Optional::empty).map(kind::equals).orElse(false)
            || Terminology.rxNorm(kind).map(x.getCode()::equals).orElse(false);
      }
    }
    return false;
  }
}

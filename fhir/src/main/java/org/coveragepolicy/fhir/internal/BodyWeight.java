package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_BODY_WEIGHT;
import static org.coveragepolicy.fhir.FhirCodes.UCUM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Patient;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * The patient's body weight ({@code patient.weightKg}) in FHIR: a standalone Observation of LOINC
 * {@code 29463-7} (Body weight) with a {@code valueQuantity} in UCUM {@code kg}; {@code g} and
 * {@code [lb_av]} are converted (1 [lb_av] = 0.45359237 kg exactly, rounded to 6 decimals, the JSON
 * contract's precision), any other unit is invalid input naming the element. Of several weights
 * the latest by {@code effectiveDateTime} counts (each then needs one); two of that date that
 * differ are invalid input naming the element.
 */
final class BodyWeight {

  /** Kilograms per international avoirdupois pound, exactly. */
  private static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

  /** The decimals a converted weight keeps: the JSON contract's. */
  private static final int DECIMALS = 6;

  private BodyWeight() {}

  /** Whether an Observation is a body weight: a LOINC 29463-7 coding. */
  static boolean is(Observation o) {
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && LOINC_BODY_WEIGHT.equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the patient with the weight of the Bundle's standalone body-weight Observations (the
   * latest), or as it is when there is none.
   */
  static Patient withWeight(Patient patient, List<CaseReader.Located> all) {
    List<CaseReader.Located> weights =
        all.stream().filter(l -> l.resource() instanceof Observation o && is(o)).toList();
    if (weights.isEmpty()) {
      return patient;
    }
    CaseReader.Located latest = weights.get(0);
    BigDecimal latestKg = kilograms((Observation) latest.resource(), latest.where());
    if (weights.size() > 1) {
      LocalDate latestDate = date(latest);
      for (CaseReader.Located l : weights.subList(1, weights.size())) {
        BigDecimal kg = kilograms((Observation) l.resource(), l.where());
        LocalDate date = date(l);
        if (date.isAfter(latestDate)) {
          latest = l;
          latestDate = date;
          latestKg = kg;
        } else if (date.equals(latestDate) && kg.compareTo(latestKg) != 0) {
          throw new InvalidInputException(
              l.where() + ".valueQuantity",
              "a second body weight of " + date + " with another value than " + latest.where());
        }
      }
    }
    try {
      return patient.withWeight(latestKg);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          latest.where() + ".valueQuantity.value", e.problem().replace(", was", " kg, was"));
    }
  }

  /** The date of one of several weights, which each need one. */
  private static LocalDate date(CaseReader.Located l) {
    Observation o = (Observation) l.resource();
    if (!o.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(
          l.where() + ".effectiveDateTime",
          "missing: the date of the weight, needed when the input has more than one body weight");
    }
    return FhirValues.day(o.getEffectiveDateTimeType(), l.where() + ".effectiveDateTime");
  }

  /** The weight in kilograms: kg as given, g and [lb_av] converted. */
  private static BigDecimal kilograms(Observation o, String at) {
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the weight");
    }
    Quantity q = o.getValueQuantity();
    if (q.hasSystem() && !UCUM.equals(q.getSystem())) {
      throw new InvalidInputException(
          at + ".valueQuantity.system", "must be UCUM (" + UCUM + "), was " + q.getSystem());
    }
    @Nullable String unit = q.hasCode() ? q.getCode() : q.getUnit();
    BigDecimal value = q.getValue();
    if ("kg".equals(unit)) {
      return value;
    }
    BigDecimal kg;
    if ("g".equals(unit)) {
      kg = value.movePointLeft(3);
    } else if ("[lb_av]".equals(unit)) {
      kg = value.multiply(KG_PER_POUND);
    } else {
      throw new InvalidInputException(
          at + ".valueQuantity.code",
          unit == null
              ? "missing: the UCUM unit of the weight (kg, g or [lb_av])"
              : "must be UCUM kg, g or [lb_av] for a body weight, was \"" + unit + "\"");
    }
    kg = kg.setScale(Math.min(kg.scale(), DECIMALS), RoundingMode.HALF_UP).stripTrailingZeros();
    return kg.scale() < 0 ? kg.setScale(0) : kg;
  }

  /** The body-weight Observation of a weight in kilograms, as the writer writes it. */
  static Observation observation(BigDecimal kg, Reference patient) {
    Observation o = new Observation();
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs",
                null)));
    o.setCode(new CodeableConcept(new Coding(LOINC, LOINC_BODY_WEIGHT, "Body weight")));
    o.setSubject(patient);
    o.setValue(new Quantity().setValue(kg).setSystem(UCUM).setCode("kg").setUnit("kg"));
    return o;
  }
}

package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.ADMINISTERED_BY;
import static org.coveragepolicy.fhir.FhirCodes.DRUG_SOURCE_EXTENSION;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED;
import static org.coveragepolicy.fhir.FhirCodes.SUPERVISION_EXTENSION;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.code;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.enumCode;
import static org.coveragepolicy.fhir.internal.FhirValues.extensionCode;
import static org.coveragepolicy.fhir.internal.FhirValues.statusOf;
import static org.coveragepolicy.fhir.internal.FhirValues.wholeNumber;

import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.review.AdministrationRecord;
import org.hl7.fhir.r4.model.MedicationAdministration;

/** Maps a MedicationAdministration to an administration record of the medical record. */
final class AdministrationMapper {
  private AdministrationMapper() {}

  /** Reads an administration: signed when completed, unsigned when in progress. */
  static AdministrationRecord read(MedicationAdministration r, String at, Products products) {
    boolean signed =
        switch (statusOf(r.getStatus() == null ? null : r.getStatus().toCode(), at)) {
          case "completed" -> true;
          case "in-progress" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status",
                  "must be completed (a signed record) or in-progress (unsigned), was "
                      + r.getStatus().toCode());
        };
    if (!r.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the dose");
    }
    LocalDate date = day(r.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    Product product =
        products.product(
            r.hasMedicationCodeableConcept() ? r.getMedicationCodeableConcept() : null,
            at + ".medicationCodeableConcept");
    MedicationAdministration.MedicationAdministrationDosageComponent dosage = r.getDosage();
    int dose = wholeNumber(r.hasDosage() && dosage.hasDose() ? dosage.getDose() : null, "mg",
        at + ".dosage.dose");
    if (!dosage.hasRoute()) {
      throw new InvalidInputException(at + ".dosage.route", "missing: the route (SNOMED CT)");
    }
    String routeCode = code(dosage.getRoute(), SNOMED, at + ".dosage.route");
    Route route = Terminology.ROUTE_SNOMED.get(routeCode);
    if (route == null) {
      throw new InvalidInputException(
          at + ".dosage.route",
          "SNOMED CT " + routeCode + " is not a route this policy knows "
              + Terminology.ROUTE_SNOMED.keySet());
    }
    if (r.getPerformer().size() != 1) {
      throw new InvalidInputException(
          at + ".performer", "expected exactly one performer, found " + r.getPerformer().size());
    }
    AdministeredBy by =
        enumCode(
            AdministeredBy.class,
            code(r.getPerformerFirstRep().getFunction(), ADMINISTERED_BY, at + ".performer[0].function"),
            at + ".performer[0].function");
    Administration.Builder a =
        Administration.builder()
            .date(date)
            .product(product)
            .doseMg(dose)
            .route(route)
            .administeredBy(by)
            .drugSource(
                enumCode(
                    DrugSource.class,
                    extensionCode(r.getExtensionByUrl(DRUG_SOURCE_EXTENSION), at, "drug-source")
                        .orElseThrow(
                            () ->
                                new InvalidInputException(
                                    at + ".extension[drug-source]",
                                    "missing: PRACTICE_PURCHASED or PATIENT_SUPPLIED")),
                    at + ".extension[drug-source]"));
    extensionCode(r.getExtensionByUrl(SUPERVISION_EXTENSION), at, "supervision")
        .ifPresent(s -> a.supervision(enumCode(Supervision.class, s, at + ".extension[supervision]")));
    Administration administration = build(a::build, at);
    return AdministrationRecord.of(administration, signed);
  }
}

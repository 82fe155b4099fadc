package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.HCPCS;
import static org.coveragepolicy.fhir.FhirCodes.ICD10CM;
import static org.coveragepolicy.fhir.FhirCodes.NDC;
import static org.coveragepolicy.fhir.FhirCodes.PLACE_OF_SERVICE;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.code;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.wholeNumber;

import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.hl7.fhir.r4.model.Claim;

/** Maps a Claim of one item to the claim line, its HCPCS code checked against a drug catalog. */
final class ClaimMapper {
  private ClaimMapper() {}

  /** Reads the claim line of a Claim of one item. */
  static ClaimLine read(Claim claim, String where, DrugCatalog catalog) {
    if (claim.getItem().size() != 1) {
      throw new InvalidInputException(
          where + ".item", "expected exactly one line, found " + claim.getItem().size());
    }
    Claim.ItemComponent item = claim.getItemFirstRep();
    String at = where + ".item[0]";
    Hcpcs hcpcs =
        build(() -> Hcpcs.parse(code(item.getProductOrService(), HCPCS, at + ".productOrService")),
            at + ".productOrService");
    if (!catalog.hcpcsCodes().contains(hcpcs)) {
      throw new InvalidInputException(
          at + ".productOrService",
          "HCPCS " + hcpcs + " is not in the drug catalog " + catalog.hcpcsCodes());
    }
    ClaimLine.Builder line = ClaimLine.builder().hcpcs(hcpcs);
    line.units(wholeNumber(item.hasQuantity() ? item.getQuantity() : null, null, at + ".quantity"));
    for (int i = 0; i < item.getModifier().size(); i++) {
      String path = at + ".modifier[" + i + "]";
      String code = code(item.getModifier().get(i), HCPCS, path);
      line.addModifiers(build(() -> Modifier.parse(code), path));
    }
    if (!item.hasServicedDateType()) {
      throw new InvalidInputException(at + ".servicedDate", "missing: the date of service");
    }
    line.dateOfService(day(item.getServicedDateType(), at + ".servicedDate"));
    if (!item.hasLocationCodeableConcept()) {
      throw new InvalidInputException(
          at + ".locationCodeableConcept", "missing: the place of service");
    }
    String pos = code(item.getLocationCodeableConcept(), PLACE_OF_SERVICE, at
        + ".locationCodeableConcept");
    line.placeOfService(build(() -> PlaceOfService.parse(pos), at + ".locationCodeableConcept"));
    if (item.getDetail().size() > 1) {
      throw new InvalidInputException(at + ".detail", "at most one NDC detail, found "
          + item.getDetail().size());
    }
    if (item.hasDetail()) {
      String path = at + ".detail[0].productOrService";
      String ndc = code(item.getDetailFirstRep().getProductOrService(), NDC, path);
      line.ndc(build(() -> Ndc.parse(ndc), path));
    }
    List<Claim.DiagnosisComponent> diagnoses = new ArrayList<>(claim.getDiagnosis());
    diagnoses.sort((a, b) -> Integer.compare(a.getSequence(), b.getSequence()));
    for (Claim.DiagnosisComponent d : diagnoses) {
      String path = where + ".diagnosis[" + claim.getDiagnosis().indexOf(d) + "]";
      if (!d.hasDiagnosisCodeableConcept()) {
        throw new InvalidInputException(
            path + ".diagnosisCodeableConcept", "missing: an ICD-10-CM code (references are not read)");
      }
      String code = code(d.getDiagnosisCodeableConcept(), ICD10CM, path + ".diagnosisCodeableConcept");
      line.addDiagnosisCodes(build(() -> Icd10Code.parse(code), path + ".diagnosisCodeableConcept"));
    }
    return build(line::build, where);
  }
}

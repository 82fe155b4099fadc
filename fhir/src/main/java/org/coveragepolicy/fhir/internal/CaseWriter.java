package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.ADMINISTERED_BY;
import static org.coveragepolicy.fhir.FhirCodes.ADR;
import static org.coveragepolicy.fhir.FhirCodes.DIAGNOSTIC_SERVICE;
import static org.coveragepolicy.fhir.FhirCodes.DICOM;
import static org.coveragepolicy.fhir.FhirCodes.DRUG_SOURCE_EXTENSION;
import static org.coveragepolicy.fhir.FhirCodes.EDITION;
import static org.coveragepolicy.fhir.FhirCodes.HCPCS;
import static org.coveragepolicy.fhir.FhirCodes.ICD10CM;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_FINDING;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_MODALITY;
import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PREGNANCY_STATUS;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PROGRESS_NOTE;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_TSCORE_FEMUR;
import static org.coveragepolicy.fhir.FhirCodes.NDC;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.PLACE_OF_SERVICE;
import static org.coveragepolicy.fhir.FhirCodes.PRODUCT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.FhirCodes.RXNORM;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_NOT_PREGNANT;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_PREGNANT;
import static org.coveragepolicy.fhir.FhirCodes.SUPERVISION_EXTENSION;
import static org.coveragepolicy.fhir.FhirCodes.UCUM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a review case as a FHIR R4 Bundle that {@link CaseReader} reads back to an equal case.
 * Resource IDs are derived from positions ({@code note-2-dx-0}), so the same case always gives the
 * same Bundle.
 */
public final class CaseWriter {
  private static final Reference PATIENT = new Reference("Patient/patient");

  private final List<Resource> resources = new ArrayList<>();

  private CaseWriter() {}

  /**
   * Writes a case as a collection Bundle.
   *
   * @param reviewCase the case
   * @return the bundle
   */
  public static Bundle write(ReviewCase reviewCase) {
    CaseWriter w = new CaseWriter();
    w.patient(reviewCase);
    w.claim(reviewCase.claim());
    w.record(reviewCase.record());
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.getIdentifier().setSystem(org.coveragepolicy.fhir.FhirCodes.BASE + "case-id");
    bundle.getIdentifier().setValue(reviewCase.id());
    if (reviewCase.edition().isPresent()) { // else the policy of the product given chooses
      bundle.getMeta().addTag(EDITION, reviewCase.edition().get().name(), null);
    }
    for (Resource r : w.resources) {
      bundle.addEntry().setResource(r);
    }
    return bundle;
  }

  private <T extends Resource> T add(T resource, String id) {
    resource.setId(id);
    resources.add(resource);
    return resource;
  }

  private static DateType date(LocalDate d) {
    return new DateType(d.toString());
  }

  private static DateTimeType dateTime(LocalDate d) {
    return new DateTimeType(d.toString());
  }

  private static CodeableConcept concept(String system, String code) {
    return new CodeableConcept(new Coding(system, code, null));
  }

  private static Quantity quantity(BigDecimal value, String unit) {
    return new Quantity().setValue(value).setSystem(UCUM).setCode(unit).setUnit(unit);
  }

  private void patient(ReviewCase c) {
    org.hl7.fhir.r4.model.Patient p = add(new org.hl7.fhir.r4.model.Patient(), "patient");
    p.setGender(c.patient().sex() == Sex.FEMALE ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
    p.setBirthDateElement(date(c.patient().birthDate()));
    c.patient()
        .weightKg()
        .ifPresent(kg -> add(BodyWeight.observation(kg, PATIENT), "patient-weight"));
  }

  private void claim(ClaimLine line) {
    Claim claim = add(new Claim(), "claim");
    claim.setStatus(Claim.ClaimStatus.ACTIVE);
    claim.setType(
        concept("http://terminology.hl7.org/CodeSystem/claim-type", "professional"));
    claim.setUse(Claim.Use.CLAIM);
    claim.setPatient(PATIENT);
    claim.setCreatedElement(dateTime(line.dateOfService()));
    claim.setProvider(new Reference().setDisplay("billing practice"));
    claim.setPriority(concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal"));
    claim.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference().setDisplay("Medicare Part B"));
    List<Icd10Code> codes = line.diagnosisCodes();
    for (int i = 0; i < codes.size(); i++) {
      claim.addDiagnosis()
          .setSequence(i + 1)
          .setDiagnosis(concept(ICD10CM, codes.get(i).render()));
    }
    Claim.ItemComponent item = claim.addItem().setSequence(1);
    item.setProductOrService(concept(HCPCS, line.hcpcs().code()));
    item.setQuantity(new Quantity().setValue(line.units()));
    for (Modifier m : line.modifiers()) {
      item.addModifier(concept(HCPCS, m.code()));
    }
    item.setServiced(date(line.dateOfService()));
    item.setLocation(concept(PLACE_OF_SERVICE, line.placeOfService().code()));
    line.ndc()
        .ifPresent(n -> item.addDetail().setSequence(1).setProductOrService(concept(NDC, n.render())));
  }

  private void record(MedicalRecord record) {
    record.requestedOn().ifPresent(d -> {
      CommunicationRequest r = add(new CommunicationRequest(), "record-request");
      r.setStatus(CommunicationRequest.CommunicationRequestStatus.ACTIVE);
      r.addCategory(concept(ADR, Terminology.ADR_CODE));
      r.setSubject(PATIENT);
      r.setAuthoredOnElement(dateTime(d));
    });
    record.receivedOn().ifPresent(d -> {
      Communication r = add(new Communication(), "record-response");
      r.setStatus(Communication.CommunicationStatus.COMPLETED);
      r.setSubject(PATIENT);
      r.setReceivedElement(dateTime(d));
    });
    List<Document> documents = record.documents();
    for (int k = 0; k < documents.size(); k++) {
      Document d = documents.get(k);
      if (d instanceof Order o) {
        order(o, "order-" + k);
      } else if (d instanceof ProgressNote n) {
        note(n, "note-" + k);
      } else if (d instanceof ImagingReport i) {
        imaging(i, "imaging-" + k);
      } else if (d instanceof LabReport l) {
        lab(l, "lab-" + k);
      } else if (d instanceof AdministrationRecord a) {
        administration(a, "administration-" + k);
      } else {
        throw new IllegalArgumentException("record.documents[" + k + "]: unknown kind " + d.kind());
      }
    }
  }

  private static CodeableConcept product(Product p) {
    return concept(PRODUCT, p.name());
  }

  private void order(Order o, String id) {
    MedicationRequest r = add(new MedicationRequest(), id);
    r.setStatus(
        o.signed()
            ? MedicationRequest.MedicationRequestStatus.ACTIVE
            : MedicationRequest.MedicationRequestStatus.DRAFT);
    r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    r.setMedication(product(o.product()));
    r.setSubject(PATIENT);
    r.setAuthoredOnElement(dateTime(o.date()));
    r.addDosageInstruction().addDoseAndRate().setDose(quantity(BigDecimal.valueOf(o.doseMg()), "mg"));
  }

  private void note(ProgressNote n, String id) {
    Composition c = add(new Composition(), id);
    c.setStatus(
        n.signed()
            ? Composition.CompositionStatus.FINAL
            : Composition.CompositionStatus.PRELIMINARY);
    c.setType(concept(LOINC, LOINC_PROGRESS_NOTE));
    c.setSubject(PATIENT);
    c.setDateElement(dateTime(n.date()));
    c.addAuthor().setDisplay("treating practitioner");
    c.setTitle("Progress note");
    Composition.SectionComponent section = c.addSection().setTitle("Assessment and plan");
    List<Icd10Code> dx = n.diagnoses();
    for (int j = 0; j < dx.size(); j++) {
      Condition cond = add(new Condition(), id + "-dx-" + j);
      cond.setClinicalStatus(
          concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"));
      cond.setVerificationStatus(
          concept(
              "http://terminology.hl7.org/CodeSystem/condition-ver-status",
              n.signed() ? "confirmed" : "provisional"));
      cond.setCode(concept(ICD10CM, dx.get(j).render()));
      cond.setSubject(PATIENT);
      cond.setRecordedDateElement(dateTime(n.date()));
      section.addEntry(new Reference(id + "-dx-" + j).setReference("Condition/" + id + "-dx-" + j));
    }
    int j = 0;
    for (Map.Entry<NoteStatement, Boolean> s : n.statements().entrySet()) {
      Observation o = noteObservation(n, id + "-st-" + j);
      if (s.getKey().equals(Terminology.PREGNANCY_STATUS)) {
        o.setCode(concept(LOINC, LOINC_PREGNANCY_STATUS));
        o.setValue(concept(SNOMED, s.getValue() ? SNOMED_PREGNANT : SNOMED_NOT_PREGNANT));
      } else {
        o.setCode(concept(NOTE_STATEMENT, Terminology.statementCode(s.getKey())));
        o.setValue(new BooleanType(s.getValue()));
      }
      section.addEntry(new Reference("Observation/" + id + "-st-" + j));
      j++;
    }
    j = 0;
    for (RiskFactor f : n.riskFactors()) {
      Observation o = noteObservation(n, id + "-rf-" + j);
      o.setCode(concept(RISK_FACTOR, f.name()));
      o.setValue(new BooleanType(true));
      section.addEntry(new Reference("Observation/" + id + "-rf-" + j));
      j++;
    }
    List<Therapy> therapies = n.therapies();
    for (j = 0; j < therapies.size(); j++) {
      Therapy t = therapies.get(j);
      MedicationStatement m = add(new MedicationStatement(), id + "-tx-" + j);
      m.setStatus(
          t.end().isPresent()
              ? MedicationStatement.MedicationStatementStatus.COMPLETED
              : MedicationStatement.MedicationStatementStatus.ACTIVE);
      m.setMedication(
          concept(
              RXNORM,
              Terminology.rxNorm(t.kind())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no RxNorm ingredient codes the therapy kind " + t.kind()))));
      m.setSubject(PATIENT);
      m.setDateAssertedElement(dateTime(n.date()));
      Period p = new Period().setStartElement(dateTime(t.start()));
      t.end().ifPresent(e -> p.setEndElement(dateTime(e)));
      m.setEffective(p);
      Dosage dosage = new Dosage();
      t.doseMgPerDay().ifPresent(v -> dosage.addDoseAndRate().setDose(quantity(v, Terminology.MG_PER_DAY)));
      t.expectedMonths()
          .ifPresent(
              months ->
                  dosage.getTiming().getRepeat().setBounds(
                      (Duration) new Duration().setValue(months).setSystem(UCUM).setCode("mo").setUnit("mo")));
      if (!dosage.isEmpty()) {
        m.addDosage(dosage);
      }
      section.addEntry(new Reference("MedicationStatement/" + id + "-tx-" + j));
    }
  }

  private Observation noteObservation(ProgressNote n, String id) {
    Observation o = add(new Observation(), id);
    o.setStatus(
        n.signed() ? Observation.ObservationStatus.FINAL : Observation.ObservationStatus.PRELIMINARY);
    o.setSubject(PATIENT);
    o.setEffective(dateTime(n.date()));
    return o;
  }

  private void imaging(ImagingReport i, String id) {
    DiagnosticReport d = add(new DiagnosticReport(), id);
    d.setStatus(
        i.signed()
            ? DiagnosticReport.DiagnosticReportStatus.FINAL
            : DiagnosticReport.DiagnosticReportStatus.PRELIMINARY);
    d.addCategory(concept(DIAGNOSTIC_SERVICE, "RAD"));
    d.setCode(concept(LOINC, Terminology.LOINC_IMAGING_STUDY));
    d.setSubject(PATIENT);
    d.setEffective(dateTime(i.date()));
    String dicom = Terminology.DICOM_WRITTEN.get(i.modality());
    if (dicom == null) {
      d.getCode().addCoding(new Coding(IMAGING_MODALITY, i.modality().name(), null));
    } else {
      ImagingStudy s = add(new ImagingStudy(), id + "-study");
      s.setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
      s.setSubject(PATIENT);
      s.addModality(new Coding(DICOM, dicom, null));
      d.addImagingStudy(new Reference("ImagingStudy/" + id + "-study"));
    }
    i.tScore()
        .ifPresent(
            t -> {
              Observation o = add(new Observation(), id + "-tscore");
              o.setStatus(
                  i.signed()
                      ? Observation.ObservationStatus.FINAL
                      : Observation.ObservationStatus.PRELIMINARY);
              o.setCode(concept(LOINC, LOINC_TSCORE_FEMUR));
              o.setSubject(PATIENT);
              o.setEffective(dateTime(i.date()));
              o.setValue(new Quantity().setValue(t));
              d.addResult(new Reference("Observation/" + id + "-tscore"));
            });
    for (ImagingFinding f : i.findings()) {
      d.addConclusionCode(concept(IMAGING_FINDING, f.name()));
    }
  }

  private void lab(LabReport l, String id) {
    DiagnosticReport d = add(new DiagnosticReport(), id);
    d.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    d.addCategory(concept(DIAGNOSTIC_SERVICE, "LAB"));
    d.setCode(new CodeableConcept().setText("Laboratory report"));
    d.setSubject(PATIENT);
    d.setEffective(dateTime(l.date()));
    List<LabResult> results = l.results();
    for (int j = 0; j < results.size(); j++) {
      LabResult r = results.get(j);
      Observation o = add(new Observation(), id + "-" + j);
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.setCode(concept(LOINC, java.util.Objects.requireNonNull(Terminology.LAB_LOINC_WRITTEN.get(r.test()))));
      o.setSubject(PATIENT);
      o.setEffective(dateTime(r.date()));
      o.setValue(quantity(r.value(), java.util.Objects.requireNonNull(Terminology.LAB_UNIT.get(r.test()))));
      d.addResult(new Reference("Observation/" + id + "-" + j));
    }
    // results by LOINC code: LOINC in, LOINC out, with the unit given
    for (int k = 0; k < l.values().size(); k++) {
      LabValue v = l.values().get(k);
      String oid = id + "-" + (results.size() + k);
      Observation o = add(new Observation(), oid);
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.setCode(concept(LOINC, v.code().loinc()));
      o.setSubject(PATIENT);
      o.setEffective(dateTime(v.date()));
      o.setValue(quantity(v.value(), v.code().unit()));
      d.addResult(new Reference("Observation/" + oid));
    }
  }

  private void administration(AdministrationRecord record, String id) {
    Administration a = record.administration();
    MedicationAdministration m = add(new MedicationAdministration(), id);
    m.setStatus(record.signed() ? MedicationAdministration.MedicationAdministrationStatus.COMPLETED : MedicationAdministration.MedicationAdministrationStatus.INPROGRESS);
    m.setMedication(product(a.product()));
    m.setSubject(PATIENT);
    m.setEffective(dateTime(a.date()));
    m.addPerformer()
        .setFunction(concept(ADMINISTERED_BY, a.administeredBy().name()))
        .setActor(new Reference().setDisplay(a.administeredBy().name().toLowerCase(java.util.Locale.ROOT)));
    m.getDosage()
        .setRoute(concept(SNOMED, java.util.Objects.requireNonNull(Terminology.ROUTE_SNOMED.inverse().get(a.route()))))
        .setDose((org.hl7.fhir.r4.model.SimpleQuantity)
            new org.hl7.fhir.r4.model.SimpleQuantity().setValue(a.doseMg()).setSystem(UCUM).setCode("mg").setUnit("mg"));
    a.supervision().ifPresent(s -> m.addExtension(SUPERVISION_EXTENSION, new CodeType(s.name())));
    m.addExtension(DRUG_SOURCE_EXTENSION, new CodeType(a.drugSource().name()));
  }
}

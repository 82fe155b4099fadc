package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.fhir.BundleResources.first;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * An EHR's record holds more than any policy reads (the order-time prefetch asks for all of a
 * patient's Conditions, DiagnosticReports and MedicationStatements): a Condition with no ICD-10-CM
 * code, a report of another diagnostic service than imaging and labs, an imaging report of a
 * modality no policy reads, and a medication without an RxNorm code count for nothing, on their own
 * or in a note, and the case reads as without them; of an imaging report, a conclusion in another
 * code system and a result that is not a T-score count for nothing; and so does what the record says
 * did not happen or is not so (entered in error, refuted, cancelled, not taken, not done). An
 * imaging report of several modalities, or of none but with a T-score, is read as the rules tell
 * imaging apart: DXA or not.
 */
class EhrRecordTest {
  private static final String DATE = Fixtures.DOS.minusDays(5).toString();

  /** The approved Prolia case's Bundle, with resources added on their own and to its note. */
  private static ReviewCase read(Resource... added) {
    Bundle b = BundleCases.toBundle(Baselines.approvedProlia());
    Composition note = first(b, Composition.class);
    for (Resource r : added) {
      String url = r.fhirType() + "/" + r.getIdElement().getIdPart();
      b.addEntry().setFullUrl(url).setResource(r);
      if (r.getIdElement().getIdPart().startsWith("in-note")) {
        note.getSectionFirstRep().addEntry(new Reference(url));
      }
    }
    return BundleCases.toCase(Fhir.toJson(b, false));
  }

  private static Condition snomedOnly(String id) {
    Condition c = new Condition();
    c.setId(id);
    c.setCode(new CodeableConcept(new Coding(FhirCodes.SNOMED, "38341003", "Hypertension")));
    c.setVerificationStatus(
        new CodeableConcept(
            new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", null)));
    c.setRecordedDateElement(new DateTimeType(DATE));
    return c;
  }

  @Test
  void aConditionWithoutAnIcd10CodeCountsForNothing() {
    assertThat(read(snomedOnly("alone"), snomedOnly("in-note"))).isEqualTo(Baselines.approvedProlia());
  }

  @Test
  void aReportOfAnotherDiagnosticServiceCountsForNothing() {
    Observation rate = new Observation();
    rate.setId("ecg-rate");
    rate.setStatus(Observation.ObservationStatus.FINAL);
    rate.getCode().addCoding(new Coding(FhirCodes.LOINC, "8867-4", "Heart rate"));
    rate.setValue(new Quantity().setValue(72).setSystem(FhirCodes.UCUM).setCode("/min"));
    DiagnosticReport ecg = new DiagnosticReport();
    ecg.setId("ecg");
    ecg.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    ecg.addCategory(new CodeableConcept(new Coding(FhirCodes.DIAGNOSTIC_SERVICE, "EC", null)));
    ecg.setEffective(new DateTimeType(DATE));
    ecg.addResult(new Reference("Observation/ecg-rate"));

    assertThat(read(rate, ecg)).isEqualTo(Baselines.approvedProlia());
  }

  @Test
  void aReportInBothImagingAndLabsIsInvalidAtItsCategory() {
    DiagnosticReport both = new DiagnosticReport();
    both.setId("both");
    both.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    both.addCategory(new CodeableConcept(new Coding(FhirCodes.DIAGNOSTIC_SERVICE, "RAD", null)));
    both.addCategory(new CodeableConcept(new Coding(FhirCodes.DIAGNOSTIC_SERVICE, "LAB", null)));
    both.setEffective(new DateTimeType(DATE));

    assertThatThrownBy(() -> read(both))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("category")
        .hasMessageContaining("both RAD and LAB");
  }

  @Test
  void aMedicationWithoutAnRxNormCodeCountsForNothing() {
    MedicationStatement byReference = new MedicationStatement();
    byReference.setId("in-note-medication");
    byReference.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    byReference.setMedication(new Reference("Medication/unknown"));
    byReference.setDateAssertedElement(new DateTimeType(DATE));
    MedicationStatement ndcOnly = byReference.copy();
    ndcOnly.setId("ndc-only");
    ndcOnly.setMedication(new CodeableConcept(new Coding(FhirCodes.NDC, "0093-7212-56", null)));

    assertThat(read(byReference, ndcOnly)).isEqualTo(Baselines.approvedProlia());
  }

  /** A radiology report of its studies, final, dated {@link #DATE}. */
  private static DiagnosticReport radiology(String id, ImagingStudy study) {
    DiagnosticReport d = new DiagnosticReport();
    d.setId(id);
    d.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    d.addCategory(new CodeableConcept(new Coding(FhirCodes.DIAGNOSTIC_SERVICE, "RAD", null)));
    d.setEffective(new DateTimeType(DATE));
    d.addImagingStudy(new Reference("ImagingStudy/" + study.getIdElement().getIdPart()));
    return d;
  }

  private static ImagingStudy study(String id, String dicomModality) {
    ImagingStudy s = new ImagingStudy();
    s.setId(id);
    s.setStatus(ImagingStudy.ImagingStudyStatus.AVAILABLE);
    s.addModality(new Coding(FhirCodes.DICOM, dicomModality, null));
    return s;
  }

  @Test
  void anImagingReportOfAModalityNoPolicyReadsCountsForNothing() {
    ImagingStudy ultrasound = study("us-study", "US");
    assertThat(read(ultrasound, radiology("us", ultrasound))).isEqualTo(Baselines.approvedProlia());
  }

  /** A CT report's SNOMED CT conclusion and its measurement are none a policy reads; the CT counts. */
  @Test
  void anImagingReportKeepsOnlyWhatAPolicyReads() {
    ImagingStudy ct = study("ct-study", "CT");
    Observation size = new Observation();
    size.setId("lesion-size");
    size.setStatus(Observation.ObservationStatus.FINAL);
    size.getCode().addCoding(new Coding(FhirCodes.LOINC, "21889-1", "Size Tumor"));
    size.setValue(new Quantity().setValue(12).setSystem(FhirCodes.UCUM).setCode("mm"));
    DiagnosticReport report = radiology("ct", ct);
    report.addResult(new Reference("Observation/lesion-size"));
    report.addConclusionCode(new CodeableConcept(new Coding(FhirCodes.SNOMED, "255299009", "Benign")));

    ReviewCase c = read(ct, size, report);

    List<ImagingReport> cts =
        c.record().documents().stream()
            .filter(ImagingReport.class::isInstance)
            .map(ImagingReport.class::cast)
            .filter(i -> i.modality() == ImagingModality.CT)
            .collect(Collectors.toList());
    assertThat(cts).singleElement().satisfies(i -> {
      assertThat(i.findings()).isEmpty();
      assertThat(i.tScore()).isEmpty();
      assertThat(i.date()).hasToString(DATE);
    });
    assertThat(c.record().documents()).hasSize(Baselines.approvedProlia().record().documents().size() + 1);
  }

  /**
   * What the record says did not happen or is not so counts for nothing: a refuted diagnosis (on
   * its own and in the note), a calcium entered in error, a calcium registered with no result yet,
   * a cancelled report, alendronate not taken, a Prolia dose not done.
   */
  @Test
  void whatDidNotHappenOrIsNotSoCountsForNothing() {
    Bundle b = BundleCases.toBundle(Baselines.approvedProlia());
    Condition refuted = snomedOnly("refuted");
    refuted.setCode(new CodeableConcept(new Coding(FhirCodes.ICD10CM, "C50.911", null)));
    refuted.getVerificationStatus().getCodingFirstRep().setCode("refuted");
    Condition refutedInNote = refuted.copy();
    refutedInNote.setId("in-note-refuted");
    Observation calcium = new Observation();
    calcium.setId("calcium-in-error");
    calcium.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    calcium.getCode().addCoding(new Coding(FhirCodes.LOINC, "17861-6", null));
    calcium.setValue(new Quantity().setValue(7.1).setSystem(FhirCodes.UCUM).setCode("mg/dL"));
    calcium.setEffective(new DateTimeType(DATE));
    DiagnosticReport cancelled = new DiagnosticReport();
    cancelled.setId("cancelled");
    cancelled.setStatus(DiagnosticReport.DiagnosticReportStatus.CANCELLED);
    cancelled.addCategory(new CodeableConcept(new Coding(FhirCodes.DIAGNOSTIC_SERVICE, "LAB", null)));
    MedicationStatement notTaken = new MedicationStatement();
    notTaken.setId("in-note-not-taken");
    notTaken.setStatus(MedicationStatement.MedicationStatementStatus.NOTTAKEN);
    notTaken.setMedication(new CodeableConcept(new Coding(FhirCodes.RXNORM, "46041", null)));
    notTaken.setDateAssertedElement(new DateTimeType(DATE));
    MedicationAdministration notDone = first(b, MedicationAdministration.class).copy();
    notDone.setId("not-done");
    notDone.setStatus(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
    notDone.setEffective(new DateTimeType(Fixtures.DOS.minusMonths(2).toString()));

    Observation registered = calcium.copy();
    registered.setId("calcium-registered");
    registered.setStatus(Observation.ObservationStatus.REGISTERED);
    registered.setValue(null);

    assertThat(read(refuted, refutedInNote, calcium, cancelled, notTaken, notDone, registered))
        .isEqualTo(Baselines.approvedProlia());
  }

  private static Observation tScore(String id) {
    Observation t = new Observation();
    t.setId(id);
    t.setStatus(Observation.ObservationStatus.FINAL);
    t.getCode().addCoding(new Coding(FhirCodes.LOINC, "38267-1", null));
    t.setValue(new Quantity().setValue(-2.7));
    return t;
  }

  /** The imaging reports of a case dated {@link #DATE}: those the test added. */
  private static List<ImagingReport> added(ReviewCase c) {
    return c.record().documents().stream()
        .filter(ImagingReport.class::isInstance)
        .map(ImagingReport.class::cast)
        .filter(i -> i.date().toString().equals(DATE))
        .collect(Collectors.toList());
  }

  /** A PET/CT is one report; the rules tell DXA from other imaging, so it reads as the first shown. */
  @Test
  void aReportOfSeveralModalitiesReadsAsTheFirstShown() {
    ImagingStudy petCt = study("pet-ct", "PT");
    petCt.addModality(new Coding(FhirCodes.DICOM, "CT", null));

    assertThat(added(read(petCt, radiology("pet-ct-report", petCt))))
        .singleElement()
        .satisfies(i -> assertThat(i.modality()).isEqualTo(ImagingModality.PET));
  }

  /** A DXA with a spine radiograph (vertebral fracture assessment) is a DXA, with its T-score. */
  @Test
  void aReportOfADxaAndAnotherModalityIsADxa() {
    ImagingStudy vfa = study("vfa", "DX");
    vfa.addModality(new Coding(FhirCodes.DICOM, "BMD", null));
    DiagnosticReport report = radiology("vfa-report", vfa);
    report.addResult(new Reference("Observation/vfa-t"));

    assertThat(added(read(tScore("vfa-t"), vfa, report)))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.modality()).isEqualTo(ImagingModality.DXA);
              assertThat(i.tScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("-2.7"));
            });
  }

  /** A report with no study but a T-score result is a DXA; with neither it is still an error. */
  @Test
  void aReportWithoutAStudyIsADxaByItsTScore() {
    DiagnosticReport report = radiology("dxa-report", study("unused", "BMD"));
    report.getImagingStudy().clear();
    report.addResult(new Reference("Observation/dxa-t"));

    assertThat(added(read(tScore("dxa-t"), report)))
        .singleElement()
        .satisfies(i -> assertThat(i.modality()).isEqualTo(ImagingModality.DXA));

    DiagnosticReport unknown = radiology("unknown", study("unused", "BMD"));
    unknown.getImagingStudy().clear();
    assertThatThrownBy(() -> read(unknown))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("imagingStudy: missing: the modality");
  }
}

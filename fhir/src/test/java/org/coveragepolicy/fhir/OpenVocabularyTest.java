package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.junit.jupiter.api.Test;

/**
 * The FHIR mapping of the open vocabulary: statements, risk factors, therapy kinds and imaging
 * findings are read by name and checked against the case's policy (here denosumab), which must
 * declare each; a statement's code is its name in upper snake case.
 */
class OpenVocabularyTest {
  /** The Prolia case with its progress note and imaging report changed. */
  private static ReviewCase withDocuments(
      UnaryOperator<ProgressNote> note, UnaryOperator<ImagingReport> imaging) {
    ReviewCase base = Baselines.approvedProlia();
    List<Document> docs = new ArrayList<>();
    for (Document d : base.record().documents()) {
      if (d instanceof ProgressNote n) {
        docs.add(note.apply(n));
      } else if (d instanceof ImagingReport i) {
        docs.add(imaging.apply(i));
      } else {
        docs.add(d);
      }
    }
    return ReviewCase.builder()
        .from(base)
        .record(MedicalRecord.builder().from(base.record()).documents(docs).build())
        .build();
  }

  private static InvalidInputException invalid(ReviewCase c) {
    return InvalidBundles.invalid(Fhir.toJson(BundleCases.toBundle(c), false));
  }

  @Test
  void aStatementIsWrittenAndReadByItsNameInUpperSnakeCase() {
    ReviewCase c = Baselines.approvedProlia();
    String json = Fhir.toJson(BundleCases.toBundle(c), false);
    assertThat(json).contains("\"POSTMENOPAUSAL\"");
    assertThat(BundleCases.toCase(json)).isEqualTo(c);
  }

  @Test
  void aStatementThePolicyDoesNotDeclareIsInvalidAtItsObservation() {
    InvalidInputException e =
        invalid(
            withDocuments(
                n ->
                    ProgressNote.builder()
                        .from(n)
                        .putStatements(NoteStatement.of("oralIronIntolerance"), true)
                        .build(),
                i -> i));
    assertThat(e.path()).startsWith("Bundle.entry[").endsWith("Observation.code");
    assertThat(e.problem())
        .isEqualTo("not a statement of the DENOSUMAB policy, was ORAL_IRON_INTOLERANCE");
  }

  @Test
  void aRiskFactorThePolicyDoesNotDeclareIsInvalidAtItsObservation() {
    InvalidInputException e =
        invalid(
            withDocuments(
                n -> ProgressNote.builder().from(n).addRiskFactors(RiskFactor.of("LOW_FERRITIN")).build(),
                i -> i));
    assertThat(e.path()).startsWith("Bundle.entry[").endsWith("Observation.code");
    assertThat(e.problem()).isEqualTo("not a risk factor of the DENOSUMAB policy, was LOW_FERRITIN");
  }

  @Test
  void anImagingFindingThePolicyDoesNotDeclareIsInvalidAtItsReport() {
    InvalidInputException e =
        invalid(
            withDocuments(
                n -> n,
                i -> ImagingReport.builder().from(i).addFindings(ImagingFinding.of("IRON_OVERLOAD")).build()));
    assertThat(e.path()).startsWith("Bundle.entry[").endsWith("DiagnosticReport.conclusionCode");
    assertThat(e.problem())
        .isEqualTo("not an imaging finding of the DENOSUMAB policy, was IRON_OVERLOAD");
  }

  @Test
  void aTherapyIngredientNoPolicyCodesIsInvalidAtItsMedication() {
    Bundle b = BundleCases.toBundle(Baselines.approvedProlia());
    b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(MedicationStatement.class::isInstance)
        .map(MedicationStatement.class::cast)
        .findFirst()
        .orElseThrow()
        .getMedicationCodeableConcept()
        .getCodingFirstRep()
        .setCode("4450"); // ferrous sulfate: no built-in policy codes it
    assertThatThrownBy(() -> BundleCases.toCase(Fhir.toJson(b, false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("medicationCodeableConcept")
        .hasMessageContaining("RxNorm 4450 is not an ingredient of a therapy this policy reads");
  }

  @Test
  void aTherapyKindNoPolicyCodesCannotBeWritten() {
    ReviewCase c =
        withDocuments(
            n ->
                ProgressNote.builder()
                    .from(n)
                    .addTherapies(
                        Therapy.builder()
                            .kind(TherapyKind.of("ORAL_IRON"))
                            .start(Fixtures.DOS.minusMonths(2))
                            .build())
                    .build(),
            i -> i);
    assertThatThrownBy(() -> BundleCases.toBundle(c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORAL_IRON");
  }
}

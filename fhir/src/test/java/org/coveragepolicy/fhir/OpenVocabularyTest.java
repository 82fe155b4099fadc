package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.fhir.BundleResources.first;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The FHIR mapping of the open vocabulary: statements, risk factors, therapy kinds and imaging
 * findings are read by name; what the case's policy (here denosumab) does not declare counts for
 * nothing, and a name of the library's own code systems that no policy declares is invalid; a
 * statement's code is its name in upper snake case.
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

  /**
   * A medication no policy codes (an EHR sends all of a patient's) counts for nothing: in a note it
   * adds no therapy, on its own it starts no note.
   */
  @Test
  void aMedicationNoPolicyCodesCountsForNothing() {
    ReviewCase c = Baselines.approvedProlia();
    Bundle b = BundleCases.toBundle(c);
    MedicationStatement held = first(b, MedicationStatement.class);
    MedicationStatement inNote = held.copy();
    inNote.setId("ferrous-sulfate");
    inNote.getMedicationCodeableConcept().getCodingFirstRep().setCode("4450"); // ferrous sulfate
    MedicationStatement alone = held.copy();
    alone.setId("metformin");
    alone.getMedicationCodeableConcept().getCodingFirstRep().setCode("6809"); // metformin
    alone.setDateAssertedElement(new DateTimeType(Fixtures.DOS.minusDays(3).toString()));
    b.addEntry().setFullUrl("MedicationStatement/ferrous-sulfate").setResource(inNote);
    b.addEntry().setFullUrl("MedicationStatement/metformin").setResource(alone);
    first(b, Composition.class)
        .getSectionFirstRep()
        .addEntry(new Reference("MedicationStatement/ferrous-sulfate"));

    assertThat(BundleCases.toCase(Fhir.toJson(b, false))).isEqualTo(c);
  }

  /**
   * A pregnancy status is a LOINC observation any record may hold: under a policy that does not
   * read it, it counts for nothing, where a name of the library's own code systems that no policy
   * declares is still invalid.
   */
  @Test
  void aPregnancyStatusThePolicyDoesNotReadCountsForNothing() {
    ReviewCase c = Baselines.approvedProlia();
    NoteStatement pregnant = NoteStatement.of("pregnant");
    assertThat(c.record().documents())
        .anyMatch(d -> d instanceof ProgressNote n && n.statements().containsKey(pregnant));
    ReviewCase without =
        withDocuments(
            n ->
                ProgressNote.builder()
                    .from(n)
                    .statements(Maps.filterKeys(n.statements(), s -> !s.equals(pregnant)))
                    .build(),
            i -> i);
    Bundle b = BundleCases.toBundle(c);
    assertThat(Fhir.toJson(b, false)).contains("\"82810-3\"");
    Policy withoutPregnancy =
        Policy.builder()
            .from(DenosumabPolicy.POLICY)
            .statements(
                DenosumabPolicy.POLICY.statements().stream()
                    .filter(s -> !s.equals(pregnant))
                    .collect(Collectors.toList()))
            .adverseStatements(List.of())
            .build();

    assertThat(BundleCases.toCase(b, Policies.of(withoutPregnancy))).isEqualTo(without).isNotEqualTo(c);
    assertThat(BundleCases.toCase(b)).isEqualTo(c);
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

package org.coveragepolicy.json;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.REMOVE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseReadingTest {

  private static InvalidCaseException invalid(String json) {
    return catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(json));
  }

  @Test
  void readsEveryFieldOfTheContractExample() {
    ReviewCase c = ReviewJson.readCase(APPROVED_CASE);

    assertThat(c.id()).isEqualTo("prolia-pmo-approved");
    assertThat(c.edition()).containsSame(DenosumabPolicy.NORIDIAN_JF_2026);
    assertThat(c.claim().dateOfService()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(c.claim().units()).isEqualTo(60);
    assertThat(c.claim().modifiers()).containsExactly(Modifier.JZ);
    assertThat(c.claim().ndc()).contains(Ndc.parse("55513-0710-01"));
    assertThat(c.claim().placeOfService().code()).isEqualTo("11");
    assertThat(c.claim().diagnosisCodes())
        .containsExactly(Icd10Code.parse("M81.0"), Icd10Code.parse("Z87.310"));
    assertThat(c.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(c.patient().birthDate()).isEqualTo(LocalDate.of(1948, 6, 12));
    assertThat(c.record().requestedOn()).contains(LocalDate.of(2025, 12, 1));
    assertThat(c.record().receivedOn()).contains(LocalDate.of(2025, 12, 20));
    assertThat(c.record().documents()).hasSize(5);

    Order order = (Order) c.record().documents().get(0);
    assertThat(order.signed()).isTrue();
    assertThat(order.product()).isEqualTo(DenosumabCatalog.PROLIA);
    assertThat(order.doseMg()).isEqualTo(60);

    ProgressNote note = (ProgressNote) c.record().documents().get(1);
    assertThat(note.statements()).containsExactlyEntriesOf(java.util.Map.of(BoneHealthTerms.POSTMENOPAUSAL, true));
    assertThat(note.riskFactors()).containsExactly(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE);
    assertThat(note.therapies()).singleElement()
        .satisfies(t -> {
          assertThat(t.kind()).isEqualTo(BoneHealthTerms.CALCIUM_VITAMIN_D);
          assertThat(t.end()).isEmpty();
        });

    ImagingReport imaging = (ImagingReport) c.record().documents().get(2);
    assertThat(imaging.modality()).isEqualTo(ImagingModality.DXA);
    assertThat(imaging.tScore()).contains(new BigDecimal("-2.9"));

    LabReport lab = (LabReport) c.record().documents().get(3);
    assertThat(lab.results()).singleElement()
        .satisfies(r -> {
          assertThat(r.test()).isEqualTo(LabTest.TOTAL_CALCIUM);
          assertThat(r.value()).isEqualByComparingTo("9.4");
          assertThat(r.date()).isEqualTo(LocalDate.of(2025, 10, 20));
        });

    AdministrationRecord admin = (AdministrationRecord) c.record().documents().get(4);
    assertThat(admin.administration().administeredBy()).isEqualTo(AdministeredBy.AUXILIARY_PERSONNEL);
    assertThat(admin.administration().supervision()).contains(Supervision.DIRECT);
    assertThat(admin.administration().date()).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  @Test
  void absentEditionIsLeftToThePolicyWhoseDefaultReviewsIt() {
    ReviewCase c = ReviewJson.readCase(with(APPROVED_CASE, "edition", REMOVE));
    assertThat(c.edition()).isEmpty();
    assertThat(ClaimReview.standard().review(c).edition()).isSameAs(DenosumabPolicy.DEFAULT);
  }

  @Test
  void otherEditionIsReadByName() {
    assertThat(ReviewJson.readCase(with(APPROVED_CASE, "edition", "FDA_LABEL_2024")).edition())
        .containsSame(DenosumabPolicy.FDA_LABEL_2024);
  }

  @Test
  void ndcWithoutDashesIsAccepted() {
    assertThat(ReviewJson.readCase(with(APPROVED_CASE, "claim.ndc", "55513071001")).claim().ndc())
        .contains(Ndc.parse("55513-0710-01"));
  }

  @Test
  void absentModifiersAreNone() {
    assertThat(ReviewJson.readCase(with(APPROVED_CASE, "claim.modifiers", REMOVE)).claim().modifiers())
        .isEmpty();
  }

  @Test
  void nullCountsAsAbsent() {
    assertThat(ReviewJson.readCase(with(APPROVED_CASE, "claim.ndc", null)).claim().ndc()).isEmpty();
  }

  @Test
  void absentSupervisionIsUndocumentedNotInvalid() {
    ReviewCase c = ReviewJson.readCase(with(APPROVED_CASE, "record.documents[4].supervision", REMOVE));
    assertThat(((AdministrationRecord) c.record().documents().get(4)).administration().supervision())
        .isEmpty();
  }

  @Test
  void emptyDocumentListIsValid() {
    assertThat(ReviewJson.readCase(with(APPROVED_CASE, "record.documents", List.of())).record().documents())
        .isEmpty();
  }

  @Test
  void notYetRequestedRecordIsAPreSubmissionCheck() {
    String json = with(with(APPROVED_CASE, "record.requestedOn", REMOVE), "record.receivedOn", REMOVE);
    assertThat(ReviewJson.readCase(json).record().requestedOn()).isEmpty();
  }

  /** Each edit of the valid case, and the exact message it must give: path, problem, bad value. */
  static Stream<Arguments> invalidEdits() {
    return Stream.of(
        Arguments.of("record.documents[2].date", "2025-13-01",
            "record.documents[2].date: not a date (YYYY-MM-DD), was \"2025-13-01\""),
        Arguments.of("record.documents[2].date", "2025-02-30",
            "record.documents[2].date: not a date (YYYY-MM-DD), was \"2025-02-30\""),
        Arguments.of("claim.dateOfService", "11/03/2025",
            "claim.dateOfService: not a date (YYYY-MM-DD), was \"11/03/2025\""),
        Arguments.of("claim.dateOfService", 20251103,
            "claim.dateOfService: must be a string, was 20251103"),
        Arguments.of("claim.dateOfService", REMOVE, "claim.dateOfService: required"),
        Arguments.of("claim.units", 0, "claim.units: must be ≥ 1, was 0"),
        Arguments.of("claim.units", -60, "claim.units: must be ≥ 1, was -60"),
        Arguments.of("claim.units", "sixty", "claim.units: must be an integer, was \"sixty\""),
        Arguments.of("claim.units", 60.5, "claim.units: must be an integer, was 60.5"),
        Arguments.of("claim.units", 3_000_000_000L,
            "claim.units: must be ≤ 10000, was 3000000000"),
        Arguments.of("claim.units", REMOVE, "claim.units: required"),
        Arguments.of("claim.hcpcs", "J1234",
            "claim.hcpcs: not a HCPCS code of the catalog (J0897, Q5136, Q5157, Q5158, Q5159, Q5161, Q5162, J3111), was \"J1234\""),
        Arguments.of("claim.hcpcs", "prolia", "claim.hcpcs: not a HCPCS code: \"prolia\""),
        Arguments.of("claim.modifiers", "JZ", "claim.modifiers: must be an array, was \"JZ\""),
        Arguments.of("claim.modifiers[0]", "J",
            "claim.modifiers[0]: not a two-character modifier (letters or digits): \"J\""),
        Arguments.of("claim.ndc", "55513-710-01",
            "claim.ndc: not an 11-digit NDC (5-4-2 with dashes or 11 digits): \"55513-710-01\""),
        Arguments.of("claim.placeOfService", "00",
            "claim.placeOfService: not a two-digit place-of-service code (01-99): \"00\""),
        Arguments.of("claim.placeOfService", 11, "claim.placeOfService: must be a string, was 11"),
        Arguments.of("claim.diagnosisCodes[1]", "X",
            "claim.diagnosisCodes[1]: not a well-formed ICD-10-CM code: \"X\""),
        Arguments.of("claim.diagnosisCodes", List.of(),
            "claim.diagnosisCodes: must hold 1 to 12 codes, had 0"),
        Arguments.of("claim.diagnosisCodes", java.util.Collections.nCopies(13, "M81.0"),
            "claim.diagnosisCodes: must hold 1 to 12 codes, had more than 12"),
        Arguments.of("claim.foo", 1, "claim.foo: unknown field"),
        Arguments.of("claim", "J0897", "claim: must be an object, was \"J0897\""),
        Arguments.of("id", REMOVE, "id: required"),
        Arguments.of("id", " ", "id: must not be empty"),
        Arguments.of("id", 7, "id: must be a string, was 7"),
        Arguments.of("edition", "NORIDIAN",
            "edition: must be one of NORIDIAN_JF_2026, FDA_LABEL_2024, ROMOSOZUMAB_FDA_LABEL, was \"NORIDIAN\""),
        Arguments.of("beneficiary", true, "beneficiary: unknown field"),
        Arguments.of("patient.sex", "F", "patient.sex: must be one of FEMALE, MALE (value not shown)"),
        Arguments.of("patient.birthDate", REMOVE, "patient.birthDate: required"),
        Arguments.of("patient.birthDate", "2025-11-04",
            "patient.birthDate: must not be after claim.dateOfService"),
        Arguments.of("patient", REMOVE, "patient: required"),
        Arguments.of("record", REMOVE, "record: required"),
        Arguments.of("record.documents", REMOVE, "record.documents: required"),
        Arguments.of("record.requestedOn", REMOVE,
            "record.receivedOn: given without requestedOn, was 2025-12-20"),
        Arguments.of("record.receivedOn", "2025-11-30",
            "record.receivedOn: must not be before requestedOn 2025-12-01, was 2025-11-30"),
        Arguments.of("record.documents[0].kind", "MEMO",
            "record.documents[0].kind: must be one of ORDER, PROGRESS_NOTE, IMAGING_REPORT,"
                + " LAB_REPORT, ADMINISTRATION_RECORD, was \"MEMO\""),
        Arguments.of("record.documents[0].kind", REMOVE, "record.documents[0].kind: required"),
        Arguments.of("record.documents[0].signed", "yes",
            "record.documents[0].signed: must be true or false, was \"yes\""),
        Arguments.of("record.documents[0].signed", REMOVE, "record.documents[0].signed: required"),
        Arguments.of("record.documents[0].product", "Evenity",
            "record.documents[0].product: not a product name (upper snake case): \"Evenity\""),
        Arguments.of("record.documents[0].doseMg", 0, "record.documents[0].doseMg: must be ≥ 1, was 0"),
        Arguments.of("record.documents[0].modality", "DXA",
            "record.documents[0].modality: unknown field for a document of kind ORDER"),
        Arguments.of("record.documents[1].diagnoses[0]", "M8",
            "record.documents[1].diagnoses[0]: not a well-formed ICD-10-CM code: \"M8\""),
        Arguments.of("record.documents[1].postmenopausal", "true",
            "record.documents[1].postmenopausal: must be true or false, was \"true\""),
        Arguments.of("record.documents[1].riskFactors[0]", "FALLS",
            "record.documents[1].riskFactors[0]: not a risk factor of the DENOSUMAB policy,"
                + " was FALLS"),
        Arguments.of("record.documents[1].therapies[0].end", "2023-12-31",
            "record.documents[1].therapies[0].end: must not be before start 2024-01-01, was 2023-12-31"),
        Arguments.of("record.documents[1].therapies[0].doseMgPerDay", -5,
            "record.documents[1].therapies[0].doseMgPerDay: must be from 0 to 10000, was -5"),
        Arguments.of("record.documents[1].therapies[0].start", REMOVE,
            "record.documents[1].therapies[0].start: required"),
        Arguments.of("record.documents[2].modality", "XRAY",
            "record.documents[2].tScore: only a DXA study has a T-score, modality was XRAY"),
        Arguments.of("record.documents[2].tScore", "-2.9",
            "record.documents[2].tScore: must be a number, was \"-2.9\""),
        Arguments.of("record.documents[2].findings", List.of("FRACTURE"),
            "record.documents[2].findings[0]: not an imaging finding of the DENOSUMAB policy,"
                + " was FRACTURE"),
        Arguments.of("record.documents[3].signed", true,
            "record.documents[3].signed: unknown field for a document of kind LAB_REPORT"),
        Arguments.of("record.documents[3].results[0].test", "CALCIUM",
            "record.documents[3].results[0].test: must be one of CORRECTED_CALCIUM, TOTAL_CALCIUM,"
                + " EGFR, was \"CALCIUM\""),
        Arguments.of("record.documents[3].results[0].value", -1,
            "record.documents[3].results[0].value: must be from 0 to 10000, was -1"),
        Arguments.of("record.documents[4].route", "ORAL",
            "record.documents[4].route: must be one of SUBCUTANEOUS, INTRAVENOUS, INTRAMUSCULAR,"
                + " was \"ORAL\""),
        Arguments.of("record.documents[4].drugSource", REMOVE,
            "record.documents[4].drugSource: required"),
        Arguments.of("record.documents[4].doseMg", 0, "record.documents[4].doseMg: must be ≥ 1, was 0"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidEdits")
  void invalidValueIsNamedByItsPath(String path, Object value, String message) {
    assertThat(invalid(with(APPROVED_CASE, path, value))).hasMessage(message);
  }

  @Test
  void firstProblemInDocumentOrderIsReported() {
    String json = with(with(APPROVED_CASE, "claim.zz", 1), "claim.units", 0);
    assertThat(invalid(json)).hasMessage("claim.units: must be ≥ 1, was 0");
  }

  @Test
  void unknownFieldBeforeABadValueIsReportedFirst() {
    String json = APPROVED_CASE.replace("\"units\": 60", "\"zz\": 1, \"units\": 0");
    assertThat(invalid(json)).hasMessage("claim.zz: unknown field");
  }

  @Test
  void malformedBirthDateIsNotEchoed() {
    InvalidCaseException e = invalid(with(APPROVED_CASE, "patient.birthDate", "1948-06-31"));
    assertThat(e).hasMessage("patient.birthDate: not a date (YYYY-MM-DD) (value not shown)");
  }

  @Test
  void birthDateOfWrongTypeIsNotEchoed() {
    InvalidCaseException e = invalid(with(APPROVED_CASE, "patient.birthDate", 19480612));
    assertThat(e).hasMessage("patient.birthDate: must be a string (value not shown)");
  }

  @Test
  void birthDateAfterServiceDoesNotShowTheBirthDate() {
    assertThat(invalid(with(APPROVED_CASE, "patient.birthDate", "2025-11-04")).getMessage())
        .doesNotContain("2025-11-04");
  }

  @Test
  void errorCarriesPathProblemAndCaseId() {
    InvalidCaseException e = invalid(with(APPROVED_CASE, "claim.units", 0));
    assertThat(e.path()).isEqualTo("claim.units");
    assertThat(e.problem()).isEqualTo("must be ≥ 1, was 0");
    assertThat(e.caseId()).contains("prolia-pmo-approved");
  }

  @Test
  void caseIdIsAbsentWhenTheIdIsNotAString() {
    assertThat(invalid(with(APPROVED_CASE, "id", 7)).caseId()).isEmpty();
  }

  @Test
  void textThatIsNotJsonSaysSo() {
    InvalidCaseException e = invalid("{not json");
    assertThat(e.getMessage()).startsWith("not JSON: ").contains("column");
    assertThat(e.path()).isEmpty();
    assertThat(e.caseId()).isEmpty();
  }

  @Test
  void emptyTextIsNotJson() {
    assertThat(invalid("  ")).hasMessage("not JSON: no content");
  }

  @Test
  void trailingContentIsRejected() {
    assertThat(invalid(APPROVED_CASE + " {}").getMessage()).startsWith("not JSON: ");
  }

  @Test
  void duplicateFieldIsRejected() {
    assertThat(invalid("{\"id\": \"a\", \"id\": \"b\"}")).hasMessage("id: duplicate field");
  }

  @Test
  void caseThatIsNotAnObjectSaysWhatItWas() {
    assertThat(invalid("[1, 2]")).hasMessage("must be an object, was an array");
    assertThat(invalid("7")).hasMessage("must be an object, was 7");
  }

  @Test
  void longBadValuesAreShortened() {
    String longCode = "X".repeat(200);
    assertThat(invalid(with(APPROVED_CASE, "claim.ndc", longCode)).getMessage())
        .isEqualTo("claim.ndc: not an 11-digit NDC (5-4-2 with dashes or 11 digits): \""
            + "X".repeat(60) + "\"…");
  }
}

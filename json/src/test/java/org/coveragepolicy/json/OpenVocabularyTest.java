package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * The open evidence vocabulary of the JSON contract: labs by LOINC code with a unit, a progress
 * note's {@code statements} object, {@code patient.weightKg}, each checked against the case's
 * policy; the existing forms read as before.
 */
class OpenVocabularyTest {
  /** A Prolia case: document 1 is its progress note, document 3 its lab report. */
  private static final String PMO =
      JsonFixtures.read(JsonFixtures.repositoryRoot().resolve(Path.of("examples", "approved-prolia-pmo.json")));

  private static String review(String json) {
    return ReviewJson.resultToJson(ClaimReview.standard().review(ReviewJson.readCase(json)));
  }

  @Test
  void aStatementInTheStatementsObjectIsTheStatementFieldOfThatName() {
    String generic =
        PMO.replace("\"postmenopausal\": true", "\"statements\": {\"postmenopausal\": true}");
    assertThat(generic).isNotEqualTo(PMO);

    assertThat(ReviewJson.readCase(generic)).isEqualTo(ReviewJson.readCase(PMO));
    assertThat(review(generic)).isEqualTo(review(PMO));
  }

  @Test
  void aNamedLabTestGivenByItsLoincCodeAndUnitIsTheNamedTest() {
    String generic =
        PMO.replace("\"test\": \"TOTAL_CALCIUM\"", "\"loinc\": \"17861-6\", \"unit\": \"mg/dL\"");
    assertThat(generic).isNotEqualTo(PMO);

    ReviewCase c = ReviewJson.readCase(generic);
    LabReport report = (LabReport) c.record().documents().stream()
        .filter(d -> d instanceof LabReport).findFirst().orElseThrow();
    assertThat(report.results()).singleElement()
        .satisfies(r -> assertThat(r.test()).isEqualTo(LabTest.TOTAL_CALCIUM));
    assertThat(c).isEqualTo(ReviewJson.readCase(PMO));
    assertThat(review(generic)).isEqualTo(review(PMO));
  }

  @Test
  void anotherTestByLoincCodeIsKeptWithItsUnitAndWrittenBack() {
    String json = PMO.replace(
        "\"test\": \"TOTAL_CALCIUM\",",
        "\"loinc\": \"718-7\", \"value\": 12.1, \"unit\": \"g/dL\"}, {\"test\": \"TOTAL_CALCIUM\",");
    ReviewCase c = ReviewJson.readCase(json);
    LabReport report = (LabReport) c.record().documents().stream()
        .filter(d -> d instanceof LabReport).findFirst().orElseThrow();

    assertThat(report.values()).singleElement().satisfies(v -> {
      assertThat(v.code().loinc()).isEqualTo("718-7");
      assertThat(v.code().unit()).isEqualTo("g/dL");
      assertThat(v.value()).isEqualByComparingTo("12.1");
    });
    assertThat(ReviewJson.readCase(ReviewJson.caseToJson(c))).isEqualTo(c);
    // denosumab reads no hemoglobin: the result is the same as without it
    assertThat(review(json)).isEqualTo(review(PMO));
  }

  @Test
  void aNamedTestInAnotherUnitIsInvalidInputNamingTheUnit() {
    String json = PMO.replace("\"test\": \"TOTAL_CALCIUM\"", "\"loinc\": \"17861-6\", \"unit\": \"mmol/L\"");
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("record.documents[3].results[0].unit: must be \"mg/dL\" for TOTAL_CALCIUM, was \"mmol/L\"");
  }

  @Test
  void aLabWithoutTestOrLoincOrWithBothIsInvalid() {
    assertThatThrownBy(() -> ReviewJson.readCase(PMO.replace(
            "\"test\": \"TOTAL_CALCIUM\"", "\"test\": \"TOTAL_CALCIUM\", \"loinc\": \"17861-6\"")))
        .hasMessage("record.documents[3].results[0].loinc: give either test or loinc, not both");
    assertThatThrownBy(() -> ReviewJson.readCase(PMO.replace(
            "\"test\": \"TOTAL_CALCIUM\"", "\"loinc\": \"17861-6\"")))
        .hasMessage("record.documents[3].results[0].unit: required");
    assertThatThrownBy(() -> ReviewJson.readCase(PMO.replace(
            "\"test\": \"TOTAL_CALCIUM\"", "\"loinc\": \"calcium\", \"unit\": \"mg/dL\"")))
        .hasMessageStartingWith("record.documents[3].results[0].loinc: not a LOINC code");
  }

  @Test
  void aUnitOfNoCharactersOrTooManyIsInvalidAtTheUnit() {
    for (String unit : new String[] {" ", "u".repeat(65)}) {
      assertThatThrownBy(() -> ReviewJson.readCase(PMO.replace(
              "\"test\": \"TOTAL_CALCIUM\"", "\"loinc\": \"718-7\", \"unit\": \"" + unit + "\"")))
          .isInstanceOf(InvalidCaseException.class)
          .hasMessageStartingWith(
              "record.documents[3].results[0].unit: must be a unit of 1 to 64 characters, was");
    }
  }

  @Test
  void aLabThePolicyDeclaresGivenInAnotherUnitIsInvalidAtTheUnit() {
    // denosumab's policy, reading hemoglobin in g/dL as well
    Policy withHemoglobin =
        Policy.builder()
            .from(DenosumabPolicy.POLICY)
            .addLabs(LabCode.of("718-7", "g/dL"))
            .build();
    CaseReader reader = CaseReader.of(Policies.of(withHemoglobin));
    String hemoglobin = "\"loinc\": \"718-7\", \"value\": 121, \"unit\": \"g/L\"}, {\"test\": \"TOTAL_CALCIUM\",";
    String json = PMO.replace("\"test\": \"TOTAL_CALCIUM\",", hemoglobin);

    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("record.documents[3].results[0].unit: must be \"g/dL\" for LOINC 718-7, was \"g/L\"");
    // the standard policies declare no hemoglobin: any unit is read
    assertThat(ReviewJson.readCase(json).record().documents()).hasSize(5);
  }

  @Test
  void aStatementTheCasesPolicyDoesNotDeclareIsInvalidInputNamingIt() {
    String json =
        PMO.replace("\"postmenopausal\": true", "\"statements\": {\"oralIronIntolerance\": true}");
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage(
            "record.documents[1].statements.oralIronIntolerance: not a statement of the DENOSUMAB policy");
  }

  @Test
  void theWeightIsReadWrittenAndChecked() {
    String json = PMO.replace("\"birthDate\": \"1951-02-17\"", "\"birthDate\": \"1951-02-17\", \"weightKg\": 61.5");
    ReviewCase c = ReviewJson.readCase(json);
    assertThat(c.patient().weightKg()).contains(new BigDecimal("61.5"));
    assertThat(ReviewJson.caseToJson(c)).containsPattern("\"weightKg\"\\s*:\\s*61.5");
    assertThat(ReviewJson.readCase(ReviewJson.caseToJson(c))).isEqualTo(c);
    assertThat(ReviewJson.readCase(PMO).patient().weightKg()).isEmpty();

    assertThatThrownBy(() -> ReviewJson.readCase(json.replace("61.5", "0")))
        .hasMessage("patient.weightKg: must be more than 0 (value not shown)");
    assertThatThrownBy(() -> ReviewJson.readCase(json.replace("61.5", "701")))
        .hasMessageStartingWith("patient.weightKg: must be from 0 to 700");
  }

  @Test
  void theStatementsObjectIsWrittenOnlyWhenItHoldsANamedStatement() {
    ReviewCase c = ReviewJson.readCase(PMO);
    assertThat(ReviewJson.caseToJson(c)).doesNotContain("\"statements\"");
    ProgressNote note = (ProgressNote) c.record().documents().stream()
        .filter(d -> d instanceof ProgressNote).findFirst().orElseThrow();
    assertThat(note.statements().keySet()).allMatch(s -> s.name().equals("postmenopausal"));
  }

  /** A romosozumab case: document 1 is its progress note, document 2 its DXA report. */
  private static final String EVENITY =
      JsonFixtures.read(
          JsonFixtures.repositoryRoot()
              .resolve(Path.of("examples", "romosozumab-approved-first-dose.json")));

  @Test
  void aStatementFieldTheCasesPolicyDoesNotDeclareIsInvalidInputNamingTheField() {
    String json = EVENITY.replace("\"postmenopausal\": true", "\"postmenopausal\": true, \"pregnant\": false");
    assertThat(json).isNotEqualTo(EVENITY);
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("record.documents[1].pregnant: not a statement of the ROMOSOZUMAB policy");
  }

  @Test
  void aTherapyKindTheCasesPolicyDoesNotDeclareIsInvalidInputNamingIt() {
    String json = PMO.replace("\"kind\": \"CALCIUM_VITAMIN_D\"", "\"kind\": \"ORAL_IRON\"");
    assertThat(json).isNotEqualTo(PMO);
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage(
            "record.documents[1].therapies[0].kind: not a therapy kind of the DENOSUMAB policy,"
                + " was ORAL_IRON");
  }

  @Test
  void aRiskFactorTheCasesPolicyDoesNotDeclareIsInvalidInputNamingIt() {
    String json = PMO.replace("\"MULTIPLE_RISK_FACTORS\"", "\"LOW_FERRITIN\"");
    assertThat(json).isNotEqualTo(PMO);
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage(
            "record.documents[1].riskFactors[0]: not a risk factor of the DENOSUMAB policy,"
                + " was LOW_FERRITIN");
  }

  @Test
  void anImagingFindingTheCasesPolicyDoesNotDeclareIsInvalidInputNamingIt() {
    // denosumab's Xgeva indications read bone metastases; the romosozumab policy does not
    String json =
        EVENITY.replace("\"tScore\": -2.7", "\"tScore\": -2.7, \"findings\": [\"BONE_METASTASES\"]");
    assertThat(json).isNotEqualTo(EVENITY);
    assertThatThrownBy(() -> ReviewJson.readCase(json))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage(
            "record.documents[2].findings[0]: not an imaging finding of the ROMOSOZUMAB policy,"
                + " was BONE_METASTASES");
    String fracture = json.replace("BONE_METASTASES", "FRAGILITY_FRACTURE");
    assertThat(ReviewJson.readCase(fracture).record().documents()).hasSize(5);
  }

  @Test
  void aTermThatIsNotANameIsInvalidInputNamingTheField() {
    assertThatThrownBy(
            () -> ReviewJson.readCase(PMO.replace("\"MULTIPLE_RISK_FACTORS\"", "\"multiple risk\"")))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("record.documents[1].riskFactors[0]: must be a risk factor name");
    assertThatThrownBy(
            () -> ReviewJson.readCase(PMO.replace("\"kind\": \"CALCIUM_VITAMIN_D\"", "\"kind\": 7")))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageStartingWith("record.documents[1].therapies[0].kind: must be a therapy kind name");
  }
}

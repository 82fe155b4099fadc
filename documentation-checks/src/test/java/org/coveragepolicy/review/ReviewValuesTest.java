package org.coveragepolicy.review;

import org.coveragepolicy.core.finding.Category;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REQUESTED;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Baselines.postmenopausal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.junit.jupiter.api.Test;

/** Structural checks of the review input values: invalid input is rejected naming field and value. */
class ReviewValuesTest {

  @Test
  void orderOfZeroMgIsRejectedNamingFieldAndValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fixtures.order(DenosumabCatalog.PROLIA, 0))
        .withMessageContaining("doseMg")
        .withMessageContaining("was 0");
  }

  @Test
  void orderOfOneMgIsAccepted() {
    assertThat(Fixtures.order(DenosumabCatalog.PROLIA, 1).doseMg()).isEqualTo(1);
  }

  @Test
  void recordReceivedWithoutARequestIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MedicalRecord.builder().receivedOn(REQUESTED).build())
        .withMessageStartingWith("receivedOn: ")
        .withMessageContaining("requestedOn")
        .withMessageContaining(REQUESTED.toString());
  }

  @Test
  void recordReceivedTheDayBeforeTheRequestIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MedicalRecord.builder()
                    .requestedOn(REQUESTED)
                    .receivedOn(REQUESTED.minusDays(1))
                    .build())
        .withMessageStartingWith("receivedOn: ")
        .withMessageContaining(REQUESTED.minusDays(1).toString());
  }

  @Test
  void recordReceivedOnTheRequestDateIsAccepted() {
    MedicalRecord r = MedicalRecord.builder().requestedOn(REQUESTED).receivedOn(REQUESTED).build();

    assertThat(r.receivedOn()).contains(REQUESTED);
  }

  @Test
  void recordRequestedAndNotReceivedIsAccepted() {
    assertThat(MedicalRecord.builder().requestedOn(REQUESTED).build().receivedOn()).isEmpty();
  }

  @Test
  void blankCaseIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReviewCase.builder().from(postmenopausal()).id(" ").build())
        .withMessageContaining("id");
  }

  @Test
  void claimForAnotherHcpcsIsReportedAsIncorrectCoding() {
    ReviewCase c = postmenopausal();
    ClaimLine other = ClaimLine.builder().from(c.claim()).hcpcs(Hcpcs.parse("J3489")).build();

    ReviewResult r = REVIEW.review(ReviewCase.builder().from(c).claim(other).build());

    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().equals("CLM-HCPCS"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category()).contains(Category.INCORRECT_CODING);
              assertThat(f.message()).contains("J3489").contains("bill J0897");
            });
  }

  @Test
  void birthDateAfterTheDateOfServiceIsRejectedWithoutShowingTheBirthDate() {
    LocalDate born = DOS.plusDays(1);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ReviewCase.builder()
                    .from(postmenopausal())
                    .patient(Patient.of(Sex.FEMALE, born))
                    .build())
        .withMessageContaining("patient.birthDate")
        .withMessageNotContaining(born.toString());
  }

  @Test
  void birthOnTheDateOfServiceIsAccepted() {
    ReviewCase c =
        ReviewCase.builder().from(postmenopausal()).patient(Patient.of(Sex.FEMALE, DOS)).build();

    assertThat(c.patient().birthDate()).isEqualTo(DOS);
  }

  @Test
  void tScoreOnAnImagingReportOtherThanDxaIsRejectedNamingTheModality() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImagingReport.builder()
                    .date(DOS)
                    .signed(true)
                    .modality(ImagingModality.XRAY)
                    .tScore(new BigDecimal("-2.6"))
                    .build())
        .withMessageContaining("tScore")
        .withMessageContaining("XRAY");
  }

  @Test
  void labResultDatedOtherThanItsReportIsRejectedNamingBothDates() {
    LabResult result = LabResult.of(DOS.minusDays(1), LabTest.TOTAL_CALCIUM, new BigDecimal("9.4"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> LabReport.builder().date(DOS).addResults(result).build())
        .withMessageContaining("results")
        .withMessageContaining(DOS.minusDays(1).toString())
        .withMessageContaining(DOS.toString());
  }
}

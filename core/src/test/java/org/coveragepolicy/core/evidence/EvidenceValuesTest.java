package org.coveragepolicy.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Therapy, imaging study, lab result and evidence values. */
class EvidenceValuesTest {
  private static final LocalDate DOS = LocalDate.of(2025, 11, 3);

  private static Therapy.Builder therapy() {
    return Therapy.builder().kind(TherapyKind.of("AROMATASE_INHIBITOR")).start(DOS.minusYears(1));
  }

  @Test
  void therapyWithoutEndIsOngoing() {
    assertThat(therapy().build().isOngoingOn(DOS)).isTrue();
  }

  @Test
  void therapyStartingOnTheDateIsOngoing() {
    assertThat(therapy().start(DOS).build().isOngoingOn(DOS)).isTrue();
  }

  @Test
  void therapyStartingTheDayAfterIsNotOngoing() {
    assertThat(therapy().start(DOS.plusDays(1)).build().isOngoingOn(DOS)).isFalse();
  }

  @Test
  void therapyEndingOnTheDateIsOngoing() {
    assertThat(therapy().end(DOS).build().isOngoingOn(DOS)).isTrue();
  }

  @Test
  void therapyEndingTheDayBeforeIsNotOngoing() {
    assertThat(therapy().end(DOS.minusDays(1)).build().isOngoingOn(DOS)).isFalse();
  }

  @Test
  void therapyEndingBeforeItStartsIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> therapy().start(DOS).end(DOS.minusDays(1)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("end: ")
        .hasMessageContaining(DOS.minusDays(1).toString());
  }

  @Test
  void therapyEndingTheDayItStartsIsAccepted() {
    assertThat(therapy().start(DOS).end(DOS).build().end()).contains(DOS);
  }

  @Test
  void negativeDailyDoseIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> therapy().doseMgPerDay(new BigDecimal("-7.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("doseMgPerDay: ")
        .hasMessageContaining("-7.5");
  }

  @Test
  void negativeExpectedMonthsIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> therapy().expectedMonths(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expectedMonths: ")
        .hasMessageContaining("-1");
  }

  @Test
  void dxaStudyMayHaveATScore() {
    ImagingStudy dxa =
        ImagingStudy.builder()
            .date(DOS)
            .modality(ImagingModality.DXA)
            .tScore(new BigDecimal("-2.5"))
            .build();
    assertThat(dxa.tScore()).contains(new BigDecimal("-2.5"));
  }

  @Test
  void tScoreOnANonDxaStudyIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(
            () ->
                ImagingStudy.builder()
                    .date(DOS)
                    .modality(ImagingModality.XRAY)
                    .tScore(new BigDecimal("-2.9"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tScore: ")
        .hasMessageContaining("-2.9")
        .hasMessageContaining("XRAY");
  }

  @Test
  void negativeLabValueIsRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> LabResult.of(DOS, LabTest.EGFR, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value: ")
        .hasMessageContaining("-0.1");
  }

  @Test
  void zeroLabValueIsAccepted() {
    assertThat(LabResult.of(DOS, LabTest.EGFR, BigDecimal.ZERO).value()).isZero();
  }

  @Test
  void statementNotMadeIsAbsent() {
    assertThat(Evidence.empty().statement(NoteStatement.of("postmenopausal"))).isEmpty();
  }

  @Test
  void statementMadeFalseIsPresentAndFalse() {
    Evidence evidence = Evidence.builder().putStatements(NoteStatement.of("postmenopausal"), false).build();
    assertThat(evidence.statement(NoteStatement.of("postmenopausal"))).contains(false);
  }
  @Test
  void zeroDailyDoseIsAccepted() {
    assertThat(therapy().doseMgPerDay(BigDecimal.ZERO).build().doseMgPerDay())
        .contains(BigDecimal.ZERO);
  }

  @Test
  void zeroExpectedMonthsIsAccepted() {
    assertThat(therapy().expectedMonths(0).build().expectedMonths()).contains(0);
  }
}

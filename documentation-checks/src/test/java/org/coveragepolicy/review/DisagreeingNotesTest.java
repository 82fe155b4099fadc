package org.coveragepolicy.review;

import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.therapy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.junit.jupiter.api.Test;

/**
 * What progress notes that disagree establish: the latest note that states a yes-or-no statement
 * decides it, notes of one date that disagree read the cautious way, and a therapy ended in a newer
 * note (or in one note of a date) is ended.
 */
class DisagreeingNotesTest {

  // ---- therapies when notes disagree ----

  private static ReviewCase aiNotes(ProgressNoteBuild... notes) {
    ReviewCase c = Fixtures.without(Baselines.aiBreastCancer(), DocumentKind.PROGRESS_NOTE);
    for (ProgressNoteBuild n : notes) {
      c = plus(c, n.build());
    }
    return c;
  }

  /** A progress note of the breast-cancer case with one aromatase-inhibitor entry. */
  private interface ProgressNoteBuild {
    ProgressNote build();
  }

  private static ProgressNoteBuild aiNote(LocalDate date, Optional<LocalDate> end) {
    return () -> {
      Therapy.Builder ai =
          Therapy.builder().kind(BoneHealthTerms.AROMATASE_INHIBITOR).start(LocalDate.of(2024, 5, 1));
      end.ifPresent(ai::end);
      return note(date, "C50.911")
          .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
          .addTherapies(ai.build())
          .build();
    };
  }

  @Test
  void aNewerNoteThatEndsTheAromataseInhibitorContradictsTheIndication() {
    ReviewResult r =
        REVIEW.review(
            aiNotes(
                aiNote(NOTE_DATE.minusMonths(3), Optional.empty()),
                aiNote(NOTE_DATE, Optional.of(DOS.minusDays(20)))));

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(findingsOf(r, "IND-PROLIA-AI-BREAST-CANCER"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.MEDICAL_NECESSITY);
              assertThat(f.message()).contains("ended " + DOS.minusDays(20));
            });
  }

  @Test
  void anOlderNoteThatEndsItDoesNotOutliveANewerOngoingEntry() {
    ReviewResult r =
        REVIEW.review(
            aiNotes(
                aiNote(NOTE_DATE.minusMonths(3), Optional.of(NOTE_DATE.minusMonths(4))),
                aiNote(NOTE_DATE, Optional.empty())));

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_AI_BREAST_CANCER);
  }

  @Test
  void aTaperedGlucocorticoidReplacesTheOlderDose() {
    ReviewCase c = Baselines.glucocorticoidOsteoporosis();
    ReviewCase tapered =
        plus(
            c,
            note(NOTE_DATE.plusDays(7), "M81.0")
                .addTherapies(
                    Therapy.builder()
                        .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
                        .start(LocalDate.of(2025, 6, 1))
                        .doseMgPerDay(new BigDecimal("5"))
                        .expectedMonths(12)
                        .build())
                .build());

    assertThat(REVIEW.review(c).indication())
        .contains(DenosumabIndications.PROLIA_GLUCOCORTICOID_OSTEOPOROSIS);
    ReviewResult r = REVIEW.review(tapered);
    assertThat(r.indication()).isEmpty();
    assertThat(findingsOf(r, "IND-PROLIA-GLUCOCORTICOID-OSTEOPOROSIS"))
        .anySatisfy(f -> assertThat(f.message()).contains("dose is 5 mg/day"));
  }

  // ---- yes-or-no statements when notes disagree ----

  private static final LocalDate OLDER = NOTE_DATE.minusMonths(2);

  /** The postmenopausal case with its notes replaced: each puts the statement if not null. */
  private static ReviewCase pmoNotes(
      NoteStatement statement, LocalDate date1, Boolean value1, LocalDate date2, Boolean value2) {
    ReviewCase c = Fixtures.without(Baselines.postmenopausal(), DocumentKind.PROGRESS_NOTE);
    c = plus(c, pmoNote(date1, statement, value1));
    return plus(c, pmoNote(date2, statement, value2));
  }

  private static ProgressNote pmoNote(LocalDate date, NoteStatement statement, Boolean value) {
    ProgressNote.Builder n =
        note(date, "M81.0", "Z87.310").addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE);
    if (statement != BoneHealthTerms.POSTMENOPAUSAL) {
      n.putStatements(BoneHealthTerms.POSTMENOPAUSAL, true);
    }
    if (value != null) {
      n.putStatements(statement, value);
    }
    return n.build();
  }

  @Test
  void aNewerNoteThatIsSilentLeavesTheOlderStatementStanding() {
    ReviewResult r =
        REVIEW.review(pmoNotes(BoneHealthTerms.POSTMENOPAUSAL, OLDER, true, NOTE_DATE, null));

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void theLatestNoteThatStatesItDecides() {
    ReviewResult contradicted =
        REVIEW.review(pmoNotes(BoneHealthTerms.POSTMENOPAUSAL, OLDER, true, NOTE_DATE, false));
    ReviewResult supported =
        REVIEW.review(pmoNotes(BoneHealthTerms.POSTMENOPAUSAL, OLDER, false, NOTE_DATE, true));

    assertThat(findingsOf(contradicted, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
        .anySatisfy(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
    assertThat(supported.indication())
        .contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void notesOfOneDateThatDisagreeOnPostmenopausalReadFalse() {
    ReviewResult r =
        REVIEW.review(pmoNotes(BoneHealthTerms.POSTMENOPAUSAL, NOTE_DATE, true, NOTE_DATE, false));

    assertThat(r.indication()).isEmpty();
    assertThat(findingsOf(r, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.MEDICAL_NECESSITY);
              assertThat(f.message()).contains("not postmenopausal");
            });
  }

  @Test
  void notesOfOneDateThatDisagreeOnPregnantReadTrue() {
    ReviewResult sameDay =
        REVIEW.review(pmoNotes(DenosumabTerms.PREGNANT, NOTE_DATE, false, NOTE_DATE, true));
    ReviewResult sameDayOtherOrder =
        REVIEW.review(pmoNotes(DenosumabTerms.PREGNANT, NOTE_DATE, true, NOTE_DATE, false));
    ReviewResult newerSaysNot =
        REVIEW.review(pmoNotes(DenosumabTerms.PREGNANT, OLDER, true, NOTE_DATE, false));

    assertThat(findingsOf(sameDay, "SAFE-PREGNANCY")).singleElement();
    assertThat(findingsOf(sameDayOtherOrder, "SAFE-PREGNANCY")).singleElement();
    assertThat(findingsOf(newerSaysNot, "SAFE-PREGNANCY")).isEmpty();
  }

  @Test
  void notesOfOneDateThatDisagreeOnSkeletalMaturityReadFalse() {
    ReviewCase gctb = Fixtures.without(Baselines.giantCellTumor(), DocumentKind.PROGRESS_NOTE);
    gctb =
        ReviewCase.builder()
            .from(gctb)
            .patient(Patient.of(Sex.FEMALE, DOS.minusYears(15)))
            .build();
    ReviewCase agree = plus(gctb, gctbNote(true));
    ReviewCase disagree = plus(plus(gctb, gctbNote(true)), gctbNote(false));

    assertThat(REVIEW.review(agree).indication())
        .contains(DenosumabIndications.XGEVA_GIANT_CELL_TUMOR);
    ReviewResult r = REVIEW.review(disagree);
    assertThat(r.indication()).isEmpty();
    assertThat(findingsOf(r, "IND-XGEVA-GIANT-CELL-TUMOR"))
        .anySatisfy(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
  }

  private static ProgressNote gctbNote(boolean skeletallyMature) {
    return note(NOTE_DATE, "D48.0")
        .putStatements(DenosumabTerms.UNRESECTABLE, true)
        .putStatements(DenosumabTerms.SKELETALLY_MATURE, skeletallyMature)
        .build();
  }

  // ---- therapies of one kind on one date that disagree ----

  private static ProgressNote aiNote(Therapy... therapies) {
    return note(NOTE_DATE, "C50.911")
        .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
        .addTherapies(therapies)
        .build();
  }

  private static Therapy ai(LocalDate start, Optional<LocalDate> end) {
    Therapy.Builder t = Therapy.builder().kind(BoneHealthTerms.AROMATASE_INHIBITOR).start(start);
    end.ifPresent(t::end);
    return t.build();
  }

  private static ReviewResult aiCase(ProgressNote... notes) {
    ReviewCase c = Fixtures.without(Baselines.aiBreastCancer(), DocumentKind.PROGRESS_NOTE);
    for (ProgressNote n : notes) {
      c = plus(c, n);
    }
    return REVIEW.review(c);
  }

  private static final LocalDate AI_START = LocalDate.of(2024, 5, 1);

  @Test
  void notesOfOneDateThatDisagreeOnAnOngoingTherapyEndedWins() {
    ReviewResult r =
        aiCase(
            aiNote(ai(AI_START, Optional.empty())),
            aiNote(ai(AI_START, Optional.of(DOS.minusDays(1)))));

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(r.indication()).isEmpty();
    assertThat(findingsOf(r, "IND-PROLIA-AI-BREAST-CANCER"))
        .anySatisfy(
            f -> {
              assertThat(f.category()).contains(Category.MEDICAL_NECESSITY);
              assertThat(f.message()).contains("ended " + DOS.minusDays(1));
            });
  }

  @Test
  void notesOfOneDateThatAgreeItIsOngoingSupportTheIndication() {
    // ending on the date of service is still ongoing on it: the boundary of "ended before"
    ReviewResult r =
        aiCase(
            aiNote(ai(AI_START, Optional.empty())), aiNote(ai(AI_START, Optional.of(DOS))));

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_AI_BREAST_CANCER);
  }

  @Test
  void oneNoteThatRecordsASwitchKeepsItsOngoingEntry() {
    // one note, one inhibitor ended and the next one started: not notes that disagree
    ReviewResult r =
        aiCase(
            aiNote(
                ai(AI_START, Optional.of(NOTE_DATE.minusMonths(1))),
                ai(NOTE_DATE.minusMonths(1), Optional.empty())));

    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_AI_BREAST_CANCER);
  }
}

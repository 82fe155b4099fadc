package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.indications.denosumab.DenosumabSources;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.junit.jupiter.api.Test;

/**
 * POLICY.md revision 3: calcium per report, the dose under review among same-day records, notes
 * that disagree, no imaging at all, and a dose not documented on the date of service.
 */
class RevisionThreeTest {

  private static List<Finding> of(ReviewResult r, String rule) {
    return r.findings().stream().filter(f -> f.rule().id().equals(rule)).collect(Collectors.toList());
  }

  // ---- 1. calcium is chosen per report ----

  /** The postmenopausal case with its lab reports replaced by the given ones. */
  private static ReviewCase withLabs(LabReport first, LabReport... more) {
    ReviewCase c = replacing(Fixtures.postmenopausal(), DocumentKind.LAB_REPORT, first);
    for (LabReport r : more) {
      c = plus(c, r);
    }
    return c;
  }

  private static LabReport report(LabTest test1, String value1, LabTest test2, String value2) {
    return LabReport.builder()
        .date(DOS.minusDays(2))
        .addResults(LabResult.of(DOS.minusDays(2), test1, new BigDecimal(value1)))
        .addResults(LabResult.of(DOS.minusDays(2), test2, new BigDecimal(value2)))
        .build();
  }

  @Test
  void aLowTotalInOneReportIsNotHiddenByANormalCorrectedValueInAnotherReportOfTheSameDate() {
    ReviewResult r =
        REVIEW.review(
            withLabs(
                lab(DOS.minusDays(2), LabTest.CORRECTED_CALCIUM, "9.0"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.3")));

    assertThat(r.decision()).isEqualTo(Decision.DENY);
    assertThat(of(r, "SAFE-HYPOCALCEMIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("total calcium").contains("8.3 mg/dL"));
  }

  @Test
  void sameDateReportsWhoseOwnValuesAreNormalPass() {
    // each report gives 8.5 or more: the boundary value is not low
    ReviewResult r =
        REVIEW.review(
            withLabs(
                lab(DOS.minusDays(2), LabTest.CORRECTED_CALCIUM, "9.0"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "8.5")));

    assertThat(of(r, "SAFE-HYPOCALCEMIA")).isEmpty();
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void withinOneReportTheCorrectedCalciumStillWinsOverTheTotal() {
    ReviewResult r =
        REVIEW.review(
            withLabs(report(LabTest.CORRECTED_CALCIUM, "9.0", LabTest.TOTAL_CALCIUM, "8.3")));

    assertThat(of(r, "SAFE-HYPOCALCEMIA")).isEmpty();
  }

  @Test
  void aLowCorrectedValueInOneReportCountsAgainstANormalTotalInAnother() {
    ReviewResult r =
        REVIEW.review(
            withLabs(
                report(LabTest.CORRECTED_CALCIUM, "8.4", LabTest.TOTAL_CALCIUM, "9.1"),
                lab(DOS.minusDays(2), LabTest.TOTAL_CALCIUM, "9.3")));

    assertThat(of(r, "SAFE-HYPOCALCEMIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("corrected calcium").contains("8.4 mg/dL"));
  }

  @Test
  void reportCalciumChoosesCorrectedElseTotalThenTheLowest() {
    LabResult corrected = LabResult.of(DOS, LabTest.CORRECTED_CALCIUM, new BigDecimal("9.0"));
    LabResult lowTotal = LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("8.0"));
    LabResult total = LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("8.6"));
    LabResult egfr = LabResult.of(DOS, LabTest.EGFR, new BigDecimal("20"));

    assertThat(LabResult.calciumOf(List.of(lowTotal, corrected))).contains(corrected);
    assertThat(LabResult.calciumOf(List.of(total, lowTotal))).contains(lowTotal);
    assertThat(LabResult.calciumOf(List.of(egfr))).isEmpty();
  }

  // ---- 2. several records on the date of service under one HCPCS ----

  private static final Product STOBOCLO = Product.of("STOBOCLO");
  private static final Product OSENVELT = Product.of("OSENVELT");

  /**
   * A postmenopausal-osteoporosis case billed under Q5157 with no NDC, Stoboclo and Osenvelt both
   * recorded on the date of service, and the order for the given product.
   */
  private static ReviewCase twoUnderQ5157(int units, int stobocloMg, int osenveltMg, Product ordered) {
    ReviewCase c = Fixtures.without(Fixtures.postmenopausal(), DocumentKind.ADMINISTRATION_RECORD);
    c = replacing(c, DocumentKind.ORDER, Fixtures.order(ordered, 60));
    c = plus(c, Fixtures.administered(STOBOCLO, stobocloMg, DOS));
    c = plus(c, Fixtures.administered(OSENVELT, osenveltMg, DOS));
    return Fixtures.withClaim(
        c,
        ClaimLine.builder()
            .from(c.claim())
            .hcpcs(Hcpcs.parse("Q5157"))
            .ndc(Optional.empty())
            .units(units)
            .build());
  }

  @Test
  void theClaimsUnitsChooseTheDoseUnderReviewNotTheProductName() {
    ReviewResult r = REVIEW.review(twoUnderQ5157(60, 60, 120, STOBOCLO));

    assertThat(r.product()).contains(STOBOCLO);
    assertThat(of(r, "CLM-UNITS")).isEmpty();
    assertThat(of(r, "DOSE-LABELED")).isEmpty();
    assertThat(of(r, "DOC-ORDER")).isEmpty();
    // the Osenvelt record is not dropped: an Xgeva-family dose the same day
    assertThat(of(r, "SAFE-OTHER-DENOSUMAB")).singleElement();
  }

  @Test
  void theUnitsWinOverTheOrder() {
    ReviewResult r = REVIEW.review(twoUnderQ5157(120, 60, 120, STOBOCLO));

    assertThat(r.product()).contains(OSENVELT);
    assertThat(of(r, "CLM-UNITS")).isEmpty();
  }

  @Test
  void whenTheUnitsDoNotTellThemApartTheOrderedProductIsUnderReview() {
    // both recorded as 60 mg: the units match both, so the order decides, whatever the names
    assertThat(REVIEW.review(twoUnderQ5157(60, 60, 60, STOBOCLO)).product()).contains(STOBOCLO);
    assertThat(REVIEW.review(twoUnderQ5157(60, 60, 60, OSENVELT)).product()).contains(OSENVELT);
  }

  @Test
  void whenNeitherUnitsNorOrderTellThemApartTheFirstByNameIsUnderReview() {
    // 90 units match neither dose, and the order names Prolia: Osenvelt comes first by name
    assertThat(REVIEW.review(twoUnderQ5157(90, 60, 120, DenosumabCatalog.PROLIA)).product())
        .contains(OSENVELT);
  }

  // ---- 3. yes-or-no statements when notes disagree ----

  private static final LocalDate OLDER = NOTE_DATE.minusMonths(2);

  /** The postmenopausal case with its notes replaced: each puts the statement if not null. */
  private static ReviewCase pmoNotes(
      NoteStatement statement, LocalDate date1, Boolean value1, LocalDate date2, Boolean value2) {
    ReviewCase c = Fixtures.without(Fixtures.postmenopausal(), DocumentKind.PROGRESS_NOTE);
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

    assertThat(of(contradicted, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
        .anySatisfy(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
    assertThat(supported.indication())
        .contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void notesOfOneDateThatDisagreeOnPostmenopausalReadFalse() {
    ReviewResult r =
        REVIEW.review(pmoNotes(BoneHealthTerms.POSTMENOPAUSAL, NOTE_DATE, true, NOTE_DATE, false));

    assertThat(r.indication()).isEmpty();
    assertThat(of(r, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
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

    assertThat(of(sameDay, "SAFE-PREGNANCY")).singleElement();
    assertThat(of(sameDayOtherOrder, "SAFE-PREGNANCY")).singleElement();
    assertThat(of(newerSaysNot, "SAFE-PREGNANCY")).isEmpty();
  }

  @Test
  void notesOfOneDateThatDisagreeOnSkeletalMaturityReadFalse() {
    ReviewCase gctb = Fixtures.without(Fixtures.giantCellTumor(), DocumentKind.PROGRESS_NOTE);
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
    assertThat(of(r, "IND-XGEVA-GIANT-CELL-TUMOR"))
        .anySatisfy(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
  }

  private static ProgressNote gctbNote(boolean skeletallyMature) {
    return note(NOTE_DATE, "D48.0")
        .putStatements(DenosumabTerms.UNRESECTABLE, true)
        .putStatements(DenosumabTerms.SKELETALLY_MATURE, skeletallyMature)
        .build();
  }

  // ---- 4. therapies of one kind on one date that disagree ----

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
    ReviewCase c = Fixtures.without(Fixtures.aiBreastCancer(), DocumentKind.PROGRESS_NOTE);
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
    assertThat(of(r, "IND-PROLIA-AI-BREAST-CANCER"))
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

  // ---- 5. no imaging report at all ----

  @Test
  void withNoImagingReportAtAllDocImagingIsTheOnlyError() {
    for (Indication indication : DenosumabIndications.ALL) {
      if (!indication.needsImaging()) {
        continue;
      }
      ReviewResult r =
          REVIEW.review(Fixtures.without(Fixtures.baseline(indication), DocumentKind.IMAGING_REPORT));

      assertThat(
              r.findings().stream()
                  .filter(Finding::isError)
                  .map(f -> f.rule().id())
                  .collect(Collectors.toList()))
          .as(indication.name())
          .containsExactly("DOC-IMAGING");
      assertThat(r.denialReason()).contains(Category.INSUFFICIENT_DOCUMENTATION);
    }
  }

  @Test
  void anImagingReportWithoutTheNeededFindingIsTheIndicationsContradictionNotDocImaging() {
    ReviewResult r =
        REVIEW.review(
            replacing(
                Fixtures.postmenopausal(),
                DocumentKind.IMAGING_REPORT,
                Fixtures.dxa(Fixtures.IMAGING_DATE, "-1.2")));

    assertThat(of(r, "DOC-IMAGING")).isEmpty();
    assertThat(of(r, "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS"))
        .singleElement()
        .satisfies(f -> assertThat(f.category()).contains(Category.MEDICAL_NECESSITY));
  }

  @Test
  void anIndicationThatNeedsNoImagingIsSupportedWithoutAnImagingReport() {
    ReviewResult r =
        REVIEW.review(
            Fixtures.without(Fixtures.hypercalcemiaOfMalignancy(), DocumentKind.IMAGING_REPORT));

    assertThat(of(r, "DOC-IMAGING")).isEmpty();
    assertThat(r.indication()).contains(DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
  }

  // ---- 6. a dose not documented on the date of service ----

  /** The postmenopausal case (Prolia's NDC on the claim) with its one dose recorded days earlier. */
  private static ReviewResult doseRecordedDaysBefore(int days) {
    return REVIEW.review(
        replacing(
            Fixtures.postmenopausal(),
            DocumentKind.ADMINISTRATION_RECORD,
            Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusDays(days))));
  }

  @Test
  void aRecordDatedTheDayBeforeMayBeThisDoseWithAWrongDate() {
    ReviewResult r = doseRecordedDaysBefore(1);

    assertThat(of(r, "DOC-ADMINISTRATION")).singleElement();
    assertThat(of(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "No administration record is dated the date of service "
                            + DOS
                            + ", and the one dated "
                            + DOS.minusDays(1)
                            + " (1 day earlier) may be this dose recorded with a wrong date")
                    .contains("If it is an earlier dose, Prolia was given on " + DOS.minusDays(1)));
  }

  @Test
  void aRecordDatedSevenDaysBeforeMayStillBeThisDose() {
    assertThat(of(doseRecordedDaysBefore(7), "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(7 days earlier) may be this dose"));
  }

  @Test
  void aRecordDatedEightDaysBeforeIsAnEarlierDose() {
    assertThat(of(doseRecordedDaysBefore(8), "FREQ-PROLIA"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("Prolia was given on " + DOS.minusDays(8))
                    .doesNotContain("wrong date"));
  }

  @Test
  void withTheDoseRecordedOnTheDateOfServiceAnEarlierRecordIsAPriorDose() {
    ReviewResult r =
        REVIEW.review(
            plus(
                Fixtures.postmenopausal(),
                Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusDays(1))));

    assertThat(of(r, "DOC-ADMINISTRATION")).isEmpty();
    assertThat(of(r, "FREQ-PROLIA"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("wrong date"));
  }

  // ---- 7. messages a clerk can act on (MessagesTest checks every message) ----

  private static final Product JUBBONTI = Product.of("JUBBONTI");

  /** The postmenopausal case given and ordered as Jubbonti, under the given claim code and units. */
  private static ReviewCase jubbonti(String hcpcs, int units) {
    ReviewCase c = replacing(Fixtures.postmenopausal(), DocumentKind.ORDER, Fixtures.order(JUBBONTI, 60));
    c = replacing(c, DocumentKind.ADMINISTRATION_RECORD, Fixtures.administered(JUBBONTI, 60, DOS));
    return Fixtures.withClaim(
        c,
        ClaimLine.builder()
            .from(c.claim())
            .hcpcs(Hcpcs.parse(hcpcs))
            .ndc(Optional.empty())
            .units(units)
            .build());
  }

  @Test
  void unitsNameTheCodeAsBilled() {
    ReviewResult r = REVIEW.review(jubbonti("J0897", 6));

    assertThat(of(r, "CLM-UNITS"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("The claim bills 6 units of J0897 ")
                    .doesNotContain("Q5136"));
    assertThat(of(r, "CLM-HCPCS"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("J0897").contains("Q5136"));
  }

  @Test
  void aDoseGivenByTheCaregiverNamesTheProductInWordsAndWhatWouldMakeTheExceptionApply() {
    ReviewCase c =
        replacing(
            jubbonti("Q5136", 60),
            DocumentKind.ADMINISTRATION_RECORD,
            AdministrationRecord.of(
                Fixtures.dose(JUBBONTI, 60, DOS)
                    .administeredBy(org.coveragepolicy.core.claim.AdministeredBy.CAREGIVER)
                    .build(),
                true));

    assertThat(of(REVIEW.review(c), "PARTB-NOT-SELF-ADMINISTERED"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "This dose of Jubbonti (denosumab-bbdz, Prolia family) was given by the"
                            + " caregiver")
                    .contains("the home-health osteoporosis exception (§1861(kk)) does not apply")
                    .contains("it needs a dose given by a home health agency to a homebound")
                    .doesNotContain("HOME_HEALTH_OSTEOPOROSIS"));
  }

  @Test
  void noIndicationSaysADocumentedAnchorIsAnIndicationOfTheOtherFamily() {
    Product bomyntra = Product.of("BOMYNTRA");
    ReviewCase c = replacing(Fixtures.postmenopausal(), DocumentKind.ORDER, Fixtures.order(bomyntra, 120));
    c = replacing(c, DocumentKind.ADMINISTRATION_RECORD, Fixtures.administered(bomyntra, 120, DOS));
    c =
        Fixtures.withClaim(
            c,
            ClaimLine.builder()
                .from(c.claim())
                .hcpcs(Hcpcs.parse("Q5158"))
                .ndc(Optional.empty())
                .units(120)
                .build());

    assertThat(of(REVIEW.review(c), "IND-NO-INDICATION"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        "The patient's osteoporosis diagnosis (M81.0) is an indication of the Prolia"
                            + " family; Bomyntra (denosumab-bnht, Xgeva family) is a product of the"
                            + " Xgeva family"));
    // the same product for bone metastases: no word of the other family
    assertThat(
            of(REVIEW.review(Fixtures.boneMetastases()), "IND-NO-INDICATION"))
        .isEmpty();
  }

  @Test
  void otherDenosumabCitesTheLabelOfTheProductUnderReview() {
    ReviewResult prolia =
        REVIEW.review(
            plus(Fixtures.postmenopausal(), Fixtures.administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(10))));
    ReviewResult xgeva =
        REVIEW.review(
            plus(Fixtures.boneMetastases(), Fixtures.administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(2))));

    assertThat(of(prolia, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.FDA_PROLIA));
    assertThat(of(xgeva, "SAFE-OTHER-DENOSUMAB"))
        .singleElement()
        .satisfies(f -> assertThat(f.citation()).isEqualTo(DenosumabSources.FDA_XGEVA));
  }
}

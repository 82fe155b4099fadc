package org.coveragepolicy.review;

import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.IMAGING_DATE;
import static org.coveragepolicy.review.Fixtures.LAB_DATE;
import static org.coveragepolicy.review.Fixtures.MAN;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.PROLIA_NDC;
import static org.coveragepolicy.review.Fixtures.WOMAN;
import static org.coveragepolicy.review.Fixtures.XGEVA_NDC;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.caseOf;
import static org.coveragepolicy.review.Fixtures.claim;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.dxa;
import static org.coveragepolicy.review.Fixtures.imaging;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.order;
import static org.coveragepolicy.review.Fixtures.returned;
import static org.coveragepolicy.review.Fixtures.therapy;
import static org.coveragepolicy.review.Fixtures.withDocuments;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The baseline cases of the review tests: an approved case for every indication (the two
 * FDA_LABEL_2024 ones under that edition), the approved Prolia case of the README and the JSON
 * contract, and generators of cases drawn from them; built from the blocks of {@link Fixtures}.
 */
public final class Baselines {
  private Baselines() {}

  public static ReviewCase prolia(String id, Patient patient, ClaimLine claim, Document... clinical) {
    List<Document> docs = new ArrayList<>();
    docs.add(order(DenosumabCatalog.PROLIA, 60));
    Collections.addAll(docs, clinical);
    docs.add(lab(LAB_DATE, LabTest.TOTAL_CALCIUM, "9.4"));
    docs.add(administered(DenosumabCatalog.PROLIA, 60, DOS));
    return caseOf(id, DenosumabPolicy.NORIDIAN_JF_2026, claim, patient, docs);
  }

  public static ReviewCase xgeva(String id, Patient patient, ClaimLine claim, Document... clinical) {
    List<Document> docs = new ArrayList<>();
    docs.add(order(DenosumabCatalog.XGEVA, 120));
    Collections.addAll(docs, clinical);
    docs.add(
        AdministrationRecord.of(
            dose(DenosumabCatalog.XGEVA, 120, DOS)
                .administeredBy(AdministeredBy.PHYSICIAN)
                .supervision(java.util.Optional.empty())
                .build(),
            true));
    return caseOf(id, DenosumabPolicy.NORIDIAN_JF_2026, claim, patient, docs);
  }

  /**
   * The approved Prolia case of the README and the JSON contract ({@code JsonFixtures.APPROVED_CASE},
   * the dates of its documents included) under the ID {@code claim-0001}, with the NDC and three
   * details that do not change the decision: the note says the patient is not pregnant and lists a
   * past glucocorticoid course, and an unsigned skeletal survey shows a fragility fracture.
   */
  public static ReviewCase approvedProlia() {
    LocalDate imaged = LocalDate.of(2025, 9, 30);
    Therapy pastGlucocorticoid =
        Therapy.builder()
            .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
            .start(LocalDate.of(2025, 1, 1))
            .end(LocalDate.of(2025, 3, 1))
            .doseMgPerDay(new BigDecimal("7.5"))
            .expectedMonths(2)
            .build();
    return ReviewCase.builder()
        .id("claim-0001")
        .claim(claim(60, "M81.0", "Z87.310").ndc(PROLIA_NDC).build())
        .patient(WOMAN)
        .record(
            returned(
                List.of(
                    order(DenosumabCatalog.PROLIA, 60),
                    note(NOTE_DATE, "M81.0", "Z87.310")
                        .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                        .putStatements(DenosumabTerms.PREGNANT, false)
                        .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                        .addTherapies(pastGlucocorticoid)
                        .build(),
                    dxa(imaged, "-2.9"),
                    ImagingReport.builder()
                        .from(
                            imaging(
                                ImagingModality.SKELETAL_SURVEY,
                                imaged,
                                BoneHealthTerms.FRAGILITY_FRACTURE))
                        .signed(false)
                        .build(),
                    lab(NOTE_DATE, LabTest.TOTAL_CALCIUM, "9.4"),
                    administered(DenosumabCatalog.PROLIA, 60, DOS))))
        .build();
  }

  /** Postmenopausal osteoporosis: the seed's shared example, with the NDC. */
  public static ReviewCase postmenopausal() {
    return postmenopausalOn(DOS);
  }

  /**
   * Postmenopausal osteoporosis on another date of service, the documents dated as in the baseline
   * relative to it (order and note 14 days before, DXA 30 days before, lab 10 days before).
   */
  public static ReviewCase postmenopausalOn(LocalDate dos) {
    List<Document> docs =
        List.of(
            order(DenosumabCatalog.PROLIA, 60, dos.minusDays(14), true),
            note(dos.minusDays(14), "M81.0", "Z87.310")
                .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
                .build(),
            dxa(dos.minusDays(30), "-2.9"),
            lab(dos.minusDays(10), LabTest.TOTAL_CALCIUM, "9.4"),
            administered(DenosumabCatalog.PROLIA, 60, dos));
    return ReviewCase.builder()
        .id("prolia-postmenopausal")
        .claim(claim(60, "M81.0", "Z87.310").dateOfService(dos).ndc(PROLIA_NDC).build())
        .patient(WOMAN)
        .record(
            MedicalRecord.builder()
                .requestedOn(dos.plusDays(28))
                .receivedOn(dos.plusDays(47))
                .documents(docs)
                .build())
        .build();
  }

  public static ReviewCase maleOsteoporosis() {
    return prolia(
        "prolia-male",
        MAN,
        claim(60, "M81.0").build(),
        note(NOTE_DATE, "M81.0").addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE).build(),
        dxa(IMAGING_DATE, "-2.7"));
  }

  public static ReviewCase adtProstateCancer() {
    return prolia(
        "prolia-adt",
        MAN,
        claim(60, "C61").build(),
        note(NOTE_DATE, "C61")
            .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            .addTherapies(therapy(BoneHealthTerms.ANDROGEN_DEPRIVATION, LocalDate.of(2024, 3, 1)))
            .build(),
        dxa(IMAGING_DATE, "-1.8"));
  }

  public static ReviewCase aiBreastCancer() {
    return prolia(
        "prolia-ai",
        WOMAN,
        claim(60, "C50.911").build(),
        note(NOTE_DATE, "C50.911")
            .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            .addTherapies(therapy(BoneHealthTerms.AROMATASE_INHIBITOR, LocalDate.of(2024, 5, 1)))
            .build(),
        dxa(IMAGING_DATE, "-1.6"));
  }

  /** Glucocorticoid-induced osteoporosis (FDA_LABEL_2024); T-score -1.5 is not osteoporosis. */
  public static ReviewCase glucocorticoidOsteoporosis() {
    ReviewCase c =
        prolia(
            "prolia-gio",
            MAN,
            claim(60, "M81.0").build(),
            note(NOTE_DATE, "M81.0")
                .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
                .addTherapies(
                    Therapy.builder()
                        .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
                        .start(LocalDate.of(2025, 6, 1))
                        .doseMgPerDay(new BigDecimal("10"))
                        .expectedMonths(12)
                        .build())
                .build(),
            dxa(IMAGING_DATE, "-1.5"));
    return c.withEdition(DenosumabPolicy.FDA_LABEL_2024);
  }

  public static ReviewCase boneMetastases() {
    return xgeva(
        "xgeva-bone-metastases",
        Patient.of(Sex.MALE, LocalDate.of(1952, 2, 2)),
        claim(120, "C79.51", "C34.90").ndc(XGEVA_NDC).build(),
        note(NOTE_DATE, "C34.90", "C79.51").build(),
        imaging(ImagingModality.BONE_SCAN, IMAGING_DATE, DenosumabTerms.BONE_METASTASES),
        lab(LAB_DATE, LabTest.CORRECTED_CALCIUM, "9.6"));
  }

  /** Multiple myeloma (FDA_LABEL_2024). */
  public static ReviewCase multipleMyeloma() {
    return xgeva(
            "xgeva-myeloma",
            MAN,
            claim(120, "C90.00").build(),
            note(NOTE_DATE, "C90.00").build(),
            imaging(
                ImagingModality.SKELETAL_SURVEY, IMAGING_DATE, DenosumabTerms.MYELOMA_BONE_LESIONS),
            lab(LAB_DATE, LabTest.CORRECTED_CALCIUM, "9.2"))
        .withEdition(DenosumabPolicy.FDA_LABEL_2024);
  }

  public static ReviewCase giantCellTumor() {
    return xgeva(
        "xgeva-gctb",
        Patient.of(Sex.FEMALE, LocalDate.of(1990, 4, 4)),
        claim(120, "D48.0").build(),
        note(NOTE_DATE, "D48.0").putStatements(DenosumabTerms.UNRESECTABLE, true).build(),
        imaging(ImagingModality.MRI, IMAGING_DATE, DenosumabTerms.GIANT_CELL_TUMOR),
        lab(LAB_DATE, LabTest.CORRECTED_CALCIUM, "9.5"));
  }

  public static ReviewCase hypercalcemiaOfMalignancy() {
    return xgeva(
        "xgeva-hcm",
        MAN,
        claim(120, "E83.52", "C34.90").build(),
        note(LocalDate.of(2025, 11, 1), "C34.90", "E83.52")
            .addTherapies(
                Therapy.builder()
                    .kind(BoneHealthTerms.IV_BISPHOSPHONATE)
                    .start(LocalDate.of(2025, 10, 14))
                    .end(LocalDate.of(2025, 10, 14))
                    .build())
            .build(),
        lab(LocalDate.of(2025, 10, 29), LabTest.CORRECTED_CALCIUM, "13.1"));
  }

  /** Returns the baseline approved case of an indication. */
  public static ReviewCase baseline(Indication indication) {
    switch (indication.name()) {
      case "PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS":
        return postmenopausal();
      case "PROLIA_MALE_OSTEOPOROSIS":
        return maleOsteoporosis();
      case "PROLIA_ADT_PROSTATE_CANCER":
        return adtProstateCancer();
      case "PROLIA_AI_BREAST_CANCER":
        return aiBreastCancer();
      case "PROLIA_GLUCOCORTICOID_OSTEOPOROSIS":
        return glucocorticoidOsteoporosis();
      case "XGEVA_SRE_BONE_METASTASES":
        return boneMetastases();
      case "XGEVA_SRE_MULTIPLE_MYELOMA":
        return multipleMyeloma();
      case "XGEVA_GIANT_CELL_TUMOR":
        return giantCellTumor();
      case "XGEVA_HYPERCALCEMIA_OF_MALIGNANCY":
        return hypercalcemiaOfMalignancy();
      default:
        throw new AssertionError(indication);
    }
  }

  public static ImmutableList<ReviewCase> baselines() {
    ImmutableList.Builder<ReviewCase> b = ImmutableList.builder();
    for (Indication i : DenosumabIndications.ALL) {
      b.add(baseline(i));
    }
    return b.build();
  }

  // ---- generators ----

  /** Any baseline case. */
  public static Gen<ReviewCase> baselineCases() {
    return Generate.pick(baselines());
  }

  /**
   * A case: a baseline, possibly with one of its documents dropped, so that denied cases are
   * generated as well as approved ones.
   */
  public static Gen<ReviewCase> cases() {
    return baselineCases()
        .zip(
            integers().between(-1, 6),
            (c, drop) -> {
              if (drop < 0 || drop >= c.record().documents().size()) {
                return c;
              }
              List<Document> docs = new ArrayList<>(c.record().documents());
              docs.remove((int) drop);
              return withDocuments(c, docs);
            });
  }
}

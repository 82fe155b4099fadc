package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The review fixtures of the project's tests, built from the domain: a baseline approved case for
 * every indication (the two FDA_LABEL_2024 ones under that edition), the approved Prolia case of
 * the README and the JSON contract, builders for their small modifications, and the QuickTheories
 * generators the property tests share. Published in this module's test-jar for the tests of the
 * modules above it (json, fhir, cli).
 */
public final class Fixtures {
  public static final LocalDate DOS = LocalDate.of(2025, 11, 3);
  public static final LocalDate REQUESTED = LocalDate.of(2025, 12, 1);
  public static final LocalDate RECEIVED = LocalDate.of(2025, 12, 20);
  public static final LocalDate NOTE_DATE = LocalDate.of(2025, 10, 20);
  public static final LocalDate IMAGING_DATE = LocalDate.of(2025, 10, 4);
  public static final LocalDate LAB_DATE = LocalDate.of(2025, 10, 24);
  public static final Ndc PROLIA_NDC = Ndc.parse("55513-0710-01");
  public static final Ndc XGEVA_NDC = Ndc.parse("55513-0730-01");
  public static final Patient WOMAN = Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 12));
  public static final Patient MAN = Patient.of(Sex.MALE, LocalDate.of(1950, 3, 3));
  public static final ClaimReview REVIEW = ClaimReview.standard();

  private Fixtures() {}

  // ---- building blocks ----

  /** The findings of a result that report on the rule with the given ID, in the result's order. */
  public static List<Finding> findingsOf(ReviewResult result, String ruleId) {
    return result.findings().stream()
        .filter(f -> f.rule().id().equals(ruleId))
        .collect(Collectors.toList());
  }

  public static ImmutableList<Icd10Code> codes(String... codes) {
    ImmutableList.Builder<Icd10Code> b = ImmutableList.builder();
    for (String c : codes) {
      b.add(Icd10Code.parse(c));
    }
    return b.build();
  }

  public static ClaimLine.Builder claim(int units, String... diagnoses) {
    return ClaimLine.builder()
        .dateOfService(DOS)
        .hcpcs(DenosumabCatalog.J0897)
        .units(units)
        .addModifiers(Modifier.JZ)
        .placeOfService(PlaceOfService.OFFICE)
        .diagnosisCodes(codes(diagnoses));
  }

  public static Order order(Product product, int doseMg, LocalDate date, boolean signed) {
    return Order.builder().date(date).signed(signed).product(product).doseMg(doseMg).build();
  }

  public static Order order(Product product, int doseMg) {
    return order(product, doseMg, NOTE_DATE, true);
  }

  public static ProgressNote.Builder note(LocalDate date, String... diagnoses) {
    return ProgressNote.builder()
        .date(date)
        .signed(true)
        .diagnoses(codes(diagnoses))
        .addTherapies(therapy(BoneHealthTerms.CALCIUM_VITAMIN_D, LocalDate.of(2024, 1, 1)));
  }

  public static Therapy therapy(TherapyKind kind, LocalDate start) {
    return Therapy.builder().kind(kind).start(start).build();
  }

  public static ImagingReport dxa(LocalDate date, String tScore) {
    return ImagingReport.builder()
        .date(date)
        .signed(true)
        .modality(ImagingModality.DXA)
        .tScore(new BigDecimal(tScore))
        .build();
  }

  public static ImagingReport imaging(ImagingModality modality, LocalDate date, ImagingFinding finding) {
    return ImagingReport.builder()
        .date(date)
        .signed(true)
        .modality(modality)
        .addFindings(finding)
        .build();
  }

  public static LabReport lab(LocalDate date, LabTest test, String value) {
    return LabReport.of(date, test, new BigDecimal(value));
  }

  public static Administration.Builder dose(Product product, int doseMg, LocalDate date) {
    return Administration.builder()
        .date(date)
        .product(product)
        .doseMg(doseMg)
        .route(Route.SUBCUTANEOUS)
        .administeredBy(AdministeredBy.AUXILIARY_PERSONNEL)
        .supervision(Supervision.DIRECT)
        .drugSource(DrugSource.PRACTICE_PURCHASED);
  }

  public static AdministrationRecord administered(Product product, int doseMg, LocalDate date) {
    return AdministrationRecord.of(dose(product, doseMg, date).build(), true);
  }

  /** Reads a record against the date of service of a J0897 claim, over the built-in catalog. */
  static CountedRecord read(MedicalRecord record, LocalDate dateOfService) {
    return CountedRecord.read(
        record,
        claim(60, "M81.0").dateOfService(dateOfService).build(),
        DenosumabCatalog.BUILT_IN);
  }

  public static MedicalRecord returned(List<? extends Document> documents) {
    return MedicalRecord.builder()
        .requestedOn(REQUESTED)
        .receivedOn(RECEIVED)
        .documents(documents)
        .build();
  }

  public static ReviewCase caseOf(
      String id, Edition edition, ClaimLine claim, Patient patient, List<Document> documents) {
    return ReviewCase.builder()
        .id(id)
        .edition(edition)
        .claim(claim)
        .patient(patient)
        .record(returned(documents))
        .build();
  }

  // ---- modifications ----

  /** Returns the case with other documents, the rest unchanged. */
  public static ReviewCase withDocuments(ReviewCase c, List<? extends Document> documents) {
    return ReviewCase.builder()
        .from(c)
        .record(MedicalRecord.builder().from(c.record()).documents(documents).build())
        .build();
  }

  /** Returns the case with a document added. */
  public static ReviewCase plus(ReviewCase c, Document document) {
    List<Document> docs = new ArrayList<>(c.record().documents());
    docs.add(document);
    return withDocuments(c, docs);
  }

  /** Returns the case without the documents of a kind. */
  public static ReviewCase without(ReviewCase c, DocumentKind kind) {
    List<Document> docs = new ArrayList<>();
    for (Document d : c.record().documents()) {
      if (d.kind() != kind) {
        docs.add(d);
      }
    }
    return withDocuments(c, docs);
  }

  /** Returns the case with the documents of a kind replaced by one document. */
  public static ReviewCase replacing(ReviewCase c, DocumentKind kind, Document document) {
    return plus(without(c, kind), document);
  }

  /** Returns the case with another claim line. */
  public static ReviewCase withClaim(ReviewCase c, ClaimLine claim) {
    return ReviewCase.builder().from(c).claim(claim).build();
  }

  /** Returns the case with another record ADR timing and the same documents. */
  /** The case billed under another HCPCS code, with its NDC or without. */
  public static ReviewCase withHcpcs(ReviewCase c, String hcpcs, boolean keepNdc) {
    ClaimLine.Builder claim = ClaimLine.builder().from(c.claim()).hcpcs(Hcpcs.parse(hcpcs));
    if (!keepNdc) {
      claim.ndc(java.util.Optional.empty());
    }
    return withClaim(c, claim.build());
  }

  public static ReviewCase withAdr(ReviewCase c, LocalDate requestedOn, LocalDate receivedOn) {
    MedicalRecord.Builder r = MedicalRecord.builder().documents(c.record().documents());
    if (requestedOn != null) {
      r.requestedOn(requestedOn);
    }
    if (receivedOn != null) {
      r.receivedOn(receivedOn);
    }
    return ReviewCase.builder().from(c).record(r.build()).build();
  }

  // ---- baselines: one approved case per indication ----

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

  /** Documents whose content, if it counted, would change many decisions. */
  private static ImmutableList<Document> disruptive(LocalDate date, boolean signed) {
    return ImmutableList.of(
        order(DenosumabCatalog.XGEVA, 120, date, signed),
        ProgressNote.builder()
            .date(date)
            .signed(signed)
            .diagnoses(codes("C90.00", "E83.51", "C79.51"))
            .putStatements(BoneHealthTerms.POSTMENOPAUSAL, false)
            .putStatements(DenosumabTerms.PREGNANT, true)
            .putStatements(DenosumabTerms.UNRESECTABLE, false)
            .build(),
        ImagingReport.builder()
            .date(date)
            .signed(signed)
            .modality(ImagingModality.DXA)
            .tScore(new BigDecimal("0.5"))
            .build(),
        ImagingReport.builder()
            .date(date)
            .signed(signed)
            .modality(ImagingModality.BONE_SCAN)
            .addFindings(DenosumabTerms.BONE_METASTASES)
            .build(),
        AdministrationRecord.of(dose(DenosumabCatalog.XGEVA, 120, date).build(), signed),
        AdministrationRecord.of(dose(DenosumabCatalog.PROLIA, 60, date).build(), signed));
  }

  /** An unsigned document of any kind that needs a signature, dated around the date of service. */
  public static Gen<Document> unsignedDocuments() {
    return integers()
        .between(-400, 30)
        .zip(integers().between(0, 5), (days, i) -> disruptive(DOS.plusDays(days), false).get(i));
  }

  /** A signed document, or a lab report, dated after the date of service. */
  public static Gen<Document> lateDocuments() {
    return integers()
        .between(1, 60)
        .zip(
            integers().between(0, 6),
            (days, i) ->
                i == 6
                    ? lab(DOS.plusDays(days), LabTest.CORRECTED_CALCIUM, "6.0")
                    : disruptive(DOS.plusDays(days), true).get(i));
  }

  /** A few unsigned or late documents. */
  public static Gen<List<Document>> ignoredDocuments() {
    return lists().of(Generate.oneOf(unsignedDocuments(), lateDocuments())).ofSizeBetween(1, 4);
  }

  /** A seed for shuffling. */
  public static Gen<Long> shuffleSeeds() {
    return integers().all().map(i -> (long) i);
  }

  public static <T> List<T> shuffled(List<T> list, long seed) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}

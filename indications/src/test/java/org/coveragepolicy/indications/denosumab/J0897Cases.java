package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.IndicationRequest;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.CoreGenerators;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.coveragepolicy.core.policy.internal.IndicationEvaluator;
import org.coveragepolicy.core.policy.internal.IndicationResult;

/**
 * The shared test fixture of the indications module: domain builders, one supported case per
 * indication, case modifiers, result helpers, and the QuickTheories generators of the property
 * tests.
 */
final class J0897Cases {
  /** The date of service of every example. */
  static final LocalDate DOS = LocalDate.of(2025, 11, 3);

  private J0897Cases() {}

  // ---- domain builders ----

  static Icd10Code code(String text) {
    return Icd10Code.parse(text);
  }

  static List<Icd10Code> codes(String... texts) {
    return Arrays.stream(texts).map(Icd10Code::parse).collect(Collectors.toList());
  }

  /** A patient whose birthday is {@code daysAfterBirthday} days before the date of service. */
  static Patient patient(Sex sex, int age, int daysAfterBirthday) {
    return Patient.of(sex, DOS.minusDays(daysAfterBirthday).minusYears(age));
  }

  static Patient patient(Sex sex, int age) {
    return patient(sex, age, 40);
  }

  static ImagingStudy dxa(String tScore) {
    return ImagingStudy.builder()
        .date(DOS.minusDays(20))
        .modality(ImagingModality.DXA)
        .tScore(new BigDecimal(tScore))
        .build();
  }

  static ImagingStudy study(ImagingModality modality, ImagingFinding... findings) {
    return ImagingStudy.builder()
        .date(DOS.minusDays(25))
        .modality(modality)
        .addFindings(findings)
        .build();
  }

  static Therapy ongoing(TherapyKind kind) {
    return Therapy.builder().kind(kind).start(LocalDate.of(2024, 1, 10)).build();
  }

  static Therapy ended(TherapyKind kind, LocalDate end) {
    return Therapy.builder().kind(kind).start(LocalDate.of(2024, 1, 10)).end(end).build();
  }

  static Therapy glucocorticoid(String mgPerDay, int expectedMonths) {
    return Therapy.builder()
        .kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
        .start(LocalDate.of(2025, 6, 1))
        .doseMgPerDay(new BigDecimal(mgPerDay))
        .expectedMonths(expectedMonths)
        .build();
  }

  static Therapy ivBisphosphonate(LocalDate start) {
    return Therapy.builder().kind(BoneHealthTerms.IV_BISPHOSPHONATE).start(start).end(start).build();
  }

  static LabResult lab(LabTest test, String value, LocalDate date) {
    return LabResult.of(date, test, new BigDecimal(value));
  }

  static Administration dose(Product product, LocalDate date, int mg) {
    return Administration.builder()
        .date(date)
        .product(product)
        .doseMg(mg)
        .route(Route.SUBCUTANEOUS)
        .administeredBy(AdministeredBy.PHYSICIAN)
        .drugSource(DrugSource.PRACTICE_PURCHASED)
        .build();
  }

  static IndicationRequest request(
      CatalogEntry product,
      Patient patient,
      Edition edition,
      List<Icd10Code> claim,
      Evidence evidence) {
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
        .product(product)
        .patient(patient)
        .edition(edition)
        .claimDiagnoses(claim)
        .evidence(evidence)
        .doseUnderReview(dose(product.product(), DOS, product.labeledDoseMg()))
        .dateOfService(DOS)
        .build();
  }

  // ---- one supported case per indication ----

  static IndicationRequest pmo() {
    return request(
        DenosumabCatalog.PROLIA_ENTRY,
        patient(Sex.FEMALE, 75),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("M81.0"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("M81.0"))
            .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
            .addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
            .addImaging(dxa("-2.8"))
            .build());
  }

  static IndicationRequest maleOsteoporosis() {
    return request(
        DenosumabCatalog.PROLIA_ENTRY,
        patient(Sex.MALE, 70),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("M81.0"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("M81.0"))
            .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            .addImaging(dxa("-2.7"))
            .build());
  }

  static IndicationRequest adt() {
    return request(
        DenosumabCatalog.PROLIA_ENTRY,
        patient(Sex.MALE, 72),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("C61"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("C61"))
            .addTherapies(ongoing(BoneHealthTerms.ANDROGEN_DEPRIVATION))
            .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            .addImaging(dxa("-1.5"))
            .build());
  }

  static IndicationRequest ai() {
    return request(
        DenosumabCatalog.PROLIA_ENTRY,
        patient(Sex.FEMALE, 60),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("C50.911"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("C50.911"))
            .addTherapies(ongoing(BoneHealthTerms.AROMATASE_INHIBITOR))
            .addRiskFactors(BoneHealthTerms.FAILED_OR_INTOLERANT_OTHER_THERAPY)
            .addImaging(dxa("-1.2"))
            .build());
  }

  /** A man on glucocorticoids: male osteoporosis is also a candidate, failing on its T-score. */
  static IndicationRequest glucocorticoidOsteoporosis() {
    return request(
        DenosumabCatalog.PROLIA_ENTRY,
        patient(Sex.MALE, 55),
        DenosumabPolicy.FDA_LABEL_2024,
        codes("M81.0"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("M81.0"))
            .addTherapies(glucocorticoid("10", 12))
            .addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            .addImaging(dxa("-1.8"))
            .build());
  }

  static IndicationRequest sreBoneMetastases() {
    return request(
        DenosumabCatalog.XGEVA_ENTRY,
        patient(Sex.MALE, 68),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("C79.51"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("C79.51", "C34.90"))
            .addImaging(study(ImagingModality.BONE_SCAN, DenosumabTerms.BONE_METASTASES))
            .build());
  }

  static IndicationRequest sreMultipleMyeloma() {
    return request(
        DenosumabCatalog.XGEVA_ENTRY,
        patient(Sex.MALE, 70),
        DenosumabPolicy.FDA_LABEL_2024,
        codes("C90.00"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("C90.00"))
            .addImaging(
                study(ImagingModality.SKELETAL_SURVEY, DenosumabTerms.MYELOMA_BONE_LESIONS))
            .build());
  }

  static IndicationRequest giantCellTumor() {
    return request(
        DenosumabCatalog.XGEVA_ENTRY,
        patient(Sex.FEMALE, 30),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("D48.0"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("D48.0"))
            .addImaging(study(ImagingModality.MRI, DenosumabTerms.GIANT_CELL_TUMOR))
            .putStatements(DenosumabTerms.UNRESECTABLE, true)
            .build());
  }

  static IndicationRequest hypercalcemia() {
    return request(
        DenosumabCatalog.XGEVA_ENTRY,
        patient(Sex.MALE, 70),
        DenosumabPolicy.NORIDIAN_JF_2026,
        codes("E83.52"),
        Evidence.builder()
            .addAllDocumentedDiagnoses(codes("E83.52", "C34.90"))
            .addTherapies(ivBisphosphonate(DOS.minusDays(20)))
            .addLabs(lab(LabTest.CORRECTED_CALCIUM, "13.1", DOS.minusDays(5)))
            .build());
  }

  /** Every supported base case with the indication it supports, in the policy's order. */
  static List<IndicationRequest> supportedCases() {
    return List.of(
        pmo(),
        maleOsteoporosis(),
        adt(),
        ai(),
        glucocorticoidOsteoporosis(),
        sreBoneMetastases(),
        sreMultipleMyeloma(),
        giantCellTumor(),
        hypercalcemia());
  }

  // ---- case modifiers ----

  static IndicationRequest withEvidence(
      IndicationRequest request, UnaryOperator<Evidence.Builder> change) {
    Evidence evidence = change.apply(Evidence.builder().from(request.evidence())).build();
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(request).evidence(evidence).build();
  }

  static IndicationRequest withStatement(
      IndicationRequest request, NoteStatement statement, boolean value) {
    java.util.Map<NoteStatement, Boolean> statements =
        new java.util.TreeMap<>();
    statements.putAll(request.evidence().statements());
    statements.put(statement, value);
    return withEvidence(request, e -> e.statements(statements));
  }

  static IndicationRequest withClaim(IndicationRequest request, String... claim) {
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(request).claimDiagnoses(codes(claim)).build();
  }

  static IndicationRequest withRecordDiagnoses(IndicationRequest request, String... record) {
    return withEvidence(request, e -> e.documentedDiagnoses(codes(record)));
  }

  static IndicationRequest withPatient(IndicationRequest request, Patient patient) {
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(request).patient(patient).build();
  }

  static IndicationRequest withEdition(IndicationRequest request, Edition edition) {
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(request).edition(edition).build();
  }

  static IndicationRequest withDose(IndicationRequest request, int mg) {
    Product product = request.product().product();
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(request).doseUnderReview(dose(product, DOS, mg)).build();
  }

  static IndicationRequest withoutDose(IndicationRequest request) {
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
        .from(request)
        .doseUnderReview(java.util.Optional.empty())
        .build();
  }

  static IndicationRequest withPriorDoses(IndicationRequest request, Administration... doses) {
    return withEvidence(request, e -> e.priorDoses(Arrays.asList(doses)));
  }

  // ---- result helpers ----

  static IndicationResult evaluate(IndicationRequest request) {
    return IndicationEvaluator.evaluate(request);
  }

  static List<Finding> findingsOf(IndicationResult result, Rule rule) {
    return result.findings().stream()
        .filter(f -> f.rule().id().equals(rule.id()))
        .collect(Collectors.toList());
  }

  /** The categories of the ERROR findings of a rule. */
  static List<Category> errorCategories(IndicationResult result, Rule rule) {
    return findingsOf(result, rule).stream()
        .filter(Finding::isError)
        .map(f -> f.category().orElseThrow())
        .collect(Collectors.toList());
  }

  static List<Finding> errors(IndicationResult result) {
    return result.findings().stream().filter(Finding::isError).collect(Collectors.toList());
  }

  /** The shape of a result, without messages: candidates, supported, rule/severity/category. */
  static List<String> shape(IndicationResult result) {
    List<String> shape = new ArrayList<>();
    shape.add("candidates=" + result.candidates());
    shape.add("supported=" + result.supported());
    for (Finding f : result.findings()) {
      shape.add(f.rule().id() + " " + f.severity() + " " + f.category());
    }
    return shape;
  }

  /** Every date of the request, birth date included, shifted by whole years. */
  static IndicationRequest shiftYears(IndicationRequest r, int years) {
    Evidence e = r.evidence();
    Evidence shifted =
        Evidence.builder()
            .from(e)
            .therapies(
                e.therapies().stream()
                    .map(
                        t ->
                            Therapy.builder()
                                .from(t)
                                .start(t.start().plusYears(years))
                                .end(t.end().map(d -> d.plusYears(years)))
                                .build())
                    .collect(Collectors.toList()))
            .imaging(
                e.imaging().stream()
                    .map(s -> ImagingStudy.builder().from(s).date(s.date().plusYears(years)).build())
                    .collect(Collectors.toList()))
            .labs(
                e.labs().stream()
                    .map(l -> LabResult.of(l.date().plusYears(years), l.test(), l.value()))
                    .collect(Collectors.toList()))
            .priorDoses(
                e.priorDoses().stream()
                    .map(a -> shiftDose(a, years))
                    .collect(Collectors.toList()))
            .build();
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
        .from(r)
        .patient(Patient.of(r.patient().sex(), r.patient().birthDate().plusYears(years)))
        .evidence(shifted)
        .doseUnderReview(r.doseUnderReview().map(a -> shiftDose(a, years)))
        .dateOfService(r.dateOfService().plusYears(years))
        .build();
  }

  private static Administration shiftDose(Administration a, int years) {
    return Administration.builder().from(a).date(a.date().plusYears(years)).build();
  }

  /** The request with every diagnosis set and evidence list in another order. */
  static IndicationRequest shuffled(IndicationRequest r, long seed) {
    Random random = new Random(seed);
    Evidence e = r.evidence();
    Evidence evidence =
        Evidence.builder()
            .documentedDiagnoses(shuffle(e.documentedDiagnoses(), random))
            .statements(e.statements())
            .riskFactors(shuffle(e.riskFactors(), random))
            .therapies(shuffle(e.therapies(), random))
            .imaging(shuffle(e.imaging(), random))
            .labs(shuffle(e.labs(), random))
            .priorDoses(shuffle(e.priorDoses(), random))
            .build();
    return IndicationRequest.builder().policy(DenosumabPolicy.POLICY)
        .from(r)
        .claimDiagnoses(shuffle(r.claimDiagnoses(), random))
        .evidence(evidence)
        .build();
  }

  private static <T> List<T> shuffle(Iterable<T> items, Random random) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    Collections.shuffle(list, random);
    return list;
  }

  // ---- generators ----

  /** The policy's code families: every public {@link CodeFamily} constant of {@link CodeFamilies}. */
  static final ImmutableList<CodeFamily> FAMILIES = CoreGenerators.familiesOf(CodeFamilies.class);

  /** Unrelated diagnoses that neither anchor nor contradict any indication nor raise safety. */
  static final ImmutableList<Icd10Code> NEUTRAL_CODES =
      ImmutableList.copyOf(codes("I10", "E11.9", "E78.5", "J44.9", "Z79.899"));

  /**
   * The codes the property tests draw diagnoses from: a code of one of the policy's families, drawn
   * from the family's definition (its edges as often as its middle), or one of the unrelated codes.
   */
  static Gen<Icd10Code> anyCode() {
    return CoreGenerators.codesOf(FAMILIES).mix(Generate.pick(NEUTRAL_CODES), 20);
  }

  /** Multiple-myeloma codes: C90.0 followed by anything. */
  static Gen<Icd10Code> myelomaCodes() {
    return CoreGenerators.codesOf(CodeFamilies.MULTIPLE_MYELOMA);
  }

  /** Where a diagnosis is added: the claim, the record or both. */
  enum Placement {
    CLAIM,
    RECORD,
    BOTH
  }

  static Gen<Placement> placements() {
    return Generate.enumValues(Placement.class);
  }

  /** Placements that document the diagnosis in the record (an anchor must be documented). */
  static Gen<Placement> documentedPlacements() {
    return Generate.pick(java.util.List.of(Placement.RECORD, Placement.BOTH));
  }

  static IndicationRequest addDiagnosis(IndicationRequest r, Icd10Code code, Placement where) {
    IndicationRequest withClaim =
        where == Placement.RECORD
            ? r
            : IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(r).addClaimDiagnoses(code).build();
    return where == Placement.CLAIM
        ? withClaim
        : withEvidence(withClaim, e -> e.addDocumentedDiagnoses(code));
  }

  static Gen<Edition> editions() {
    return Generate.pick(DenosumabPolicy.POLICY.editions());
  }

  static Gen<IndicationRequest> supported() {
    return Generate.pick(supportedCases());
  }

  /** Evidence additions that neither contradict an indication nor raise a safety rule. */
  static Gen<UnaryOperator<Evidence.Builder>> neutralAddition() {
    List<UnaryOperator<Evidence.Builder>> additions =
        List.of(
            e -> e.addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS),
            e -> e.addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE),
            e -> e.addTherapies(ongoing(BoneHealthTerms.CALCIUM_VITAMIN_D)),
            e -> e.addTherapies(ended(BoneHealthTerms.ORAL_BISPHOSPHONATE, LocalDate.of(2024, 12, 1))),
            e -> e.addLabs(lab(LabTest.TOTAL_CALCIUM, "9.4", DOS.minusDays(60))),
            e -> e.addLabs(lab(LabTest.EGFR, "72", DOS.minusDays(40))),
            e -> e.addImaging(study(ImagingModality.XRAY, BoneHealthTerms.FRAGILITY_FRACTURE)),
            e -> e.addDocumentedDiagnoses(NEUTRAL_CODES.get(0)),
            e -> e.addDocumentedDiagnoses(NEUTRAL_CODES.get(3)),
            e -> e.addDocumentedDiagnoses(NEUTRAL_CODES.get(4)));
    return Generate.pick(additions);
  }

  /** Removals of evidence: each drops one kind of supporting item. */
  static Gen<UnaryOperator<Evidence.Builder>> removal() {
    List<UnaryOperator<Evidence.Builder>> removals =
        List.of(
            e -> e.riskFactors(List.of()),
            e -> e.imaging(List.of()),
            e -> e.labs(List.of()),
            e -> e.therapies(List.of()),
            e -> e.statements(java.util.Map.of()),
            e -> e.documentedDiagnoses(List.of()));
    return Generate.pick(removals);
  }

  static UnaryOperator<Evidence.Builder> all(List<UnaryOperator<Evidence.Builder>> changes) {
    return e -> {
      Evidence.Builder b = e;
      for (UnaryOperator<Evidence.Builder> c : changes) {
        b = c.apply(b);
      }
      return b;
    };
  }

  static Gen<List<UnaryOperator<Evidence.Builder>>> neutralAdditions() {
    return lists().of(neutralAddition()).ofSizeBetween(1, 4);
  }

  static Gen<List<UnaryOperator<Evidence.Builder>>> removals() {
    return lists().of(removal()).ofSizeBetween(1, 3);
  }

  static Gen<Long> seeds() {
    return longs().all();
  }

  private static Gen<ImagingStudy> imagingStudies() {
    Gen<ImagingStudy> dxa =
        integers().between(-40, 5).map(t -> dxa(BigDecimal.valueOf(t, 1).toPlainString()));
    Gen<ImagingStudy> withFinding =
        Generate.enumValues(ImagingModality.class)
            .zip(
                Generate.pick(java.util.List.copyOf(DenosumabTerms.IMAGING_FINDINGS)),
                (m, f) ->
                    study(m == ImagingModality.DXA ? ImagingModality.XRAY : m, f));
    return Generate.oneOf(dxa, withFinding);
  }

  private static Gen<Therapy> therapies() {
    Gen<Therapy> plain =
        Generate.pick(BoneHealthTerms.THERAPY_KINDS.asList())
            .zip(
                integers().between(0, 200),
                Generate.booleans(),
                (kind, daysBefore, stopped) -> {
                  LocalDate start = DOS.minusDays(daysBefore);
                  Therapy.Builder b = Therapy.builder().kind(kind).start(start);
                  if (stopped) {
                    b.end(start.plusDays(daysBefore / 2));
                  }
                  return b.build();
                });
    Gen<Therapy> steroid =
        integers().between(20, 150).zip(integers().between(1, 12), (mg, months) ->
            glucocorticoid(BigDecimal.valueOf(mg, 1).toPlainString(), months));
    return Generate.oneOf(plain, steroid);
  }

  private static Gen<LabResult> labs() {
    return Generate.enumValues(LabTest.class)
        .zip(
            integers().between(60, 160),
            integers().between(0, 90),
            (test, tenths, daysBefore) ->
                LabResult.of(
                    DOS.minusDays(daysBefore),
                    test,
                    test == LabTest.EGFR
                        ? BigDecimal.valueOf(tenths / 2)
                        : BigDecimal.valueOf(tenths, 1)));
  }

  private static Gen<Administration> priorDoses() {
    return Generate.pick(List.of(DenosumabCatalog.PROLIA, DenosumabCatalog.XGEVA))
        .zip(
            integers().between(1, 200),
            (product, daysBefore) ->
                dose(
                    product,
                    DOS.minusDays(daysBefore),
                    product.equals(DenosumabCatalog.PROLIA) ? 60 : 120));
  }

  private static Gen<Evidence> evidence() {
    Gen<Evidence.Builder> notes =
        lists()
            .of(anyCode())
            .ofSizeBetween(0, 4)
            .zip(
                lists().of(Generate.pick(BoneHealthTerms.RISK_FACTORS.asList())).ofSizeBetween(0, 2),
                lists().of(Generate.pick(DenosumabTerms.STATEMENTS.asList())).ofSizeBetween(0, 2),
                Generate.booleans(),
                (dx, risks, statements, value) -> {
                  Evidence.Builder b =
                      Evidence.builder().addAllDocumentedDiagnoses(dx).addAllRiskFactors(risks);
                  statements.stream().distinct().forEach(s -> b.putStatements(s, value));
                  return b;
                });
    return notes.zip(
        lists().of(therapies()).ofSizeBetween(0, 2),
        lists().of(imagingStudies()).ofSizeBetween(0, 2),
        lists().of(labs()).ofSizeBetween(0, 3),
        lists().of(priorDoses()).ofSizeBetween(0, 2),
        (b, t, i, l, d) ->
            b.addAllTherapies(t).addAllImaging(i).addAllLabs(l).addAllPriorDoses(d).build());
  }

  /** Any case: product, patient, edition, claim diagnoses and evidence drawn from the domain. */
  static Gen<IndicationRequest> anyCase() {
    Gen<Patient> patients =
        Generate.enumValues(Sex.class)
            .zip(integers().between(8, 90), (sex, age) -> patient(sex, age));
    Gen<CatalogEntry> products = Generate.pick(List.of(DenosumabCatalog.PROLIA_ENTRY, DenosumabCatalog.XGEVA_ENTRY));
    return products.zip(
        patients,
        editions(),
        lists().of(anyCode()).ofSizeBetween(0, 3),
        evidence(),
        (product, patient, edition, claim, evidence) ->
            request(product, patient, edition, claim, evidence));
  }
}

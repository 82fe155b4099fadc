package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;

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
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The building blocks of the review tests' cases, built from the domain: claim lines, documents
 * and records, small modifications of a case, and the generators of documents a review ignores.
 * {@link Baselines} builds the baseline cases from them. Published, with it, in this module's
 * test-jar for the tests of the modules above it (json, fhir, cli).
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

  // ---- generators ----

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

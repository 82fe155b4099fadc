package org.coveragepolicy.server;

import static org.coveragepolicy.fhir.FhirCodes.ICD10CM;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.SharedRules;
import org.coveragepolicy.fhir.PrefetchReader;
import org.coveragepolicy.core.policy.Edition;
import org.jspecify.annotations.Nullable;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.coveragepolicy.core.partb.PartBRules;

/**
 * Reviews a draft order at order time: the order is the dose about to be given, reviewed as a
 * pre-submission check against the patient's record from prefetch. Rules that judge a claim or the
 * dose actually given ({@link #CLAIM_TIME_RULES}) cannot be decided before the drug is given and
 * are left out of the result; the decision is taken again from the findings that remain.
 */
final class OrderReview {
  /**
   * Rules decided on the claim or the dose actually given, never at order time: the claim line's
   * coding, the order and administration records themselves, the ADR, and who gave the dose.
   */
  static final ImmutableSet<String> CLAIM_TIME_RULES =
      ImmutableSet.of(
          SharedRules.UNITS.id(),
          SharedRules.NDC.id(),
          SharedRules.HCPCS.id(),
          SharedRules.JZ_JW.id(),
          SharedRules.DIAGNOSIS.id(),
          SharedRules.PRODUCT.id(),
          SharedRules.ORDER.id(),
          SharedRules.ADMINISTRATION.id(),
          SharedRules.RECORDS_RETURNED.id(),
          PartBRules.INCIDENT_TO.id(),
          PartBRules.NOT_SELF_ADMINISTERED.id());

  private final ClaimReview review;
  private final PrefetchReader reader;
  private final @Nullable Edition edition;

  OrderReview(ClaimReview review, @Nullable Edition edition) {
    this.review = review;
    this.reader = PrefetchReader.of(review);
    this.edition = edition;
  }

  ClaimReview claimReview() {
    return review;
  }

  /** Returns the catalog entry of an order for a catalog product, or empty for any other order. */
  Optional<CatalogEntry> product(MedicationRequest order, String at) {
    if (!order.hasMedicationCodeableConcept()) {
      return Optional.empty();
    }
    try {
      Product p = reader.product(order.getMedicationCodeableConcept(), at);
      return review.catalog().entry(p);
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  /** The result of reviewing one order and the date it is about. */
  record Reviewed(ReviewResult result, LocalDate dateOfService) {}

  /** The patient and the medical record read from prefetch, once per request. */
  record Record(Patient patient, MedicalRecord record, List<PrefetchReader.Entry> entries) {}

  /**
   * Reads the prefetched patient and record.
   *
   * @throws InvalidInputException naming the element when they cannot be mapped
   */
  Record read(org.hl7.fhir.r4.model.Patient patient, List<PrefetchReader.Entry> record) {
    return new Record(
        PrefetchReader.readPatient(patient, "prefetch.patient", record),
        reader.readRecord(record),
        ImmutableList.copyOf(record));
  }

  /**
   * Reviews an order for a catalog product against the prefetched record.
   *
   * @throws InvalidInputException naming the element when the order cannot be mapped
   */
  Reviewed review(
      String caseId, MedicationRequest order, String at, CatalogEntry entry, Record read) {
    LocalDate dos = plannedDate(order, at);
    int dose = dose(order, at);
    Route route = route(order, at);
    MedicalRecord prefetched = read.record();
    Patient p = read.patient();
    LocalDate ordered =
        order.hasAuthoredOnElement() ? PrefetchReader.day(order.getAuthoredOnElement(), at + ".authoredOn") : dos;
    List<Document> documents = new ArrayList<>(prefetched.documents());
    documents.add(Order.builder().date(ordered).signed(true).product(entry.product()).doseMg(dose).build());
    documents.add(
        AdministrationRecord.of(
            Administration.builder()
                .date(dos)
                .product(entry.product())
                .doseMg(dose)
                .route(route)
                .administeredBy(AdministeredBy.PHYSICIAN)
                .drugSource(DrugSource.PRACTICE_PURCHASED)
                .build(),
            true));
    ClaimLine claim =
        ClaimLine.builder()
            .dateOfService(dos)
            .hcpcs(entry.hcpcs())
            .units(dose)
            .addModifiers(Modifier.JZ)
            .placeOfService(PlaceOfService.OFFICE)
            .diagnosisCodes(diagnoses(order, at, prefetched, dos))
            .build();
    ReviewCase reviewCase;
    try {
      reviewCase =
          ReviewCase.builder()
              .id(caseId)
              .edition(Optional.ofNullable(edition))
              .claim(claim)
              .patient(p)
              .record(MedicalRecord.builder().documents(documents).build())
              .build();
    } catch (InvalidInputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(at, String.valueOf(e.getMessage()));
    }
    ReviewCase declared = reader.keepDeclared(reviewCase, read.entries());
    return new Reviewed(orderTime(review.review(declared)), dos);
  }

  /** Keeps the findings decidable at order time and takes the decision again from them. */
  static ReviewResult orderTime(ReviewResult full) {
    ImmutableList<Finding> kept =
        full.findings().stream()
            .filter(f -> !CLAIM_TIME_RULES.contains(f.rule().id()))
            .collect(ImmutableList.toImmutableList());
    Optional<Category> reason =
        kept.stream()
            .filter(Finding::isError)
            .map(f -> f.category().orElseThrow())
            .min(Category::compareTo);
    return ReviewResult.builder()
        .from(full)
        .findings(kept)
        .decision(reason.isPresent() ? Decision.DENY : Decision.APPROVE)
        .denialReason(reason)
        .build();
  }

  private static LocalDate plannedDate(MedicationRequest order, String at) {
    Dosage dosage = order.getDosageInstructionFirstRep();
    if (!order.getDosageInstruction().isEmpty() && dosage.getTiming().hasEvent()) {
      DateTimeType event = dosage.getTiming().getEvent().get(0);
      return PrefetchReader.day(event, at + ".dosageInstruction[0].timing.event[0]");
    }
    if (order.hasAuthoredOnElement()) {
      return PrefetchReader.day(order.getAuthoredOnElement(), at + ".authoredOn");
    }
    throw new InvalidInputException(
        at + ".dosageInstruction[0].timing.event[0]",
        "missing: the planned date of the dose (or MedicationRequest.authoredOn)");
  }

  private static int dose(MedicationRequest order, String at) {
    String path = at + ".dosageInstruction[0].doseAndRate[0].doseQuantity";
    var q = PrefetchReader.doseQuantity(order, at);
    String unit = q.hasCode() ? q.getCode() : q.getUnit();
    BigDecimal v = q.getValue();
    if (v == null || !"mg".equals(unit)) {
      throw new InvalidInputException(path, "must be a dose in UCUM mg");
    }
    try {
      int n = v.intValueExact();
      if (n < 1) {
        throw new InvalidInputException(path, "must be ≥ 1 mg, was " + v.toPlainString());
      }
      return n;
    } catch (ArithmeticException e) {
      throw new InvalidInputException(path, "must be a whole number of mg, was " + v.toPlainString());
    }
  }

  private static Route route(MedicationRequest order, String at) {
    String path = at + ".dosageInstruction[0].route";
    if (order.getDosageInstruction().isEmpty() || !order.getDosageInstructionFirstRep().hasRoute()) {
      throw new InvalidInputException(path, "missing: the route (SNOMED CT)");
    }
    return PrefetchReader.route(order.getDosageInstructionFirstRep().getRoute(), path);
  }

  /** The order's reasons (ICD-10-CM), else the diagnoses of the record's signed notes. */
  private static List<Icd10Code> diagnoses(
      MedicationRequest order, String at, MedicalRecord record, LocalDate dos) {
    Set<Icd10Code> codes = new LinkedHashSet<>();
    List<CodeableConcept> reasons = order.getReasonCode();
    for (int i = 0; i < reasons.size(); i++) {
      for (Coding c : reasons.get(i).getCoding()) {
        if (ICD10CM.equals(c.getSystem())) {
          String path = at + ".reasonCode[" + i + "]";
          try {
            codes.add(Icd10Code.parse(c.getCode()));
          } catch (IllegalArgumentException e) {
            throw new InvalidInputException(path, String.valueOf(e.getMessage()));
          }
        }
      }
    }
    if (codes.isEmpty()) {
      for (Document d : record.documents()) {
        if (d instanceof ProgressNote n && n.signed() && !n.date().isAfter(dos)) {
          codes.addAll(n.diagnoses());
        }
      }
    }
    if (codes.isEmpty()) {
      throw new InvalidInputException(
          at + ".reasonCode",
          "missing: an ICD-10-CM reason for the order, and no signed progress note documents one");
    }
    return codes.stream().limit(ClaimLine.MAX_DIAGNOSES).toList();
  }
}

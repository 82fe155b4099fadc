package org.coveragepolicy.fhir;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.fhir.internal.CaseReader;
import org.coveragepolicy.fhir.internal.OrderMapper;
import org.coveragepolicy.fhir.internal.Terminology;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * A reader of the FHIR R4 resources a CDS Hooks request carries (prefetched searchsets, the
 * Patient, draft orders) into the review model, with the same mapping and the same strictness as
 * {@link BundleCases}: what cannot be mapped is an {@link InvalidInputException} naming the
 * element by its path in the request, such as {@code
 * prefetch.observations.entry[3].Observation.valueQuantity}, never a default. A CDS service builds
 * a review case from what it reads here; the Bundle form of a whole case is {@link BundleCases}'s.
 * Thread-safe.
 *
 * <pre>{@code
 * PrefetchReader reader = PrefetchReader.of(ClaimReview.standard().catalog());
 * List<PrefetchReader.Entry> entries = new ArrayList<>();
 * entries.addAll(PrefetchReader.entries(conditions, "prefetch.conditions"));
 * entries.addAll(PrefetchReader.entries(observations, "prefetch.observations"));
 * MedicalRecord record = reader.readRecord(entries);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PrefetchReader {
  private final CaseReader reader;
  private final ClaimReview review;

  private PrefetchReader(DrugCatalog catalog, Policies policies) {
    this.reader = new CaseReader(catalog, policies);
    this.review = ClaimReview.of(policies).overCatalog(catalog);
  }

  /**
   * Returns a reader resolving products through a catalog, for the policies on the class path.
   *
   * @param catalog the drug catalog (a claim review's {@code catalog()})
   * @return the reader
   */
  public static PrefetchReader of(DrugCatalog catalog) {
    return new PrefetchReader(checkNotNull(catalog, "catalog"), Policies.load());
  }

  /**
   * Returns a reader for a claim review: its catalog and its policies.
   *
   * @param review the review the cases read will go to
   * @return the reader
   */
  public static PrefetchReader of(ClaimReview review) {
    checkNotNull(review, "review");
    return new PrefetchReader(review.catalog(), review.policies());
  }

  /**
   * A resource of a Bundle with its path in the request, such as {@code
   * prefetch.conditions.entry[0].Condition}, and its entry's full URL (references may name it).
   *
   * @since 0.2.0
   */
  public static final class Entry {
    private final CaseReader.Located located;

    private Entry(CaseReader.Located located) {
      this.located = located;
    }

    /**
     * Returns the resource.
     *
     * @return the resource
     */
    public Resource resource() {
      return located.resource();
    }

    /**
     * Returns the resource's path in the request, as messages name it.
     *
     * @return the path
     */
    public String path() {
      return located.where();
    }

    @Override
    public String toString() {
      // the path only: a resource's content may identify the patient
      return "Entry[" + located.where() + "]";
    }
  }

  /**
   * Lists a Bundle's resources in entry order, each with its path under a prefix.
   *
   * @param bundle the Bundle, such as a prefetched searchset
   * @param path the Bundle's path in the request, such as {@code prefetch.conditions}
   * @return the entries, in order
   * @throws InvalidInputException if an entry has no resource (naming the entry)
   */
  public static ImmutableList<Entry> entries(Bundle bundle, String path) {
    checkNotNull(bundle, "bundle");
    checkNotNull(path, "path");
    return CaseReader.entries(bundle, path).stream()
        .map(Entry::new)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Reads the medical record from entries of one or more Bundles: Compositions (progress notes and
   * what they hold), Conditions, Observations, DiagnosticReports, MedicationStatements,
   * MedicationAdministrations and the rest of {@link BundleCases}' mapping, in entry order.
   *
   * @param entries the entries, as {@link #entries(Bundle, String)} lists them
   * @return the record
   * @throws InvalidInputException naming the element that cannot be mapped
   */
  public MedicalRecord readRecord(List<Entry> entries) {
    checkNotNull(entries, "entries");
    return reader.readRecord(located(entries));
  }

  /**
   * Reads the patient (sex and birth date) from a FHIR Patient.
   *
   * @param patient the Patient
   * @param path its path in the request, such as {@code prefetch.patient}
   * @return the patient
   * @throws InvalidInputException naming the element that cannot be mapped (never its value)
   */
  public static Patient readPatient(org.hl7.fhir.r4.model.Patient patient, String path) {
    checkNotNull(patient, "patient");
    checkNotNull(path, "path");
    return CaseReader.readPatient(patient, path);
  }

  /**
   * Reads the patient (sex, birth date, and the body weight of the latest body-weight Observation,
   * LOINC 29463-7, among the entries, if any) from a FHIR Patient and the prefetched entries.
   *
   * @param patient the Patient
   * @param path its path in the request, such as {@code prefetch.patient}
   * @param entries the prefetched entries, as {@link #entries(Bundle, String)} lists them
   * @return the patient
   * @throws InvalidInputException naming the element that cannot be mapped (never its value)
   */
  public static Patient readPatient(
      org.hl7.fhir.r4.model.Patient patient, String path, List<Entry> entries) {
    checkNotNull(patient, "patient");
    checkNotNull(path, "path");
    checkNotNull(entries, "entries");
    return CaseReader.readPatient(patient, path, located(entries));
  }

  /**
   * Returns the dose quantity of an order's first dosage instruction, which must be present; its
   * value and unit are the caller's to check.
   *
   * @param order the order
   * @param path its path in the request, such as {@code context.draftOrders.entry[0].MedicationRequest}
   * @return the quantity at {@code path.dosageInstruction[0].doseAndRate[0].doseQuantity}
   * @throws InvalidInputException if the order has no dose quantity
   */
  public static org.hl7.fhir.r4.model.Quantity doseQuantity(
      org.hl7.fhir.r4.model.MedicationRequest order, String path) {
    checkNotNull(order, "order");
    checkNotNull(path, "path");
    return OrderMapper.doseQuantity(order, path);
  }

  /**
   * Returns a case assembled from prefetched entries with only the evidence the policy that reviews
   * it declares, as a Bundle's case is read: a statement, risk factor, therapy kind or imaging
   * finding that policy does not declare (a patient's pregnancy status at an order for a drug whose
   * policy does not read it, the therapies another drug's policy reads) counts for nothing and is
   * left out.
   *
   * @param reviewCase the case
   * @param entries the entries its record was read from
   * @return the case to review; itself when it holds nothing its policy does not declare
   * @throws InvalidInputException naming the entry of the first name of the library's own code
   *     systems that no policy declares, or of the first value of a lab the policy declares given in
   *     another unit
   * @since 0.3.0
   */
  public ReviewCase keepDeclared(ReviewCase reviewCase, List<Entry> entries) {
    checkNotNull(reviewCase, "reviewCase");
    checkNotNull(entries, "entries");
    return CaseReader.keepDeclared(reviewCase, located(entries), review);
  }

  /**
   * Checks a case assembled from prefetched entries as {@link #keepDeclared} does, without leaving
   * out what its policy does not declare.
   *
   * @param reviewCase the case
   * @param entries the entries its record was read from
   * @throws InvalidInputException as {@link #keepDeclared}
   * @deprecated since 0.3.0: a term the policy does not declare is no longer invalid here, and this
   *     leaves it in the case, which a JSON reader would then reject; use {@link #keepDeclared}
   */
  @Deprecated(since = "0.3.0")
  public void checkVocabulary(ReviewCase reviewCase, List<Entry> entries) {
    checkNotNull(reviewCase, "reviewCase");
    checkNotNull(entries, "entries");
    CaseReader.checkVocabulary(reviewCase, located(entries), review);
  }

  private static ImmutableList<CaseReader.Located> located(List<Entry> entries) {
    return entries.stream().map(e -> e.located).collect(ImmutableList.toImmutableList());
  }

  /**
   * Resolves a medication concept to a product of the catalog: a coding of {@link
   * FhirCodes#PRODUCT} or an NDC the catalog lists.
   *
   * @param concept the medication concept, such as {@code MedicationRequest.medicationCodeableConcept}
   * @param path its path in the request
   * @return the product
   * @throws InvalidInputException if the concept names no product of the catalog
   */
  public Product product(@Nullable CodeableConcept concept, String path) {
    checkNotNull(path, "path");
    return reader.product(concept, path);
  }

  /**
   * Reads a date or date-time of at least day precision as the day it names.
   *
   * @param value the FHIR date or dateTime
   * @param path its path in the request
   * @return the day
   * @throws InvalidInputException if the value is missing or less precise than a day
   */
  public static LocalDate day(BaseDateTimeType value, String path) {
    checkNotNull(value, "value");
    checkNotNull(path, "path");
    return CaseReader.day(value, path);
  }

  /**
   * Reads a route of administration from its SNOMED CT coding, as a MedicationAdministration's
   * route is read.
   *
   * @param concept the route, such as {@code MedicationRequest.dosageInstruction[0].route}
   * @param path its path in the request
   * @return the route
   * @throws InvalidInputException if the concept has no single SNOMED CT code or a code that is
   *     not a route the review knows
   */
  public static Route route(@Nullable CodeableConcept concept, String path) {
    checkNotNull(path, "path");
    String code = CaseReader.code(concept, FhirCodes.SNOMED, path);
    Route route = Terminology.ROUTE_SNOMED.get(code);
    if (route == null) {
      throw new InvalidInputException(path, "SNOMED CT " + code + " is not a route this policy knows");
    }
    return route;
  }

  /**
   * Returns the LOINC codes of the Observations the reader maps to measurements (bone density
   * T-scores and the laboratory tests), in a fixed order: what a prefetch query for Observations
   * asks for.
   *
   * @return the codes
   */
  public static ImmutableSet<String> measurementLoincCodes() {
    return ImmutableSet.<String>builder()
        .addAll(Terminology.TSCORE_LOINC)
        .addAll(Terminology.LAB_LOINC.keySet())
        .build();
  }
}

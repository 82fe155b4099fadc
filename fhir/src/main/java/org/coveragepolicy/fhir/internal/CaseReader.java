package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.EDITION;
import static org.coveragepolicy.fhir.internal.FhirValues.build;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.jspecify.annotations.Nullable;

/**
 * Reads FHIR R4 resources into the review model. Strict: what cannot be mapped is an {@link
 * InvalidInputException} naming the resource and element, never a default. Paths name a resource
 * by its place ({@code Bundle.entry[3].Observation.valueQuantity}), never by an identifier that
 * could identify the patient; the one Claim and Patient of a Bundle are {@code Claim} and {@code
 * Patient}. Thread-safe.
 *
 * <p>The assembler of a case: each resource kind has its mapper in this package ({@code
 * ClaimMapper}, {@code PatientMapper}, {@code RecordMapper} with {@code OrderMapper}, {@code
 * AdministrationMapper}, {@code NoteMapper}, {@code TherapyMapper}, {@code ReportMapper}, {@code
 * LabMapper}), over a {@code ResourceIndex}, with values parsed by {@code FhirValues}.
 */
public final class CaseReader {
  private final DrugCatalog catalog;
  private final Policies policies;
  private final Products products;
  /** The review whose choice of policy the vocabulary check follows: these policies, this catalog. */
  private final ClaimReview review;

  /**
   * Creates a reader resolving products and HCPCS codes through a catalog, editions through the
   * policies on the class path.
   *
   * @param catalog the drug catalog
   */
  public CaseReader(DrugCatalog catalog) {
    this(catalog, Policies.load());
  }

  /**
   * Creates a reader resolving products and HCPCS codes through a catalog, editions through the
   * given policies.
   *
   * @param catalog the drug catalog
   * @param policies the policies
   */
  public CaseReader(DrugCatalog catalog, Policies policies) {
    this.catalog = catalog;
    this.policies = policies;
    this.products = new Products(catalog);
    this.review = ClaimReview.of(policies).overCatalog(catalog);
  }

  /**
   * A resource and where it sits, for messages: {@code Claim}, {@code Bundle.entry[3].Observation}.
   *
   * @param resource the resource
   * @param where its path
   * @param fullUrl its Bundle entry's full URL, if any
   */
  public record Located(Resource resource, String where, @Nullable String fullUrl) {
    /**
     * A resource without a full URL.
     *
     * @param resource the resource
     * @param where its path
     */
    public Located(Resource resource, String where) {
      this(resource, where, null);
    }
  }

  /**
   * Lists a Bundle's resources with their paths; the one Claim and Patient are named by type.
   *
   * @param bundle the bundle
   * @param prefix the path of the bundle, such as {@code Bundle}
   * @return the resources in entry order
   */
  public static List<Located> entries(Bundle bundle, String prefix) {
    return ResourceIndex.entries(bundle, prefix);
  }

  /**
   * Reads a review case from a Bundle: its identifier is the case ID, its meta tag the edition.
   *
   * @param bundle the bundle
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped
   */
  public ReviewCase readBundle(Bundle bundle) {
    String id = bundle.getIdentifier().getValue();
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("Bundle.identifier.value", "missing: the case ID");
    }
    List<Located> all = entries(bundle, "Bundle");
    Located claim = ResourceIndex.single(all, ResourceType.Claim, "Claim");
    Located patient = ResourceIndex.single(all, ResourceType.Patient, "Patient");
    ClaimLine line = readClaim((Claim) claim.resource(), "Claim");
    Patient p = readPatient((org.hl7.fhir.r4.model.Patient) patient.resource(), "Patient", all);
    MedicalRecord record = readRecord(all);
    ReviewCase c =
        build(
            () ->
                ReviewCase.builder()
                    .id(id)
                    .edition(edition(bundle))
                    .claim(line)
                    .patient(p)
                    .record(record)
                    .build(),
            "Bundle");
    return keepDeclared(c, all, review);
  }

  /**
   * Returns a case with only the statements, risk factors, therapy kinds and imaging findings its
   * policy declares: the others count for nothing and are left out ({@link VocabularyCheck}).
   * {@link #readBundle} does this to its case; a caller that assembles a case from {@link
   * #readRecord} (an order-sign service) does it the same way.
   *
   * @param c the case
   * @param all the resources its record was read from, with their paths
   * @param review the review that chooses the case's policy (its policies and catalog)
   * @return the case, itself when it holds nothing its policy does not declare
   * @throws InvalidInputException naming the resource of the first name of the library's own code
   *     systems that no policy declares, or of a lab the policy declares given in another unit
   */
  public static ReviewCase keepDeclared(ReviewCase c, List<Located> all, ClaimReview review) {
    return VocabularyCheck.keepDeclared(c, all, review);
  }

  /**
   * Checks a case as {@link #keepDeclared} does, without leaving anything out.
   *
   * @param c the case
   * @param all the resources its record was read from, with their paths
   * @param review the review that chooses the case's policy (its policies and catalog)
   * @throws InvalidInputException as {@link #keepDeclared}
   */
  public static void checkVocabulary(ReviewCase c, List<Located> all, ClaimReview review) {
    VocabularyCheck.check(c, all, review);
  }

  private Optional<Edition> edition(Bundle bundle) {
    List<Coding> tags =
        bundle.getMeta().getTag().stream().filter(t -> EDITION.equals(t.getSystem())).toList();
    if (tags.isEmpty()) {
      return Optional.empty();
    }
    if (tags.size() > 1) {
      throw new InvalidInputException("Bundle.meta.tag", "more than one edition tag");
    }
    return Optional.of(
        build(() -> policies.edition(tags.get(0).getCode()), "Bundle.meta.tag[edition].code"));
  }

  /**
   * Reads the claim line of a Claim of one item.
   *
   * @param claim the claim
   * @param where its path
   * @return the claim line
   */
  public ClaimLine readClaim(Claim claim, String where) {
    return ClaimMapper.read(claim, where, catalog);
  }

  /**
   * Reads a patient's sex and birth date. Messages never contain the birth date.
   *
   * @param patient the patient
   * @param where its path
   * @return the patient
   */
  public static Patient readPatient(org.hl7.fhir.r4.model.Patient patient, String where) {
    return PatientMapper.read(patient, where);
  }

  /**
   * Reads a patient's sex and birth date, and the body weight of the given resources' standalone
   * body-weight Observations (LOINC 29463-7; the latest counts), as {@link #readBundle} does.
   *
   * @param patient the patient
   * @param where its path
   * @param all the resources that may hold body-weight Observations, such as prefetched ones
   * @return the patient
   */
  public static Patient readPatient(
      org.hl7.fhir.r4.model.Patient patient, String where, List<Located> all) {
    return BodyWeight.withWeight(readPatient(patient, where), all);
  }

  /**
   * Reads the medical record from resources: documents in the order their resources come.
   *
   * @param all the resources with their paths
   * @return the record
   */
  public MedicalRecord readRecord(List<Located> all) {
    return RecordMapper.read(all, products);
  }

  /**
   * Resolves a product from a coding of this project's product system or an NDC of the catalog.
   *
   * @param concept the medication concept
   * @param at its path
   * @return the product
   */
  public Product product(@Nullable CodeableConcept concept, String at) {
    return products.product(concept, at);
  }

  /**
   * Returns the code of the one coding of a system; any system when {@code system} is null.
   *
   * @param concept the concept
   * @param system the system, or null for the first coding
   * @param at the path
   * @return the code
   */
  public static String code(@Nullable CodeableConcept concept, @Nullable String system, String at) {
    return FhirValues.code(concept, system, at);
  }

  /**
   * Returns a date of at least day precision, as a local date.
   *
   * @param t the date or date-time
   * @param at the path
   * @return the day
   */
  public static LocalDate day(BaseDateTimeType t, String at) {
    return FhirValues.day(t, at);
  }
}

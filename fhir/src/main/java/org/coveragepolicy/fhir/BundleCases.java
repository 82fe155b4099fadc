package org.coveragepolicy.fhir;

import static com.google.common.base.Preconditions.checkNotNull;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.fhir.internal.CaseReader;
import org.coveragepolicy.fhir.internal.CaseWriter;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Converts between a FHIR R4 Bundle and a review case: one Claim of one item, the Patient, and the
 * medical record as MedicationRequest, Composition, Condition, Observation, DiagnosticReport,
 * ImagingStudy, MedicationStatement, MedicationAdministration, CommunicationRequest and
 * Communication resources, and the patient's body weight as an Observation (the module README's
 * mapping table lists every element and code). Editions are those of the policies on the class
 * path unless policies are given.
 *
 * <p>Reading is strict: what cannot be mapped is an {@link InvalidInputException} naming the
 * resource and element, such as {@code Claim.item[0].quantity: must be ≥ 1, was 0}, never a
 * default. Messages never contain the patient's birth date. Writing gives a Bundle that reads back
 * to an equal case; the same case always gives the same Bundle. All methods are thread-safe.
 *
 * @since 0.2.0
 */
public final class BundleCases {
  private static final CaseReader STANDARD = new CaseReader(ClaimReview.standard().catalog());

  private BundleCases() {}

  /**
   * Reads a review case from a Bundle, resolving products and HCPCS codes through the standard
   * catalog.
   *
   * @param bundle the bundle
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped to a case
   */
  public static ReviewCase toCase(Bundle bundle) {
    return STANDARD.readBundle(bundle);
  }

  /**
   * Reads a review case from a Bundle, resolving products and HCPCS codes through a catalog.
   *
   * @param bundle the bundle
   * @param catalog the drug catalog
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped to a case
   */
  public static ReviewCase toCase(Bundle bundle, DrugCatalog catalog) {
    return new CaseReader(catalog).readBundle(bundle);
  }

  /**
   * Reads a review case from a Bundle for the given policies: products and HCPCS codes through
   * their catalog, editions through them.
   *
   * @param bundle the bundle
   * @param policies the policies
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped to a case
   * @since 0.2.0
   */
  public static ReviewCase toCase(Bundle bundle, Policies policies) {
    checkNotNull(bundle, "bundle");
    return new CaseReader(checkNotNull(policies, "policies").catalog(), policies).readBundle(bundle);
  }

  /**
   * Reads a review case from a Bundle for the given policies over another catalog, such as theirs
   * extended by a catalog file.
   *
   * @param bundle the bundle
   * @param policies the policies, whose editions the bundle may name
   * @param catalog the drug catalog
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped to a case
   * @since 0.2.0
   */
  public static ReviewCase toCase(Bundle bundle, Policies policies, DrugCatalog catalog) {
    checkNotNull(bundle, "bundle");
    return new CaseReader(checkNotNull(catalog, "catalog"), checkNotNull(policies, "policies"))
        .readBundle(bundle);
  }

  /**
   * Reads a review case from a Bundle's JSON text.
   *
   * @param json the Bundle as FHIR JSON
   * @return the case
   * @throws InvalidInputException if the text is not a FHIR R4 Bundle or cannot be mapped
   */
  public static ReviewCase toCase(String json) {
    return toCase(Fhir.parse(Bundle.class, json));
  }

  /**
   * Writes a review case as a collection Bundle.
   *
   * @param reviewCase the case
   * @return the bundle; reading it back gives an equal case
   */
  public static Bundle toBundle(ReviewCase reviewCase) {
    return CaseWriter.write(reviewCase);
  }

  /**
   * Writes a review case as an indented Bundle in FHIR JSON.
   *
   * @param reviewCase the case
   * @return the JSON text
   */
  public static String toJson(ReviewCase reviewCase) {
    return Fhir.toJson(toBundle(reviewCase), true);
  }
}

/**
 * FHIR R4 in and out of the review: a Bundle as a review case ({@link
 * org.coveragepolicy.fhir.BundleCases}), and a review result as an {@code OperationOutcome} and as
 * the Da Vinci CRD coverage-information extension ({@link
 * org.coveragepolicy.fhir.ResultResources}). The code systems and extensions used are named in
 * {@link org.coveragepolicy.fhir.FhirCodes}; the module's README holds the mapping table.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coveragepolicy.fhir;

import org.jspecify.annotations.NullMarked;

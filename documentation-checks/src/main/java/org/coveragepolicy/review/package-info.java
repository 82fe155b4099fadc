/**
 * The claim review: the medical record returned for a claim, what in it counts as evidence, the
 * TPE documentation rules, the claim-coding rules, and the decision with its denial reason. Start at
 * {@link org.coveragepolicy.review.ClaimReview}.
 *
 * <p>The module that holds this package, {@code documentation-checks}, is named after the TPE
 * documentation checks it started as; the package is named after what it became, the review engine
 * that runs those checks together with the coding checks and the policies' checks and assembles the
 * decision.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.review;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

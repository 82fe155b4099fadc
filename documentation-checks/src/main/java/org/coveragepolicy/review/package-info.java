/**
 * The claim review: the medical record returned for a claim, what in it counts as evidence, the
 * TPE documentation rules, the claim-coding rules, and the decision with its denial reason. Start at
 * {@link org.coveragepolicy.review.ClaimReview}.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.review;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

/**
 * The indication evaluator and the dose, frequency and safety rules, as the documentation-checks
 * module wires them into a claim review; not part of the API: it is left out of the Javadoc and may
 * change in any release. The API is {@code org.coveragepolicy.review.ClaimReview}.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.policy.internal;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

/** The claim under review: the patient, the claim line and the administration of the drug. */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.claim;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

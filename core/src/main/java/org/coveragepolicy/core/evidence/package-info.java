/** Clinical evidence drawn from a medical record: diagnoses, imaging, laboratory results, therapies, risk factors and note statements. */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.evidence;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

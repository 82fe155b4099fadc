/**
 * The building blocks several built-in policies share: the bone-health code families and the
 * requirement blocks of the postmenopausal-osteoporosis indications (a note statement, radiographic
 * evidence of bone fragility, high risk for fracture), each citing the source its policy gives.
 *
 * @since 0.2.0
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.indications.common;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

/** The generic Medicare Part B drug-benefit evaluator (Pub. 100-02, Ch. 15, §50). */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.partb;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

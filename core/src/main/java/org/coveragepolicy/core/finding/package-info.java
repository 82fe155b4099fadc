/** Rules, findings, citations, denial categories and the decision derived from findings. */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.finding;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

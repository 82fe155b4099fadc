/**
 * Evenity (romosozumab-aqqg, HCPCS J3111): the second built-in policy, on the FDA label and Pub.
 * 100-02 Ch. 15 §50, built from the shared bone-health blocks and the engine's generic checks.
 *
 * @since 0.2.0
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.indications.romosozumab;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

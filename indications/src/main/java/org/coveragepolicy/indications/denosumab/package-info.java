/**
 * Prolia and Xgeva (HCPCS J0897) indications under each policy edition, with the multiple-myeloma
 * limitation, and the dose, frequency and safety rules: the reasonable-and-necessary requirement
 * (Pub. 100-02, Ch. 15, §50.4) for denosumab.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

/** The drug catalog: products, their HCPCS billing facts and the facts Pub. 100-02 Ch. 15 §50 needs. */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.drug;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

/** Medical codes: HCPCS, ICD-10-CM, NDC, claim modifiers, place of service, and named ICD-10-CM code families. */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.code;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

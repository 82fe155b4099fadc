/**
 * Wiring that the other modules of coverage-policy need from core (the Immutables style); not part
 * of the API: it is left out of the Javadoc and may change in any release.
 */
@NullMarked
package org.coveragepolicy.core.internal;

import org.jspecify.annotations.NullMarked;

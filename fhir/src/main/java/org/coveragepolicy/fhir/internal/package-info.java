/** Wiring for the fhir and server modules; not part of the API. */
@NullMarked
package org.coveragepolicy.fhir.internal;

import org.jspecify.annotations.NullMarked;

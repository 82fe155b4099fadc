/**
 * The policy SPI: a coverage {@link org.coveragepolicy.core.policy.Policy} is a value the engine is
 * given — its catalog, editions, indications, dose, frequency and safety checks, sources,
 * interpretations, the documentation rules it adds and the citations of the engine's shared rules.
 * {@link org.coveragepolicy.core.policy.Policies} is a set of them (found with {@link
 * java.util.ServiceLoader} through {@link org.coveragepolicy.core.policy.PolicyProvider}, or given
 * explicitly), and {@link org.coveragepolicy.core.policy.DoseChecks} holds the generic checks a
 * policy declares from its catalog data.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.policy;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

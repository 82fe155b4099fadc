/**
 * The policy SPI: a coverage {@link org.coveragepolicy.core.policy.Policy} is a value the engine is
 * given — its catalog, editions, indications, dose, frequency and safety checks, sources,
 * interpretations, the documentation rules it adds and the citations of the engine's shared rules.
 * {@link org.coveragepolicy.core.policy.Policies} is a set of them (found with {@link
 * java.util.ServiceLoader} through {@link org.coveragepolicy.core.policy.PolicyProvider}, or given
 * explicitly), and {@link org.coveragepolicy.core.policy.DoseChecks} holds the generic checks a
 * policy declares from its catalog data.
 *
 * <p>Rules as declarations: a policy declares each rule once, as a {@link
 * org.coveragepolicy.core.finding.Rule} constant with its ID, summary, default category and
 * source, next to the function that writes its summary, and hands its checks to the policy as a
 * list ({@link org.coveragepolicy.core.policy.Policy#checks()}). A summary or interpretation that
 * names a threshold, a window, a dose or a dosing interval is written by a function of the
 * edition's {@link org.coveragepolicy.core.policy.Thresholds} or the policy's catalog: the
 * constant reads its words for the defaults, and the policy's {@link
 * org.coveragepolicy.core.policy.PolicyTexts}, built with {@link
 * org.coveragepolicy.core.policy.PolicyTexts#builder()} (one {@code rule(RULE, renderer)} or
 * {@code interpretation(CHOICE, renderer)} line each), renders them again under any edition and
 * catalog, so a changed number never prints the old one. Adding such a rule adds a declaration,
 * not a branch; a rule with no renderer reads its own summary.
 */
@CoverageStyle
@NullMarked
package org.coveragepolicy.core.policy;

import org.coveragepolicy.core.internal.CoverageStyle;
import org.jspecify.annotations.NullMarked;

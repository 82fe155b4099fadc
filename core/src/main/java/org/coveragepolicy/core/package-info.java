/**
 * The typed domain model of coverage-policy and the generic Medicare Part B drug-benefit evaluator.
 *
 * <p>Sub-packages: {@link org.coveragepolicy.core.code} (HCPCS, ICD-10-CM, NDC, modifiers, place of
 * service and code families), {@link org.coveragepolicy.core.drug} (the drug catalog),
 * {@link org.coveragepolicy.core.claim} (patient, claim line, administration),
 * {@link org.coveragepolicy.core.evidence} (clinical evidence), {@link org.coveragepolicy.core.finding}
 * (rules, findings, citations and decisions) and {@link org.coveragepolicy.core.partb} (Pub. 100-02
 * Ch. 15 §50).
 */
@NullMarked
package org.coveragepolicy.core;

import org.jspecify.annotations.NullMarked;

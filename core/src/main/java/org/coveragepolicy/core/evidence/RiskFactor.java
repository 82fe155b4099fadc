package org.coveragepolicy.core.evidence;

/**
 * A documented risk factor for fracture (FDA labels: "high risk for fracture").
 *
 * @since 0.1.0
 */
public enum RiskFactor {
  /** A prior fragility fracture. */
  PRIOR_FRAGILITY_FRACTURE,
  /** Multiple risk factors for fracture. */
  MULTIPLE_RISK_FACTORS,
  /** Failed or intolerant of other available osteoporosis therapy. */
  FAILED_OR_INTOLERANT_OTHER_THERAPY
}

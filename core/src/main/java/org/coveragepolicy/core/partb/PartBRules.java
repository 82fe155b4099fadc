package org.coveragepolicy.core.partb;

import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * The six Part B drug-benefit requirements of Pub. 100-02, Ch. 15, §50, one rule each (the J0897 policy
 * "Part B drug benefit").
 *
 * @since 0.1.0
 */
public final class PartBRules {
  /** §50.1: meets the definition of a drug or biological, FDA approved. */
  public static final Rule DRUG_DEFINITION =
      Rule.of(
          "PARTB-DRUG-DEFINITION",
          "meets the definition of a drug or biological, FDA approved (§50.1)",
          Source.IOM_15_50);

  /** §50.2 and §50.5: not usually self-administered, unless a statutory exception applies. */
  public static final Rule NOT_SELF_ADMINISTERED =
      Rule.of(
          "PARTB-NOT-SELF-ADMINISTERED",
          "not usually self-administered and not given by the patient or a caregiver, unless a"
              + " statutory exception applies (§50.2, §50.5)",
          Source.IOM_15_50);

  /** §50.3 and §60: incident-to a physician's service. */
  public static final Rule INCIDENT_TO =
      Rule.of(
          "PARTB-INCIDENT-TO",
          "given by the physician or practitioner, or by auxiliary personnel under direct"
              + " supervision in the office, and an expense to the practice (§50.3, §60)",
          Source.IOM_15_50);

  /** §50.4: reasonable and necessary, delegated to the drug's indication rules. */
  public static final Rule REASONABLE_NECESSARY =
      Rule.of(
          "PARTB-REASONABLE-NECESSARY",
          "reasonable and necessary for the diagnosis or treatment (§50.4)",
          Source.IOM_15_50);

  /** §50.4.4.2: not an excluded immunization. */
  public static final Rule NOT_IMMUNIZATION =
      Rule.of(
          "PARTB-NOT-IMMUNIZATION",
          "not excluded as a noncovered immunization (§50.4.4.2)",
          Source.IOM_15_50);

  /** §50.4.6: not determined by the FDA to be less than effective. */
  public static final Rule NOT_LESS_THAN_EFFECTIVE =
      Rule.of(
          "PARTB-NOT-LESS-THAN-EFFECTIVE",
          "not determined by the FDA to be less than effective (§50.4.6)",
          Source.IOM_15_50);

  private PartBRules() {}
}

package org.coveragepolicy.core.policy;

import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/**
 * The engine's indication rule shared by every policy; a policy names the source it cites through
 * {@link Policy#citations()}.
 *
 * @since 0.2.0
 */
public final class IndicationRules {
  /**
   * No indication of the product's family is a candidate and no limitation of use fired: not
   * reasonable and necessary (Pub. 100-02, Ch. 15, §50.4).
   */
  public static final Rule NO_INDICATION =
      Rule.of(
          "IND-NO-INDICATION",
          "a diagnosis documents an FDA-labeled indication of the product's family",
          Category.MEDICAL_NECESSITY,
          Source.IOM_15_50);

  private IndicationRules() {}
}

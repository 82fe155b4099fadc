package org.coveragepolicy.indications;

/**
 * The reasonable-and-necessary evaluator for J0897 (Pub. 100-02, Ch. 15, §50.4): a pure function
 * from an {@link IndicationRequest} to an {@link IndicationResult}.
 *
 * @since 0.1.0
 */
public final class IndicationEvaluator {
  private IndicationEvaluator() {}

  /**
   * Evaluates the indications of the request's edition for its product, the limitation of use, and
   * the dose, frequency and safety rules.
   *
   * @param request the request
   * @return the candidates, the supported indication and the findings
   */
  public static IndicationResult evaluate(IndicationRequest request) {
    // TODO(indications issue): implement; the API above is fixed.
    throw new UnsupportedOperationException("indications: not implemented yet");
  }
}

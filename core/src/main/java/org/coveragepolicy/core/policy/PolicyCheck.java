package org.coveragepolicy.core.policy;

import java.util.List;
import org.coveragepolicy.core.finding.Finding;

/**
 * A dose, frequency, limitation or safety check of a policy: a pure function from the case facts and
 * the supported indications to findings (none when the check passes or its input is absent).
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface PolicyCheck {
  /**
   * Evaluates the check.
   *
   * @param facts the case facts
   * @param supported the supported candidate indications, in the edition's order
   * @return the findings, none when the check passes
   */
  List<Finding> evaluate(CaseFacts facts, List<Indication> supported);
}

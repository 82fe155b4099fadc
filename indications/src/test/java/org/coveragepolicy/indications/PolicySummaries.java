package org.coveragepolicy.indications;

import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policy;

/** Test fixture: every text a policy renders under an edition, for the texts tests of each policy. */
public final class PolicySummaries {
  private PolicySummaries() {}

  /**
   * Returns every rule's summary, then every interpretation's, as the policy renders them under an
   * edition.
   *
   * @param policy the policy
   * @param edition the edition in force
   * @return the texts, in the policy's order
   */
  public static List<String> texts(Policy policy, Edition edition) {
    List<String> texts = new ArrayList<>();
    for (Rule rule : policy.rules()) {
      texts.add(policy.summary(edition, rule));
    }
    for (Interpretation i : policy.interpretations()) {
      texts.add(policy.summary(edition, i));
    }
    return texts;
  }
}

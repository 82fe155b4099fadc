package org.coveragepolicy.core.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;

/**
 * Editions and policies with other numbers, and the texts a policy renders under an edition, for
 * the tests that check a policy's texts and checks follow its numbers (in core's test-jar, shared
 * by the policies' and the engine's tests).
 */
public final class TestEditions {
  private TestEditions() {}

  /**
   * Returns the edition under another name, with hypocalcemia below 8.0 mg/dL within 21 days
   * instead of the default thresholds' 8.5 within 30, the other thresholds the defaults.
   *
   * @param edition the edition changed
   * @param name the changed edition's name
   * @return the changed edition
   */
  public static Edition withLowCalcium8Within21Days(Edition edition, String name) {
    return Edition.builder()
        .from(edition)
        .name(name)
        .thresholds(
            Thresholds.builder()
                .from(Thresholds.defaults())
                .hypocalcemiaCalcium(new BigDecimal("8.0"))
                .hypocalcemiaWindowDays(21)
                .build())
        .build();
  }

  /**
   * Returns the policy with the given entries in its catalog: an entry for a product the catalog has
   * replaces that product's entry (see {@code DrugCatalog.withEntries}).
   *
   * @param policy the policy changed
   * @param entries the changed entries
   * @return the changed policy
   */
  public static Policy withEntries(Policy policy, CatalogEntry... entries) {
    return Policy.builder().from(policy).catalog(policy.catalog().withEntries(List.of(entries))).build();
  }

  /**
   * Returns every text the policy renders under the edition: each rule's summary, then each
   * interpretation's, in the policy's order.
   *
   * @param policy the policy
   * @param edition one of its editions
   * @return the texts
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

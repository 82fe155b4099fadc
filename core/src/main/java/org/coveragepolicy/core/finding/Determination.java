package org.coveragepolicy.core.finding;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision on a claim derived from its findings: DENY exactly when an ERROR exists, and the
 * denial reason is the category of the highest-precedence ERROR (the policy's "Decision").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Determination {
  Determination() {}

  /**
   * Returns the findings, sorted by {@link Finding#ORDER}.
   *
   * @return the sorted findings
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns the decision: DENY if any finding is an ERROR, else APPROVE.
   *
   * @return the decision
   */
  @Value.Derived
  public Decision decision() {
    return denialReason().isPresent() ? Decision.DENY : Decision.APPROVE;
  }

  /**
   * Returns the denial reason: the category of the highest-precedence ERROR, empty on APPROVE.
   *
   * @return the denial reason, if denied
   */
  @Value.Derived
  public Optional<Category> denialReason() {
    Category best = null;
    for (Finding finding : findings()) {
      if (finding.isError()) {
        Category category = finding.category().orElseThrow();
        if (best == null || category.outranks(best)) {
          best = category;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Derives the determination from findings given in any order.
   *
   * @param findings the findings of every rule applied to the claim
   * @return the determination, with the findings sorted
   */
  public static Determination of(Iterable<Finding> findings) {
    ImmutableList<Finding> copy = ImmutableList.copyOf(findings);
    // zero or one finding is already in order
    ImmutableList<Finding> sorted =
        copy.size() < 2 ? copy : ImmutableList.sortedCopyOf(Finding.ORDER, copy);
    return ImmutableDetermination.builder().findings(sorted).build();
  }
}

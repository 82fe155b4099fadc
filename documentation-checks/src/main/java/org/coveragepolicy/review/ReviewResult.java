package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.immutables.value.Value;

/**
 * The result of reviewing a case: the product, the decision and denial reason, the supported
 * indication, and the findings sorted by severity then rule ID (docs/json-contract.md, "Review result").
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewResult {
  ReviewResult() {}

  /**
   * Returns the case ID.
   *
   * @return the case ID
   */
  public abstract String id();

  /**
   * Returns the edition the case was reviewed under.
   *
   * @return the edition
   */
  public abstract Edition edition();

  /**
   * Returns the product under review, when it can be determined.
   *
   * @return the product
   */
  public abstract Optional<Product> product();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns the denial reason: the highest-precedence ERROR category; empty on APPROVE.
   *
   * @return the denial reason
   */
  public abstract Optional<Category> denialReason();

  /**
   * Returns the supported indication, if any.
   *
   * @return the indication
   */
  public abstract Optional<Indication> indication();

  /**
   * Returns the findings, sorted by severity then rule ID.
   *
   * @return the findings
   */
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReviewResult}.
   *
   * <ul>
   *   <li>Required: {@code id}, {@code edition}, {@code decision}.</li>
   *   <li>Optional: {@code product} (absent unless set), {@code denialReason} (absent unless set),
   *       {@code indication} (absent unless set), {@code findings} (empty unless added).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set.
   */
  public static final class Builder extends ImmutableReviewResult.Builder {
    Builder() {}
  }
}

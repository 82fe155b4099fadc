package org.coveragepolicy.review;

import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.Product;
import org.immutables.value.Value;

/**
 * A physician's order for a product and dose.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Order implements Document {
  Order() {}

  @Override
  public final DocumentKind kind() {
    return DocumentKind.ORDER;
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract boolean signed();

  /**
   * Returns the product ordered.
   *
   * @return the product
   */
  public abstract Product product();

  /**
   * Returns the dose ordered, in mg.
   *
   * @return the dose, at least 1
   */
  public abstract int doseMg();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}. */
  public static final class Builder extends ImmutableOrder.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (doseMg() < 1) {
      throw new InvalidInputException("doseMg", "must be ≥ 1, was " + doseMg());
    }
  }
}

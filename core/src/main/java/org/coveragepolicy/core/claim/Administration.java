package org.coveragepolicy.core.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.Product;
import org.immutables.value.Value;

/**
 * One dose of a drug as an administration record documents it: date, product, dose, route, who gave
 * it, under what supervision, and who paid for the drug.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Administration {
  Administration() {}

  /**
   * Returns the date the dose was given.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the product given.
   *
   * @return the product
   */
  public abstract Product product();

  /**
   * Returns the dose given, in mg.
   *
   * @return the dose, at least 1
   */
  public abstract int doseMg();

  /**
   * Returns the route.
   *
   * @return the route
   */
  public abstract Route route();

  /**
   * Returns who gave the dose.
   *
   * @return who gave it
   */
  public abstract AdministeredBy administeredBy();

  /**
   * Returns the documented supervision; empty when the record does not document it.
   *
   * @return the supervision, if documented
   */
  public abstract Optional<Supervision> supervision();

  /**
   * Returns who paid for the drug.
   *
   * @return the drug source
   */
  public abstract DrugSource drugSource();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Administration}. */
  public static final class Builder extends ImmutableAdministration.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (doseMg() < 1) {
      throw new InvalidInputException("doseMg", "must be ≥ 1, was " + doseMg());
    }
  }
}

package org.coveragepolicy.core.drug;

import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The name of a drug product in the catalog, upper snake case, such as {@code PROLIA}. Products are
 * data: a new product is a new {@link CatalogEntry}, not a new constant.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Product implements Comparable<Product> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Prolia (denosumab 60 mg), billed under J0897. */
  public static final Product PROLIA = of("PROLIA");

  /** Xgeva (denosumab 120 mg), billed under J0897. */
  public static final Product XGEVA = of("XGEVA");

  Product() {}

  /**
   * Returns the product's name.
   *
   * @return the name, upper snake case
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the product of the given name.
   *
   * @param name upper snake case, such as {@code XGEVA}
   * @return the product
   * @throws InvalidInputException if the name is not upper snake case
   */
  public static Product of(String name) {
    return ImmutableProduct.of(name);
  }

  @Override
  public final int compareTo(Product other) {
    return name().compareTo(other.name());
  }

  @Value.Check
  final void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new InvalidInputException(
          "", "not a product name (upper snake case): \"" + name() + "\"");
    }
  }

  @Override
  public final String toString() {
    return name();
  }
}

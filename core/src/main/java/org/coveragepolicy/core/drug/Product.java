package org.coveragepolicy.core.drug;

import com.google.common.base.CharMatcher;
import org.coveragepolicy.core.InvalidInputException;
import org.immutables.value.Value;

/**
 * The name of a drug product in the catalog, upper snake case, such as {@code ACME_BRAND}. Products are
 * data: a new product is a new {@link CatalogEntry}, not a new constant.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Product implements Comparable<Product> {
  private static final CharMatcher UPPER = CharMatcher.inRange('A', 'Z');
  private static final CharMatcher NAME_CHARS =
      UPPER.or(CharMatcher.inRange('0', '9')).or(CharMatcher.is('_')).precomputed();

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
   * @param name upper snake case, such as {@code ACME_BRAND}
   * @return the product
   * @throws InvalidInputException if the name is not upper snake case
   */
  public static Product of(String name) {
    return ImmutableProduct.of(name);
  }

  /**
   * Returns the name as a brand is written, first letter upper case and the rest lower case, with
   * underscores as spaces: {@code ACME_BRAND} is "Acme brand".
   *
   * @return the name in words
   */
  public final String displayName() {
    String words = name().replace('_', ' ');
    return words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public final int compareTo(Product other) {
    return name().compareTo(other.name());
  }

  @Value.Check
  final void check() {
    // a letter, then letters, digits and underscores
    String name = name();
    if (name.isEmpty() || !UPPER.matches(name.charAt(0)) || !NAME_CHARS.matchesAllOf(name)) {
      throw new InvalidInputException(
          "", "not a product name (upper snake case): \"" + name() + "\"");
    }
  }

  @Override
  public final String toString() {
    return name();
  }
}

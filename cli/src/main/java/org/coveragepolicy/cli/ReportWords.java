package org.coveragepolicy.cli;

import java.util.Locale;
import java.util.Optional;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.indications.Indication;
import org.coveragepolicy.review.ClaimReview;

/**
 * The words the batch summary and report show for the names a result gives — a denial category, an
 * indication, a product, an edition — so that a reader sees "Not medically necessary" where the
 * result says {@code MEDICAL_NECESSITY}. This is the one place in the command line that turns such
 * a name into words; the summary counts by name and asks here only when it writes.
 *
 * <p>A name it does not know (a product of another catalog, an edition that is not built in) is
 * shown as it is, never an error: a report must always be written.
 */
final class ReportWords {
  private final DrugCatalog catalog;

  /**
   * Words from a catalog: the one the batch reviewed against, so that a product a catalog file
   * adds has its name as that file gives it.
   */
  ReportWords(DrugCatalog catalog) {
    this.catalog = catalog;
  }

  /** Words from the built-in catalog. */
  static ReportWords standard() {
    return new ReportWords(ClaimReview.standard().catalog());
  }

  /**
   * A denial category in words, short enough for a bar chart's label; each says what the category's
   * Javadoc does ({@link Category}).
   */
  String category(Category category) {
    return switch (category) {
      case NO_DOCUMENTATION -> "No documentation returned";
      case INSUFFICIENT_DOCUMENTATION -> "Insufficient documentation";
      case NOT_PART_B_BENEFIT -> "Not a Part B benefit";
      case MEDICAL_NECESSITY -> "Not medically necessary";
      case INCORRECT_CODING -> "Incorrect coding";
    };
  }

  /**
   * An indication in words: its description and its product family, such as "Postmenopausal women
   * with osteoporosis at high risk for fracture (Prolia family)"; an unknown name as it is.
   */
  String indication(String name) {
    return indicationNamed(name)
        .map(i -> capitalized(i.description()) + " (" + product(i.family().name()) + " family)")
        .orElse(name);
  }

  /**
   * A product in words as the catalog gives it, such as "Prolia" or "Jubbonti (denosumab-bbdz,
   * Prolia family)"; a product the catalog does not hold by its name as a brand is written.
   */
  String product(String name) {
    Product product;
    try {
      product = Product.of(name);
    } catch (InvalidInputException e) {
      // not a product name at all: shown as it is
      return name;
    }
    return catalog.entry(product).map(CatalogEntry::describe).orElseGet(product::displayName);
  }

  /** An edition in words, such as "The Noridian JF edition (2026)". */
  String edition(String name) {
    for (Edition edition : Edition.all()) {
      if (edition.name().equals(name)) {
        return capitalized(edition.title());
      }
    }
    return name;
  }

  private static Optional<Indication> indicationNamed(String name) {
    for (Edition edition : Edition.all()) {
      for (Indication indication : edition.indications()) {
        if (indication.name().equals(name)) {
          return Optional.of(indication);
        }
      }
    }
    return Optional.empty();
  }

  private static String capitalized(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}

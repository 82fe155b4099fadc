package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.NDC;
import static org.coveragepolicy.fhir.FhirCodes.PRODUCT;
import static org.coveragepolicy.fhir.internal.FhirValues.build;

import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the product of a medication concept (of an order or an administration) through a drug
 * catalog: by this project's product system, else by an NDC of the catalog.
 */
final class Products {
  private final DrugCatalog catalog;

  Products(DrugCatalog catalog) {
    this.catalog = catalog;
  }

  /** The product a medication concept names. */
  Product product(@Nullable CodeableConcept concept, String at) {
    if (concept == null) {
      throw new InvalidInputException(at, "missing: the product (a catalog product name or an NDC)");
    }
    for (Coding c : concept.getCoding()) {
      if (PRODUCT.equals(c.getSystem())) {
        Product p = build(() -> Product.of(c.getCode()), at);
        if (catalog.entry(p).isEmpty()) {
          throw new InvalidInputException(
              at, "product " + p + " is not in the drug catalog " + catalog.products());
        }
        return p;
      }
    }
    for (Coding c : concept.getCoding()) {
      if (NDC.equals(c.getSystem())) {
        Ndc ndc = build(() -> Ndc.parse(c.getCode()), at);
        return catalog
            .entryForNdc(ndc)
            .map(CatalogEntry::product)
            .orElseThrow(
                () -> new InvalidInputException(at, "NDC " + ndc.render() + " is not in the drug catalog"));
      }
    }
    throw new InvalidInputException(
        at, "no coding of " + PRODUCT + " or " + NDC + ": the product cannot be told");
  }
}

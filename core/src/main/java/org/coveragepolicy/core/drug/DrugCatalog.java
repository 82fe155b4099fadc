package org.coveragepolicy.core.drug;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.finding.Source;

/**
 * An immutable catalog of drug products, looked up by product and by NDC.
 *
 * <p>{@link #J0897} holds the two denosumab products billed under HCPCS J0897 (the policy's "Products
 * under J0897"): Prolia, 60 mg single-dose prefilled syringe every 6 months, and Xgeva, 120 mg
 * single-dose vial every 4 weeks. Neither is on a self-administered drug exclusion list. Prolia, an
 * injectable osteoporosis drug, falls in the home-health osteoporosis category of §50.5 (SSA
 * §1861(kk)).
 *
 * @since 0.1.0
 */
public final class DrugCatalog {
  /** Prolia: 60 mg/1 mL single-dose prefilled syringe, 60 mg SC once every 6 months (FDA-PROLIA). */
  public static final CatalogEntry PROLIA =
      CatalogEntry.builder()
          .product(Product.PROLIA)
          .hcpcs(Hcpcs.J0897)
          .billingUnitMg(1)
          .addNdcs(Ndc.parse("55513-0710-01"), Ndc.parse("55513-0710-21"))
          .labeledDoseMg(60)
          .dosingInterval(Period.ofMonths(6))
          .singleDoseContainer(true)
          .label(Source.FDA_PROLIA)
          .statutoryException(StatutoryException.HOME_HEALTH_OSTEOPOROSIS)
          .build();

  /** Xgeva: 120 mg/1.7 mL single-dose vial, 120 mg SC every 4 weeks (FDA-XGEVA). */
  public static final CatalogEntry XGEVA =
      CatalogEntry.builder()
          .product(Product.XGEVA)
          .hcpcs(Hcpcs.J0897)
          .billingUnitMg(1)
          .addNdcs(Ndc.parse("55513-0730-01"))
          .labeledDoseMg(120)
          .dosingInterval(Period.ofDays(28))
          .singleDoseContainer(true)
          .label(Source.FDA_XGEVA)
          .build();

  /** The J0897 catalog: Prolia and Xgeva. */
  public static final DrugCatalog J0897 = of(PROLIA, XGEVA);

  private final ImmutableMap<Product, CatalogEntry> byProduct;
  private final ImmutableMap<Ndc, CatalogEntry> byNdc;

  private DrugCatalog(
      ImmutableMap<Product, CatalogEntry> byProduct, ImmutableMap<Ndc, CatalogEntry> byNdc) {
    this.byProduct = byProduct;
    this.byNdc = byNdc;
  }

  /**
   * Creates a catalog of the given entries.
   *
   * @param entries the entries; products and NDCs must be unique
   * @return the catalog
   * @throws IllegalArgumentException if two entries share a product or an NDC
   */
  public static DrugCatalog of(CatalogEntry... entries) {
    Map<Product, CatalogEntry> byProduct = new LinkedHashMap<>();
    Map<Ndc, CatalogEntry> byNdc = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      checkArgument(
          byProduct.put(e.product(), e) == null, "catalog: product %s listed twice", e.product());
      for (Ndc ndc : e.ndcs()) {
        checkArgument(byNdc.put(ndc, e) == null, "catalog: NDC %s listed twice", ndc);
      }
    }
    return new DrugCatalog(ImmutableMap.copyOf(byProduct), ImmutableMap.copyOf(byNdc));
  }

  /**
   * Returns the entry of a product.
   *
   * @param product the product
   * @return the entry, if the product is in the catalog
   */
  public Optional<CatalogEntry> entry(Product product) {
    return Optional.ofNullable(byProduct.get(checkNotNull(product, "product")));
  }

  /**
   * Returns the entry a national drug code names.
   *
   * @param ndc the NDC
   * @return the entry, if the NDC is in the catalog
   */
  public Optional<CatalogEntry> entryForNdc(Ndc ndc) {
    return Optional.ofNullable(byNdc.get(checkNotNull(ndc, "ndc")));
  }

  /**
   * Returns the HCPCS codes the catalog's products are billed under, in catalog order.
   *
   * @return the HCPCS codes, each once
   */
  public ImmutableSet<Hcpcs> hcpcsCodes() {
    ImmutableSet.Builder<Hcpcs> codes = ImmutableSet.builder();
    for (CatalogEntry e : byProduct.values()) {
      codes.add(e.hcpcs());
    }
    return codes.build();
  }

  /**
   * Returns the products in the catalog.
   *
   * @return the products
   */
  public ImmutableSet<Product> products() {
    return byProduct.keySet();
  }

  @Override
  public String toString() {
    return "DrugCatalog" + byProduct.keySet();
  }
}

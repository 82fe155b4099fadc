package org.coveragepolicy.core.drug;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;

/**
 * An immutable catalog of drug products, looked up by product, by NDC, by HCPCS code and by family.
 * A catalog is data: a policy ships a built-in one, and a user replaces or extends it with {@link
 * #withEntries} (for example from a catalog file) without a code change.
 *
 * @since 0.1.0
 */
public final class DrugCatalog {
  private final ImmutableMap<Product, CatalogEntry> byProduct;
  private final ImmutableMap<Ndc, CatalogEntry> byNdc;
  private final ImmutableSet<Hcpcs> hcpcsCodes;

  private DrugCatalog(
      ImmutableMap<Product, CatalogEntry> byProduct, ImmutableMap<Ndc, CatalogEntry> byNdc) {
    this.byProduct = byProduct;
    this.byNdc = byNdc;
    ImmutableSet.Builder<Hcpcs> codes = ImmutableSet.builder();
    for (CatalogEntry e : byProduct.values()) {
      codes.add(e.hcpcs());
    }
    this.hcpcsCodes = codes.build();
  }

  /**
   * Creates a catalog of the given entries.
   *
   * @param entries the entries; products and NDCs must be unique
   * @return the catalog
   * @throws IllegalArgumentException if two entries share a product or an NDC
   */
  public static DrugCatalog of(CatalogEntry... entries) {
    return of(Arrays.asList(entries));
  }

  /**
   * Creates a catalog of the given entries, in their order.
   *
   * @param entries the entries; products and NDCs must be unique
   * @return the catalog
   * @throws IllegalArgumentException if two entries share a product or an NDC
   */
  public static DrugCatalog of(Iterable<CatalogEntry> entries) {
    Map<Product, CatalogEntry> byProduct = new LinkedHashMap<>();
    Map<Ndc, CatalogEntry> byNdc = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      checkNotNull(e, "entries: must not contain null");
      checkArgument(
          byProduct.put(e.product(), e) == null, "catalog: product %s listed twice", e.product());
      for (Ndc ndc : e.ndcs()) {
        CatalogEntry other = byNdc.put(ndc, e);
        checkArgument(
            other == null,
            "catalog: NDC %s listed for both %s and %s",
            ndc.render(),
            other == null ? "" : other.product(),
            e.product());
      }
    }
    return new DrugCatalog(ImmutableMap.copyOf(byProduct), ImmutableMap.copyOf(byNdc));
  }

  /**
   * Returns a catalog with the given entries added: an entry for a product this catalog has replaces
   * that product's entry (in its place), the others are added at the end.
   *
   * @param entries the entries to add or replace with
   * @return the new catalog
   * @throws IllegalArgumentException if the result would list an NDC for two products, or the
   *     entries list a product twice
   */
  public DrugCatalog withEntries(Iterable<CatalogEntry> entries) {
    Map<Product, CatalogEntry> merged = new LinkedHashMap<>(byProduct);
    Map<Product, CatalogEntry> added = new LinkedHashMap<>();
    for (CatalogEntry e : entries) {
      checkNotNull(e, "entries: must not contain null");
      checkArgument(
          added.put(e.product(), e) == null, "catalog: product %s listed twice", e.product());
      merged.put(e.product(), e);
    }
    return of(merged.values());
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
   * Returns the entries billed under a HCPCS code, in catalog order: one code may cover several
   * products (a biosimilar pair shares its Q-code).
   *
   * @param hcpcs the HCPCS code
   * @return the entries; empty when no product of the catalog is billed under it
   */
  public ImmutableList<CatalogEntry> entriesForHcpcs(Hcpcs hcpcs) {
    checkNotNull(hcpcs, "hcpcs");
    ImmutableList.Builder<CatalogEntry> entries = ImmutableList.builder();
    for (CatalogEntry e : byProduct.values()) {
      if (e.hcpcs().equals(hcpcs)) {
        entries.add(e);
      }
    }
    return entries.build();
  }

  /**
   * Returns the entries of a family, in catalog order: the reference product and its biosimilars.
   *
   * @param family the family's reference product
   * @return the entries; empty when no product of the catalog is in the family
   */
  public ImmutableList<CatalogEntry> familyMembers(Product family) {
    checkNotNull(family, "family");
    ImmutableList.Builder<CatalogEntry> entries = ImmutableList.builder();
    for (CatalogEntry e : byProduct.values()) {
      if (e.family().equals(family)) {
        entries.add(e);
      }
    }
    return entries.build();
  }

  /**
   * Returns the catalog's entries, in catalog order.
   *
   * @return the entries
   */
  public ImmutableList<CatalogEntry> entries() {
    return byProduct.values().asList();
  }

  /**
   * Returns the HCPCS codes the catalog's products are billed under, in catalog order.
   *
   * @return the HCPCS codes, each once
   */
  public ImmutableSet<Hcpcs> hcpcsCodes() {
    return hcpcsCodes;
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

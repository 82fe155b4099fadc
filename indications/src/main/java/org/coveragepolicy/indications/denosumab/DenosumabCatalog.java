package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.StatutoryException;

/**
 * The built-in denosumab catalog: Prolia and Xgeva (HCPCS J0897, 1 unit = 1 mg) and the six
 * biosimilar pairs billed under their own Q-codes, each entry citing its source.
 *
 * <p>Each product belongs to a family, its reference product's: the Prolia family (60 mg
 * subcutaneously every 6 months) or the Xgeva family (120 mg subcutaneously every 4 weeks, with
 * loading doses on days 8 and 15 for giant cell tumor of bone and hypercalcemia of malignancy). A
 * family member has its reference product's indications, dose, route, frequency and safety rules.
 * One Q-code covers both members of a biosimilar pair: the administration record (and the NDC when
 * the catalog lists one) tells them apart. No NDCs are listed for the biosimilars (none verified): a
 * user adds them, corrects a Q-code or adds a biosimilar with a catalog file ({@link
 * DrugCatalog#withEntries}), without a code change.
 *
 * @since 0.2.0
 */
public final class DenosumabCatalog {
  /** HCPCS J0897, injection, denosumab, 1 mg: Prolia and Xgeva. */
  public static final Hcpcs J0897 = Hcpcs.parse("J0897");

  /** Prolia, the reference product of the Prolia family. */
  public static final Product PROLIA = Product.of("PROLIA");

  /** Xgeva, the reference product of the Xgeva family. */
  public static final Product XGEVA = Product.of("XGEVA");

  /**
   * Prolia: 60 mg/1 mL single-dose prefilled syringe, 60 mg subcutaneously once every 6 months; an
   * injectable osteoporosis drug (the home-health osteoporosis category of §50.5, SSA §1861(kk));
   * contraindicated in pregnancy; boxed warning on severe hypocalcemia in advanced CKD (FDA-PROLIA).
   */
  public static final CatalogEntry PROLIA_ENTRY =
      proliaFamily(PROLIA, "Prolia", "denosumab", J0897)
          .addNdcs(Ndc.parse("55513-0710-01"), Ndc.parse("55513-0710-21"))
          .source(DenosumabSources.FDA_PROLIA)
          .build();

  /**
   * Xgeva: 120 mg/1.7 mL single-dose vial, 120 mg subcutaneously every 4 weeks, loading doses on
   * days 8 and 15 (FDA-XGEVA).
   */
  public static final CatalogEntry XGEVA_ENTRY =
      xgevaFamily(XGEVA, "Xgeva", "denosumab", J0897)
          .addNdcs(Ndc.parse("55513-0730-01"))
          .source(DenosumabSources.FDA_XGEVA)
          .build();

  /** Every entry of the built-in catalog: Prolia, Xgeva, then the biosimilar pairs. */
  public static final ImmutableList<CatalogEntry> ENTRIES =
      ImmutableList.<CatalogEntry>builder()
          .add(PROLIA_ENTRY, XGEVA_ENTRY)
          .addAll(pair("JUBBONTI", "Jubbonti", "WYOST", "Wyost", "denosumab-bbdz", "Q5136"))
          .addAll(pair("STOBOCLO", "Stoboclo", "OSENVELT", "Osenvelt", "denosumab-bmwo", "Q5157"))
          .addAll(
              pair("CONEXXENCE", "Conexxence", "BOMYNTRA", "Bomyntra", "denosumab-bnht", "Q5158"))
          .addAll(pair("OSPOMYV", "Ospomyv", "XBRYK", "Xbryk", "denosumab-dssb", "Q5159"))
          .addAll(pair("BOSAYA", "Bosaya", "AUKELSO", "Aukelso", "denosumab-kyqq", "Q5161"))
          .addAll(pair("BILDYOS", "Bildyos", "BILPREVDA", "Bilprevda", "denosumab-nxxp", "Q5162"))
          .build();

  /** The built-in catalog: {@link #ENTRIES}. */
  public static final DrugCatalog BUILT_IN = DrugCatalog.of(ENTRIES);

  private DenosumabCatalog() {}

  /**
   * Returns a builder for a new member of a family, holding the family's facts as the reference
   * entry in a catalog has them: labeled dose and route, dosing interval and loading doses, safety
   * facts, label, billing unit, container and Part B facts. The caller sets at least the HCPCS code;
   * the NDCs start empty, the display name is the product's and the entry cites {@link
   * DenosumabSources#FDA_BIOSIMILAR} unless set otherwise.
   *
   * @param product the new product
   * @param family the family's reference product
   * @param base the catalog that holds the family's reference entry
   * @return a builder with the family's facts
   * @throws IllegalArgumentException if the catalog has no entry for the family's reference product
   */
  public static CatalogEntry.Builder familyMember(Product product, Product family, DrugCatalog base) {
    CatalogEntry reference =
        base.entry(family)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "family: the catalog has no reference product " + family));
    CatalogEntry.Builder builder = CatalogEntry.builder();
    builder
        .from(reference)
        .product(product)
        .family(reference.family())
        .displayName(product.displayName())
        .nonproprietaryName(java.util.Optional.empty())
        .ndcs(ImmutableList.of())
        .source(DenosumabSources.FDA_BIOSIMILAR);
    return builder;
  }

  /** The facts every Prolia-family entry shares (FDA-PROLIA; biosimilars FDA-BIOSIMILAR). */
  private static CatalogEntry.Builder proliaFamily(
      Product product, String displayName, String nonproprietaryName, Hcpcs hcpcs) {
    return member(product, PROLIA, displayName, nonproprietaryName, hcpcs)
        .labeledDoseMg(60)
        .dosingInterval(Period.ofMonths(6))
        .label(DenosumabSources.FDA_PROLIA)
        .statutoryException(StatutoryException.HOME_HEALTH_OSTEOPOROSIS)
        .addSafetyFacts(
            DenosumabTerms.CONTRAINDICATED_IN_PREGNANCY, DenosumabTerms.SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD);
  }

  /** The facts every Xgeva-family entry shares (FDA-XGEVA; biosimilars FDA-BIOSIMILAR). */
  private static CatalogEntry.Builder xgevaFamily(
      Product product, String displayName, String nonproprietaryName, Hcpcs hcpcs) {
    return member(product, XGEVA, displayName, nonproprietaryName, hcpcs)
        .labeledDoseMg(120)
        .dosingInterval(Period.ofDays(28))
        .addLoadingDoseDays(7, 14)
        .label(DenosumabSources.FDA_XGEVA);
  }

  /**
   * The facts every denosumab entry shares, whichever its family: its names and HCPCS code, 1 mg
   * billing units, a subcutaneous route and a single-dose container.
   */
  private static CatalogEntry.Builder member(
      Product product, Product family, String displayName, String nonproprietaryName, Hcpcs hcpcs) {
    return CatalogEntry.builder()
        .product(product)
        .family(family)
        .displayName(displayName)
        .nonproprietaryName(nonproprietaryName)
        .hcpcs(hcpcs)
        .billingUnitMg(1)
        .labeledRoute(Route.SUBCUTANEOUS)
        .singleDoseContainer(true);
  }

  /** A biosimilar pair: the Prolia-family and the Xgeva-family member sharing one Q-code. */
  private static ImmutableList<CatalogEntry> pair(
      String proliaName,
      String proliaDisplay,
      String xgevaName,
      String xgevaDisplay,
      String nonproprietaryName,
      String qCode) {
    Hcpcs hcpcs = Hcpcs.parse(qCode);
    return ImmutableList.of(
        proliaFamily(Product.of(proliaName), proliaDisplay, nonproprietaryName, hcpcs)
            .source(DenosumabSources.FDA_BIOSIMILAR)
            .build(),
        xgevaFamily(Product.of(xgevaName), xgevaDisplay, nonproprietaryName, hcpcs)
            .source(DenosumabSources.FDA_BIOSIMILAR)
            .build());
  }
}

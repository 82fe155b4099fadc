package org.coveragepolicy.core;

import java.time.Period;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Source;

/**
 * Test data for core's generic tests: two products, their code and sources, built from core's
 * public API only (core itself knows no product).
 */
public final class TestCatalog {
  public static final Hcpcs J0897 = Hcpcs.parse("J0897");
  public static final Product PROLIA = Product.of("PROLIA");
  public static final Product XGEVA = Product.of("XGEVA");
  public static final Source SEED = Source.of("SEED", "the policy article");
  public static final Source FDA_PROLIA = Source.of("FDA-PROLIA", "a product label");
  public static final Source FDA_XGEVA = Source.of("FDA-XGEVA", "another product label");
  public static final Source A52399 = Source.of("A52399", "a billing article");
  public static final Interpretation LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS =
      Interpretation.of("LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS", FDA_PROLIA, "a test choice");

  public static final CatalogEntry PROLIA_ENTRY =
      CatalogEntry.builder()
          .product(PROLIA)
          .hcpcs(J0897)
          .billingUnitMg(1)
          .addNdcs(Ndc.parse("55513-0710-01"), Ndc.parse("55513-0710-21"))
          .labeledDoseMg(60)
          .dosingInterval(Period.ofMonths(6))
          .singleDoseContainer(true)
          .label(FDA_PROLIA)
          .statutoryException(StatutoryException.HOME_HEALTH_OSTEOPOROSIS)
          .build();

  public static final CatalogEntry XGEVA_ENTRY =
      CatalogEntry.builder()
          .product(XGEVA)
          .hcpcs(J0897)
          .billingUnitMg(1)
          .addNdcs(Ndc.parse("55513-0730-01"))
          .labeledDoseMg(120)
          .dosingInterval(Period.ofDays(28))
          .singleDoseContainer(true)
          .label(FDA_XGEVA)
          .build();

  public static final DrugCatalog CATALOG = DrugCatalog.of(PROLIA_ENTRY, XGEVA_ENTRY);

  private TestCatalog() {}
}

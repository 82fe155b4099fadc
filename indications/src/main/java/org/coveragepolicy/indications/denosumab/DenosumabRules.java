package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.RuleSubject;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.IndicationRules;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;

/**
 * The denosumab rules besides the indications and the limitation of use: no indication, dose,
 * frequency and safety (the rules document, "Dose, frequency and safety"), each written here once with its
 * summary, default category and source; {@link #ALL} lists them with the indication and limitation
 * rules of {@link DenosumabIndications}. The frequency rules name a family ({@link
 * #frequencyRule}): a biosimilar's doses count with its reference product's.
 *
 * @since 0.2.0
 */
final class DenosumabRules {
  /**
   * The engine's {@link IndicationRules#NO_INDICATION} as this policy cites it (SEED; Pub. 100-02,
   * Ch. 15, §50.4).
   */
  public static final Rule NO_INDICATION =
      IndicationRules.NO_INDICATION.citing(DenosumabSources.SEED);

  /** A52399: calcium and vitamin D supplementation is documented (WARNING). */
  public static final Rule SUPPLEMENTATION =
      Rule.warningOnly(
          BoneHealth.SUPPLEMENTATION_RULE_ID,
          "calcium and vitamin D supplementation is documented",
          DenosumabSources.A52399).about(RuleSubject.THERAPY);

  /** The dose given is the family's labeled dose and route: Prolia 60 mg, Xgeva 120 mg, SC. */
  public static final Rule DOSE_LABELED =
      Rule.of(
          DoseChecks.LABELED_DOSE_ID,
          labeledDose(DenosumabCatalog.BUILT_IN),
          Category.MEDICAL_NECESSITY,
          DenosumabSources.FDA_PROLIA).about(RuleSubject.DOSE);

  /** DOSE-LABELED's summary, from the two reference entries' labeled doses in a catalog. */
  static String labeledDose(DrugCatalog catalog) {
    return "the dose given on the date of service is the family's labeled dose (Prolia family "
        + entry(catalog, DenosumabCatalog.PROLIA_ENTRY).labeledDoseMg()
        + " mg, Xgeva family "
        + entry(catalog, DenosumabCatalog.XGEVA_ENTRY).labeledDoseMg()
        + " mg), given subcutaneously";
  }

  /** Prolia family once every 6 calendar months, doses counted across the family (FDA-PROLIA). */
  public static final Rule FREQ_PROLIA =
      Rule.of(
          "FREQ-PROLIA",
          prolia(DenosumabCatalog.BUILT_IN),
          Category.MEDICAL_NECESSITY,
          DenosumabSources.FDA_PROLIA).about(RuleSubject.DOSE_DATES);

  /** FREQ-PROLIA's summary, from a catalog's Prolia dosing interval. */
  static String prolia(DrugCatalog catalog) {
    return "no earlier Prolia-family dose less than "
        + PeriodWords.calendar(entry(catalog, DenosumabCatalog.PROLIA_ENTRY).dosingInterval())
        + " before the date of service";
  }

  /**
   * Xgeva family every 4 weeks, with loading doses on days 8 and 15 when a supported indication is
   * giant cell tumor of bone or hypercalcemia of malignancy (FDA-XGEVA).
   */
  public static final Rule FREQ_XGEVA =
      Rule.of(
          "FREQ-XGEVA",
          xgeva(DenosumabCatalog.BUILT_IN),
          Category.MEDICAL_NECESSITY,
          DenosumabSources.FDA_XGEVA).about(RuleSubject.DOSE_DATES);

  /** FREQ-XGEVA's summary, from a catalog's Xgeva dosing interval and loading days. */
  static String xgeva(DrugCatalog catalog) {
    CatalogEntry xgeva = entry(catalog, DenosumabCatalog.XGEVA_ENTRY);
    String summary =
        "no earlier non-loading Xgeva-family dose less than "
            + PeriodWords.calendar(xgeva.dosingInterval())
            + " before the date of service";
    List<Integer> loading = xgeva.loadingDoseDays();
    if (loading.isEmpty()) {
      return summary;
    }
    StringBuilder days = new StringBuilder();
    for (int i = 0; i < loading.size(); i++) {
      days.append(i == 0 ? "" : i == loading.size() - 1 ? " and " : ", ")
          .append(loading.get(i) + 1); // the first dose is day 1
    }
    return summary
        + "; loading doses on days "
        + days
        + " for giant cell tumor and hypercalcemia of malignancy";
  }

  /**
   * A patient on one denosumab family should not receive the other within that family's dosing
   * interval (FDA-XGEVA, FDA-PROLIA).
   */
  public static final Rule SAFE_OTHER_DENOSUMAB =
      Rule.of(
          "SAFE-OTHER-DENOSUMAB",
          "no dose of the other denosumab family within that family's dosing interval",
          Category.MEDICAL_NECESSITY,
          DenosumabSources.FDA_XGEVA).about(RuleSubject.DOSE_DATES);

  /**
   * Pre-existing hypocalcemia must be corrected before denosumab (labels; A52399; {@link
   * DenosumabInterpretations#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}).
   */
  public static final Rule SAFE_HYPOCALCEMIA =
      Rule.of(
          BoneHealth.HYPOCALCEMIA_RULE_ID,
          BoneHealth.hypocalcemiaSummary(Thresholds.defaults()),
          Category.MEDICAL_NECESSITY,
          DenosumabSources.A52399).about(RuleSubject.OBSERVATION);

  /** A product whose label contraindicates it in pregnancy is not given to a pregnant patient. */
  public static final Rule SAFE_PREGNANCY =
      Rule.of(
          "SAFE-PREGNANCY",
          "a Prolia-family product is not given to a pregnant patient",
          Category.MEDICAL_NECESSITY,
          DenosumabSources.FDA_PROLIA).about(RuleSubject.OBSERVATION);

  /**
   * A product with the boxed warning on severe hypocalcemia in advanced chronic kidney disease: a
   * WARNING only (FDA-PROLIA, January 2024; {@link
   * DenosumabInterpretations#CKD_EGFR_WITHIN_12_MONTHS}).
   */
  public static final Rule SAFE_ADVANCED_CKD =
      Rule.warningOnly(
          "SAFE-ADVANCED-CKD",
          advancedCkd(Thresholds.defaults()),
          DenosumabSources.FDA_PROLIA).about(RuleSubject.OBSERVATION);

  /** SAFE-ADVANCED-CKD's summary, from an edition's eGFR threshold and window. */
  static String advancedCkd(Thresholds t) {
    return "a Prolia-family product in advanced CKD (eGFR below "
        + t.advancedCkdEgfr().toPlainString()
        + " within "
        + PeriodWords.months(t.advancedCkdWindow())
        + ", or an advanced-CKD diagnosis): evaluate for CKD mineral and bone disorder first";
  }

  /** The frequency rule of each family, by its reference product (the policy's interval check). */
  static final ImmutableMap<Product, Rule> FREQUENCY =
      ImmutableMap.of(DenosumabCatalog.PROLIA, FREQ_PROLIA, DenosumabCatalog.XGEVA, FREQ_XGEVA);

  /** Every denosumab rule: the indications, the limitation, then these, in the policy's order. */
  public static final ImmutableList<Rule> ALL = all();

  private DenosumabRules() {}

  private static ImmutableList<Rule> all() {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (Indication indication : DenosumabIndications.ALL) {
      rules.add(indication.rule());
    }
    return rules
        .add(DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION.rule())
        .add(NO_INDICATION, DOSE_LABELED, FREQ_PROLIA, FREQ_XGEVA)
        .add(SAFE_OTHER_DENOSUMAB, SAFE_HYPOCALCEMIA, SAFE_PREGNANCY, SAFE_ADVANCED_CKD)
        .add(SUPPLEMENTATION)
        .build();
  }

  /**
   * A catalog's entry of a reference product; the built-in entry when the catalog has none (a
   * policy built with another catalog), whose numbers the rule's own summary gives.
   */
  private static CatalogEntry entry(DrugCatalog catalog, CatalogEntry builtIn) {
    return catalog.entry(builtIn.product()).orElse(builtIn);
  }

  /**
   * Returns the frequency rule of a family.
   *
   * @param family the family's reference product
   * @return the rule, if the policy covers the family
   */
  public static Optional<Rule> frequencyRule(Product family) {
    return Optional.ofNullable(FREQUENCY.get(family));
  }

  /**
   * Returns the families the denosumab policy covers.
   *
   * @return the reference products: Prolia and Xgeva
   */
  public static ImmutableList<Product> families() {
    return FREQUENCY.keySet().asList();
  }
}

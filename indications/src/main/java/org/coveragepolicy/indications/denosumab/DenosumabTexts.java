package org.coveragepolicy.indications.denosumab;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.PolicyTexts;
import org.coveragepolicy.core.policy.Thresholds;

/**
 * The denosumab rule summaries and interpretations that name a number, each rendered from an
 * edition's {@link Thresholds} or the catalog's dose, interval and loading days: the rule and
 * interpretation constants are built by these same functions from the defaults and the built-in
 * catalog, and {@link #INSTANCE} renders them again for any edition (and catalog), so an edition
 * that changes 8.5 mg/dL, or a catalog that changes 28 days, never prints the old number.
 */
final class DenosumabTexts implements PolicyTexts {
  /** The denosumab policy's texts. */
  static final DenosumabTexts INSTANCE = new DenosumabTexts();

  private DenosumabTexts() {}

  @Override
  public String summary(Policy policy, Edition edition, Rule rule) {
    Thresholds t = edition.thresholds();
    DrugCatalog catalog = policy.catalog();
    Optional<CatalogEntry> prolia = catalog.entry(DenosumabCatalog.PROLIA);
    Optional<CatalogEntry> xgeva = catalog.entry(DenosumabCatalog.XGEVA);
    String id = rule.id();
    if (id.equals(DenosumabRules.SAFE_HYPOCALCEMIA.id())) {
      return hypocalcemia(t);
    } else if (id.equals(DenosumabRules.SAFE_ADVANCED_CKD.id())) {
      return advancedCkd(t);
    } else if (id.equals(DenosumabRules.FREQ_PROLIA.id()) && prolia.isPresent()) {
      return prolia(prolia.get());
    } else if (id.equals(DenosumabRules.FREQ_XGEVA.id()) && xgeva.isPresent()) {
      return xgeva(xgeva.get());
    } else if (id.equals(DenosumabRules.DOSE_LABELED.id())
        && prolia.isPresent()
        && xgeva.isPresent()) {
      return labeledDose(prolia.get(), xgeva.get());
    }
    return rule.summary();
  }

  @Override
  public String summary(Policy policy, Edition edition, Interpretation interpretation) {
    Thresholds t = edition.thresholds();
    String name = interpretation.name();
    if (name.equals(DenosumabInterpretations.LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS.name())) {
      return lowBoneMass(t);
    } else if (name.equals(DenosumabInterpretations.ADOLESCENCE_12_TO_17.name())) {
      return adolescence(t);
    } else if (name.equals(DenosumabInterpretations.REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS.name())) {
      return refractory(t);
    } else if (name.equals(DenosumabInterpretations.HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS.name())) {
      return hypocalcemiaChoice(t);
    } else if (name.equals(DenosumabInterpretations.CKD_EGFR_WITHIN_12_MONTHS.name())) {
      return ckdWindow(t);
    }
    return interpretation.summary();
  }

  /** SAFE-HYPOCALCEMIA's summary. */
  static String hypocalcemia(Thresholds t) {
    return "no calcium below "
        + t.hypocalcemiaCalcium().toPlainString()
        + " mg/dL within "
        + t.hypocalcemiaWindowDays()
        + " days before the date of service and no hypocalcemia diagnosis";
  }

  /** SAFE-ADVANCED-CKD's summary. */
  static String advancedCkd(Thresholds t) {
    return "a Prolia-family product in advanced CKD (eGFR below "
        + t.advancedCkdEgfr().toPlainString()
        + " within "
        + months(t.advancedCkdWindow())
        + ", or an advanced-CKD diagnosis): evaluate for CKD mineral and bone disorder first";
  }

  /** FREQ-PROLIA's summary, from the Prolia entry's dosing interval. */
  static String prolia(CatalogEntry prolia) {
    return "no earlier Prolia-family dose less than "
        + calendar(prolia.dosingInterval())
        + " before the date of service";
  }

  /** FREQ-XGEVA's summary, from the Xgeva entry's dosing interval and loading days. */
  static String xgeva(CatalogEntry xgeva) {
    String summary =
        "no earlier non-loading Xgeva-family dose less than "
            + calendar(xgeva.dosingInterval())
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

  /** DOSE-LABELED's summary, from the two reference entries' labeled doses. */
  static String labeledDose(CatalogEntry prolia, CatalogEntry xgeva) {
    return "the dose given on the date of service is the family's labeled dose (Prolia family "
        + prolia.labeledDoseMg()
        + " mg, Xgeva family "
        + xgeva.labeledDoseMg()
        + " mg), given subcutaneously";
  }

  /** LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS's choice. */
  static String lowBoneMass(Thresholds t) {
    return "the bone-loss indications need a DXA T-score <= "
        + t.lowBoneMassTScore().toPlainString()
        + " or a fragility fracture, as the 'increase bone mass' trials enrolled low bone mass";
  }

  /** ADOLESCENCE_12_TO_17's choice. */
  static String adolescence(Thresholds t) {
    return "adolescence is taken as ages "
        + t.adolescentAge()
        + " to "
        + (t.adultAge() - 1)
        + "; under "
        + t.adolescentAge()
        + " is not covered";
  }

  /** REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS's choice. */
  static String refractory(Thresholds t) {
    return "refractory means a corrected calcium > "
        + t.hypercalcemiaCorrectedCalcium().toPlainString()
        + " mg/dL measured "
        + t.bisphosphonateMinDays()
        + " to "
        + t.bisphosphonateMaxDays()
        + " days after an IV bisphosphonate (pivotal trial definition)";
  }

  /** HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS's choice. */
  static String hypocalcemiaChoice(Thresholds t) {
    return "hypocalcemia is a calcium below "
        + t.hypocalcemiaCalcium().toPlainString()
        + " mg/dL within "
        + t.hypocalcemiaWindowDays()
        + " days before the date of service";
  }

  /** CKD_EGFR_WITHIN_12_MONTHS's choice. */
  static String ckdWindow(Thresholds t) {
    return "an eGFR below "
        + t.advancedCkdEgfr().toPlainString()
        + " counts when measured within "
        + months(t.advancedCkdWindow())
        + " before the date";
  }

  /** A period of whole months as "6 calendar months"; any other period in words. */
  private static String calendar(Period period) {
    return period.getDays() == 0 && period.toTotalMonths() > 0
        ? months(period).replace(" month", " calendar month")
        : DoseChecks.words(period);
  }

  /** A period of whole months as "12 months" (not "1 year"); any other period in words. */
  private static String months(Period period) {
    long months = period.toTotalMonths();
    return period.getDays() == 0 && months > 0
        ? months + (months == 1 ? " month" : " months")
        : DoseChecks.words(period);
  }
}

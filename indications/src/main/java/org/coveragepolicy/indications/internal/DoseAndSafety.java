package org.coveragepolicy.indications.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.SafetyFact;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.indications.CaseFacts;
import org.coveragepolicy.indications.CodeFamilies;
import org.coveragepolicy.indications.DenosumabInterpretations;
import org.coveragepolicy.indications.DenosumabRules;
import org.coveragepolicy.indications.Indication;
import org.coveragepolicy.indications.Thresholds;
import org.jspecify.annotations.Nullable;

/**
 * The denosumab dose, frequency and safety rules (the rules document, "Dose, frequency and safety"), each a
 * pure function from the case facts to findings, driven by the catalog: the product's family, its
 * labeled dose, route, dosing interval, loading doses and safety facts. A rule whose input is absent
 * is not evaluated.
 */
final class DoseAndSafety {
  private DoseAndSafety() {}

  /** Every dose, frequency and safety finding of the case. */
  static List<Finding> evaluate(CaseFacts f, List<Indication> supported) {
    List<Finding> out = new ArrayList<>();
    doseLabeled(f).ifPresent(out::add);
    frequency(f, supported).ifPresent(out::add);
    out.addAll(otherFamily(f));
    hypocalcemia(f).ifPresent(out::add);
    pregnancy(f).ifPresent(out::add);
    advancedCkd(f).ifPresent(out::add);
    return out;
  }

  /**
   * DOSE-LABELED: the dose under review is the family's labeled dose, given by the labeled route; no
   * documented dose, not evaluated.
   */
  static Optional<Finding> doseLabeled(CaseFacts f) {
    CatalogEntry product = f.product();
    Optional<Administration> underReview = f.request().doseUnderReview();
    if (underReview.isEmpty()) {
      return Optional.empty();
    }
    Administration dose = underReview.get();
    List<String> wrong = new ArrayList<>(2);
    if (dose.doseMg() != product.labeledDoseMg()) {
      wrong.add(
          "documents "
              + dose.doseMg()
              + " mg of "
              + product.describe()
              + " on the date of service; the labeled dose is "
              + product.labeledDoseMg()
              + " mg");
    }
    if (dose.route() != product.labeledRoute()) {
      wrong.add(
          "documents the "
              + words(dose.route().name())
              + " route; the label gives "
              + product.describe()
              + " by the "
              + words(product.labeledRoute().name())
              + " route");
    }
    if (wrong.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        DenosumabRules.DOSE_LABELED.error(
            Category.MEDICAL_NECESSITY,
            "the administration record " + String.join(", and ", wrong),
            product.label()));
  }

  /** Whether a documented dose is of a family, by the catalog (or by product name if unknown). */
  private static boolean ofFamily(CaseFacts f, Administration a, Product family) {
    Optional<CatalogEntry> entry = f.request().catalog().entry(a.product());
    return entry.isPresent() ? entry.get().family().equals(family) : a.product().equals(family);
  }

  /** The product of a documented dose in words. */
  private static String describe(CaseFacts f, Administration a) {
    return f.request().catalog().entry(a.product()).map(CatalogEntry::describe).orElse(a.product().displayName());
  }

  /**
   * FREQ-PROLIA / FREQ-XGEVA, the rule of the product's family: no earlier dose of the family (any
   * product of it) less than the dosing interval before the date of service. The family's loading
   * doses (catalog days after the first recorded dose of the family) apply only when a supported
   * indication uses them, and are never too soon; the interval then runs from the latest
   * non-loading dose. With no dose under review and that dose dated within {@value
   * DenosumabInterpretations#MISDATED_DOSE_DAYS} days before the date of service, the message says
   * that record may be this dose with a wrong date and names both dates ({@link
   * DenosumabInterpretations#MISDATED_DOSE_WITHIN_7_DAYS}).
   */
  static Optional<Finding> frequency(CaseFacts f, List<Indication> supported) {
    Optional<Rule> rule = DenosumabRules.frequencyRule(f.family());
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    CatalogEntry product = f.product();
    LocalDate dos = f.dateOfService();
    List<Administration> prior = new ArrayList<>(); // of the family, on or before the DOS
    Administration first = null;
    for (Administration a : f.evidence().priorDoses()) {
      if (ofFamily(f, a, f.family()) && !a.date().isAfter(dos)) {
        prior.add(a);
        if (first == null || a.date().isBefore(first.date())) {
          first = a;
        }
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    boolean loadingApplies = false;
    for (Indication i : supported) {
      loadingApplies |= i.usesLoadingDoses();
    }
    List<LocalDate> loadingDays = new ArrayList<>();
    for (int day : product.loadingDoseDays()) {
      loadingDays.add(first.date().plusDays(day));
    }
    if (loadingApplies && loadingDays.contains(dos)) {
      return Optional.empty();
    }
    Administration latest = null; // the latest maintenance (non-loading) dose
    for (Administration a : prior) {
      boolean loading = loadingApplies && loadingDays.contains(a.date());
      if (!loading && (latest == null || a.date().isAfter(latest.date()))) {
        latest = a;
      }
    }
    Period interval = product.dosingInterval();
    if (latest == null || !dos.isBefore(latest.date().plus(interval))) {
      return Optional.empty();
    }
    String why = "";
    if (!product.loadingDoseDays().isEmpty()) {
      why =
          loadingApplies
              ? "; this is not a loading dose (the loading doses fall on "
                  + loadingDays.get(0)
                  + (loadingDays.size() > 1 ? " and " + loadingDays.get(loadingDays.size() - 1) : "")
                  + ")"
              : "; loading doses do not apply, since no indication that uses them (giant cell tumor"
                  + " of bone, hypercalcemia of malignancy) is supported";
    }
    String sameDay = latest.date().equals(dos) ? " (the same day as the dose under review)" : "";
    String tooSoon =
        describe(f, latest)
            + " was given on "
            + latest.date()
            + sameDay
            + ", less than "
            + words(interval)
            + " before the date of service "
            + dos
            + "; doses of the "
            + f.family().displayName()
            + " family are counted together"
            + why;
    LocalDate next = latest.date().plus(interval);
    String message;
    if (f.request().doseUnderReview().isEmpty()
        && !latest.date().isBefore(dos.minusDays(DenosumabInterpretations.MISDATED_DOSE_DAYS))) {
      // no record of this dose, and one a few days before: it may be this dose, misdated
      long daysBefore = ChronoUnit.DAYS.between(latest.date(), dos);
      message =
          "No administration record is dated the date of service "
              + dos
              + ", and the one dated "
              + latest.date()
              + " ("
              + plural((int) daysBefore, "day")
              + " earlier) may be this dose recorded with a wrong date; if it is, correct the"
              + " date on the administration record. If it is an earlier dose, "
              + tooSoon
              + ", and the next dose is covered from "
              + next
              + ".";
    } else {
      message = tooSoon + ". The next dose is covered from " + next + ".";
    }
    return Optional.of(rule.get().error(Category.MEDICAL_NECESSITY, message));
  }

  /**
   * SAFE-OTHER-DENOSUMAB: no dose of another denosumab family within that family's dosing interval
   * before the date of service (the same day included).
   */
  static List<Finding> otherFamily(CaseFacts f) {
    List<Finding> out = new ArrayList<>();
    LocalDate dos = f.dateOfService();
    for (Product other : DenosumabRules.families()) {
      Optional<CatalogEntry> reference = f.request().catalog().entry(other);
      if (other.equals(f.family()) || reference.isEmpty()) {
        continue;
      }
      Period interval = reference.get().dosingInterval();
      Administration latest = null;
      for (Administration a : f.evidence().priorDoses()) {
        if (ofFamily(f, a, other)
            && !a.date().isAfter(dos)
            && dos.isBefore(a.date().plus(interval))
            && (latest == null || a.date().isAfter(latest.date()))) {
          latest = a;
        }
      }
      if (latest != null) {
        out.add(
            DenosumabRules.SAFE_OTHER_DENOSUMAB.error(
                Category.MEDICAL_NECESSITY,
                "the patient received "
                    + describe(f, latest)
                    + " on "
                    + latest.date()
                    + (latest.date().equals(dos) ? " (the same day)" : "")
                    + ", within the "
                    + other.displayName()
                    + " family's dosing interval ("
                    + words(interval)
                    + ") before this dose of "
                    + f.product().describe()
                    + "; a patient on one denosumab family should not receive the other until "
                    + latest.date().plus(interval),
                // the label of the product under review (revision 3)
                f.product().label()));
      }
    }
    return out;
  }

  /**
   * SAFE-HYPOCALCEMIA: the calcium that counts is below the threshold, or a HYPOCALCEMIA diagnosis
   * (claim or record) ({@link DenosumabInterpretations#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}). The
   * calcium that counts: each lab report in the window gives its corrected calcium if it has one,
   * else its total calcium, and of the latest-dated reports the lowest value counts ({@link
   * DenosumabInterpretations#LATEST_CALCIUM_COUNTS}).
   */
  static Optional<Finding> hypocalcemia(CaseFacts f) {
    Thresholds t = f.thresholds();
    LabResult counted = countedCalcium(f);
    boolean low = counted != null && counted.value().compareTo(t.hypocalcemiaCalcium()) < 0;
    CodeFamily hypocalcemia = CodeFamilies.HYPOCALCEMIA;
    boolean diagnosed = f.hasDiagnosis(hypocalcemia);
    if (!low && !diagnosed) {
      return Optional.empty();
    }
    List<String> why = new ArrayList<>(2);
    if (low && counted != null) { // low implies a result; the check tells NullAway so
      why.add(
          "the latest "
              + (counted.test() == LabTest.CORRECTED_CALCIUM ? "corrected" : "total")
              + " calcium, on "
              + counted.date()
              + ", is "
              + counted.value().toPlainString()
              + " mg/dL (below "
              + t.hypocalcemiaCalcium().toPlainString()
              + ")");
    }
    if (diagnosed) {
      why.add("a hypocalcemia diagnosis (" + f.codesOf(hypocalcemia) + ")");
    }
    return Optional.of(
        DenosumabRules.SAFE_HYPOCALCEMIA.error(
            Category.MEDICAL_NECESSITY,
            "pre-existing hypocalcemia: "
                + String.join(" and ", why)
                + "; denosumab is contraindicated until hypocalcemia is corrected (a calcium of at"
                + " least "
                + t.hypocalcemiaCalcium().toPlainString()
                + " mg/dL within "
                + t.hypocalcemiaWindowDays()
                + " days before the dose)"));
  }

  /**
   * The calcium result that counts, or null if no calcium is in the window: each lab report gives
   * its own value (corrected, else total; {@link
   * org.coveragepolicy.core.evidence.Evidence#calciumByReport()}), and of the latest date's reports
   * the lowest counts.
   */
  private static @Nullable LabResult countedCalcium(CaseFacts f) {
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minusDays(f.thresholds().hypocalcemiaWindowDays());
    LabResult counted = null;
    for (LabResult r : f.evidence().calciumByReport()) {
      if (r.date().isBefore(from) || r.date().isAfter(dos)) {
        continue;
      }
      if (counted == null
          || r.date().isAfter(counted.date())
          || (r.date().equals(counted.date()) && r.value().compareTo(counted.value()) < 0)) {
        counted = r;
      }
    }
    return counted;
  }

  /** SAFE-PREGNANCY: a product contraindicated in pregnancy and a note stating the patient is pregnant. */
  static Optional<Finding> pregnancy(CaseFacts f) {
    if (!f.product().safetyFacts().contains(SafetyFact.CONTRAINDICATED_IN_PREGNANCY)
        || !f.evidence().statement(NoteStatement.PREGNANT).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        DenosumabRules.SAFE_PREGNANCY.error(
            Category.MEDICAL_NECESSITY,
            "the progress note states the patient is pregnant; "
                + f.product().describe()
                + " is contraindicated in pregnancy and is not covered while the patient is"
                + " pregnant"));
  }

  /**
   * SAFE-ADVANCED-CKD (WARNING): a product with the advanced-CKD boxed warning and an eGFR below 30
   * within 12 months before the date of service ({@link
   * DenosumabInterpretations#CKD_EGFR_WITHIN_12_MONTHS}), or an ADVANCED_CKD diagnosis.
   */
  static Optional<Finding> advancedCkd(CaseFacts f) {
    if (!f.product().safetyFacts().contains(SafetyFact.SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD)) {
      return Optional.empty();
    }
    Thresholds t = f.thresholds();
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minus(t.advancedCkdWindow());
    // the lowest eGFR below the threshold in the window; on equal values the earliest
    LabResult lowest = null;
    for (LabResult r : f.evidence().labs()) {
      if (r.test() == LabTest.EGFR
          && !r.date().isBefore(from)
          && !r.date().isAfter(dos)
          && r.value().compareTo(t.advancedCkdEgfr()) < 0
          && (lowest == null
              || r.value().compareTo(lowest.value()) < 0
              || (r.value().compareTo(lowest.value()) == 0 && r.date().isBefore(lowest.date())))) {
        lowest = r;
      }
    }
    boolean diagnosed = f.hasDiagnosis(CodeFamilies.ADVANCED_CKD);
    if (lowest == null && !diagnosed) {
      return Optional.empty();
    }
    List<String> why = new ArrayList<>(2);
    if (lowest != null) {
      why.add(
          "an eGFR of "
              + lowest.value().toPlainString()
              + " on "
              + lowest.date()
              + " (below "
              + t.advancedCkdEgfr().toPlainString()
              + ")");
    }
    if (diagnosed) {
      why.add("an advanced CKD diagnosis (" + f.codesOf(CodeFamilies.ADVANCED_CKD) + ")");
    }
    return Optional.of(
        DenosumabRules.SAFE_ADVANCED_CKD.warning(
            "advanced chronic kidney disease: "
                + String.join(" and ", why)
                + "; the boxed warning of "
                + f.product().describe()
                + " asks that the patient be evaluated for CKD mineral and bone disorder before"
                + " treatment, and the record should document that evaluation"));
  }

  /** A period in words, as a clerk reads it: "6 months", "28 days", "1 year and 2 months". */
  static String words(Period period) {
    List<String> parts = new ArrayList<>(3);
    if (period.getYears() != 0) {
      parts.add(plural(period.getYears(), "year"));
    }
    if (period.getMonths() != 0) {
      parts.add(plural(period.getMonths(), "month"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(plural(period.getDays(), "day"));
    }
    return String.join(" and ", parts);
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** An enum constant in words: {@code SUBCUTANEOUS} is "subcutaneous". */
  private static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

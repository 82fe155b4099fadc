package org.coveragepolicy.indications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Interpretation;
import org.jspecify.annotations.Nullable;

/**
 * The J0897 dose, frequency and safety rules (the policy's "Dose, frequency and safety"), each a pure
 * function from the case facts to findings. A rule whose input is absent is not evaluated.
 */
final class DoseAndSafety {
  private DoseAndSafety() {}

  /** Every dose, frequency and safety finding of the case. */
  static List<Finding> evaluate(CaseFacts f, Optional<Indication> supported) {
    List<Finding> out = new ArrayList<>();
    doseLabeled(f).ifPresent(out::add);
    frequencyProlia(f).ifPresent(out::add);
    frequencyXgeva(f, supported).ifPresent(out::add);
    otherDenosumab(f, out);
    hypocalcemia(f).ifPresent(out::add);
    pregnancy(f).ifPresent(out::add);
    advancedCkd(f).ifPresent(out::add);
    return out;
  }

  /** DOSE-LABELED: the dose under review is the product's labeled dose; no dose, not evaluated. */
  static Optional<Finding> doseLabeled(CaseFacts f) {
    CatalogEntry product = f.request().product();
    Optional<Administration> underReview = f.request().doseUnderReview();
    if (underReview.isEmpty() || underReview.get().doseMg() == product.labeledDoseMg()) {
      return Optional.empty();
    }
    return Optional.of(
        J0897Rules.DOSE_LABELED.error(
            Category.MEDICAL_NECESSITY,
            "the administration record documents "
                + underReview.get().doseMg()
                + " mg of "
                + product.product()
                + " on the date of service; the labeled dose is "
                + product.labeledDoseMg()
                + " mg",
            product.label()));
  }

  /** Prior doses of a product given before the date of service, latest first. */
  private static List<LocalDate> priorDates(CaseFacts f, Product product) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate dos = f.dateOfService();
    for (Administration a : f.evidence().priorDoses()) {
      LocalDate d = a.date();
      if (a.product().equals(product) && d.isBefore(dos) && !dates.contains(d)) {
        dates.add(d);
      }
    }
    dates.sort(Comparator.reverseOrder());
    return dates;
  }

  /**
   * The latest prior dose date of a product less than its dosing interval before the date of
   * service, or null if none.
   */
  private static @Nullable LocalDate latestWithin(CaseFacts f, Product product, Period interval) {
    LocalDate dos = f.dateOfService();
    LocalDate latest = null;
    for (Administration a : f.evidence().priorDoses()) {
      LocalDate d = a.date();
      if (a.product().equals(product)
          && d.isBefore(dos)
          && dos.isBefore(d.plus(interval))
          && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return latest;
  }

  /**
   * FREQ-PROLIA: no earlier Prolia dose less than the catalog's dosing interval (6 calendar months)
   * before the date of service.
   */
  static Optional<Finding> frequencyProlia(CaseFacts f) {
    if (!f.product().equals(Product.PROLIA)) {
      return Optional.empty();
    }
    CatalogEntry prolia = f.request().product();
    LocalDate latest = latestWithin(f, Product.PROLIA, prolia.dosingInterval());
    if (latest == null) {
      return Optional.empty();
    }
    return Optional.of(
        J0897Rules.FREQ_PROLIA.error(
            Category.MEDICAL_NECESSITY,
            "Prolia was given on "
                + latest
                + ", less than "
                + prolia.dosingInterval().toTotalMonths()
                + " calendar months before the date of service "
                + f.dateOfService()
                + "; the next dose is covered from "
                + latest.plus(prolia.dosingInterval())));
  }

  /**
   * FREQ-XGEVA: no earlier non-loading Xgeva dose less than 28 days before; loading doses 7 and 14
   * days after the first recorded dose (label days 8 and 15) exist only for giant cell tumor and
   * hypercalcemia of malignancy, and are never too soon.
   */
  static Optional<Finding> frequencyXgeva(CaseFacts f, Optional<Indication> supported) {
    if (!f.product().equals(Product.XGEVA)) {
      return Optional.empty();
    }
    CatalogEntry xgeva = f.request().product();
    LocalDate dos = f.dateOfService();
    List<LocalDate> prior = priorDates(f, Product.XGEVA);
    if (prior.isEmpty()) {
      return Optional.empty();
    }
    boolean loadingApplies =
        supported.isPresent()
            && (supported.get() == Indication.XGEVA_GIANT_CELL_TUMOR
                || supported.get() == Indication.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);
    LocalDate first = prior.get(prior.size() - 1);
    LocalDate firstLoading = first.plusDays(Thresholds.FIRST_LOADING_DAYS);
    LocalDate secondLoading = first.plusDays(Thresholds.SECOND_LOADING_DAYS);
    if (loadingApplies && (dos.equals(firstLoading) || dos.equals(secondLoading))) {
      return Optional.empty();
    }
    LocalDate latest = null; // the latest maintenance (non-loading) dose
    for (LocalDate d : prior) {
      if (!(loadingApplies && (d.equals(firstLoading) || d.equals(secondLoading)))) {
        latest = d;
        break;
      }
    }
    if (latest == null || !dos.isBefore(latest.plus(xgeva.dosingInterval()))) {
      return Optional.empty();
    }
    return Optional.of(
        J0897Rules.FREQ_XGEVA.error(
            Category.MEDICAL_NECESSITY,
            "Xgeva was given on "
                + latest
                + ", less than "
                + xgeva.dosingInterval().getDays()
                + " days before the date of service "
                + dos
                + (loadingApplies
                    ? " and this is not a loading dose (day 8 or 15 is "
                        + firstLoading
                        + " or "
                        + secondLoading
                        + ")"
                    : "")
                + "; the next dose is covered from "
                + latest.plus(xgeva.dosingInterval())));
  }

  /**
   * SAFE-OTHER-DENOSUMAB: no dose of another J0897 product of the catalog within that product's
   * dosing interval before the date of service; each finding is added to {@code out}.
   */
  static void otherDenosumab(CaseFacts f, List<Finding> out) {
    CatalogEntry underReview = f.request().product();
    for (Product other : f.request().catalog().products()) {
      if (other.equals(underReview.product())) {
        continue;
      }
      CatalogEntry entry = f.request().catalog().entry(other).orElseThrow();
      if (!entry.hcpcs().equals(underReview.hcpcs())) {
        continue;
      }
      LocalDate latest = latestWithin(f, other, entry.dosingInterval());
      if (latest != null) {
        out.add(
            J0897Rules.SAFE_OTHER_DENOSUMAB.error(
                Category.MEDICAL_NECESSITY,
                "the patient received "
                    + other
                    + " on "
                    + latest
                    + ", within its dosing interval ("
                    + entry.dosingInterval()
                    + ") before this "
                    + underReview.product()
                    + " dose; a patient on one denosumab product should not receive"
                    + " the other until "
                    + latest.plus(entry.dosingInterval())));
      }
    }
  }

  /**
   * SAFE-HYPOCALCEMIA: the latest calcium within 30 days before the date of service (corrected if
   * any corrected calcium is in the window, else total; the lowest value if several share that date)
   * is below 8.5 mg/dL, or a HYPOCALCEMIA diagnosis (claim or record) ({@link
   * Interpretation#HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS}).
   */
  static Optional<Finding> hypocalcemia(CaseFacts f) {
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minusDays(Thresholds.HYPOCALCEMIA_WINDOW_DAYS);
    LabResult latest = latestInWindow(f, LabTest.CORRECTED_CALCIUM, from);
    if (latest == null) {
      latest = latestInWindow(f, LabTest.TOTAL_CALCIUM, from);
    }
    boolean low = latest != null && latest.value().compareTo(Thresholds.HYPOCALCEMIA_CALCIUM) < 0;
    boolean diagnosed = f.hasDiagnosis(CodeFamilies.HYPOCALCEMIA);
    if (!low && !diagnosed) {
      return Optional.empty();
    }
    List<String> why = new ArrayList<>(2);
    if (low && latest != null) { // low implies a result; the check tells NullAway so
      why.add(
          "the latest "
              + (latest.test() == LabTest.CORRECTED_CALCIUM ? "corrected" : "total")
              + " calcium, on "
              + latest.date()
              + ", is "
              + latest.value().toPlainString()
              + " mg/dL (below "
              + Thresholds.HYPOCALCEMIA_CALCIUM.toPlainString()
              + ")");
    }
    if (diagnosed) {
      why.add("a hypocalcemia diagnosis (" + f.codesOf(CodeFamilies.HYPOCALCEMIA) + ")");
    }
    return Optional.of(
        J0897Rules.SAFE_HYPOCALCEMIA.error(
            Category.MEDICAL_NECESSITY,
            "pre-existing hypocalcemia: "
                + String.join(" and ", why)
                + "; denosumab is contraindicated until hypocalcemia is corrected (a calcium of at"
                + " least "
                + Thresholds.HYPOCALCEMIA_CALCIUM.toPlainString()
                + " mg/dL within "
                + Thresholds.HYPOCALCEMIA_WINDOW_DAYS
                + " days before the dose)"));
  }

  private static @Nullable LabResult latestInWindow(CaseFacts f, LabTest test, LocalDate from) {
    LocalDate dos = f.dateOfService();
    LabResult latest = null;
    for (LabResult r : f.evidence().labs()) {
      if (r.test() == test && !r.date().isBefore(from) && !r.date().isAfter(dos)) {
        // the latest date; on the same date the lowest value; on a full tie the first
        if (latest == null || LATEST_THEN_LOWEST.compare(r, latest) > 0) {
          latest = r;
        }
      }
    }
    return latest;
  }

  /** Orders lab results by date, then by value reversed: the maximum is the latest, lowest one. */
  private static final Comparator<LabResult> LATEST_THEN_LOWEST =
      Comparator.comparing(LabResult::date)
          .thenComparing(LabResult::value, Comparator.<BigDecimal>reverseOrder());

  /** Orders lab results by value, then by date: the minimum is the lowest, earliest one. */
  private static final Comparator<LabResult> LOWEST_THEN_EARLIEST =
      Comparator.comparing(LabResult::value).thenComparing(LabResult::date);

  /** SAFE-PREGNANCY: Prolia and a note stating the patient is pregnant. */
  static Optional<Finding> pregnancy(CaseFacts f) {
    if (!f.product().equals(Product.PROLIA)
        || !f.evidence().statement(NoteStatement.PREGNANT).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        J0897Rules.SAFE_PREGNANCY.error(
            Category.MEDICAL_NECESSITY,
            "the progress note states the patient is pregnant; Prolia is contraindicated in"
                + " pregnancy and is not covered while the patient is pregnant"));
  }

  /**
   * SAFE-ADVANCED-CKD (WARNING): Prolia and an eGFR below 30 within 12 months before the date of
   * service ({@link Interpretation#CKD_EGFR_WITHIN_12_MONTHS}), or an ADVANCED_CKD diagnosis.
   */
  static Optional<Finding> advancedCkd(CaseFacts f) {
    if (!f.product().equals(Product.PROLIA)) {
      return Optional.empty();
    }
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minus(Thresholds.ADVANCED_CKD_WINDOW);
    // the lowest eGFR below the threshold in the window; on equal values the earliest, then the first
    LabResult lowest = null;
    for (LabResult r : f.evidence().labs()) {
      if (r.test() == LabTest.EGFR
          && !r.date().isBefore(from)
          && !r.date().isAfter(dos)
          && r.value().compareTo(Thresholds.ADVANCED_CKD_EGFR) < 0
          && (lowest == null || LOWEST_THEN_EARLIEST.compare(r, lowest) < 0)) {
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
              + Thresholds.ADVANCED_CKD_EGFR.toPlainString()
              + ")");
    }
    if (diagnosed) {
      why.add("an advanced CKD diagnosis (" + f.codesOf(CodeFamilies.ADVANCED_CKD) + ")");
    }
    return Optional.of(
        J0897Rules.SAFE_ADVANCED_CKD.warning(
            "advanced chronic kidney disease: "
                + String.join(" and ", why)
                + "; Prolia's boxed warning asks that the patient be evaluated for CKD mineral and"
                + " bone disorder before treatment, and the record should document that"
                + " evaluation"));
  }
}

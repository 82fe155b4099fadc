package org.coveragepolicy.core.policy;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;

/**
 * The generic dose and frequency checks a policy declares from its catalog data, each with the rule
 * (ID, summary, severity, citation) the policy gives it: the labeled dose and route of the product
 * ({@link CatalogEntry#labeledDoseMg()}, {@link CatalogEntry#labeledRoute()}) and the minimum
 * interval between doses of a family ({@link CatalogEntry#dosingInterval()}, with the loading doses
 * of {@link CatalogEntry#loadingDoseDays()}). Messages name the product and say why in words.
 *
 * @since 0.2.0
 */
public final class DoseChecks {
  /**
   * The ID of the labeled-dose rule every policy declares with its own summary and citation (the
   * check is {@link #labeledDose}): one rule ID across policies.
   */
  public static final String LABELED_DOSE_ID = "DOSE-LABELED";

  private DoseChecks() {}

  /**
   * Returns the labeled-dose check: the dose under review is the product's labeled dose, given by
   * its labeled route; without a documented dose it is not evaluated.
   *
   * @param rule the rule the findings are of, such as {@code DOSE-LABELED}; they cite the product's
   *     label
   * @return the check
   */
  public static PolicyCheck labeledDose(Rule rule) {
    return (facts, supported) -> doseLabeled(rule, facts).map(List::of).orElse(List.of());
  }

  /**
   * Returns the minimum-interval check: no earlier dose of the product's family (any product of it)
   * less than the family's dosing interval before the date of service. The family's loading doses
   * (catalog days after the first recorded dose of the family) apply only when a supported
   * indication uses them ({@link Indication#usesLoadingDoses()}), and are never too soon; the
   * interval then runs from the latest non-loading dose.
   *
   * @param rules the rule of each family, by its reference product; a family not listed is not
   *     checked
   * @param loadingUsedBy the indications that use loading doses, in words, for the message that
   *     says why loading doses do not apply
   * @param misdatedDoseDays with no dose under review and the latest earlier dose dated within this
   *     many days before the date of service, the message says that record may be this dose with a
   *     wrong date and names both dates
   * @return the check
   */
  public static PolicyCheck minimumInterval(
      Map<Product, Rule> rules, String loadingUsedBy, int misdatedDoseDays) {
    ImmutableMap<Product, Rule> copy = ImmutableMap.copyOf(rules);
    return (facts, supported) ->
        frequency(copy, loadingUsedBy, misdatedDoseDays, facts, supported)
            .map(List::of)
            .orElse(List.of());
  }

  private static Optional<Finding> doseLabeled(Rule rule, CaseFacts f) {
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
        rule.error(
            Category.MEDICAL_NECESSITY,
            "the administration record " + String.join(", and ", wrong),
            product.label()));
  }

  /**
   * Returns whether a documented dose is of a family, by the request's catalog (by product name
   * if the catalog does not list it).
   *
   * @param f the case facts
   * @param a a documented dose
   * @param family the family's reference product
   * @return true if the dose is of the family
   */
  public static boolean ofFamily(CaseFacts f, Administration a, Product family) {
    Optional<CatalogEntry> entry = f.request().catalog().entry(a.product());
    return entry.isPresent() ? entry.get().family().equals(family) : a.product().equals(family);
  }

  /**
   * Returns the product of a documented dose in words, as the catalog describes it.
   *
   * @param f the case facts
   * @param a a documented dose
   * @return the product in words
   */
  public static String describe(CaseFacts f, Administration a) {
    return f.request().catalog().entry(a.product()).map(CatalogEntry::describe).orElse(a.product().displayName());
  }

  private static Optional<Finding> frequency(
      Map<Product, Rule> rules,
      String loadingUsedBy,
      int misdatedDoseDays,
      CaseFacts f,
      List<Indication> supported) {
    Optional<Rule> rule = Optional.ofNullable(rules.get(f.family()));
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
              : "; loading doses do not apply, since no indication that uses them ("
                  + loadingUsedBy
                  + ") is supported";
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
        && !latest.date().isBefore(dos.minusDays(misdatedDoseDays))) {
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
   * Returns a period in words, as a clerk reads it: "6 months", "28 days", "1 year and 2 months".
   *
   * @param period the period
   * @return the words
   */
  public static String words(Period period) {
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

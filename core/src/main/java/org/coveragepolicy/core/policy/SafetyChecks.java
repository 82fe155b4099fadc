package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;

/**
 * Generic checks a policy declares with its own rules and code families: a lifetime limit on the
 * number of doses of a family (counted by date), and a boxed warning on dated events (an event
 * documented within a window before the date of service or during therapy is an error; a history of
 * it, or an older event, is a warning). Messages name the product and say why in words.
 *
 * @since 0.2.0
 */
public final class SafetyChecks {
  private SafetyChecks() {}

  /**
   * Returns the dose-count check: the dose under review is over the limit when the record holds
   * doses of the product's family on {@code maxDoses} or more dates before the date of service
   * (several records of one date are one dose).
   *
   * @param rule the rule the finding is of
   * @param maxDoses the number of doses the label allows
   * @param after what the label advises after the last dose, in words, for the message
   * @return the check
   */
  public static PolicyCheck doseCountLimit(Rule rule, int maxDoses, String after) {
    return (f, supported) -> {
      TreeSet<LocalDate> dates = doseDates(f);
      if (dates.size() < maxDoses) {
        return List.of();
      }
      int which = dates.size() + 1;
      return List.of(
          rule.error(
              Category.MEDICAL_NECESSITY,
              "the record documents doses of "
                  + f.product().describe()
                  + " on "
                  + dates.size()
                  + " earlier dates (the first on "
                  + dates.first()
                  + ", the latest on "
                  + dates.last()
                  + "), so this would be dose "
                  + which
                  + "; the label limits treatment to "
                  + maxDoses
                  + " doses, and "
                  + after));
    };
  }

  /**
   * Returns the per-course limit check: the dose under review and the documented doses of the
   * product's family dated within {@code courseDays} up to the date of service (the date of service
   * and the {@code courseDays - 1} days before it; several records of one date each count) are a
   * course, and their milligrams together are over the limit when they exceed {@code maxMg}.
   *
   * @param rule the rule the finding is of
   * @param maxMg the most milligrams a course allows
   * @param courseDays how many days, up to and including the date of service, make one course
   * @return the check
   * @throws IllegalArgumentException if {@code maxMg} or {@code courseDays} is below 1
   * @since 0.2.0
   */
  public static PolicyCheck courseLimit(Rule rule, int maxMg, int courseDays) {
    checkArgument(maxMg >= 1, "maxMg: must be ≥ 1, was %s", maxMg);
    checkArgument(courseDays >= 1, "courseDays: must be ≥ 1, was %s", courseDays);
    return (f, supported) -> {
      LocalDate first = f.dateOfService().minusDays(courseDays - 1L);
      long total = f.request().doseUnderReview().map(Administration::doseMg).orElse(0);
      for (Administration a : f.evidence().priorDoses()) {
        if (DoseChecks.ofFamily(f, a, f.family())
            && a.date().isBefore(f.dateOfService())
            && !a.date().isBefore(first)) {
          total += a.doseMg();
        }
      }
      if (total <= maxMg) {
        return List.of();
      }
      return List.of(
          rule.error(
              Category.MEDICAL_NECESSITY,
              String.format(
                  java.util.Locale.ROOT,
                  "the doses of %s within %d days up to the date of service total %,d mg; a course"
                      + " is at most %,d mg",
                  f.product().describe(),
                  courseDays,
                  total,
                  maxMg)));
    };
  }

  /**
   * Returns the interaction check between product families a policy declares (such as two brands of
   * one molecule for different indications): an error when the record holds a dose of one of the
   * other {@code families} dated within that family's dosing interval before the date of service
   * (the same day included), naming the latest such dose, the interval and the date the other family
   * may follow. The finding cites the label of the product under review. A family without a
   * reference entry in the case's catalog is skipped.
   *
   * @param rule the rule the finding is of
   * @param families the reference products of the families that must not overlap
   * @param advice what the label advises, in words, completed by " until DATE" ("a patient on one
   *     family should not receive the other")
   * @return the check
   * @since 0.2.0
   */
  public static PolicyCheck interaction(Rule rule, List<Product> families, String advice) {
    List<Product> declared = List.copyOf(families);
    return (f, supported) -> {
      List<Finding> out = new ArrayList<>();
      LocalDate dos = f.dateOfService();
      for (Product other : declared) {
        Optional<CatalogEntry> reference = f.request().catalog().entry(other);
        if (other.equals(f.family()) || reference.isEmpty()) {
          continue;
        }
        Period interval = reference.get().dosingInterval();
        Administration latest = null;
        for (Administration a : f.evidence().priorDoses()) {
          if (DoseChecks.ofFamily(f, a, other)
              && !a.date().isAfter(dos)
              && dos.isBefore(a.date().plus(interval))
              && (latest == null || a.date().isAfter(latest.date()))) {
            latest = a;
          }
        }
        if (latest != null) {
          out.add(
              rule.error(
                  Category.MEDICAL_NECESSITY,
                  "the patient received "
                      + DoseChecks.describe(f, latest)
                      + " on "
                      + latest.date()
                      + (latest.date().equals(dos) ? " (the same day)" : "")
                      + ", within the "
                      + other.displayName()
                      + " family's dosing interval ("
                      + DoseChecks.words(interval)
                      + ") before this dose of "
                      + f.product().describe()
                      + "; "
                      + advice
                      + " until "
                      + latest.date().plus(interval),
                  f.product().label()));
        }
      }
      return out;
    };
  }

  /** The dates before the date of service of documented doses of the product's family. */
  private static TreeSet<LocalDate> doseDates(CaseFacts f) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Administration a : f.evidence().priorDoses()) {
      if (DoseChecks.ofFamily(f, a, f.family()) && a.date().isBefore(f.dateOfService())) {
        dates.add(a.date());
      }
    }
    return dates;
  }

  /**
   * Returns the dated-event check of a boxed warning. An error when a code of {@code events} is
   * documented in a counted progress note dated within {@code window} before the date of service
   * (from {@code dos.minus(window)} through the date of service, inclusive), or dated on or after
   * the first documented dose of the product's family, or is on the claim (dated the date of
   * service); the note's date stands for the event's. Otherwise a warning when a code of {@code
   * history} is documented or on the claim, or a code of {@code events} is documented only in
   * older notes.
   *
   * @param error the rule of the error, such as a recent myocardial infarction or stroke
   * @param warning the rule of the warning (WARNING only)
   * @param events the events the boxed warning names
   * @param history a history of those events
   * @param window the window before the date of service
   * @param eventWords the events in words ("myocardial infarction or stroke")
   * @return the check
   */
  public static PolicyCheck datedEvents(
      Rule error,
      Rule warning,
      CodeFamily events,
      CodeFamily history,
      Period window,
      String eventWords) {
    return (f, supported) -> {
      LocalDate dos = f.dateOfService();
      LocalDate from = dos.minus(window);
      LocalDate firstDose = null;
      for (Administration a : f.evidence().priorDoses()) {
        if (DoseChecks.ofFamily(f, a, f.family())
            && !a.date().isAfter(dos)
            && (firstDose == null || a.date().isBefore(firstDose))) {
          firstDose = a.date();
        }
      }
      List<String> recent = new ArrayList<>();
      List<String> older = new ArrayList<>();
      for (Map.Entry<Icd10Code, LocalDate> e :
          ImmutableSortedSet.copyOf(
                  (x, y) -> {
                    int c = x.getValue().compareTo(y.getValue());
                    return c != 0 ? c : x.getKey().compareTo(y.getKey());
                  },
                  f.evidence().diagnosisDates().entries())) {
        if (!events.contains(e.getKey()) || e.getValue().isAfter(dos)) {
          continue;
        }
        LocalDate date = e.getValue();
        String what = e.getKey().render() + " in the progress note dated " + date;
        if (!date.isBefore(from)) {
          recent.add(what + " (within " + DoseChecks.words(window) + " before the date of service)");
        } else if (firstDose != null && !date.isBefore(firstDose)) {
          recent.add(what + " (after the first dose, on " + firstDose + ")");
        } else {
          older.add(
              what
                  + " (more than "
                  + DoseChecks.words(window)
                  + " before the date of service"
                  + (firstDose == null ? ")" : " and before the first dose, on " + firstDose + ")"));
        }
      }
      String billed = f.claimCodesOf(events);
      if (!billed.isEmpty()) {
        recent.add(billed + " on the claim");
      }
      if (!recent.isEmpty()) {
        return List.of(
            error.error(
                Category.MEDICAL_NECESSITY,
                "the record documents a "
                    + eventWords
                    + ": "
                    + String.join("; ", recent)
                    + "; the boxed warning of "
                    + f.product().describe()
                    + " says not to start it within "
                    + DoseChecks.words(window)
                    + " after such an event and to stop it if one occurs during treatment"));
      }
      List<String> why = new ArrayList<>(older);
      String historyCodes = f.codesOf(history);
      if (!historyCodes.isEmpty()) {
        why.add(0, "the history code " + historyCodes);
      }
      if (why.isEmpty()) {
        return List.of();
      }
      return List.of(
          warning.warning(
              "the record documents a history of "
                  + eventWords
                  + ": "
                  + String.join("; ", why)
                  + "; the boxed warning of "
                  + f.product().describe()
                  + " asks the prescriber to consider whether the benefits outweigh the risks"
                  + " in a patient with other cardiovascular risk factors, and the record should"
                  + " document that judgment"));
    };
  }
}

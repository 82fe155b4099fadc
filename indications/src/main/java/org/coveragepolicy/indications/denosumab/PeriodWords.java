package org.coveragepolicy.indications.denosumab;

import java.time.Period;
import org.coveragepolicy.core.policy.DoseChecks;

/** Periods in the words of the denosumab summaries: "12 months", "6 calendar months". */
final class PeriodWords {
  private PeriodWords() {}

  /** A period of whole months as "6 calendar months"; any other period in words. */
  static String calendar(Period period) {
    return period.getDays() == 0 && period.toTotalMonths() > 0
        ? months(period).replace(" month", " calendar month")
        : DoseChecks.words(period);
  }

  /** A period of whole months as "12 months" (not "1 year"); any other period in words. */
  static String months(Period period) {
    long months = period.toTotalMonths();
    return period.getDays() == 0 && months > 0
        ? months + (months == 1 ? " month" : " months")
        : DoseChecks.words(period);
  }
}

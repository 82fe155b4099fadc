package org.coveragepolicy.indications.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Thresholds;
import org.jspecify.annotations.Nullable;

/**
 * The SAFE-HYPOCALCEMIA check the osteoporosis policies share: the calcium that counts in the
 * window before the date of service, and a HYPOCALCEMIA diagnosis; the public entry is {@link
 * BoneHealth#hypocalcemia}.
 */
final class HypocalcemiaCheck {
  private HypocalcemiaCheck() {}

  /** SAFE-HYPOCALCEMIA's finding, if any ({@link BoneHealth#hypocalcemia}). */
  static Optional<Finding> finding(CaseFacts f, Rule rule, String drug) {
    Thresholds t = f.thresholds();
    LabResult counted = countedCalcium(f);
    boolean low = counted != null && counted.value().compareTo(t.hypocalcemiaCalcium()) < 0;
    CodeFamily hypocalcemia = BoneHealth.HYPOCALCEMIA;
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
        rule.error(
            Category.MEDICAL_NECESSITY,
            "pre-existing hypocalcemia: "
                + String.join(" and ", why)
                + "; " + drug + " is contraindicated until hypocalcemia is corrected (a calcium of at"
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
}

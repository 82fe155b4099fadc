package org.coveragepolicy.indications.denosumab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealthTerms;

/**
 * The requirements of hypercalcemia of malignancy refractory to bisphosphonate (the rules document,
 * "Indications"; {@link DenosumabInterpretations#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}): the
 * corrected calcium part, the IV bisphosphonate part, and the evidence that points to the
 * indication, all read from the corrected calcium results in the hypercalcemia window.
 */
final class RefractoryHypercalcemia {
  private RefractoryHypercalcemia() {}

  /**
   * Hypercalcemia refractory to bisphosphonate, the calcium part ({@link
   * DenosumabInterpretations#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}): some corrected calcium above
   * the threshold within the window before the date of service.
   */
  static final Requirement REFRACTORY_CALCIUM =
      Requirement.of(
          "corrected calcium above the threshold",
          f -> {
            Calcium c = Calcium.of(f);
            String limit = f.thresholds().hypercalcemiaCorrectedCalcium().toPlainString();
            Source source = DenosumabInterpretations.REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS.source();
            if (c.inWindow.isEmpty()) {
              return Optional.of(
                  Shortfall.missing(
                      "no corrected calcium is documented from "
                          + c.from
                          + " through the date of service "
                          + f.dateOfService()
                          + "; a lab report in that window with a corrected calcium above "
                          + limit
                          + " mg/dL would satisfy it",
                      source));
            }
            if (c.high.isEmpty()) {
              BigDecimal max =
                  c.inWindow.stream().map(LabResult::value).max(BigDecimal::compareTo).orElseThrow();
              return Optional.of(
                  Shortfall.contradicts(
                      "the highest corrected calcium from "
                          + c.from
                          + " through the date of service is "
                          + max.toPlainString()
                          + " mg/dL; hypercalcemia refractory to bisphosphonate needs a corrected"
                          + " calcium above "
                          + limit
                          + " mg/dL",
                      source));
            }
            return Optional.empty();
          });

  /**
   * Hypercalcemia refractory to bisphosphonate, the bisphosphonate part: an IV bisphosphonate
   * started 7 to 30 days before a qualifying (or, with none, any) corrected calcium in the window.
   */
  static final Requirement REFRACTORY_BISPHOSPHONATE =
      Requirement.of(
          "IV bisphosphonate before the calcium",
          f -> {
            Calcium c = Calcium.of(f);
            Thresholds t = f.thresholds();
            Source source = DenosumabInterpretations.REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS.source();
            List<LocalDate> starts = new ArrayList<>();
            for (Therapy therapy : f.therapies(BoneHealthTerms.IV_BISPHOSPHONATE)) {
              starts.add(therapy.start());
            }
            starts.sort(Comparator.naturalOrder());
            String days = t.bisphosphonateMinDays() + " to " + t.bisphosphonateMaxDays() + " days";
            if (starts.isEmpty()) {
              return Optional.of(
                  Shortfall.missing(
                      "no IV bisphosphonate therapy is documented; refractory hypercalcemia needs"
                          + " an IV bisphosphonate started "
                          + days
                          + " before the qualifying corrected calcium",
                      source));
            }
            if (c.inWindow.isEmpty()) {
              return Optional.empty(); // the calcium part reports the missing calcium
            }
            List<LabResult> reference = c.high.isEmpty() ? c.inWindow : c.high;
            for (LabResult r : reference) {
              for (LocalDate b : starts) {
                long gap = ChronoUnit.DAYS.between(b, r.date());
                if (gap >= t.bisphosphonateMinDays() && gap <= t.bisphosphonateMaxDays()) {
                  return Optional.empty();
                }
              }
            }
            return Optional.of(
                Shortfall.contradicts(
                    "no IV bisphosphonate was started "
                        + days
                        + " before the corrected calcium (IV bisphosphonate started "
                        + starts.stream()
                            .map(LocalDate::toString)
                            .distinct()
                            .collect(Collectors.joining(", "))
                        + "); refractory means the calcium stays above "
                        + t.hypercalcemiaCorrectedCalcium().toPlainString()
                        + " mg/dL "
                        + days
                        + " after an IV bisphosphonate",
                    source));
          });

  /** Evidence of hypercalcemia: a corrected calcium above the threshold in the window. */
  static Optional<String> hypercalcemiaPointer(CaseFacts f) {
    Calcium c = Calcium.of(f);
    return c.high.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "a corrected calcium of "
                + c.high.get(0).value().toPlainString()
                + " mg/dL on "
                + c.high.get(0).date());
  }

  /** The corrected calcium results in the hypercalcemia window, and those above the threshold. */
  private static final class Calcium {
    final LocalDate from;
    final List<LabResult> inWindow = new ArrayList<>();
    final List<LabResult> high = new ArrayList<>();

    private Calcium(LocalDate from) {
      this.from = from;
    }

    static Calcium of(CaseFacts f) {
      LocalDate dos = f.dateOfService();
      Thresholds t = f.thresholds();
      Calcium c = new Calcium(dos.minusDays(t.hypercalcemiaWindowDays()));
      for (LabResult r : f.evidence().labs()) {
        if (r.test() == LabTest.CORRECTED_CALCIUM
            && !r.date().isBefore(c.from)
            && !r.date().isAfter(dos)) {
          c.inWindow.add(r);
          if (r.value().compareTo(t.hypercalcemiaCorrectedCalcium()) > 0) {
            c.high.add(r);
          }
        }
      }
      return c;
    }
  }
}

package org.coveragepolicy.indications.denosumab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.jspecify.annotations.Nullable;

/**
 * The glucocorticoid requirements of glucocorticoid-induced osteoporosis (the rules document,
 * "Indications"): dose, ongoing and expected duration, each read off the same systemic
 * glucocorticoid therapy.
 */
final class Glucocorticoids {
  private Glucocorticoids() {}

  /** The three glucocorticoid requirements, read off the same therapy. */
  enum Part {
    DOSE,
    ONGOING,
    DURATION
  }

  /**
   * Glucocorticoid-induced osteoporosis: one systemic glucocorticoid therapy at least 7.5 mg/day,
   * ongoing on the date of service and expected to last at least 6 months. The three requirements
   * read the same therapy, the one that comes closest (fewest shortfalls, then by message, so the
   * result does not depend on the order of the therapies).
   */
  static Requirement requirement(Part part, String name) {
    return Requirement.of(
        name,
        f -> {
          Glucocorticoid closest = null;
          for (Therapy t : f.therapies(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)) {
            Glucocorticoid g = Glucocorticoid.of(t, f);
            if (closest == null || g.compareTo(closest) < 0) {
              closest = g;
            }
          }
          return closest == null ? Optional.empty() : Optional.ofNullable(closest.part(part));
        });
  }

  /** The shortfalls of one glucocorticoid therapy, one per part (null where the part is met). */
  private record Glucocorticoid(
      @Nullable Shortfall dose, @Nullable Shortfall ongoing, @Nullable Shortfall duration)
      implements Comparable<Glucocorticoid> {

    @Nullable Shortfall part(Part part) {
      switch (part) {
        case DOSE:
          return dose;
        case ONGOING:
          return ongoing;
        default:
          return duration;
      }
    }

    int count() {
      return (dose == null ? 0 : 1) + (ongoing == null ? 0 : 1) + (duration == null ? 0 : 1);
    }

    String joined() {
      StringBuilder s = new StringBuilder();
      for (Shortfall x : new Shortfall[] {dose, ongoing, duration}) {
        s.append(x == null ? "" : x.message()).append('\n');
      }
      return s.toString();
    }

    @Override
    public int compareTo(Glucocorticoid other) {
      int byCount = Integer.compare(count(), other.count());
      return byCount != 0 ? byCount : joined().compareTo(other.joined());
    }

    static Glucocorticoid of(Therapy t, CaseFacts f) {
      LocalDate dos = f.dateOfService();
      BigDecimal minDose = f.thresholds().glucocorticoidMgPerDay();
      Source source = DenosumabSources.FDA_PROLIA;
      Shortfall dose = null;
      if (t.doseMgPerDay().isEmpty()) {
        dose =
            Shortfall.missing(
                "the systemic glucocorticoid's daily dose is not documented; a progress note"
                    + " documenting at least "
                    + minDose.toPlainString()
                    + " mg/day prednisone equivalent would satisfy it",
                source);
      } else if (t.doseMgPerDay().get().compareTo(minDose) < 0) {
        dose =
            Shortfall.contradicts(
                "the systemic glucocorticoid dose is "
                    + t.doseMgPerDay().get().toPlainString()
                    + " mg/day prednisone equivalent; the indication needs at least "
                    + minDose.toPlainString()
                    + " mg/day",
                source);
      }
      Shortfall ongoing = null;
      if (!t.isOngoingOn(dos)) {
        ongoing =
            Shortfall.contradicts(
                "the systemic glucocorticoid therapy is not ongoing on the date of service "
                    + dos
                    + " ("
                    + Requirements.notOngoing(List.of(t), dos)
                    + "); the indication needs it ongoing",
                source);
      }
      int months = f.thresholds().glucocorticoidMonths();
      Shortfall duration = null;
      if (t.expectedMonths().isEmpty()) {
        duration =
            Shortfall.missing(
                "the expected duration of the systemic glucocorticoid therapy is not documented; a"
                    + " progress note documenting an expected duration of at least "
                    + months
                    + " months would satisfy it",
                source);
      } else if (t.expectedMonths().get() < months) {
        duration =
            Shortfall.contradicts(
                "the systemic glucocorticoid therapy is expected to last "
                    + t.expectedMonths().get()
                    + " months; the indication needs at least "
                    + months
                    + " months",
                source);
      }
      return new Glucocorticoid(dose, ongoing, duration);
    }
  }
}

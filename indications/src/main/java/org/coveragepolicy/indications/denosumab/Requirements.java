package org.coveragepolicy.indications.denosumab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.jspecify.annotations.Nullable;

/**
 * The requirement functions of the denosumab indications (the rules document, "Indications"), each a pure
 * function from the case facts to an optional shortfall: missing (INSUFFICIENT_DOCUMENTATION) or
 * contradicting (MEDICAL_NECESSITY).
 */
final class Requirements {
  static final String COUNTED_NOTE = Requirement.COUNTED_NOTE;

  private Requirements() {}

  /** A note statement: absent is missing, false contradicts ({@link BoneHealth#statement}). */
  static Requirement statement(
      NoteStatement statement, String name, String what, String negated, Source source) {
    return BoneHealth.statement(statement, name, what, negated, source);
  }

  /** Radiographic evidence of bone fragility, citing SEED ({@link BoneHealth#boneImaging}). */
  static Requirement boneImaging(String what, Function<Thresholds, BigDecimal> threshold) {
    return BoneHealth.boneImaging(what, threshold, DenosumabSources.SEED);
  }

  /** High risk for fracture, citing FDA-PROLIA ({@link BoneHealth#highRiskForFracture}). */
  static final Requirement HIGH_RISK_FOR_FRACTURE =
      BoneHealth.highRiskForFracture(DenosumabSources.FDA_PROLIA);

  /** Evidence of osteoporosis ({@link BoneHealth#osteoporosisPointer}). */
  static Optional<String> osteoporosisPointer(CaseFacts f) {
    return BoneHealth.osteoporosisPointer(f);
  }

  /** A diagnosis read from the record only: billed but not documented is missing. */
  static Requirement documented(CodeFamily family, String what, Source source) {
    return Requirement.documented(family, what, source);
  }

  /**
   * A therapy ongoing on the date of service: none of its kind is missing, none ongoing
   * contradicts.
   */
  static Requirement ongoingTherapy(TherapyKind kind, String what, Source source) {
    return Requirement.of(
        what + " ongoing",
        f -> {
          List<Therapy> ofKind = f.therapies(kind);
          if (ofKind.isEmpty()) {
            return Optional.of(
                Shortfall.missing(
                    "no "
                        + what
                        + " is documented; a progress note documenting "
                        + what
                        + " ongoing on the date of service would satisfy it",
                    source));
          }
          for (Therapy t : ofKind) {
            if (t.isOngoingOn(f.dateOfService())) {
              return Optional.empty();
            }
          }
          return Optional.of(
              Shortfall.contradicts(
                  "the documented "
                      + what
                      + " is not ongoing on the date of service "
                      + f.dateOfService()
                      + " ("
                      + notOngoing(ofKind, f.dateOfService())
                      + "); the indication needs "
                      + what
                      + " ongoing on the date of service",
                  source));
        });
  }

  private static String notOngoing(List<Therapy> therapies, LocalDate dos) {
    return therapies.stream()
        .map(
            t ->
                t.start().isAfter(dos)
                    ? "starts " + t.start()
                    : "ended " + t.end().map(LocalDate::toString).orElse("?"))
        .sorted()
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * Nonmetastatic cancer: a bone-metastases code (claim or record) or imaging finding contradicts.
   */
  static Requirement nonmetastatic(String cancer, Source source) {
    return Requirement.of(
        "nonmetastatic " + cancer,
        f -> {
          List<String> shown = new ArrayList<>();
          if (f.hasDiagnosis(CodeFamilies.BONE_METASTASES)) {
            shown.add(
                "a bone metastases diagnosis (" + f.codesOf(CodeFamilies.BONE_METASTASES) + ")");
          }
          if (f.imagingShows(DenosumabTerms.BONE_METASTASES)) {
            shown.add("an imaging report showing bone metastases");
          }
          if (shown.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              Shortfall.contradicts(
                  "the "
                      + cancer
                      + " is metastatic to bone ("
                      + String.join(" and ", shown)
                      + "); "
                      + f.product().describe()
                      + " is indicated for nonmetastatic "
                      + cancer
                      + " only (for bone metastases from a solid tumor, the Xgeva family is the"
                      + " labeled one)",
                  source));
        });
  }

  /** An imaging finding: no imaging at all is missing, imaging without the finding contradicts. */
  static Requirement imagingFinding(ImagingFinding finding, String what, String imaging) {
    return Requirement.of(
        "imaging showing " + what,
        f -> {
          if (f.imagingShows(finding)) {
            return Optional.empty();
          }
          if (!f.hasImaging()) {
            return Optional.of(
                Shortfall.noImaging(
                    "no imaging report is documented; "
                        + imaging
                        + " showing "
                        + what
                        + ", signed and dated on or before the date of service, would satisfy it"
                        + " (SEED: imaging must support the indication)",
                    DenosumabSources.SEED));
          }
          return Optional.of(
              Shortfall.contradicts(
                  "no imaging report shows "
                      + what
                      + "; the indication needs radiographic evidence of "
                      + what
                      + " ("
                      + imaging
                      + ")",
                  DenosumabSources.SEED));
        });
  }

  /**
   * Giant cell tumor: adult, or adolescent and skeletally mature ({@link
   * DenosumabInterpretations#ADOLESCENCE_12_TO_17}).
   */
  static final Requirement SKELETAL_MATURITY =
      Requirement.of("adult or skeletally mature adolescent", Requirements::skeletalMaturity);

  private static Optional<Shortfall> skeletalMaturity(CaseFacts f) {
    Thresholds t = f.thresholds();
    Source source = DenosumabInterpretations.ADOLESCENCE_12_TO_17.source();
    int age = f.age();
    if (age >= t.adultAge()) {
      return Optional.empty();
    }
    if (age < t.adolescentAge()) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service; "
                  + f.product().describe()
                  + " for giant cell tumor of bone is indicated for adults and skeletally mature"
                  + " adolescents (age "
                  + t.adolescentAge()
                  + " or older; "
                  + DenosumabInterpretations.adolescence(t)
                  + ")",
              source));
    }
    Optional<Boolean> mature = f.evidence().statement(DenosumabTerms.SKELETALLY_MATURE);
    if (mature.isEmpty()) {
      return Optional.of(
          Shortfall.missing(
              "the patient is "
                  + age
                  + " on the date of service and no progress note states whether the patient is"
                  + " skeletally mature; a note stating skeletal maturity would satisfy it",
              source));
    }
    if (!mature.get()) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service and the progress note states the patient is"
                  + " skeletally immature; giant cell tumor of bone is covered for adults and"
                  + " skeletally mature adolescents only",
              source));
    }
    return Optional.empty();
  }

  /** The three glucocorticoid requirements, read off the same therapy. */
  enum GlucocorticoidPart {
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
  static Requirement glucocorticoid(GlucocorticoidPart part, String name) {
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

    @Nullable Shortfall part(GlucocorticoidPart part) {
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
                    + notOngoing(List.of(t), dos)
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

  /** Evidence of an imaging finding, for {@link Indication#uncodedEvidence()}. */
  static Function<CaseFacts, Optional<String>> imagingPointer(ImagingFinding finding, String what) {
    return f -> f.imagingShows(finding) ? Optional.of("an imaging report showing " + what) : Optional.empty();
  }

  /** Evidence of a documented therapy, for {@link Indication#uncodedEvidence()}. */
  static Function<CaseFacts, Optional<String>> therapyPointer(TherapyKind kind, String what) {
    return f -> f.hasTherapy(kind) ? Optional.of("documented " + what) : Optional.empty();
  }

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

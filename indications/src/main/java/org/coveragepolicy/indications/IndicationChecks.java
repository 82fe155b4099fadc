package org.coveragepolicy.indications;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Source;

/**
 * The requirements of each J0897 indication (the policy's "Indications — PARTB-REASONABLE-NECESSARY
 * for J0897"): which indications are candidates, and for a candidate the shortfalls, each missing
 * (INSUFFICIENT_DOCUMENTATION) or contradicting (MEDICAL_NECESSITY).
 */
final class IndicationChecks {
  private static final String COUNTED_NOTE =
      "a signed progress note dated on or before the date of service";

  /**
   * One shortfall of a candidate: a missing or a contradicting element, with its citation; {@code
   * noImaging} marks radiographic evidence missing because the record holds no imaging at all (the
   * record-level gap DOC-IMAGING reports).
   */
  record Shortfall(boolean missing, boolean noImaging, String message, Source citation) {
    static Shortfall missing(String message, Source citation) {
      return new Shortfall(true, false, message, citation);
    }

    static Shortfall noImaging(String message, Source citation) {
      return new Shortfall(true, true, message, citation);
    }

    static Shortfall contradicts(String message, Source citation) {
      return new Shortfall(false, false, message, citation);
    }
  }

  /** Makes a missing shortfall of one kind. */
  @FunctionalInterface
  private interface MissingKind {
    Shortfall of(String message, Source citation);
  }

  private static final MissingKind MISSING = Shortfall::missing;
  private static final MissingKind NO_IMAGING = Shortfall::noImaging;

  private IndicationChecks() {}

  /**
   * Whether an indication is a candidate: of the product under review, in the edition, its anchor
   * diagnosed (claim or record) and the anchor's patient condition met.
   */
  static boolean isCandidate(Indication indication, CaseFacts f) {
    if (!indication.product().equals(f.product())
        || !f.edition().includes(indication)
        || !f.hasDiagnosis(indication.anchorFamily())) {
      return false;
    }
    switch (indication) {
      case PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS:
      case PROLIA_AI_BREAST_CANCER:
        return f.sex() == Sex.FEMALE;
      case PROLIA_MALE_OSTEOPOROSIS:
      case PROLIA_ADT_PROSTATE_CANCER:
        return f.sex() == Sex.MALE;
      case PROLIA_GLUCOCORTICOID_OSTEOPOROSIS:
        return f.hasTherapy(TherapyKind.SYSTEMIC_GLUCOCORTICOID);
      default:
        return true;
    }
  }

  private static void addIfPresent(List<Shortfall> out, Optional<Shortfall> shortfall) {
    if (shortfall.isPresent()) {
      out.add(shortfall.get());
    }
  }

  /** The anchor of an indication in words, for the IND-NO-INDICATION message. */
  static String anchorText(Indication indication) {
    String family = indication.anchorFamily().toString();
    switch (indication) {
      case PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS:
      case PROLIA_AI_BREAST_CANCER:
        return family + " in a female patient";
      case PROLIA_MALE_OSTEOPOROSIS:
      case PROLIA_ADT_PROSTATE_CANCER:
        return family + " in a male patient";
      case PROLIA_GLUCOCORTICOID_OSTEOPOROSIS:
        return family + " with a documented systemic glucocorticoid therapy";
      default:
        return family;
    }
  }

  /** The shortfalls of a candidate; empty when the candidate is supported. */
  static ImmutableList<Shortfall> shortfalls(Indication indication, CaseFacts f) {
    List<Shortfall> out = new ArrayList<>();
    switch (indication) {
      case PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS:
        addIfPresent(
            out,
            statement(
                f,
                NoteStatement.POSTMENOPAUSAL,
                "the patient is postmenopausal",
                Source.FDA_PROLIA));
        osteoporosisEstablished(f, out);
        addIfPresent(out, highRisk(f));
        break;
      case PROLIA_MALE_OSTEOPOROSIS:
        osteoporosisEstablished(f, out);
        addIfPresent(out, highRisk(f));
        break;
      case PROLIA_ADT_PROSTATE_CANCER:
        addIfPresent(
            out,
            ongoingTherapy(f, TherapyKind.ANDROGEN_DEPRIVATION, "androgen-deprivation therapy"));
        addIfPresent(out, nonmetastatic(f));
        addIfPresent(out, highRisk(f));
        addIfPresent(out, lowBoneMass(f));
        break;
      case PROLIA_AI_BREAST_CANCER:
        addIfPresent(
            out, ongoingTherapy(f, TherapyKind.AROMATASE_INHIBITOR, "aromatase-inhibitor therapy"));
        addIfPresent(out, highRisk(f));
        addIfPresent(out, lowBoneMass(f));
        break;
      case PROLIA_GLUCOCORTICOID_OSTEOPOROSIS:
        out.addAll(glucocorticoid(f));
        addIfPresent(out, highRisk(f));
        addIfPresent(out, lowBoneMass(f));
        break;
      case XGEVA_SRE_BONE_METASTASES:
        addIfPresent(
            out, documented(f, CodeFamilies.SOLID_TUMOR, "solid tumor", Source.FDA_XGEVA));
        addIfPresent(out, imagingFinding(f, ImagingFinding.BONE_METASTASES, "bone metastases"));
        if (f.edition().has(Limitation.XGEVA_MULTIPLE_MYELOMA)
            && f.hasDiagnosis(CodeFamilies.MULTIPLE_MYELOMA)) {
          out.add(
              Shortfall.contradicts(
                  "the patient has a multiple myeloma diagnosis ("
                      + f.codesOf(CodeFamilies.MULTIPLE_MYELOMA)
                      + "), and under "
                      + f.edition()
                      + " Xgeva is not indicated for skeletal-related events in multiple myeloma"
                      + " (limitation of use, read literally: "
                      + Interpretation.MYELOMA_LIMITATION_LITERAL.summary()
                      + "); it is covered only for a patient with bone metastases from a solid"
                      + " tumor and no myeloma diagnosis",
                  Source.SEED));
        }
        break;
      case XGEVA_SRE_MULTIPLE_MYELOMA:
        addIfPresent(
            out, imagingFinding(f, ImagingFinding.MYELOMA_BONE_LESIONS, "myeloma bone lesions"));
        break;
      case XGEVA_GIANT_CELL_TUMOR:
        addIfPresent(
            out,
            imagingFinding(f, ImagingFinding.GIANT_CELL_TUMOR, "a giant cell tumor of bone"));
        addIfPresent(
            out,
            statement(
                f,
                NoteStatement.UNRESECTABLE,
                "the tumor is unresectable or its resection is likely to cause severe morbidity",
                Source.FDA_XGEVA));
        addIfPresent(out, skeletalMaturity(f));
        break;
      case XGEVA_HYPERCALCEMIA_OF_MALIGNANCY:
        addIfPresent(
            out, documented(f, CodeFamilies.MALIGNANCY, "malignancy", Source.FDA_XGEVA));
        out.addAll(refractoryHypercalcemia(f));
        break;
      default:
        throw new AssertionError(indication);
    }
    return ImmutableList.copyOf(out);
  }

  /** A note statement: absent is missing, false contradicts. */
  private static Optional<Shortfall> statement(
      CaseFacts f, NoteStatement statement, String what, Source source) {
    Optional<Boolean> stated = f.evidence().statement(statement);
    if (stated.isEmpty()) {
      return Optional.of(
          Shortfall.missing(
              "no progress note states whether "
                  + what
                  + "; "
                  + COUNTED_NOTE
                  + " stating that "
                  + what
                  + " would satisfy it",
              source));
    }
    if (!stated.get()) {
      return Optional.of(
          Shortfall.contradicts(
              "the progress note states that it is not the case that "
                  + what
                  + "; the indication needs a note stating that "
                  + what,
              source));
    }
    return Optional.empty();
  }

  /** A requirement read from the record only: billed but not documented is missing. */
  private static Optional<Shortfall> documented(
      CaseFacts f, CodeFamily family, String what, Source source) {
    if (f.documents(family)) {
      return Optional.empty();
    }
    if (f.billedOnly(family)) {
      return Optional.of(
          Shortfall.missing(
              "the "
                  + what
                  + " diagnosis ("
                  + f.claimCodesOf(family)
                  + ") is billed on the claim but not documented in "
                  + COUNTED_NOTE
                  + "; document it in the progress note",
              source));
    }
    return Optional.of(
        Shortfall.missing(
            "no "
                + what
                + " diagnosis is documented; "
                + COUNTED_NOTE
                + " documenting a code of "
                + family
                + " would satisfy it",
            source));
  }

  /**
   * Osteoporosis established: an OSTEOPOROSIS diagnosis in the record and a DXA T-score at or below
   * -2.5 or an imaging finding of a fragility fracture (SEED: imaging must support the indication).
   */
  private static void osteoporosisEstablished(CaseFacts f, List<Shortfall> out) {
    addIfPresent(
        out, documented(f, CodeFamilies.OSTEOPOROSIS, "osteoporosis", Source.FDA_PROLIA));
    addIfPresent(out, boneImaging(f, Thresholds.OSTEOPOROSIS_T_SCORE, "osteoporosis"));
  }

  /**
   * Low bone mass for the bone-loss indications ({@link
   * Interpretation#LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS}).
   */
  private static Optional<Shortfall> lowBoneMass(CaseFacts f) {
    return boneImaging(f, Thresholds.LOW_BONE_MASS_T_SCORE, "low bone mass");
  }

  /**
   * Radiographic evidence of bone fragility: any study with a T-score at or below the threshold, or
   * any study showing a fragility fracture, supports. Missing when nothing can be read: no imaging,
   * or only DXA studies without a reported T-score. Otherwise, failing imaging contradicts.
   */
  private static Optional<Shortfall> boneImaging(CaseFacts f, BigDecimal threshold, String what) {
    if (f.imagingShows(ImagingFinding.FRAGILITY_FRACTURE)) {
      return Optional.empty();
    }
    BigDecimal lowest = null; // the lowest T-score of any study
    boolean notDxa = false;
    for (ImagingStudy study : f.evidence().imaging()) {
      if (study.tScore().isPresent()
          && (lowest == null || study.tScore().get().compareTo(lowest) < 0)) {
        lowest = study.tScore().get();
      }
      notDxa |= study.modality() != ImagingModality.DXA;
    }
    if (lowest != null && lowest.compareTo(threshold) <= 0) {
      return Optional.empty();
    }
    // a T-score, or a study other than a DXA (whose findings are read), can be judged
    boolean readable = lowest != null || notDxa;
    String satisfy =
        "a DXA T-score at or below " + threshold.toPlainString() + " or an imaging report showing a"
            + " fragility fracture would satisfy it";
    if (!readable) {
      return Optional.of(
          (f.hasImaging() ? MISSING : NO_IMAGING).of(
              "no radiographic evidence of "
                  + what
                  + " is documented (no DXA T-score and no imaging report of a fragility"
                  + " fracture); "
                  + satisfy,
              Source.SEED));
    }
    String shown =
        lowest == null
            ? "no DXA T-score is reported"
            : "the lowest DXA T-score is " + lowest.toPlainString();
    return Optional.of(
        Shortfall.contradicts(
            "the imaging does not show "
                + what
                + ": "
                + shown
                + " (needs "
                + threshold.toPlainString()
                + " or lower) and no imaging report shows a fragility fracture; "
                + satisfy,
            Source.SEED));
  }

  /**
   * High risk for fracture (FDA label): a documented risk factor, an imaging finding of a fragility
   * fracture, or a documented code of prior or current osteoporotic fracture. None is missing.
   */
  private static Optional<Shortfall> highRisk(CaseFacts f) {
    boolean riskFactor =
        f.evidence().riskFactors().contains(RiskFactor.PRIOR_FRAGILITY_FRACTURE)
            || f.evidence().riskFactors().contains(RiskFactor.MULTIPLE_RISK_FACTORS)
            || f.evidence().riskFactors().contains(RiskFactor.FAILED_OR_INTOLERANT_OTHER_THERAPY);
    if (riskFactor
        || f.imagingShows(ImagingFinding.FRAGILITY_FRACTURE)
        || f.documents(CodeFamilies.OSTEOPOROTIC_FRACTURE_HISTORY)
        || f.documents(CodeFamilies.OSTEOPOROSIS_WITH_FRACTURE)) {
      return Optional.empty();
    }
    String billed = "";
    if (f.billedOnly(CodeFamilies.OSTEOPOROTIC_FRACTURE_HISTORY)
        || f.billedOnly(CodeFamilies.OSTEOPOROSIS_WITH_FRACTURE)) {
      billed =
          " (a fracture code is billed on the claim but not documented in "
              + COUNTED_NOTE
              + ")";
    }
    return Optional.of(
        Shortfall.missing(
            "high risk for fracture is not documented"
                + billed
                + "; a progress note documenting a prior fragility fracture, multiple risk factors"
                + " for fracture, or failure of or intolerance to other osteoporosis therapy, a"
                + " documented code of "
                + CodeFamilies.OSTEOPOROTIC_FRACTURE_HISTORY
                + " or "
                + CodeFamilies.OSTEOPOROSIS_WITH_FRACTURE
                + ", or an imaging report showing a fragility fracture would satisfy it",
            Source.FDA_PROLIA));
  }

  /** A therapy ongoing on the date of service: none of its kind is missing, none ongoing contradicts. */
  private static Optional<Shortfall> ongoingTherapy(CaseFacts f, TherapyKind kind, String what) {
    List<Therapy> ofKind = new ArrayList<>();
    boolean ongoing = false;
    for (Therapy t : f.evidence().therapies()) {
      if (t.kind() == kind) {
        ofKind.add(t);
        ongoing |= t.isOngoingOn(f.dateOfService());
      }
    }
    if (ofKind.isEmpty()) {
      return Optional.of(
          Shortfall.missing(
              "no "
                  + what
                  + " is documented; a progress note documenting "
                  + what
                  + " ongoing on the date of service would satisfy it",
              Source.FDA_PROLIA));
    }
    if (ongoing) {
      return Optional.empty();
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
            Source.FDA_PROLIA));
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

  /** Nonmetastatic prostate cancer: a bone-metastases code (claim or record) or finding contradicts. */
  private static Optional<Shortfall> nonmetastatic(CaseFacts f) {
    List<String> shown = new ArrayList<>();
    if (f.hasDiagnosis(CodeFamilies.BONE_METASTASES)) {
      shown.add("a bone metastases diagnosis (" + f.codesOf(CodeFamilies.BONE_METASTASES) + ")");
    }
    if (f.imagingShows(ImagingFinding.BONE_METASTASES)) {
      shown.add("an imaging report showing bone metastases");
    }
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Shortfall.contradicts(
            "the prostate cancer is metastatic to bone ("
                + String.join(" and ", shown)
                + "); Prolia is indicated for nonmetastatic prostate cancer only (for bone"
                + " metastases from a solid tumor, Xgeva is the labeled product)",
            Source.FDA_PROLIA));
  }

  /** An imaging finding: no imaging at all is missing, imaging without the finding contradicts. */
  private static Optional<Shortfall> imagingFinding(
      CaseFacts f, ImagingFinding finding, String what) {
    if (f.imagingShows(finding)) {
      return Optional.empty();
    }
    if (!f.hasImaging()) {
      return Optional.of(
          Shortfall.noImaging(
              "no imaging report is documented; a signed imaging report dated on or before the"
                  + " date of service showing "
                  + what
                  + " would satisfy it (SEED: imaging must support the indication)",
              Source.SEED));
    }
    return Optional.of(
        Shortfall.contradicts(
            "no imaging report shows "
                + what
                + "; the indication needs radiographic evidence of "
                + what,
            Source.SEED));
  }

  /**
   * Giant cell tumor: age 18 or older, or 12 to 17 and skeletally mature ({@link
   * Interpretation#ADOLESCENCE_12_TO_17}).
   */
  private static Optional<Shortfall> skeletalMaturity(CaseFacts f) {
    int age = f.request().patient().ageOn(f.dateOfService());
    if (age >= Thresholds.ADULT_AGE) {
      return Optional.empty();
    }
    if (age < Thresholds.ADOLESCENT_AGE) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service; Xgeva for giant cell tumor of bone is indicated for"
                  + " adults and skeletally mature adolescents (age "
                  + Thresholds.ADOLESCENT_AGE
                  + " or older; "
                  + Interpretation.ADOLESCENCE_12_TO_17.summary()
                  + ")",
              Interpretation.ADOLESCENCE_12_TO_17.source()));
    }
    Optional<Boolean> mature = f.evidence().statement(NoteStatement.SKELETALLY_MATURE);
    if (mature.isEmpty()) {
      return Optional.of(
          Shortfall.missing(
              "the patient is "
                  + age
                  + " on the date of service and no progress note states whether the patient is"
                  + " skeletally mature; a note stating skeletal maturity would satisfy it",
              Interpretation.ADOLESCENCE_12_TO_17.source()));
    }
    if (!mature.get()) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service and the progress note states the patient is not"
                  + " skeletally mature; Xgeva for giant cell tumor of bone is indicated for adults"
                  + " and skeletally mature adolescents only",
              Interpretation.ADOLESCENCE_12_TO_17.source()));
    }
    return Optional.empty();
  }

  /**
   * Glucocorticoid-induced osteoporosis: one systemic glucocorticoid therapy at least 7.5 mg/day,
   * ongoing on the date of service and expected to last at least 6 months. When none meets all,
   * the shortfalls of the therapy that comes closest are reported (fewest shortfalls, then by
   * message, so the result does not depend on the order of the therapies).
   */
  private static List<Shortfall> glucocorticoid(CaseFacts f) {
    return f.evidence().therapies().stream()
        .filter(t -> t.kind() == TherapyKind.SYSTEMIC_GLUCOCORTICOID)
        .map(t -> glucocorticoidShortfalls(t, f.dateOfService()))
        .min(
            Comparator.<List<Shortfall>>comparingInt(List::size)
                .thenComparing(IndicationChecks::joined))
        // a candidate has one (isCandidate)
        .orElseThrow();
  }

  private static String joined(List<Shortfall> shortfalls) {
    return shortfalls.stream().map(Shortfall::message).collect(Collectors.joining("\n"));
  }

  private static List<Shortfall> glucocorticoidShortfalls(Therapy t, LocalDate dos) {
    List<Shortfall> out = new ArrayList<>();
    String min = Thresholds.GLUCOCORTICOID_MG_PER_DAY.toPlainString();
    if (t.doseMgPerDay().isEmpty()) {
      out.add(
          Shortfall.missing(
              "the systemic glucocorticoid's daily dose is not documented; a progress note"
                  + " documenting at least "
                  + min
                  + " mg/day prednisone equivalent would satisfy it",
              Source.FDA_PROLIA));
    } else if (t.doseMgPerDay().get().compareTo(Thresholds.GLUCOCORTICOID_MG_PER_DAY) < 0) {
      out.add(
          Shortfall.contradicts(
              "the systemic glucocorticoid dose is "
                  + t.doseMgPerDay().get().toPlainString()
                  + " mg/day prednisone equivalent; the indication needs at least "
                  + min
                  + " mg/day",
              Source.FDA_PROLIA));
    }
    if (!t.isOngoingOn(dos)) {
      out.add(
          Shortfall.contradicts(
              "the systemic glucocorticoid therapy is not ongoing on the date of service "
                  + dos
                  + " ("
                  + notOngoing(List.of(t), dos)
                  + "); the indication needs it ongoing",
              Source.FDA_PROLIA));
    }
    int months = Thresholds.GLUCOCORTICOID_MONTHS;
    if (t.expectedMonths().isEmpty()) {
      out.add(
          Shortfall.missing(
              "the expected duration of the systemic glucocorticoid therapy is not documented; a"
                  + " progress note documenting an expected duration of at least "
                  + months
                  + " months would satisfy it",
              Source.FDA_PROLIA));
    } else if (t.expectedMonths().get() < months) {
      out.add(
          Shortfall.contradicts(
              "the systemic glucocorticoid therapy is expected to last "
                  + t.expectedMonths().get()
                  + " months; the indication needs at least "
                  + months
                  + " months",
              Source.FDA_PROLIA));
    }
    return out;
  }

  /**
   * Hypercalcemia refractory to bisphosphonate ({@link
   * Interpretation#REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS}): some corrected calcium above 12.5 mg/dL
   * within 30 days before the date of service, measured 7 to 30 days after the start of some IV
   * bisphosphonate.
   */
  private static List<Shortfall> refractoryHypercalcemia(CaseFacts f) {
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minusDays(Thresholds.HYPERCALCEMIA_WINDOW_DAYS);
    List<LabResult> inWindow = new ArrayList<>();
    List<LabResult> high = new ArrayList<>();
    for (LabResult r : f.evidence().labs()) {
      if (r.test() == LabTest.CORRECTED_CALCIUM
          && !r.date().isBefore(from)
          && !r.date().isAfter(dos)) {
        inWindow.add(r);
        if (r.value().compareTo(Thresholds.HYPERCALCEMIA_CORRECTED_CALCIUM) > 0) {
          high.add(r);
        }
      }
    }
    List<LocalDate> bisphosphonates = new ArrayList<>();
    for (Therapy t : f.evidence().therapies()) {
      if (t.kind() == TherapyKind.IV_BISPHOSPHONATE) {
        bisphosphonates.add(t.start());
      }
    }
    bisphosphonates.sort(Comparator.naturalOrder());
    // supported exactly when no shortfall below applies: a high calcium 7 to 30 days after an IV
    // bisphosphonate start
    Source source = Interpretation.REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS.source();
    String limit = Thresholds.HYPERCALCEMIA_CORRECTED_CALCIUM.toPlainString();
    List<Shortfall> out = new ArrayList<>();
    if (inWindow.isEmpty()) {
      out.add(
          Shortfall.missing(
              "no corrected calcium is documented from "
                  + from
                  + " through the date of service "
                  + dos
                  + "; a lab report in that window with a corrected calcium above "
                  + limit
                  + " mg/dL would satisfy it",
              source));
    } else if (high.isEmpty()) {
      BigDecimal max =
          inWindow.stream().map(LabResult::value).max(BigDecimal::compareTo).orElseThrow();
      out.add(
          Shortfall.contradicts(
              "the highest corrected calcium from "
                  + from
                  + " through the date of service is "
                  + max.toPlainString()
                  + " mg/dL; hypercalcemia refractory to bisphosphonate needs a corrected calcium"
                  + " above "
                  + limit
                  + " mg/dL",
              source));
    }
    if (bisphosphonates.isEmpty()) {
      out.add(
          Shortfall.missing(
              "no IV bisphosphonate therapy is documented; refractory hypercalcemia needs an IV"
                  + " bisphosphonate started "
                  + Thresholds.BISPHOSPHONATE_MIN_DAYS
                  + " to "
                  + Thresholds.BISPHOSPHONATE_MAX_DAYS
                  + " days before the qualifying corrected calcium",
              source));
    } else if (!inWindow.isEmpty()) {
      List<LabResult> reference = high.isEmpty() ? inWindow : high;
      if (!anyRefractory(bisphosphonates, reference)) {
        out.add(
            Shortfall.contradicts(
                "no IV bisphosphonate was started "
                    + Thresholds.BISPHOSPHONATE_MIN_DAYS
                    + " to "
                    + Thresholds.BISPHOSPHONATE_MAX_DAYS
                    + " days before the corrected calcium (IV bisphosphonate started "
                    + bisphosphonates.stream().map(LocalDate::toString).distinct()
                        .collect(Collectors.joining(", "))
                    + "); refractory means the calcium stays above "
                    + limit
                    + " mg/dL "
                    + Thresholds.BISPHOSPHONATE_MIN_DAYS
                    + " to "
                    + Thresholds.BISPHOSPHONATE_MAX_DAYS
                    + " days after an IV bisphosphonate",
                source));
      }
    }
    return out;
  }

  /** Whether some calcium was measured 7 to 30 days after some IV bisphosphonate start. */
  private static boolean anyRefractory(List<LocalDate> bisphosphonates, List<LabResult> calcium) {
    for (LabResult r : calcium) {
      for (LocalDate b : bisphosphonates) {
        if (refractoryGap(b, r)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean refractoryGap(LocalDate bisphosphonateStart, LabResult calcium) {
    long days = ChronoUnit.DAYS.between(bisphosphonateStart, calcium.date());
    return days >= Thresholds.BISPHOSPHONATE_MIN_DAYS && days <= Thresholds.BISPHOSPHONATE_MAX_DAYS;
  }
}

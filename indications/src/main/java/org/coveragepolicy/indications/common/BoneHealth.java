package org.coveragepolicy.indications.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.PolicyTexts;
import org.coveragepolicy.core.policy.RecordCheck;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.core.policy.Thresholds;
import org.jspecify.annotations.Nullable;

/**
 * The bone-health building blocks the osteoporosis policies share (denosumab's and
 * romosozumab's): the code families OSTEOPOROSIS, OSTEOPOROTIC_FRACTURE_HISTORY,
 * OSTEOPOROSIS_WITH_FRACTURE and HYPOCALCEMIA, and the requirement blocks of a
 * postmenopausal-osteoporosis indication (a note statement, radiographic evidence of bone
 * fragility, high risk for fracture), each citing the source the calling policy gives.
 *
 * @since 0.4.0
 */
public final class BoneHealth {
  private static final String COUNTED_NOTE = Requirement.COUNTED_NOTE;

  /** ICD-10-CM, the code set that defines the shared families (no policy's citation). */
  public static final Source ICD_10_CM =
      Source.of("ICD-10-CM", "ICD-10-CM, International Classification of Diseases, Clinical Modification");

  /** Osteoporosis: M80.0*, M80.8*, M81.0, M81.8. */
  public static final CodeFamily OSTEOPOROSIS =
      CodeFamily.parse("OSTEOPOROSIS", ICD_10_CM, "M80.0*, M80.8*, M81.0, M81.8");

  /** Personal history of a healed osteoporotic fracture: Z87.310. */
  public static final CodeFamily OSTEOPOROTIC_FRACTURE_HISTORY =
      CodeFamily.parse("OSTEOPOROTIC_FRACTURE_HISTORY", ICD_10_CM, "Z87.310");

  /** Osteoporosis with current pathological fracture: M80.* (a fragility fracture). */
  public static final CodeFamily OSTEOPOROSIS_WITH_FRACTURE =
      CodeFamily.parse("OSTEOPOROSIS_WITH_FRACTURE", ICD_10_CM, "M80.*");

  /** Hypocalcemia: E83.51. */
  public static final CodeFamily HYPOCALCEMIA =
      CodeFamily.parse("HYPOCALCEMIA", ICD_10_CM, "E83.51");

  /** The ID of the hypocalcemia contraindication rule each policy declares with its citation. */
  public static final String HYPOCALCEMIA_RULE_ID = "SAFE-HYPOCALCEMIA";

  /**
   * SAFE-HYPOCALCEMIA's summary under an edition, for {@link PolicyTexts.Builder#rule}: {@link
   * #hypocalcemiaSummary} of the edition's thresholds.
   */
  public static final PolicyTexts.Renderer HYPOCALCEMIA_SUMMARY =
      (policy, edition) -> hypocalcemiaSummary(edition.thresholds());

  /** The ID of the calcium and vitamin D supplementation rule (WARNING) each policy declares. */
  public static final String SUPPLEMENTATION_RULE_ID = "DOC-SUPPLEMENTATION";

  private BoneHealth() {}

  /**
   * Returns the postmenopausal statement requirement: a counted note states {@code postmenopausal:
   * true}; absent is missing, false contradicts.
   *
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement postmenopausal(Source source) {
    return statement(
        BoneHealthTerms.POSTMENOPAUSAL,
        "postmenopausal",
        "the patient is postmenopausal",
        "the patient is not postmenopausal",
        source);
  }

  /**
   * Returns the requirement that osteoporosis is established by imaging: a DXA T-score at or below
   * the edition's osteoporosis threshold or an imaging finding of a fragility fracture.
   *
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement osteoporosisImaging(Source source) {
    return boneImaging("osteoporosis", Thresholds::osteoporosisTScore, source);
  }

  /**
   * Returns a note statement requirement: absent is missing, false contradicts.
   *
   * @param statement the statement
   * @param name the requirement's name
   * @param what what the statement says, in words
   * @param negated its negation, in words
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement statement(
      NoteStatement statement, String name, String what, String negated, Source source) {
    return Requirement.of(
        name,
        f -> {
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
                    "the progress note states "
                        + negated
                        + "; the indication needs a note stating that "
                        + what,
                    source));
          }
          return Optional.empty();
        });
  }

  /**
   * Radiographic evidence of bone fragility: any study with a T-score at or below the threshold, or
   * any study showing a fragility fracture, supports. Missing when nothing can be read: no imaging,
   * or only DXA studies without a reported T-score. Otherwise, failing imaging contradicts.
   *
   * @param what what the imaging shows, in words ("osteoporosis")
   * @param threshold the T-score threshold of the edition
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement boneImaging(
      String what, Function<Thresholds, BigDecimal> threshold, Source source) {
    return Requirement.of(
        "radiographic evidence of " + what,
        f -> boneImaging(f, threshold.apply(f.thresholds()), what, source));
  }

  private static Optional<Shortfall> boneImaging(
      CaseFacts f, BigDecimal threshold, String what, Source source) {
    if (f.imagingShows(BoneHealthTerms.FRAGILITY_FRACTURE)) {
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
    String satisfy =
        "a DXA T-score at or below "
            + threshold.toPlainString()
            + " or an imaging report showing a fragility fracture would satisfy it";
    // a T-score, or a study other than a DXA (whose findings are read), can be judged
    if (lowest == null && !notDxa) {
      String message =
          "no radiographic evidence of "
              + what
              + " is documented (no DXA T-score and no imaging report of a fragility fracture); "
              + satisfy;
      return Optional.of(
          f.hasImaging()
              ? Shortfall.missing(message, source)
              : Shortfall.noImaging(message, source));
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
            source));
  }

  /**
   * High risk for fracture (FDA label): a documented risk factor, an imaging finding of a fragility
   * fracture, or a documented code of prior or current osteoporotic fracture. None is missing.
   *
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement highRiskForFracture(Source source) {
    return Requirement.of("high risk for fracture", f -> highRisk(f, source));
  }

  private static Optional<Shortfall> highRisk(CaseFacts f, Source source) {
    boolean riskFactor =
        f.evidence().riskFactors().contains(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE)
            || f.evidence().riskFactors().contains(BoneHealthTerms.MULTIPLE_RISK_FACTORS)
            || f.evidence().riskFactors().contains(BoneHealthTerms.FAILED_OR_INTOLERANT_OTHER_THERAPY);
    if (riskFactor
        || f.imagingShows(BoneHealthTerms.FRAGILITY_FRACTURE)
        || f.documents(BoneHealth.OSTEOPOROTIC_FRACTURE_HISTORY)
        || f.documents(BoneHealth.OSTEOPOROSIS_WITH_FRACTURE)) {
      return Optional.empty();
    }
    String billed = "";
    if (f.billedOnly(BoneHealth.OSTEOPOROTIC_FRACTURE_HISTORY)
        || f.billedOnly(BoneHealth.OSTEOPOROSIS_WITH_FRACTURE)) {
      billed =
          " (a fracture code is billed on the claim but not documented in " + COUNTED_NOTE + ")";
    }
    return Optional.of(
        Shortfall.missing(
            "high risk for fracture is not documented"
                + billed
                + "; a progress note documenting a prior fragility fracture, multiple risk factors"
                + " for fracture, or failure of or intolerance to other osteoporosis therapy, a"
                + " documented code of "
                + BoneHealth.OSTEOPOROTIC_FRACTURE_HISTORY.describe()
                + " or "
                + BoneHealth.OSTEOPOROSIS_WITH_FRACTURE.describe()
                + ", or an imaging report showing a fragility fracture would satisfy it",
            source));
  }

  /**
   * Returns the evidence of osteoporosis, for {@link Indication#uncodedEvidence()}: a fragility
   * fracture on imaging, else the lowest T-score at or below the edition's threshold (whatever the
   * order of the studies in the record).
   *
   * @param f the case facts
   * @return the evidence in words, if any
   */
  public static Optional<String> osteoporosisPointer(CaseFacts f) {
    if (f.imagingShows(BoneHealthTerms.FRAGILITY_FRACTURE)) {
      return Optional.of("an imaging report showing a fragility fracture");
    }
    // the lowest qualifying T-score, whatever the order of the studies (only the score is quoted;
    // of equal scores written with different digits, -2.5 and -2.50, the shorter text)
    BigDecimal quoted = null;
    for (ImagingStudy study : f.evidence().imaging()) {
      Optional<BigDecimal> t = study.tScore();
      if (t.isPresent()
          && t.get().compareTo(f.thresholds().osteoporosisTScore()) <= 0
          && (quoted == null || lower(t.get(), quoted))) {
        quoted = t.get();
      }
    }
    return quoted == null
        ? Optional.empty()
        : Optional.of("a DXA T-score of " + quoted.toPlainString());
  }

  /** Whether a T-score is lower than another, or equal and written shorter (-2.5 before -2.50). */
  private static boolean lower(BigDecimal t, BigDecimal than) {
    int c = t.compareTo(than);
    return c < 0 || (c == 0 && t.toPlainString().compareTo(than.toPlainString()) < 0);
  }

  /**
   * SAFE-HYPOCALCEMIA, as a policy cites it: the calcium that counts is below the threshold, or a HYPOCALCEMIA diagnosis
   * (claim or record) (the denosumab policy's interpretation HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS). The
   * calcium that counts: each lab report in the window gives its corrected calcium if it has one,
   * else its total calcium, and of the latest-dated reports the lowest value counts (interpretation
   * LATEST_CALCIUM_COUNTS).
   *
   * @param f the case facts
   * @param rule the rule of the finding, citing the policy's source
   * @param drug the drug in words, for the message ("denosumab")
   * @return the finding, if any
   */
  public static Optional<Finding> hypocalcemia(CaseFacts f, Rule rule, String drug) {
    Thresholds t = f.thresholds();
    LabResult counted = countedCalcium(f);
    boolean low = counted != null && counted.value().compareTo(t.hypocalcemiaCalcium()) < 0;
    CodeFamily hypocalcemia = HYPOCALCEMIA;
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
   * Returns SAFE-HYPOCALCEMIA's summary, the same words in each policy that declares the rule: no
   * calcium below the hypocalcemia threshold within its window and no hypocalcemia diagnosis.
   *
   * @param t the thresholds of the edition
   * @return the summary, naming the threshold and the window
   */
  public static String hypocalcemiaSummary(Thresholds t) {
    return "no calcium below "
        + t.hypocalcemiaCalcium().toPlainString()
        + " mg/dL within "
        + t.hypocalcemiaWindowDays()
        + " days before the date of service and no hypocalcemia diagnosis";
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

  /**
   * Returns DOC-SUPPLEMENTATION (WARNING): calcium and vitamin D supplementation ({@link
   * BoneHealthTerms#CALCIUM_VITAMIN_D}) is documented in a counted progress note. The message names
   * the product's patients and the rule's source ("Evenity patients should take calcium and vitamin
   * D (FDA-EVENITY)").
   *
   * @param rule the policy's DOC-SUPPLEMENTATION rule, citing the policy's source
   * @param patients whose patients the message names, such as {@code Denosumab} or {@code Evenity}
   * @return the record check
   */
  public static RecordCheck supplementation(Rule rule, String patients) {
    return evidence -> {
      for (Therapy therapy : evidence.therapies()) {
        if (therapy.kind().equals(BoneHealthTerms.CALCIUM_VITAMIN_D)) {
          return Optional.empty();
        }
      }
      return Optional.of(
          rule.warning(
              "No calcium and vitamin D supplementation is documented in a signed progress note. "
                  + patients
                  + " patients should take calcium and vitamin D ("
                  + rule.source().key()
                  + "); document the supplementation in the progress note."));
    };
  }
}

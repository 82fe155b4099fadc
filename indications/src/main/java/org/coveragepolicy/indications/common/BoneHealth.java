package org.coveragepolicy.indications.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.NoteStatement;
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

/**
 * The bone-health building blocks the osteoporosis policies share (denosumab's and
 * romosozumab's): the code families OSTEOPOROSIS, OSTEOPOROTIC_FRACTURE_HISTORY,
 * OSTEOPOROSIS_WITH_FRACTURE and HYPOCALCEMIA, and the requirement blocks of a
 * postmenopausal-osteoporosis indication (a note statement, radiographic evidence of bone
 * fragility, high risk for fracture), each citing the source the calling policy gives.
 *
 * @since 0.2.0
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
        f -> FragilityEvidence.boneImaging(f, threshold.apply(f.thresholds()), what, source));
  }

  /**
   * High risk for fracture (FDA label): a documented risk factor, an imaging finding of a fragility
   * fracture, or a documented code of prior or current osteoporotic fracture. None is missing.
   *
   * @param source the source the shortfall cites
   * @return the requirement
   */
  public static Requirement highRiskForFracture(Source source) {
    return Requirement.of("high risk for fracture", f -> FragilityEvidence.highRisk(f, source));
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
    return FragilityEvidence.osteoporosisPointer(f);
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
    return HypocalcemiaCheck.finding(f, rule, drug);
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

package org.coveragepolicy.indications.common;

import java.math.BigDecimal;
import java.util.Optional;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.ImagingStudy;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;

/**
 * The evidence of bone fragility the osteoporosis policies read: radiographic evidence (a DXA
 * T-score or a fragility fracture on imaging), high risk for fracture, and the evidence that points
 * to osteoporosis; the public requirements are {@link BoneHealth}'s.
 */
final class FragilityEvidence {
  private FragilityEvidence() {}

  /**
   * Radiographic evidence of bone fragility against a threshold ({@link BoneHealth#boneImaging}).
   */
  static Optional<Shortfall> boneImaging(
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

  /** High risk for fracture ({@link BoneHealth#highRiskForFracture}). */
  static Optional<Shortfall> highRisk(CaseFacts f, Source source) {
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
          " (a fracture code is billed on the claim but not documented in " + Requirement.COUNTED_NOTE + ")";
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

  /** The evidence of osteoporosis in words, if any ({@link BoneHealth#osteoporosisPointer}). */
  static Optional<String> osteoporosisPointer(CaseFacts f) {
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
}

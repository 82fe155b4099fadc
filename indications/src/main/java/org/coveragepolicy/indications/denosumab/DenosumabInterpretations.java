package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.policy.Thresholds;

/**
 * The choices the denosumab policy makes where its sources are silent or ambiguous, each named and
 * cited in this one place; the rules that rest on a choice refer to its constant here, and {@link
 * #ALL} lists them with the generic Part B one for the rules document.
 *
 * @since 0.2.0
 */
final class DenosumabInterpretations {
  /**
   * Prolia for ADT or aromatase-inhibitor bone loss (and glucocorticoid osteoporosis) needs a DXA
   * T-score at or below -1.0 or a fragility fracture: the "increase bone mass" trials enrolled low
   * bone mass.
   */
  public static final Interpretation LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS =
      Interpretation.of(
          "LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS",
          DenosumabSources.FDA_PROLIA,
          lowBoneMass(Thresholds.defaults()));

  /** LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS's choice, from an edition's low-bone-mass T-score. */
  static String lowBoneMass(Thresholds t) {
    return "the bone-loss indications need a DXA T-score <= "
        + t.lowBoneMassTScore().toPlainString()
        + " or a fragility fracture, as the 'increase bone mass' trials enrolled low bone mass";
  }

  /** "Adults and skeletally mature adolescents": adolescence is taken as ages 12 to 17. */
  public static final Interpretation ADOLESCENCE_12_TO_17 =
      Interpretation.of(
          "ADOLESCENCE_12_TO_17",
          DenosumabSources.FDA_XGEVA,
          adolescence(Thresholds.defaults()));

  /** ADOLESCENCE_12_TO_17's choice, from an edition's adolescent and adult ages. */
  static String adolescence(Thresholds t) {
    return "adolescence is taken as ages "
        + t.adolescentAge()
        + " to "
        + (t.adultAge() - 1)
        + "; under "
        + t.adolescentAge()
        + " is not covered";
  }

  /**
   * "Refractory to bisphosphonate": a corrected calcium above 12.5 mg/dL measured 7 to 30 days after
   * an IV bisphosphonate, as the pivotal trial defined it.
   */
  public static final Interpretation REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS =
      Interpretation.of(
          "REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS",
          DenosumabSources.FDA_XGEVA,
          refractory(Thresholds.defaults()));

  /** REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS's choice, from an edition's calcium and days. */
  static String refractory(Thresholds t) {
    return "refractory means a corrected calcium > "
        + t.hypercalcemiaCorrectedCalcium().toPlainString()
        + " mg/dL measured "
        + t.bisphosphonateMinDays()
        + " to "
        + t.bisphosphonateMaxDays()
        + " days after an IV bisphosphonate (pivotal trial definition)";
  }

  /**
   * Hypercalcemia of malignancy needs no imaging: radiographic evidence cannot establish it, lab
   * evidence is the objective evidence.
   */
  public static final Interpretation HYPERCALCEMIA_NEEDS_NO_IMAGING =
      Interpretation.of(
          "HYPERCALCEMIA_NEEDS_NO_IMAGING",
          DenosumabSources.SEED,
          "hypercalcemia of malignancy needs no imaging: laboratory results are its objective"
              + " evidence");

  /**
   * Pre-existing hypocalcemia: a calcium below 8.5 mg/dL (the usual lower reference limit) within 30
   * days before the date of service.
   */
  public static final Interpretation HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS =
      Interpretation.of(
          "HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS",
          DenosumabSources.A52399,
          hypocalcemia(Thresholds.defaults()));

  /** HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS's choice, from an edition's calcium and window. */
  static String hypocalcemia(Thresholds t) {
    return "hypocalcemia is a calcium below "
        + t.hypocalcemiaCalcium().toPlainString()
        + " mg/dL within "
        + t.hypocalcemiaWindowDays()
        + " days before the date of service";
  }

  /** The advanced-CKD warning reads eGFR results within 12 months before the date of service. */
  public static final Interpretation CKD_EGFR_WITHIN_12_MONTHS =
      Interpretation.of(
          "CKD_EGFR_WITHIN_12_MONTHS",
          DenosumabSources.FDA_PROLIA,
          ckdWindow(Thresholds.defaults()));

  /** CKD_EGFR_WITHIN_12_MONTHS's choice, from an edition's eGFR threshold and window. */
  static String ckdWindow(Thresholds t) {
    return "an eGFR below "
        + t.advancedCkdEgfr().toPlainString()
        + " counts when measured within "
        + PeriodWords.months(t.advancedCkdWindow())
        + " before the date";
  }

  /**
   * The Xgeva multiple-myeloma limitation is read literally: a patient with myeloma and a solid tumor
   * with bone metastases is still "a patient with multiple myeloma".
   */
  public static final Interpretation MYELOMA_LIMITATION_LITERAL =
      Interpretation.of(
          "MYELOMA_LIMITATION_LITERAL",
          DenosumabSources.SEED,
          "the multiple-myeloma limitation applies to any patient with a myeloma diagnosis, even"
              + " with a solid tumor and bone metastases");

  /**
   * Several signed administration records on the date of service: the dose under review is the one
   * whose product is billed under the claim's HCPCS; when several are, the one the claim's NDC
   * names, then the one whose dose in mg equals the claim's units, then the one whose product a
   * counted order names (revision 3), then the first by product name. Every other one counts as a
   * dose given the same day.
   */
  public static final Interpretation SAME_DAY_DOSES =
      Interpretation.of(
          "SAME_DAY_DOSES",
          DenosumabSources.SEED,
          "with several administration records on the date of service, the one billed under the"
              + " claim's HCPCS is the dose under review (then the one the claim's NDC names, the one"
              + " whose dose equals the claim's units, the one an order names, the first by name),"
              + " and the others count as doses given the same day");

  /**
   * Notes that disagree on a yes-or-no statement: the latest counted note that makes it decides (a
   * newer silent note leaves it standing); between notes of the same date, the value that leads to a
   * finding wins ({@code postmenopausal: false}, {@code pregnant: true}, {@code skeletallyMature:
   * false}), because the record documents it (revision 3).
   */
  public static final Interpretation LATEST_NOTE_DECIDES_STATEMENTS =
      Interpretation.of(
          "LATEST_NOTE_DECIDES_STATEMENTS",
          DenosumabSources.SEED,
          "when notes disagree on a yes-or-no statement the latest note that states it decides,"
              + " and on one date the value that leads to a finding wins");

  /**
   * Therapies when notes disagree: for each therapy kind, the therapies are those of the latest
   * counted note that records the kind (on one date, those notes' entries together), so a therapy
   * recorded as ended, or at a tapered dose, replaces what an older note recorded. Notes of one date
   * that disagree on whether it is ongoing: ended wins (revision 3).
   */
  public static final Interpretation LATEST_NOTE_PER_THERAPY_KIND =
      Interpretation.of(
          "LATEST_NOTE_PER_THERAPY_KIND",
          DenosumabSources.SEED,
          "for each therapy kind the latest note that records it decides, so an ended or tapered"
              + " therapy replaces an older note's entry; on one date, ended wins over ongoing");

  /**
   * The calcium that counts for hypocalcemia: each lab report in the window gives its corrected
   * calcium if it has one, else its total calcium (revision 3: per report); of the latest-dated
   * reports, the lowest value counts. An older normal corrected value never hides a newer low one,
   * and one report's normal corrected value never hides another same-day report's low total.
   */
  public static final Interpretation LATEST_CALCIUM_COUNTS =
      Interpretation.of(
          "LATEST_CALCIUM_COUNTS",
          DenosumabSources.A52399,
          "each lab report gives its corrected calcium, else its total calcium, and the latest"
              + " report's value counts (the lowest of one date's reports), so neither an older"
              + " normal value nor another report's normal corrected value hides a low one");

  /** The days before the date of service in which a record may be this dose with a wrong date. */
  public static final int MISDATED_DOSE_DAYS = 7;

  /**
   * No administration record on the date of service while one is dated within 7 days before it: the
   * earlier record may be this dose with a wrong date, so the frequency message says so and names
   * both dates, while the frequency rule still compares the date of service with that earlier dose
   * (revision 3).
   */
  public static final Interpretation MISDATED_DOSE_WITHIN_7_DAYS =
      Interpretation.of(
          "MISDATED_DOSE_WITHIN_7_DAYS",
          DenosumabSources.SEED,
          "with no administration record on the date of service, one dated within "
              + MISDATED_DOSE_DAYS
              + " days before it may be this dose with a wrong date; the frequency message says so"
              + " and names both dates");

  /** Every interpretation the denosumab review rests on, the generic Part B one first. */
  public static final ImmutableList<Interpretation> ALL =
      ImmutableList.of(
          Interpretation.DIRECT_SUPERVISION_IN_PERSON,
          LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS,
          ADOLESCENCE_12_TO_17,
          REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS,
          HYPERCALCEMIA_NEEDS_NO_IMAGING,
          HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS,
          CKD_EGFR_WITHIN_12_MONTHS,
          MYELOMA_LIMITATION_LITERAL,
          SAME_DAY_DOSES,
          LATEST_NOTE_DECIDES_STATEMENTS,
          LATEST_NOTE_PER_THERAPY_KIND,
          LATEST_CALCIUM_COUNTS,
          MISDATED_DOSE_WITHIN_7_DAYS);

  private DenosumabInterpretations() {}
}

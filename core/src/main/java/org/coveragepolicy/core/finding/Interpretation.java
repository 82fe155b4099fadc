package org.coveragepolicy.core.finding;

/**
 * The choices this library made where its sources are silent (the J0897 policy marks each
 * <em>Interpretation</em>), named and cited in one place so a user can see every one of them. The
 * rules that rest on a choice refer to its constant here.
 *
 * @since 0.1.0
 */
public enum Interpretation {
  /**
   * DIRECT supervision means the physician is present in the office suite; virtual (audio-video)
   * direct supervision, which CMS has allowed for some periods, is not accepted.
   */
  DIRECT_SUPERVISION_IN_PERSON(
      Source.IOM_15_60,
      "DIRECT supervision means the physician present in the office suite; virtual direct"
          + " supervision is not accepted"),
  /**
   * Prolia for ADT or aromatase-inhibitor bone loss (and glucocorticoid osteoporosis) needs a DXA
   * T-score at or below -1.0 or a fragility fracture: the "increase bone mass" trials enrolled low
   * bone mass.
   */
  LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS(
      Source.FDA_PROLIA,
      "the bone-loss indications need a DXA T-score <= -1.0 or a fragility fracture, as the"
          + " 'increase bone mass' trials enrolled low bone mass"),
  /** "Adults and skeletally mature adolescents": adolescence is taken as ages 12 to 17. */
  ADOLESCENCE_12_TO_17(
      Source.FDA_XGEVA, "adolescence is taken as ages 12 to 17; under 12 is not covered"),
  /**
   * "Refractory to bisphosphonate": a corrected calcium above 12.5 mg/dL measured 7 to 30 days after
   * an IV bisphosphonate, as the pivotal trial defined it.
   */
  REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS(
      Source.FDA_XGEVA,
      "refractory means a corrected calcium > 12.5 mg/dL measured 7 to 30 days after an IV"
          + " bisphosphonate (pivotal trial definition)"),
  /**
   * Hypercalcemia of malignancy needs no imaging: radiographic evidence cannot establish it, lab
   * evidence is the objective evidence.
   */
  HYPERCALCEMIA_NEEDS_NO_IMAGING(
      Source.SEED,
      "hypercalcemia of malignancy needs no imaging: laboratory results are its objective evidence"),
  /**
   * Pre-existing hypocalcemia: a calcium below 8.5 mg/dL (the usual lower reference limit) within 30
   * days before the date of service.
   */
  HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS(
      Source.A52399,
      "hypocalcemia is a calcium below 8.5 mg/dL within 30 days before the date of service"),
  /** The advanced-CKD warning reads eGFR results within 12 months before the date of service. */
  CKD_EGFR_WITHIN_12_MONTHS(
      Source.FDA_PROLIA, "an eGFR below 30 counts when measured within 12 months before the date"),
  /**
   * The Xgeva multiple-myeloma limitation is read literally: a patient with myeloma and a solid tumor
   * with bone metastases is still "a patient with multiple myeloma".
   */
  MYELOMA_LIMITATION_LITERAL(
      Source.SEED,
      "the multiple-myeloma limitation applies to any patient with a myeloma diagnosis, even with a"
          + " solid tumor and bone metastases");

  private final Source source;
  private final String summary;

  Interpretation(Source source, String summary) {
    this.source = source;
    this.summary = summary;
  }

  /**
   * Returns the source whose silence or ambiguity the choice resolves.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the choice in one sentence.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }
}

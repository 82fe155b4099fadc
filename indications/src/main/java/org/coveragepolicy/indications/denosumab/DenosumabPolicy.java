package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.function.Function;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.IndicationRules;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.PolicyProvider;
import org.coveragepolicy.core.policy.PolicyTexts;
import org.coveragepolicy.core.policy.SharedRules;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;
import org.coveragepolicy.indications.common.BoneHealthTerms;

/**
 * The denosumab policy (HCPCS J0897, Prolia and Xgeva, and their biosimilars) as one {@link Policy}:
 * the built-in catalog, the two editions, the dose, frequency and safety checks, the supplementation
 * warning it adds to the records rules, its rules, sources and interpretations, and the sources the
 * engine's shared rules cite in its results. {@link java.util.ServiceLoader} finds it as a {@link
 * PolicyProvider}; {@link #POLICY} is the same value for explicit wiring.
 *
 * @since 0.2.0
 */
public final class DenosumabPolicy implements PolicyProvider {
  /**
   * The seed (default): exactly the indications the Noridian JF TPE article lists, four for the
   * Prolia family and three for the Xgeva family, and the multiple-myeloma limitation of use.
   */
  public static final Edition NORIDIAN_JF_2026 =
      Edition.builder()
          .name("NORIDIAN_JF_2026")
          .title("the Noridian JF edition (2026)")
          .source(DenosumabSources.SEED)
          .addIndications(
              DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS,
              DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS,
              DenosumabIndications.PROLIA_ADT_PROSTATE_CANCER,
              DenosumabIndications.PROLIA_AI_BREAST_CANCER,
              DenosumabIndications.XGEVA_SRE_BONE_METASTASES,
              DenosumabIndications.XGEVA_GIANT_CELL_TUMOR,
              DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY)
          .addLimitations(DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION)
          .build();

  /**
   * The current FDA labels: adds glucocorticoid-induced osteoporosis (Prolia family) and multiple
   * myeloma (Xgeva family), with no multiple-myeloma limitation (dropped from the Xgeva label in
   * January 2018).
   */
  public static final Edition FDA_LABEL_2024 =
      Edition.builder()
          .name("FDA_LABEL_2024")
          .title("the FDA label edition (2024)")
          .source(DenosumabSources.FDA_XGEVA)
          .indications(DenosumabIndications.ALL)
          .build();

  /** The default edition: {@link #NORIDIAN_JF_2026}. */
  public static final Edition DEFAULT = NORIDIAN_JF_2026;

  /**
   * The rules and interpretations whose words name a number, each rendered under an edition by the
   * function declared next to it (from the edition's thresholds or the policy's catalog); the
   * constants read the same functions' words for the default thresholds and the built-in catalog.
   * One line a rule: adding one adds a declaration, not a branch.
   */
  static final PolicyTexts TEXTS =
      PolicyTexts.builder()
          .rule(DenosumabRules.DOSE_LABELED, ofCatalog(DenosumabRules::labeledDose))
          .rule(DenosumabRules.FREQ_PROLIA, ofCatalog(DenosumabRules::prolia))
          .rule(DenosumabRules.FREQ_XGEVA, ofCatalog(DenosumabRules::xgeva))
          .rule(DenosumabRules.SAFE_HYPOCALCEMIA, BoneHealth.HYPOCALCEMIA_SUMMARY)
          .rule(DenosumabRules.SAFE_ADVANCED_CKD, ofThresholds(DenosumabRules::advancedCkd))
          .interpretation(
              DenosumabInterpretations.LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS,
              ofThresholds(DenosumabInterpretations::lowBoneMass))
          .interpretation(
              DenosumabInterpretations.ADOLESCENCE_12_TO_17,
              ofThresholds(DenosumabInterpretations::adolescence))
          .interpretation(
              DenosumabInterpretations.REFRACTORY_HYPERCALCEMIA_7_TO_30_DAYS,
              ofThresholds(DenosumabInterpretations::refractory))
          .interpretation(
              DenosumabInterpretations.HYPOCALCEMIA_BELOW_8_5_WITHIN_30_DAYS,
              ofThresholds(DenosumabInterpretations::hypocalcemia))
          .interpretation(
              DenosumabInterpretations.CKD_EGFR_WITHIN_12_MONTHS,
              ofThresholds(DenosumabInterpretations::ckdWindow))
          .build();

  /** The denosumab policy. */
  public static final Policy POLICY =
      Policy.builder()
          .name("DENOSUMAB")
          .catalog(DenosumabCatalog.BUILT_IN)
          .addEditions(NORIDIAN_JF_2026, FDA_LABEL_2024)
          .addChecks(
              DoseChecks.labeledDose(DenosumabRules.DOSE_LABELED),
              DoseChecks.minimumInterval(
                  DenosumabRules.FREQUENCY,
                  "giant cell tumor of bone, hypercalcemia of malignancy",
                  DenosumabInterpretations.MISDATED_DOSE_DAYS),
              (facts, supported) -> DoseAndSafety.safety(facts))
          .addRecordChecks(BoneHealth.supplementation(DenosumabRules.SUPPLEMENTATION, "Denosumab"))
          // the vocabulary its cases use: the JSON contract's statement fields (a note of one date
          // stating pregnant wins over one that does not), the named labs, therapy kinds, risk
          // factors and imaging findings
          .addAllStatements(DenosumabTerms.STATEMENTS)
          .addAdverseStatements(DenosumabTerms.PREGNANT)
          .addLabs(
              LabTest.TOTAL_CALCIUM.code(), LabTest.CORRECTED_CALCIUM.code(), LabTest.EGFR.code())
          .addAllTherapyKinds(BoneHealthTerms.THERAPY_KINDS)
          .addAllTherapyCodes(BoneHealthTerms.THERAPY_CODES)
          .addAllRiskFactors(BoneHealthTerms.RISK_FACTORS)
          .addAllImagingFindings(DenosumabTerms.IMAGING_FINDINGS)
          .rules(DenosumabRules.ALL)
          .texts(TEXTS)
          .sources(DenosumabSources.ALL)
          .interpretations(DenosumabInterpretations.ALL)
          .citations(
              ImmutableMap.<String, Source>builder()
                  .put(SharedRules.ORDER.id(), DenosumabSources.SEED)
                  .put(SharedRules.ADMINISTRATION.id(), DenosumabSources.SEED)
                  .put(SharedRules.PROGRESS_NOTE.id(), DenosumabSources.SEED)
                  .put(SharedRules.IMAGING.id(), DenosumabSources.SEED)
                  .put(SharedRules.UNSIGNED.id(), DenosumabSources.SEED)
                  .put(SharedRules.UNITS.id(), DenosumabSources.A52399)
                  .put(SharedRules.NDC.id(), DenosumabSources.A52399)
                  .put(SharedRules.HCPCS.id(), DenosumabSources.HCPCS_Q)
                  .put(IndicationRules.NO_INDICATION.id(), DenosumabSources.SEED)
                  .build())
          .familyMemberSource(DenosumabSources.FDA_BIOSIMILAR)
          .build();

  /** The editions, the default first. */
  static final ImmutableList<Edition> EDITIONS = POLICY.editions();

  /** For {@link java.util.ServiceLoader}; the policy is {@link #POLICY}. */
  public DenosumabPolicy() {}

  @Override
  public Policy policy() {
    return POLICY;
  }

  /** A text rendered from the edition's thresholds. */
  private static PolicyTexts.Renderer ofThresholds(Function<Thresholds, String> text) {
    return (policy, edition) -> text.apply(edition.thresholds());
  }

  /** A text rendered from the policy's catalog. */
  private static PolicyTexts.Renderer ofCatalog(Function<DrugCatalog, String> text) {
    return (policy, edition) -> text.apply(policy.catalog());
  }
}

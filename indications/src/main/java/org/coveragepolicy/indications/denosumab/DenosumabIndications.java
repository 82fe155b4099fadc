package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Limitation;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.Glucocorticoids.Part;

/**
 * The labeled indications of the Prolia and Xgeva families and the multiple-myeloma limitation of
 * use, each a value with its rule (ID, summary, default category, source) written here once. Every
 * indication also requires its anchor diagnosis documented in a counted progress note. An {@link
 * Edition} lists the ones it applies.
 *
 * @since 0.2.0
 */
public final class DenosumabIndications {
  private static final String OSTEOPOROSIS_IMAGING =
      "a DXA scan or imaging of a fragility fracture";
  private static final String BONE_LESION_IMAGING =
      "a bone scan, CT, MRI, PET or skeletal survey";

  /** Treatment of postmenopausal women with osteoporosis at high risk for fracture. */
  public static final Indication PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-PROLIA-POSTMENOPAUSAL-OSTEOPOROSIS",
                  "postmenopausal women with osteoporosis at high risk for fracture",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_PROLIA))
          .description("postmenopausal women with osteoporosis at high risk for fracture")
          .family(DenosumabCatalog.PROLIA)
          .anchorFamily(CodeFamilies.OSTEOPOROSIS)
          .sex(Sex.FEMALE)
          .needsImaging(true)
          .establishingImaging(OSTEOPOROSIS_IMAGING)
          .uncodedEvidence(Requirements::osteoporosisPointer)
          .addRequirements(
              Requirements.statement(
                  BoneHealthTerms.POSTMENOPAUSAL,
                  "postmenopausal",
                  "the patient is postmenopausal",
                  "the patient is not postmenopausal",
                  DenosumabSources.FDA_PROLIA),
              osteoporosisImaging(),
              Requirements.HIGH_RISK_FOR_FRACTURE)
          .build();

  /** Treatment to increase bone mass in men with osteoporosis at high risk for fracture. */
  public static final Indication PROLIA_MALE_OSTEOPOROSIS =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-PROLIA-MALE-OSTEOPOROSIS",
                  "men with osteoporosis at high risk for fracture",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_PROLIA))
          .description("men with osteoporosis at high risk for fracture")
          .family(DenosumabCatalog.PROLIA)
          .anchorFamily(CodeFamilies.OSTEOPOROSIS)
          .sex(Sex.MALE)
          .needsImaging(true)
          .establishingImaging(OSTEOPOROSIS_IMAGING)
          .uncodedEvidence(Requirements::osteoporosisPointer)
          .addRequirements(osteoporosisImaging(), Requirements.HIGH_RISK_FOR_FRACTURE)
          .build();

  /** Men at high risk for fracture receiving ADT for nonmetastatic prostate cancer. */
  public static final Indication PROLIA_ADT_PROSTATE_CANCER =
      boneLossDuringCancerTherapy(
              BoneHealthTerms.ANDROGEN_DEPRIVATION, "androgen-deprivation therapy", "prostate cancer")
          .rule(
              Rule.of(
                  "IND-PROLIA-ADT-PROSTATE-CANCER",
                  "men at high risk for fracture receiving androgen deprivation therapy for"
                      + " nonmetastatic prostate cancer",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_PROLIA))
          .description(
              "men at high risk for fracture receiving androgen deprivation therapy for"
                  + " nonmetastatic prostate cancer")
          .anchorFamily(CodeFamilies.PROSTATE_CANCER)
          .sex(Sex.MALE)
          .build();

  /** Women at high risk for fracture receiving adjuvant aromatase-inhibitor therapy for breast cancer. */
  public static final Indication PROLIA_AI_BREAST_CANCER =
      boneLossDuringCancerTherapy(
              BoneHealthTerms.AROMATASE_INHIBITOR, "aromatase-inhibitor therapy", "breast cancer")
          .rule(
              Rule.of(
                  "IND-PROLIA-AI-BREAST-CANCER",
                  "women at high risk for fracture receiving adjuvant aromatase inhibitor therapy"
                      + " for breast cancer",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_PROLIA))
          .description(
              "women at high risk for fracture receiving adjuvant aromatase inhibitor therapy for"
                  + " breast cancer")
          .anchorFamily(CodeFamilies.BREAST_CANCER)
          .sex(Sex.FEMALE)
          .build();

  /** Glucocorticoid-induced osteoporosis at high risk for fracture (FDA_LABEL_2024 only). */
  public static final Indication PROLIA_GLUCOCORTICOID_OSTEOPOROSIS =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-PROLIA-GLUCOCORTICOID-OSTEOPOROSIS",
                  "glucocorticoid-induced osteoporosis in patients at high risk for fracture",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_PROLIA))
          .description("glucocorticoid-induced osteoporosis in patients at high risk for fracture")
          .family(DenosumabCatalog.PROLIA)
          .anchorFamily(CodeFamilies.OSTEOPOROSIS)
          .anchorTherapy(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID)
          .needsImaging(true)
          .establishingImaging(OSTEOPOROSIS_IMAGING)
          .addRequirements(
              Glucocorticoids.requirement(Part.DOSE, "glucocorticoid dose"),
              Glucocorticoids.requirement(Part.ONGOING, "glucocorticoid ongoing"),
              Glucocorticoids.requirement(Part.DURATION, "glucocorticoid duration"),
              Requirements.HIGH_RISK_FOR_FRACTURE,
              lowBoneMassImaging())
          .build();

  /** Prevention of skeletal-related events in patients with bone metastases from solid tumors. */
  public static final Indication XGEVA_SRE_BONE_METASTASES =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-XGEVA-SRE-BONE-METASTASES",
                  "prevention of skeletal-related events in patients with bone metastases from solid"
                      + " tumors",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_XGEVA))
          .description(
              "prevention of skeletal-related events in patients with bone metastases from solid"
                  + " tumors")
          .family(DenosumabCatalog.XGEVA)
          .anchorFamily(CodeFamilies.BONE_METASTASES)
          .needsImaging(true)
          .establishingImaging(BONE_LESION_IMAGING)
          .uncodedEvidence(
              Requirements.imagingPointer(DenosumabTerms.BONE_METASTASES, "bone metastases"))
          .addRequirements(
              Requirements.documented(
                  CodeFamilies.SOLID_TUMOR, "solid tumor", DenosumabSources.FDA_XGEVA),
              Requirements.imagingFinding(
                  DenosumabTerms.BONE_METASTASES, "bone metastases", BONE_LESION_IMAGING))
          .build();

  /** Prevention of skeletal-related events in multiple myeloma (FDA_LABEL_2024 only). */
  public static final Indication XGEVA_SRE_MULTIPLE_MYELOMA =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-XGEVA-SRE-MULTIPLE-MYELOMA",
                  "prevention of skeletal-related events in patients with multiple myeloma",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_XGEVA))
          .description("prevention of skeletal-related events in patients with multiple myeloma")
          .family(DenosumabCatalog.XGEVA)
          .anchorFamily(CodeFamilies.MULTIPLE_MYELOMA)
          .needsImaging(true)
          .establishingImaging(BONE_LESION_IMAGING)
          .uncodedEvidence(
              Requirements.imagingPointer(
                  DenosumabTerms.MYELOMA_BONE_LESIONS, "myeloma bone lesions"))
          .addRequirements(
              Requirements.imagingFinding(
                  DenosumabTerms.MYELOMA_BONE_LESIONS, "myeloma bone lesions", BONE_LESION_IMAGING))
          .build();

  /** Giant cell tumor of bone, unresectable, in adults and skeletally mature adolescents. */
  public static final Indication XGEVA_GIANT_CELL_TUMOR =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-XGEVA-GIANT-CELL-TUMOR",
                  "adults and skeletally mature adolescents with giant cell tumor of bone that is"
                      + " unresectable or where resection is likely to cause severe morbidity",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_XGEVA))
          .description(
              "adults and skeletally mature adolescents with giant cell tumor of bone that is"
                  + " unresectable or where resection is likely to cause severe morbidity")
          .family(DenosumabCatalog.XGEVA)
          .anchorFamily(CodeFamilies.GIANT_CELL_TUMOR_OF_BONE)
          .needsImaging(true)
          .establishingImaging("imaging showing the tumor (X-ray, CT or MRI)")
          .usesLoadingDoses(true)
          .uncodedEvidence(
              Requirements.imagingPointer(
                  DenosumabTerms.GIANT_CELL_TUMOR, "a giant cell tumor of bone"))
          .addRequirements(
              Requirements.imagingFinding(
                  DenosumabTerms.GIANT_CELL_TUMOR,
                  "a giant cell tumor of bone",
                  "imaging showing the tumor (X-ray, CT or MRI)"),
              Requirements.statement(
                  DenosumabTerms.UNRESECTABLE,
                  "unresectable",
                  "the tumor is unresectable or its resection is likely to cause severe morbidity",
                  "the tumor is resectable without severe morbidity",
                  DenosumabSources.FDA_XGEVA),
              Requirements.SKELETAL_MATURITY)
          .build();

  /** Hypercalcemia of malignancy refractory to bisphosphonate therapy. */
  public static final Indication XGEVA_HYPERCALCEMIA_OF_MALIGNANCY =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-XGEVA-HYPERCALCEMIA-OF-MALIGNANCY",
                  "hypercalcemia of malignancy refractory to bisphosphonate therapy",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.FDA_XGEVA))
          .description("hypercalcemia of malignancy refractory to bisphosphonate therapy")
          .family(DenosumabCatalog.XGEVA)
          .anchorFamily(CodeFamilies.HYPERCALCEMIA)
          .needsImaging(false) // DenosumabInterpretations.HYPERCALCEMIA_NEEDS_NO_IMAGING
          .establishingImaging("no imaging (laboratory results establish it)")
          .usesLoadingDoses(true)
          .uncodedEvidence(RefractoryHypercalcemia::hypercalcemiaPointer)
          .addRequirements(
              Requirements.documented(
                  CodeFamilies.MALIGNANCY, "malignancy", DenosumabSources.FDA_XGEVA),
              RefractoryHypercalcemia.REFRACTORY_CALCIUM,
              RefractoryHypercalcemia.REFRACTORY_BISPHOSPHONATE)
          .build();

  /**
   * SEED: "Xgeva is not indicated for the prevention of skeletal-related events in patients with
   * multiple myeloma" ({@code DenosumabInterpretations.MYELOMA_LIMITATION_LITERAL}). It contradicts
   * the bone-metastases indication and never blocks giant cell tumor of bone or hypercalcemia of
   * malignancy.
   */
  public static final Limitation XGEVA_MULTIPLE_MYELOMA_LIMITATION =
      Limitation.builder()
          .rule(
              Rule.of(
                  "IND-XGEVA-MULTIPLE-MYELOMA-LIMITATION",
                  "Xgeva is not indicated for the prevention of skeletal-related events in patients"
                      + " with multiple myeloma",
                  Category.MEDICAL_NECESSITY,
                  DenosumabSources.SEED))
          .family(DenosumabCatalog.XGEVA)
          .diagnosis(CodeFamilies.MULTIPLE_MYELOMA)
          .description(
              "the Xgeva family is not indicated for the prevention of skeletal-related events in"
                  + " patients with multiple myeloma")
          .interpretation(DenosumabInterpretations.MYELOMA_LIMITATION_LITERAL)
          .addContradicts(XGEVA_SRE_BONE_METASTASES.name())
          .build();

  /** Every indication, in the policy's order (the order {@link DenosumabPolicy#FDA_LABEL_2024} applies). */
  public static final ImmutableList<Indication> ALL =
      ImmutableList.of(
          PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS,
          PROLIA_MALE_OSTEOPOROSIS,
          PROLIA_ADT_PROSTATE_CANCER,
          PROLIA_AI_BREAST_CANCER,
          PROLIA_GLUCOCORTICOID_OSTEOPOROSIS,
          XGEVA_SRE_BONE_METASTASES,
          XGEVA_SRE_MULTIPLE_MYELOMA,
          XGEVA_GIANT_CELL_TUMOR,
          XGEVA_HYPERCALCEMIA_OF_MALIGNANCY);

  private DenosumabIndications() {}

  /**
   * The facts the two bone-loss indications of cancer therapy share (FDA-PROLIA): a Prolia-family
   * indication established by imaging, pointed to by the documented therapy, that needs the therapy
   * ongoing, the cancer nonmetastatic, high risk for fracture and low bone mass.
   */
  private static Indication.Builder boneLossDuringCancerTherapy(
      TherapyKind therapy, String therapyWords, String cancer) {
    return Indication.builder()
        .family(DenosumabCatalog.PROLIA)
        .needsImaging(true)
        .establishingImaging(OSTEOPOROSIS_IMAGING)
        .uncodedEvidence(Requirements.therapyPointer(therapy, therapyWords))
        .addRequirements(
            Requirements.ongoingTherapy(therapy, therapyWords, DenosumabSources.FDA_PROLIA),
            Requirements.nonmetastatic(cancer, DenosumabSources.FDA_PROLIA),
            Requirements.HIGH_RISK_FOR_FRACTURE,
            lowBoneMassImaging());
  }

  /** Osteoporosis established by imaging: a T-score at or below -2.5 or a fragility fracture. */
  private static Requirement osteoporosisImaging() {
    return Requirements.boneImaging("osteoporosis", Thresholds::osteoporosisTScore);
  }

  /**
   * Low bone mass for the bone-loss indications ({@link
   * DenosumabInterpretations#LOW_BONE_MASS_FOR_BONE_LOSS_INDICATIONS}).
   */
  private static Requirement lowBoneMassImaging() {
    return Requirements.boneImaging("low bone mass", Thresholds::lowBoneMassTScore);
  }
}

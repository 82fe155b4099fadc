package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.indications.common.BoneHealth;


/**
 * The ICD-10-CM code families of the policy (the bone-health ones shared through {@link
 * BoneHealth}) (its "ICD-10-CM code families"), each named
 * and cited. Codes are matched normalized; {@code M80.0*} is every code starting with {@code M800};
 * a range compares the leading characters as text.
 *
 * @since 0.1.0
 */
public final class CodeFamilies {
  /** Osteoporosis: M80.0*, M80.8*, M81.0, M81.8 (FDA-PROLIA). */
  public static final CodeFamily OSTEOPOROSIS = BoneHealth.OSTEOPOROSIS;

  /** Personal history of a healed osteoporotic fracture: Z87.310 (FDA-PROLIA). */
  public static final CodeFamily OSTEOPOROTIC_FRACTURE_HISTORY =
      BoneHealth.OSTEOPOROTIC_FRACTURE_HISTORY;

  /** Osteoporosis with current pathological fracture: M80.* (a fragility fracture, FDA-PROLIA). */
  public static final CodeFamily OSTEOPOROSIS_WITH_FRACTURE =
      BoneHealth.OSTEOPOROSIS_WITH_FRACTURE;

  /** Prostate cancer: C61 (FDA-PROLIA). */
  public static final CodeFamily PROSTATE_CANCER =
      CodeFamily.parse("PROSTATE_CANCER", DenosumabSources.FDA_PROLIA, "C61");

  /** Breast cancer: C50.*, Z85.3 (FDA-PROLIA). */
  public static final CodeFamily BREAST_CANCER =
      CodeFamily.parse("BREAST_CANCER", DenosumabSources.FDA_PROLIA, "C50.*, Z85.3");

  /** Secondary malignant neoplasm of bone and bone marrow (C79.51, C79.52) and secondary carcinoid tumors of bone (C7B.03) (FDA-XGEVA). */
  public static final CodeFamily BONE_METASTASES =
      CodeFamily.parse("BONE_METASTASES", DenosumabSources.FDA_XGEVA, "C79.51, C79.52, C7B.03");

  /** Solid tumors: C00–C76, C7A.*, C80.*, Z85.0*–Z85.5*, Z85.8* (FDA-XGEVA). */
  public static final CodeFamily SOLID_TUMOR =
      CodeFamily.parse(
          "SOLID_TUMOR", DenosumabSources.FDA_XGEVA, "C00–C76, C7A.*, C80.*, Z85.0*–Z85.5*, Z85.8*");

  /** Multiple myeloma: C90.0* (SEED limitation of use; FDA-XGEVA). */
  public static final CodeFamily MULTIPLE_MYELOMA =
      CodeFamily.parse("MULTIPLE_MYELOMA", DenosumabSources.SEED, "C90.0*");

  /** Malignancy: C00–C96 (FDA-XGEVA, hypercalcemia of malignancy). */
  public static final CodeFamily MALIGNANCY =
      CodeFamily.parse("MALIGNANCY", DenosumabSources.FDA_XGEVA, "C00–C96");

  /**
   * Neoplasm of uncertain behavior of bone: D48.0 (broader than giant cell tumor of bone: the imaging
   * finding establishes it; FDA-XGEVA).
   */
  public static final CodeFamily GIANT_CELL_TUMOR_OF_BONE =
      CodeFamily.parse("GIANT_CELL_TUMOR_OF_BONE", DenosumabSources.FDA_XGEVA, "D48.0");

  /** Hypercalcemia: E83.52 (FDA-XGEVA). */
  public static final CodeFamily HYPERCALCEMIA =
      CodeFamily.parse("HYPERCALCEMIA", DenosumabSources.FDA_XGEVA, "E83.52");

  /** Hypocalcemia: E83.51 (labels; A52399). */
  public static final CodeFamily HYPOCALCEMIA = BoneHealth.HYPOCALCEMIA;

  /** Advanced chronic kidney disease and dialysis: N18.4, N18.5, N18.6, Z99.2 (FDA-PROLIA boxed warning). */
  public static final CodeFamily ADVANCED_CKD =
      CodeFamily.parse("ADVANCED_CKD", DenosumabSources.FDA_PROLIA, "N18.4, N18.5, N18.6, Z99.2");

  private CodeFamilies() {}
}

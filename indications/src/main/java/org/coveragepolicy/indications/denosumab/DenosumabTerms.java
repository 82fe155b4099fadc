package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableSet;
import org.coveragepolicy.core.drug.SafetyFact;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.indications.common.BoneHealthTerms;

/**
 * The evidence vocabulary only the denosumab policy reads: the pregnancy, skeletal-maturity and
 * unresectability statements, the oncology imaging findings of Xgeva's indications and the safety
 * facts of the Prolia family's label; the shared bone-health terms are {@link BoneHealthTerms}.
 *
 * @since 0.2.0
 */
public final class DenosumabTerms {
  /** The patient is pregnant ({@code pregnant}); true leads to SAFE-PREGNANCY. */
  public static final NoteStatement PREGNANT = NoteStatement.of("pregnant");

  /** The patient is skeletally mature ({@code skeletallyMature}). */
  public static final NoteStatement SKELETALLY_MATURE = NoteStatement.of("skeletallyMature");

  /**
   * The tumor is unresectable, or resection is likely to cause severe morbidity ({@code
   * unresectable}).
   */
  public static final NoteStatement UNRESECTABLE = NoteStatement.of("unresectable");

  /** Metastases to bone. */
  public static final ImagingFinding BONE_METASTASES = ImagingFinding.of("BONE_METASTASES");

  /** Lytic bone lesions of multiple myeloma. */
  public static final ImagingFinding MYELOMA_BONE_LESIONS = ImagingFinding.of("MYELOMA_BONE_LESIONS");

  /** Giant cell tumor of bone. */
  public static final ImagingFinding GIANT_CELL_TUMOR = ImagingFinding.of("GIANT_CELL_TUMOR");

  /** The label contraindicates the product in pregnancy. */
  public static final SafetyFact CONTRAINDICATED_IN_PREGNANCY =
      SafetyFact.of("CONTRAINDICATED_IN_PREGNANCY");

  /**
   * The label carries a boxed warning of severe hypocalcemia in patients with advanced chronic kidney
   * disease: evaluate for CKD mineral and bone disorder first.
   */
  public static final SafetyFact SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD =
      SafetyFact.of("SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD");

  /** The policy's statements, in the JSON contract's order. */
  static final ImmutableSet<NoteStatement> STATEMENTS =
      ImmutableSet.of(BoneHealthTerms.POSTMENOPAUSAL, PREGNANT, SKELETALLY_MATURE, UNRESECTABLE);

  /** The policy's imaging findings. */
  static final ImmutableSet<ImagingFinding> IMAGING_FINDINGS =
      ImmutableSet.of(
          BoneHealthTerms.FRAGILITY_FRACTURE, BONE_METASTASES, MYELOMA_BONE_LESIONS, GIANT_CELL_TUMOR);

  private DenosumabTerms() {}
}

package org.coveragepolicy.core.evidence;

/**
 * A radiographic finding an imaging report states, as the indications use them.
 *
 * @since 0.1.0
 */
public enum ImagingFinding {
  /** A fragility (low-trauma) fracture. */
  FRAGILITY_FRACTURE,
  /** Metastases to bone. */
  BONE_METASTASES,
  /** Lytic bone lesions of multiple myeloma. */
  MYELOMA_BONE_LESIONS,
  /** Giant cell tumor of bone. */
  GIANT_CELL_TUMOR
}

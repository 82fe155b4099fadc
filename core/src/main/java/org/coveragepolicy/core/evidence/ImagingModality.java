package org.coveragepolicy.core.evidence;

/**
 * The kind of imaging study a report describes.
 *
 * @since 0.1.0
 */
public enum ImagingModality {
  /** Dual-energy X-ray absorptiometry (bone density; the only modality with a T-score). */
  DXA,
  /** Plain radiograph. */
  XRAY,
  /** Computed tomography. */
  CT,
  /** Magnetic resonance imaging. */
  MRI,
  /** Radionuclide bone scan. */
  BONE_SCAN,
  /** Positron emission tomography. */
  PET,
  /** Radiographic skeletal survey. */
  SKELETAL_SURVEY
}

package org.coveragepolicy.core.evidence;

/**
 * A laboratory test the bone-health rules read, with its unit: a named alias of a {@link LabCode}
 * (the JSON contract's {@code "test"} names; any other test is given by LOINC code).
 *
 * @since 0.1.0
 */
public enum LabTest {
  /** Albumin-corrected serum calcium, mg/dL (LOINC 29265-6). */
  CORRECTED_CALCIUM("29265-6", "mg/dL"),
  /** Total serum calcium, mg/dL (LOINC 17861-6). */
  TOTAL_CALCIUM("17861-6", "mg/dL"),
  /** Estimated glomerular filtration rate, mL/min/1.73 m² (LOINC 33914-3). */
  EGFR("33914-3", "mL/min/{1.73_m2}");

  private final LabCode code;

  LabTest(String loinc, String unit) {
    this.code = LabCode.of(loinc, unit);
  }

  /**
   * Returns the LOINC code and unit this name stands for.
   *
   * @return the lab code
   * @since 0.2.0
   */
  public LabCode code() {
    return code;
  }

  /**
   * Returns the named test a LOINC code stands for, if it has a name.
   *
   * @param loinc a LOINC code
   * @return the named test; empty for a test known only by its code
   * @since 0.2.0
   */
  public static java.util.Optional<LabTest> ofLoinc(String loinc) {
    for (LabTest t : values()) {
      if (t.code.loinc().equals(loinc)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}

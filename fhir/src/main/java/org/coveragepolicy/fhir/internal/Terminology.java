package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.TherapyKind;

/**
 * The code tables of the FHIR mapping, each defined once: LOINC observation codes, DICOM
 * modalities, SNOMED CT routes, RxNorm ingredients. The module README's mapping table lists them.
 */
public final class Terminology {
  private Terminology() {}

  /** LOINC DXA T-score codes: femur, hip, lumbar spine (the lowest value counts). */
  public static final ImmutableSet<String> TSCORE_LOINC =
      ImmutableSet.of("38263-0", "38264-8", "38267-1");

  /** LOINC codes of the lab tests this policy reads. */
  public static final ImmutableMap<String, LabTest> LAB_LOINC =
      ImmutableMap.<String, LabTest>builder()
          .put("17861-6", LabTest.TOTAL_CALCIUM)
          .put("29265-6", LabTest.CORRECTED_CALCIUM)
          .put("33914-3", LabTest.EGFR)
          .put("62238-1", LabTest.EGFR)
          .put("98979-8", LabTest.EGFR)
          .buildOrThrow();

  /** The LOINC code each lab test is written with. */
  public static final ImmutableMap<LabTest, String> LAB_LOINC_WRITTEN =
      ImmutableMap.of(
          LabTest.TOTAL_CALCIUM, "17861-6",
          LabTest.CORRECTED_CALCIUM, "29265-6",
          LabTest.EGFR, "33914-3");

  /** The UCUM unit each lab test must carry. */
  public static final ImmutableMap<LabTest, String> LAB_UNIT =
      ImmutableMap.of(
          LabTest.TOTAL_CALCIUM, "mg/dL",
          LabTest.CORRECTED_CALCIUM, "mg/dL",
          LabTest.EGFR, "mL/min/{1.73_m2}");

  /** DICOM modality codes (ImagingStudy.modality) and the modality each establishes. */
  public static final ImmutableMap<String, ImagingModality> DICOM_MODALITY =
      ImmutableMap.<String, ImagingModality>builder()
          .put("BMD", ImagingModality.DXA)
          .put("DX", ImagingModality.XRAY)
          .put("CR", ImagingModality.XRAY)
          .put("CT", ImagingModality.CT)
          .put("MR", ImagingModality.MRI)
          .put("NM", ImagingModality.BONE_SCAN)
          .put("PT", ImagingModality.PET)
          .buildOrThrow();

  /** The DICOM code each modality is written with; skeletal survey has none of its own. */
  public static final ImmutableMap<ImagingModality, String> DICOM_WRITTEN =
      ImmutableMap.of(
          ImagingModality.DXA, "BMD",
          ImagingModality.XRAY, "DX",
          ImagingModality.CT, "CT",
          ImagingModality.MRI, "MR",
          ImagingModality.BONE_SCAN, "NM",
          ImagingModality.PET, "PT");

  /** LOINC Diagnostic imaging study, the code of an imaging DiagnosticReport this module writes. */
  public static final String LOINC_IMAGING_STUDY = "18748-4";

  /** SNOMED CT routes of administration. */
  public static final ImmutableBiMap<String, Route> ROUTE_SNOMED =
      ImmutableBiMap.of(
          "34206005", Route.SUBCUTANEOUS,
          "47625008", Route.INTRAVENOUS,
          "78421000", Route.INTRAMUSCULAR);

  /** The statement LOINC 82810-3 (pregnancy status) codes, with a SNOMED CT value. */
  public static final NoteStatement PREGNANCY_STATUS = NoteStatement.of("pregnant");

  /**
   * Returns the code a statement is written with in the note-statement code system: its name in
   * upper snake case ({@code skeletallyMature} is {@code SKELETALLY_MATURE}).
   *
   * @param statement the statement
   * @return the code
   */
  public static String statementCode(NoteStatement statement) {
    StringBuilder out = new StringBuilder();
    for (char c : statement.name().toCharArray()) {
      if (Character.isUpperCase(c) && out.length() > 0) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /**
   * Returns the statement name of a note-statement code: the code in lower camel case ({@code
   * SKELETALLY_MATURE} is {@code skeletallyMature}), the inverse of {@link #statementCode}.
   *
   * @param code the code
   * @return the statement's name
   */
  public static String statementName(String code) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : code.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.toString();
  }

  // the bone-health therapy kinds the RxNorm table below codes
  private static final TherapyKind ANDROGEN_DEPRIVATION = TherapyKind.of("ANDROGEN_DEPRIVATION");
  private static final TherapyKind AROMATASE_INHIBITOR = TherapyKind.of("AROMATASE_INHIBITOR");
  private static final TherapyKind CALCIUM_VITAMIN_D = TherapyKind.of("CALCIUM_VITAMIN_D");
  private static final TherapyKind SYSTEMIC_GLUCOCORTICOID = TherapyKind.of("SYSTEMIC_GLUCOCORTICOID");

  /** Intravenous bisphosphonate: ibandronate given intravenously. */
  public static final TherapyKind IV_BISPHOSPHONATE = TherapyKind.of("IV_BISPHOSPHONATE");

  /** Oral bisphosphonate: ibandronate given otherwise. */
  public static final TherapyKind ORAL_BISPHOSPHONATE = TherapyKind.of("ORAL_BISPHOSPHONATE");

  /** RxNorm ingredients and the therapy each is; ibandronate is told apart by route. */
  public static final ImmutableMap<String, TherapyKind> THERAPY_RXNORM =
      ImmutableMap.<String, TherapyKind>builder()
          .put("84857", AROMATASE_INHIBITOR) // anastrozole
          .put("72965", AROMATASE_INHIBITOR) // letrozole
          .put("258494", AROMATASE_INHIBITOR) // exemestane
          .put("42375", ANDROGEN_DEPRIVATION) // leuprolide
          .put("50610", ANDROGEN_DEPRIVATION) // goserelin
          .put("475230", ANDROGEN_DEPRIVATION) // degarelix
          .put("38782", ANDROGEN_DEPRIVATION) // triptorelin
          .put("77655", IV_BISPHOSPHONATE) // zoledronic acid
          .put("46041", ORAL_BISPHOSPHONATE) // alendronate
          .put("73056", ORAL_BISPHOSPHONATE) // risedronate
          .put("8640", SYSTEMIC_GLUCOCORTICOID) // prednisone
          .put("8638", SYSTEMIC_GLUCOCORTICOID) // prednisolone
          .put("6902", SYSTEMIC_GLUCOCORTICOID) // methylprednisolone
          .put("3264", SYSTEMIC_GLUCOCORTICOID) // dexamethasone
          .put("5492", SYSTEMIC_GLUCOCORTICOID) // hydrocortisone
          .put("2418", CALCIUM_VITAMIN_D) // cholecalciferol
          .put("1895", CALCIUM_VITAMIN_D) // calcium
          .buildOrThrow();

  /** RxNorm ibandronate: intravenous with an intravenous route, else oral. */
  public static final String RXNORM_IBANDRONATE = "115264";

  /** The RxNorm ingredient each therapy is written with. */
  public static final ImmutableMap<TherapyKind, String> THERAPY_WRITTEN =
      ImmutableMap.<TherapyKind, String>builder()
          .put(AROMATASE_INHIBITOR, "84857")
          .put(ANDROGEN_DEPRIVATION, "42375")
          .put(IV_BISPHOSPHONATE, "77655")
          .put(ORAL_BISPHOSPHONATE, "46041")
          .put(SYSTEMIC_GLUCOCORTICOID, "8640")
          .put(CALCIUM_VITAMIN_D, "2418")
          .buildOrThrow();

  /** The UCUM unit of a daily (prednisone-equivalent) dose. */
  public static final String MG_PER_DAY = "mg/d";

  /** The CommunicationRequest.category code of an additional documentation request. */
  public static final String ADR_CODE = "additional-documentation-request";
}

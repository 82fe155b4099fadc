package org.coveragepolicy.fhir.internal;

import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.TherapyCode;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Policies;

/**
 * The code tables of the FHIR mapping, each defined once: LOINC observation codes, DICOM
 * modalities, SNOMED CT routes; the RxNorm ingredients of therapy kinds are the policies'. The
 * module README's mapping table lists them.
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

  /**
   * Returns the therapy kind an RxNorm ingredient codes under the loaded policies ({@link
   * org.coveragepolicy.core.policy.Policy#therapyCodes()}): the first code of the ingredient whose
   * route, if it names one, is the route given.
   *
   * @param rxNorm the ingredient
   * @param route the route the ingredient is given by, read only if a code of it names a route
   * @return the therapy kind; empty if no policy codes the ingredient
   */
  public static Optional<TherapyKind> therapyKind(String rxNorm, Supplier<Optional<Route>> route) {
    Optional<Route> given = null;
    for (TherapyCode c : Codes.ALL) {
      if (!c.rxNorm().equals(rxNorm)) {
        continue;
      }
      if (c.route().isPresent()) {
        if (given == null) {
          given = route.get();
        }
        if (!c.route().equals(given)) {
          continue;
        }
      }
      return Optional.of(c.kind());
    }
    return Optional.empty();
  }

  /**
   * Returns the RxNorm ingredient a therapy kind is written with: the first code of the kind the
   * loaded policies declare.
   *
   * @param kind the therapy kind
   * @return the ingredient; empty if no policy codes the kind
   */
  public static Optional<String> rxNorm(TherapyKind kind) {
    for (TherapyCode c : Codes.ALL) {
      if (c.kind().equals(kind)) {
        return Optional.of(c.rxNorm());
      }
    }
    return Optional.empty();
  }

  /** The therapy codes of the loaded policies, in policy order, read once. */
  private static final class Codes {
    static final ImmutableList<TherapyCode> ALL =
        Policies.load().all().stream()
            .flatMap(p -> p.therapyCodes().stream())
            .collect(ImmutableList.toImmutableList());
  }

  /** The UCUM unit of a daily (prednisone-equivalent) dose. */
  public static final String MG_PER_DAY = "mg/d";

  /** The CommunicationRequest.category code of an additional documentation request. */
  public static final String ADR_CODE = "additional-documentation-request";
}

package org.coveragepolicy.fhir;

/**
 * The code systems, codes and extension URLs the FHIR mapping reads and writes, each defined once.
 * Standard systems (HCPCS, NDC, ICD-10-CM, LOINC, SNOMED CT, RxNorm, DICOM, CMS place of service)
 * come first; the project's own systems, for values no standard terminology names, live under
 * {@link #BASE}. The module's README lists every mapping.
 *
 * @since 0.2.0
 */
public final class FhirCodes {
  private FhirCodes() {}

  /** HCPCS Level II codes and modifiers. */
  public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

  /** National Drug Codes. */
  public static final String NDC = "http://hl7.org/fhir/sid/ndc";

  /** ICD-10-CM diagnosis codes. */
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

  /** CMS place-of-service codes. */
  public static final String PLACE_OF_SERVICE =
      "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** SNOMED CT. */
  public static final String SNOMED = "http://snomed.info/sct";

  /** RxNorm. */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** DICOM modality codes (ImagingStudy.modality). */
  public static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

  /** UCUM units. */
  public static final String UCUM = "http://unitsofmeasure.org";

  /** HL7 v2 table 0074, diagnostic service sections (DiagnosticReport.category). */
  public static final String DIAGNOSTIC_SERVICE = "http://terminology.hl7.org/CodeSystem/v2-0074";

  /** The base of this project's own code systems and extensions. */
  public static final String BASE = "https://coverage-policy.org/fhir/";

  /** Catalog product names ({@code PROLIA}, {@code JUBBONTI}, …). */
  public static final String PRODUCT = BASE + "CodeSystem/product";

  /** Policy editions ({@code NORIDIAN_JF_2026}, {@code FDA_LABEL_2024}), as a Bundle.meta.tag. */
  public static final String EDITION = BASE + "CodeSystem/edition";

  /** Imaging modalities without a DICOM code of their own ({@code SKELETAL_SURVEY}). */
  public static final String IMAGING_MODALITY = BASE + "CodeSystem/imaging-modality";

  /** Imaging findings ({@code FRAGILITY_FRACTURE}, {@code BONE_METASTASES}, …). */
  public static final String IMAGING_FINDING = BASE + "CodeSystem/imaging-finding";

  /** Progress-note statements without a standard code (postmenopausal, unresectable, …). */
  public static final String NOTE_STATEMENT = BASE + "CodeSystem/note-statement";

  /** Risk factors for fracture. */
  public static final String RISK_FACTOR = BASE + "CodeSystem/risk-factor";

  /** Who gave a dose (MedicationAdministration.performer.function). */
  public static final String ADMINISTERED_BY = BASE + "CodeSystem/administered-by";

  /** Rule IDs ({@code DOC-ORDER}, …), in OperationOutcome and coverage-information details. */
  public static final String RULE = BASE + "CodeSystem/rule";

  /** Citation keys of POLICY.md's source table ({@code SEED}, {@code A52399}, …). */
  public static final String CITATION = BASE + "CodeSystem/citation";

  /** Decisions ({@code APPROVE}, {@code DENY}). */
  public static final String DECISION = BASE + "CodeSystem/decision";

  /** Denial reasons, the finding categories ({@code INSUFFICIENT_DOCUMENTATION}, …). */
  public static final String DENIAL_REASON = BASE + "CodeSystem/denial-reason";

  /** The additional documentation request (CommunicationRequest.category). */
  public static final String ADR = BASE + "CodeSystem/record-request";

  /** Extension on MedicationAdministration: the supervision of auxiliary personnel (code). */
  public static final String SUPERVISION_EXTENSION = BASE + "StructureDefinition/supervision";

  /** Extension on MedicationAdministration: who paid for the drug (code). */
  public static final String DRUG_SOURCE_EXTENSION = BASE + "StructureDefinition/drug-source";

  /** The Da Vinci CRD coverage-information extension. */
  public static final String COVERAGE_INFORMATION =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

  /** LOINC Progress note, the type of a progress-note Composition. */
  public static final String LOINC_PROGRESS_NOTE = "11506-3";

  /** LOINC Pregnancy status (value SNOMED {@link #SNOMED_PREGNANT} or not pregnant). */
  public static final String LOINC_PREGNANCY_STATUS = "82810-3";

  /** LOINC Body weight, an Observation of the patient's weight in UCUM kg, g or [lb_av]. */
  public static final String LOINC_BODY_WEIGHT = "29463-7";

  /** SNOMED CT Pregnant. */
  public static final String SNOMED_PREGNANT = "77386006";

  /** SNOMED CT Not pregnant. */
  public static final String SNOMED_NOT_PREGNANT = "60001007";

  /** LOINC DXA Femur [T-score], the T-score code this module writes. */
  public static final String LOINC_TSCORE_FEMUR = "38263-0";
}

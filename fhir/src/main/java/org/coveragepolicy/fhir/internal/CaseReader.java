package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.ADMINISTERED_BY;
import static org.coveragepolicy.fhir.FhirCodes.DIAGNOSTIC_SERVICE;
import static org.coveragepolicy.fhir.FhirCodes.DICOM;
import static org.coveragepolicy.fhir.FhirCodes.DRUG_SOURCE_EXTENSION;
import static org.coveragepolicy.fhir.FhirCodes.EDITION;
import static org.coveragepolicy.fhir.FhirCodes.HCPCS;
import static org.coveragepolicy.fhir.FhirCodes.ICD10CM;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_FINDING;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_MODALITY;
import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PREGNANCY_STATUS;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PROGRESS_NOTE;
import static org.coveragepolicy.fhir.FhirCodes.NDC;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.PLACE_OF_SERVICE;
import static org.coveragepolicy.fhir.FhirCodes.PRODUCT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.FhirCodes.RXNORM;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_NOT_PREGNANT;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_PREGNANT;
import static org.coveragepolicy.fhir.FhirCodes.SUPERVISION_EXTENSION;
import static org.coveragepolicy.fhir.FhirCodes.UCUM;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.review.ClaimReview;
import org.jspecify.annotations.Nullable;

/**
 * Reads FHIR R4 resources into the review model. Strict: what cannot be mapped is an {@link
 * InvalidInputException} naming the resource and element, never a default. Paths name a resource
 * by its place ({@code Bundle.entry[3].Observation.valueQuantity}), never by an identifier that
 * could identify the patient; the one Claim and Patient of a Bundle are {@code Claim} and {@code
 * Patient}. Thread-safe.
 */
public final class CaseReader {
  /** Resource types a Bundle may carry that the review does not read (only referenced). */
  private static final ImmutableSet<ResourceType> SUPPORTING =
      ImmutableSet.of(
          ResourceType.Practitioner,
          ResourceType.PractitionerRole,
          ResourceType.Organization,
          ResourceType.Coverage,
          ResourceType.Encounter,
          ResourceType.RelatedPerson,
          ResourceType.Location,
          ResourceType.ImagingStudy,
          ResourceType.Provenance);

  private final DrugCatalog catalog;
  private final Policies policies;
  /** The review whose choice of policy the vocabulary check follows: these policies, this catalog. */
  private final ClaimReview review;

  /**
   * Creates a reader resolving products and HCPCS codes through a catalog, editions through the
   * policies on the class path.
   *
   * @param catalog the drug catalog
   */
  public CaseReader(DrugCatalog catalog) {
    this(catalog, Policies.load());
  }

  /**
   * Creates a reader resolving products and HCPCS codes through a catalog, editions through the
   * given policies.
   *
   * @param catalog the drug catalog
   * @param policies the policies
   */
  public CaseReader(DrugCatalog catalog, Policies policies) {
    this.catalog = catalog;
    this.policies = policies;
    this.review = ClaimReview.of(policies).overCatalog(catalog);
  }

  /**
   * A resource and where it sits, for messages: {@code Claim}, {@code Bundle.entry[3].Observation}.
   *
   * @param resource the resource
   * @param where its path
   * @param fullUrl its Bundle entry's full URL, if any
   */
  public record Located(Resource resource, String where, @Nullable String fullUrl) {
    /**
     * A resource without a full URL.
     *
     * @param resource the resource
     * @param where its path
     */
    public Located(Resource resource, String where) {
      this(resource, where, null);
    }
  }

  /**
   * Lists a Bundle's resources with their paths; the one Claim and Patient are named by type.
   *
   * @param bundle the bundle
   * @param prefix the path of the bundle, such as {@code Bundle}
   * @return the resources in entry order
   */
  public static List<Located> entries(Bundle bundle, String prefix) {
    List<Located> out = new ArrayList<>();
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r == null) {
        throw new InvalidInputException(prefix + ".entry[" + i + "].resource", "missing");
      }
      out.add(new Located(r, prefix + ".entry[" + i + "]." + r.fhirType(), entries.get(i).getFullUrl()));
    }
    return out;
  }

  /**
   * Reads a review case from a Bundle: its identifier is the case ID, its meta tag the edition.
   *
   * @param bundle the bundle
   * @return the case
   * @throws InvalidInputException if the bundle cannot be mapped
   */
  public ReviewCase readBundle(Bundle bundle) {
    String id = bundle.getIdentifier().getValue();
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("Bundle.identifier.value", "missing: the case ID");
    }
    List<Located> all = entries(bundle, "Bundle");
    Located claim = single(all, ResourceType.Claim, "Claim");
    Located patient = single(all, ResourceType.Patient, "Patient");
    ClaimLine line = readClaim((Claim) claim.resource(), "Claim");
    Patient p = readPatient((org.hl7.fhir.r4.model.Patient) patient.resource(), "Patient", all);
    MedicalRecord record = readRecord(all);
    ReviewCase c =
        build(
            () ->
                ReviewCase.builder()
                    .id(id)
                    .edition(edition(bundle))
                    .claim(line)
                    .patient(p)
                    .record(record)
                    .build(),
            "Bundle");
    checkVocabulary(c, all, review);
    return c;
  }

  /**
   * Checks the statements, risk factors, therapy kinds and imaging findings of a case against the
   * vocabulary its policy declares: a term the policy does not declare is invalid input at the
   * resource that states it. {@link #readBundle} checks its case; a caller that assembles a case
   * from {@link #readRecord} (an order-sign service) checks it the same way.
   *
   * @param c the case
   * @param all the resources its record was read from, with their paths
   * @param review the review that chooses the case's policy (its policies and catalog)
   * @throws InvalidInputException naming the resource of the first undeclared term
   */
  public static void checkVocabulary(ReviewCase c, List<Located> all, ClaimReview review) {
    Policy policy = review.policyOf(c);
    String of = " of the " + policy.name() + " policy, was ";
    for (Document d : c.record().documents()) {
      if (d instanceof ProgressNote n) {
        for (NoteStatement s : n.statements().keySet()) {
          if (!policy.statements().contains(s)) {
            String code = Terminology.statementCode(s);
            boolean pregnancy = s.equals(Terminology.PREGNANCY_STATUS);
            throw new InvalidInputException(
                where(
                    all,
                    r ->
                        pregnancy && codes(r, LOINC, LOINC_PREGNANCY_STATUS)
                            || codes(r, NOTE_STATEMENT, code),
                    ".code"),
                "not a statement" + of + code);
          }
        }
        for (RiskFactor f : n.riskFactors()) {
          if (!policy.riskFactors().contains(f)) {
            throw new InvalidInputException(
                where(all, r -> codes(r, RISK_FACTOR, f.name()), ".code"),
                "not a risk factor" + of + f);
          }
        }
        for (Therapy t : n.therapies()) {
          if (!policy.therapyKinds().contains(t.kind())) {
            throw new InvalidInputException(
                where(
                    all,
                    r -> r instanceof MedicationStatement m && kindOf(m, t.kind()),
                    ".medicationCodeableConcept"),
                "not a therapy kind" + of + t.kind());
          }
        }
      } else if (d instanceof ImagingReport i) {
        for (ImagingFinding f : i.findings()) {
          if (!policy.imagingFindings().contains(f)) {
            throw new InvalidInputException(
                where(all, r -> concludes(r, f), ".conclusionCode"),
                "not an imaging finding" + of + f);
          }
        }
      }
    }
  }

  /** Whether a resource's code (an Observation's) has a coding of a system and code. */
  private static boolean codes(Resource r, String system, String code) {
    return r instanceof Observation o
        && o.getCode().getCoding().stream()
            .anyMatch(x -> system.equals(x.getSystem()) && code.equals(x.getCode()));
  }

  /** Whether a resource is a DiagnosticReport concluding an imaging finding. */
  private static boolean concludes(Resource r, ImagingFinding f) {
    return r instanceof DiagnosticReport d
        && d.getConclusionCode().stream()
            .flatMap(c -> c.getCoding().stream())
            .anyMatch(x -> IMAGING_FINDING.equals(x.getSystem()) && f.name().equals(x.getCode()));
  }

  /** Whether a MedicationStatement's RxNorm ingredient may code a therapy kind (by any route). */
  private static boolean kindOf(MedicationStatement m, TherapyKind kind) {
    for (Coding x : m.getMedicationCodeableConcept().getCoding()) {
      if (RXNORM.equals(x.getSystem())) {
        return Terminology.therapyKind(x.getCode(), Optional::empty).map(kind::equals).orElse(false)
            || Terminology.rxNorm(kind).map(x.getCode()::equals).orElse(false);
      }
    }
    return false;
  }

  /** The path of the first resource that matches, with a suffix; else the Bundle's. */
  private static String where(
      List<Located> all, java.util.function.Predicate<Resource> match, String suffix) {
    for (Located l : all) {
      if (match.test(l.resource())) {
        return l.where() + suffix;
      }
    }
    return "Bundle";
  }

  private Optional<Edition> edition(Bundle bundle) {
    List<Coding> tags =
        bundle.getMeta().getTag().stream().filter(t -> EDITION.equals(t.getSystem())).toList();
    if (tags.isEmpty()) {
      return Optional.empty();
    }
    if (tags.size() > 1) {
      throw new InvalidInputException("Bundle.meta.tag", "more than one edition tag");
    }
    return Optional.of(
        build(() -> policies.edition(tags.get(0).getCode()), "Bundle.meta.tag[edition].code"));
  }

  private static Located single(List<Located> all, ResourceType type, String name) {
    List<Located> found = all.stream().filter(l -> l.resource().getResourceType() == type).toList();
    if (found.size() != 1) {
      throw new InvalidInputException(
          "Bundle.entry", "expected exactly one " + name + ", found " + found.size());
    }
    return new Located(found.get(0).resource(), name, found.get(0).fullUrl());
  }

  /**
   * Reads the claim line of a Claim of one item.
   *
   * @param claim the claim
   * @param where its path
   * @return the claim line
   */
  public ClaimLine readClaim(Claim claim, String where) {
    if (claim.getItem().size() != 1) {
      throw new InvalidInputException(
          where + ".item", "expected exactly one line, found " + claim.getItem().size());
    }
    Claim.ItemComponent item = claim.getItemFirstRep();
    String at = where + ".item[0]";
    Hcpcs hcpcs =
        build(() -> Hcpcs.parse(code(item.getProductOrService(), HCPCS, at + ".productOrService")),
            at + ".productOrService");
    if (!catalog.hcpcsCodes().contains(hcpcs)) {
      throw new InvalidInputException(
          at + ".productOrService",
          "HCPCS " + hcpcs + " is not in the drug catalog " + catalog.hcpcsCodes());
    }
    ClaimLine.Builder line = ClaimLine.builder().hcpcs(hcpcs);
    line.units(wholeNumber(item.hasQuantity() ? item.getQuantity() : null, null, at + ".quantity"));
    for (int i = 0; i < item.getModifier().size(); i++) {
      String path = at + ".modifier[" + i + "]";
      String code = code(item.getModifier().get(i), HCPCS, path);
      line.addModifiers(build(() -> Modifier.parse(code), path));
    }
    if (!item.hasServicedDateType()) {
      throw new InvalidInputException(at + ".servicedDate", "missing: the date of service");
    }
    line.dateOfService(day(item.getServicedDateType(), at + ".servicedDate"));
    if (!item.hasLocationCodeableConcept()) {
      throw new InvalidInputException(
          at + ".locationCodeableConcept", "missing: the place of service");
    }
    String pos = code(item.getLocationCodeableConcept(), PLACE_OF_SERVICE, at
        + ".locationCodeableConcept");
    line.placeOfService(build(() -> PlaceOfService.parse(pos), at + ".locationCodeableConcept"));
    if (item.getDetail().size() > 1) {
      throw new InvalidInputException(at + ".detail", "at most one NDC detail, found "
          + item.getDetail().size());
    }
    if (item.hasDetail()) {
      String path = at + ".detail[0].productOrService";
      String ndc = code(item.getDetailFirstRep().getProductOrService(), NDC, path);
      line.ndc(build(() -> Ndc.parse(ndc), path));
    }
    List<Claim.DiagnosisComponent> diagnoses = new ArrayList<>(claim.getDiagnosis());
    diagnoses.sort((a, b) -> Integer.compare(a.getSequence(), b.getSequence()));
    for (Claim.DiagnosisComponent d : diagnoses) {
      String path = where + ".diagnosis[" + claim.getDiagnosis().indexOf(d) + "]";
      if (!d.hasDiagnosisCodeableConcept()) {
        throw new InvalidInputException(
            path + ".diagnosisCodeableConcept", "missing: an ICD-10-CM code (references are not read)");
      }
      String code = code(d.getDiagnosisCodeableConcept(), ICD10CM, path + ".diagnosisCodeableConcept");
      line.addDiagnosisCodes(build(() -> Icd10Code.parse(code), path + ".diagnosisCodeableConcept"));
    }
    return build(line::build, where);
  }

  /**
   * Reads a patient's sex and birth date. Messages never contain the birth date.
   *
   * @param patient the patient
   * @param where its path
   * @return the patient
   */
  public static Patient readPatient(org.hl7.fhir.r4.model.Patient patient, String where) {
    AdministrativeGender gender = patient.getGender();
    Sex sex;
    if (gender == AdministrativeGender.FEMALE) {
      sex = Sex.FEMALE;
    } else if (gender == AdministrativeGender.MALE) {
      sex = Sex.MALE;
    } else {
      throw new InvalidInputException(
          where + ".gender",
          gender == null
              ? "missing: female or male"
              : "must be female or male for this policy's indications, was " + gender.toCode());
    }
    if (!patient.hasBirthDateElement()
        || patient.getBirthDateElement().getPrecision()
            != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      throw new InvalidInputException(
          where + ".birthDate", "missing or not a full date (YYYY-MM-DD, without a time)");
    }
    var b = patient.getBirthDateElement();
    return Patient.of(sex, LocalDate.of(b.getYear(), b.getMonth() + 1, b.getDay()));
  }

  /**
   * Reads a patient's sex and birth date, and the body weight of the given resources' standalone
   * body-weight Observations (LOINC 29463-7; the latest counts), as {@link #readBundle} does.
   *
   * @param patient the patient
   * @param where its path
   * @param all the resources that may hold body-weight Observations, such as prefetched ones
   * @return the patient
   */
  public static Patient readPatient(
      org.hl7.fhir.r4.model.Patient patient, String where, List<Located> all) {
    return BodyWeight.withWeight(readPatient(patient, where), all);
  }

  /** A progress note being assembled from a Composition or from loose resources. */
  private static final class NoteParts {
    final LocalDate date;
    final boolean signed;
    final List<Icd10Code> diagnoses = new ArrayList<>();
    final Map<NoteStatement, Boolean> statements = new LinkedHashMap<>();
    final Set<RiskFactor> riskFactors = new LinkedHashSet<>();
    final List<Therapy> therapies = new ArrayList<>();

    NoteParts(LocalDate date, boolean signed) {
      this.date = date;
      this.signed = signed;
    }

    ProgressNote build() {
      return ProgressNote.builder()
          .date(date)
          .signed(signed)
          .diagnoses(diagnoses)
          .statements(statements)
          .riskFactors(riskFactors)
          .therapies(therapies)
          .build();
    }
  }

  private record NoteKey(LocalDate date, boolean signed) {}

  /**
   * Reads the medical record from resources: documents in the order their resources come.
   *
   * @param all the resources with their paths
   * @return the record
   */
  public MedicalRecord readRecord(List<Located> all) {
    Map<String, Located> byReference = index(all);
    Set<Resource> consumed = new HashSet<>();
    // pass 1: what Compositions and DiagnosticReports hold is theirs
    for (Located l : all) {
      if (l.resource() instanceof Composition c) {
        for (Composition.SectionComponent s : c.getSection()) {
          for (Reference ref : s.getEntry()) {
            Located target = byReference.get(ref.getReference());
            if (target != null) {
              consumed.add(target.resource());
            }
          }
        }
      } else if (l.resource() instanceof DiagnosticReport d) {
        for (Reference ref : d.getResult()) {
          Located target = byReference.get(ref.getReference());
          if (target != null) {
            consumed.add(target.resource());
          }
        }
      }
    }
    MedicalRecord.Builder record = MedicalRecord.builder();
    List<Object> documents = new ArrayList<>();
    Map<NoteKey, NoteParts> looseNotes = new LinkedHashMap<>();
    boolean requested = false;
    boolean received = false;
    for (Located l : all) {
      Resource r = l.resource();
      String at = l.where();
      switch (r.getResourceType()) {
        case Claim, Patient -> {
          // read by the caller
        }
        case MedicationRequest -> documents.add(readOrder((MedicationRequest) r, at));
        case MedicationAdministration ->
            documents.add(readAdministration((MedicationAdministration) r, at));
        case Composition -> documents.add(readComposition((Composition) r, at, byReference));
        case DiagnosticReport -> documents.add(readReport((DiagnosticReport) r, at, byReference));
        case Observation -> {
          if (!consumed.contains(r) && !BodyWeight.is((Observation) r)) { // the patient's weight
            Observation o = (Observation) r;
            switch (observationKind(o, at)) {
              case TSCORE -> documents.add(standaloneTScore(o, at));
              case LAB -> documents.add(standaloneLab(o, at));
              case NOTE -> addLoose(documents, looseNotes, o, at);
            }
          }
        }
        case Condition, MedicationStatement -> {
          if (!consumed.contains(r)) {
            addLoose(documents, looseNotes, r, at);
          }
        }
        case CommunicationRequest -> {
          if (requested) {
            throw new InvalidInputException(at, "more than one record request");
          }
          requested = true;
          CommunicationRequest cr = (CommunicationRequest) r;
          if (!cr.hasAuthoredOnElement()) {
            throw new InvalidInputException(at + ".authoredOn", "missing: the date the ADR was sent");
          }
          record.requestedOn(day(cr.getAuthoredOnElement(), at + ".authoredOn"));
        }
        case Communication -> {
          if (received) {
            throw new InvalidInputException(at, "more than one record response");
          }
          received = true;
          Communication c = (Communication) r;
          if (!c.hasReceivedElement()) {
            throw new InvalidInputException(at + ".received", "missing: the date the records arrived");
          }
          record.receivedOn(day(c.getReceivedElement(), at + ".received"));
        }
        default -> {
          if (!SUPPORTING.contains(r.getResourceType())) {
            throw new InvalidInputException(at, "a " + r.fhirType() + " is not read by this review");
          }
        }
      }
    }
    for (Object d : documents) {
      record.addDocuments(d instanceof NoteParts n ? build(n::build, "note") : (Document) d);
    }
    return build(record::build, "record");
  }

  private static Map<String, Located> index(List<Located> all) {
    Map<String, Located> byReference = new HashMap<>();
    for (Located l : all) {
      Resource r = l.resource();
      if (r.hasIdElement() && r.getIdElement().hasIdPart()) {
        byReference.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), l);
      }
      if (l.fullUrl() != null) {
        byReference.put(l.fullUrl(), l);
      }
    }
    return byReference;
  }

  // ---------------------------------------------------------------- orders and administrations

  private Order readOrder(MedicationRequest r, String at) {
    boolean signed =
        switch (statusOf(r.getStatus() == null ? null : r.getStatus().toCode(), at)) {
          case "active", "completed" -> true;
          case "draft" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status", "must be active, completed or draft, was " + r.getStatus().toCode());
        };
    if (!r.hasAuthoredOnElement()) {
      throw new InvalidInputException(at + ".authoredOn", "missing: the date of the order");
    }
    Product product = product(r.hasMedicationCodeableConcept() ? r.getMedicationCodeableConcept() : null,
        at + ".medicationCodeableConcept");
    if (r.getDosageInstruction().isEmpty()
        || !r.getDosageInstructionFirstRep().getDoseAndRateFirstRep().hasDoseQuantity()) {
      throw new InvalidInputException(
          at + ".dosageInstruction[0].doseAndRate[0].doseQuantity", "missing: the dose in mg");
    }
    String dosePath = at + ".dosageInstruction[0].doseAndRate[0].doseQuantity";
    int dose =
        wholeNumber(
            r.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity(), "mg", dosePath);
    LocalDate date = day(r.getAuthoredOnElement(), at + ".authoredOn");
    return build(
        () -> Order.builder().date(date).signed(signed).product(product).doseMg(dose).build(), at);
  }

  private static String statusOf(@Nullable String code, String at) {
    if (code == null) {
      throw new InvalidInputException(at + ".status", "missing");
    }
    return code;
  }

  private AdministrationRecord readAdministration(MedicationAdministration r, String at) {
    boolean signed =
        switch (statusOf(r.getStatus() == null ? null : r.getStatus().toCode(), at)) {
          case "completed" -> true;
          case "in-progress" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status",
                  "must be completed (a signed record) or in-progress (unsigned), was "
                      + r.getStatus().toCode());
        };
    if (!r.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the dose");
    }
    LocalDate date = day(r.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    Product product =
        product(r.hasMedicationCodeableConcept() ? r.getMedicationCodeableConcept() : null,
            at + ".medicationCodeableConcept");
    MedicationAdministration.MedicationAdministrationDosageComponent dosage = r.getDosage();
    int dose = wholeNumber(r.hasDosage() && dosage.hasDose() ? dosage.getDose() : null, "mg",
        at + ".dosage.dose");
    if (!dosage.hasRoute()) {
      throw new InvalidInputException(at + ".dosage.route", "missing: the route (SNOMED CT)");
    }
    String routeCode = code(dosage.getRoute(), SNOMED, at + ".dosage.route");
    Route route = Terminology.ROUTE_SNOMED.get(routeCode);
    if (route == null) {
      throw new InvalidInputException(
          at + ".dosage.route",
          "SNOMED CT " + routeCode + " is not a route this policy knows "
              + Terminology.ROUTE_SNOMED.keySet());
    }
    if (r.getPerformer().size() != 1) {
      throw new InvalidInputException(
          at + ".performer", "expected exactly one performer, found " + r.getPerformer().size());
    }
    AdministeredBy by =
        enumCode(
            AdministeredBy.class,
            code(r.getPerformerFirstRep().getFunction(), ADMINISTERED_BY, at + ".performer[0].function"),
            at + ".performer[0].function");
    Administration.Builder a =
        Administration.builder()
            .date(date)
            .product(product)
            .doseMg(dose)
            .route(route)
            .administeredBy(by)
            .drugSource(
                enumCode(
                    DrugSource.class,
                    extensionCode(r.getExtensionByUrl(DRUG_SOURCE_EXTENSION), at, "drug-source")
                        .orElseThrow(
                            () ->
                                new InvalidInputException(
                                    at + ".extension[drug-source]",
                                    "missing: PRACTICE_PURCHASED or PATIENT_SUPPLIED")),
                    at + ".extension[drug-source]"));
    extensionCode(r.getExtensionByUrl(SUPERVISION_EXTENSION), at, "supervision")
        .ifPresent(s -> a.supervision(enumCode(Supervision.class, s, at + ".extension[supervision]")));
    Administration administration = build(a::build, at);
    return AdministrationRecord.of(administration, signed);
  }

  private static Optional<String> extensionCode(@Nullable Extension e, String at, String name) {
    if (e == null) {
      return Optional.empty();
    }
    if (!(e.getValue() instanceof org.hl7.fhir.r4.model.CodeType c) || c.getValue() == null) {
      throw new InvalidInputException(at + ".extension[" + name + "]", "must carry a valueCode");
    }
    return Optional.of(c.getValue());
  }

  /**
   * Resolves a product from a coding of this project's product system or an NDC of the catalog.
   *
   * @param concept the medication concept
   * @param at its path
   * @return the product
   */
  public Product product(@Nullable CodeableConcept concept, String at) {
    if (concept == null) {
      throw new InvalidInputException(at, "missing: the product (a catalog product name or an NDC)");
    }
    for (Coding c : concept.getCoding()) {
      if (PRODUCT.equals(c.getSystem())) {
        Product p = build(() -> Product.of(c.getCode()), at);
        if (catalog.entry(p).isEmpty()) {
          throw new InvalidInputException(
              at, "product " + p + " is not in the drug catalog " + catalog.products());
        }
        return p;
      }
    }
    for (Coding c : concept.getCoding()) {
      if (NDC.equals(c.getSystem())) {
        Ndc ndc = build(() -> Ndc.parse(c.getCode()), at);
        return catalog
            .entryForNdc(ndc)
            .map(CatalogEntry::product)
            .orElseThrow(
                () -> new InvalidInputException(at, "NDC " + ndc.render() + " is not in the drug catalog"));
      }
    }
    throw new InvalidInputException(
        at, "no coding of " + PRODUCT + " or " + NDC + ": the product cannot be told");
  }

  // ---------------------------------------------------------------- progress notes

  private enum ObservationKind {
    TSCORE,
    LAB,
    NOTE
  }

  private static ObservationKind observationKind(Observation o, String at) {
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.TSCORE_LOINC.contains(c.getCode())) {
        return ObservationKind.TSCORE;
      }
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        return ObservationKind.LAB;
      }
      if (LOINC.equals(c.getSystem()) && LOINC_PREGNANCY_STATUS.equals(c.getCode())
          || NOTE_STATEMENT.equals(c.getSystem())
          || RISK_FACTOR.equals(c.getSystem())) {
        return ObservationKind.NOTE;
      }
    }
    throw new InvalidInputException(
        at + ".code",
        "not an observation this policy reads (DXA T-score, calcium or eGFR in LOINC; a note"
            + " statement or risk factor): " + describe(o.getCode()));
  }

  private static String describe(CodeableConcept concept) {
    return concept.getCoding().stream()
        .map(c -> c.getSystem() + "|" + c.getCode())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private ProgressNote readComposition(
      Composition c, String at, Map<String, Located> byReference) {
    boolean typed =
        c.getType().getCoding().stream()
            .anyMatch(t -> LOINC.equals(t.getSystem()) && LOINC_PROGRESS_NOTE.equals(t.getCode()));
    if (!typed) {
      throw new InvalidInputException(
          at + ".type", "a Composition read here is a progress note (LOINC " + LOINC_PROGRESS_NOTE + ")");
    }
    boolean signed =
        switch (statusOf(c.getStatus() == null ? null : c.getStatus().toCode(), at)) {
          case "final", "amended" -> true;
          case "preliminary" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status", "must be final, amended or preliminary, was " + c.getStatus().toCode());
        };
    if (!c.hasDateElement()) {
      throw new InvalidInputException(at + ".date", "missing: the date of the note");
    }
    NoteParts note = new NoteParts(day(c.getDateElement(), at + ".date"), signed);
    for (int s = 0; s < c.getSection().size(); s++) {
      List<Reference> refs = c.getSection().get(s).getEntry();
      for (int e = 0; e < refs.size(); e++) {
        String path = at + ".section[" + s + "].entry[" + e + "]";
        Located target = byReference.get(refs.get(e).getReference());
        if (target == null) {
          throw new InvalidInputException(path, "refers to a resource that is not in the input");
        }
        addToNote(note, target.resource(), target.where());
      }
    }
    return build(note::build, at);
  }

  private static void addLoose(
      List<Object> documents, Map<NoteKey, NoteParts> notes, Resource r, String at) {
    NoteKey key;
    if (r instanceof Condition c) {
      if (!c.hasRecordedDateElement()) {
        throw new InvalidInputException(at + ".recordedDate", "missing: the date it was documented");
      }
      String status = code(c.getVerificationStatus(), null, at + ".verificationStatus");
      boolean signed =
          switch (status) {
            case "confirmed" -> true;
            case "provisional", "unconfirmed", "differential" -> false;
            default ->
                throw new InvalidInputException(
                    at + ".verificationStatus", "cannot be read as documented, was " + status);
          };
      key = new NoteKey(day(c.getRecordedDateElement(), at + ".recordedDate"), signed);
    } else if (r instanceof Observation o) {
      if (!o.hasEffectiveDateTimeType()) {
        throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date it was documented");
      }
      key = new NoteKey(day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime"), finalStatus(o, at));
    } else {
      MedicationStatement m = (MedicationStatement) r;
      if (!m.hasDateAssertedElement()) {
        throw new InvalidInputException(at + ".dateAsserted", "missing: the date it was documented");
      }
      String status = statusOf(m.getStatus() == null ? null : m.getStatus().toCode(), at);
      if (!Set.of("active", "completed", "stopped").contains(status)) {
        throw new InvalidInputException(
            at + ".status", "must be active, completed or stopped, was " + status);
      }
      key = new NoteKey(day(m.getDateAssertedElement(), at + ".dateAsserted"), true);
    }
    NoteParts note = notes.get(key);
    if (note == null) {
      note = new NoteParts(key.date(), key.signed());
      notes.put(key, note);
      documents.add(note);
    }
    addToNote(note, r, at);
  }

  private static boolean finalStatus(Observation o, String at) {
    String status = statusOf(o.getStatus() == null ? null : o.getStatus().toCode(), at);
    return switch (status) {
      case "final", "amended", "corrected" -> true;
      case "preliminary" -> false;
      default ->
          throw new InvalidInputException(
              at + ".status", "must be final, amended, corrected or preliminary, was " + status);
    };
  }

  private static void addToNote(NoteParts note, Resource r, String at) {
    if (r instanceof Condition c) {
      String code = code(c.getCode(), ICD10CM, at + ".code");
      note.diagnoses.add(build(() -> Icd10Code.parse(code), at + ".code"));
    } else if (r instanceof MedicationStatement m) {
      note.therapies.add(readTherapy(m, at));
    } else if (r instanceof Observation o && observationKind(o, at) == ObservationKind.NOTE) {
      addStatement(note, o, at);
    } else {
      throw new InvalidInputException(
          at, "a progress note holds Conditions, note Observations and MedicationStatements, not a "
              + r.fhirType());
    }
  }

  private static void addStatement(NoteParts note, Observation o, String at) {
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && LOINC_PREGNANCY_STATUS.equals(c.getCode())) {
        String value = code(valueConcept(o, at), SNOMED, at + ".valueCodeableConcept");
        boolean pregnant =
            switch (value) {
              case SNOMED_PREGNANT -> true;
              case SNOMED_NOT_PREGNANT -> false;
              default ->
                  throw new InvalidInputException(
                      at + ".valueCodeableConcept",
                      "SNOMED CT " + SNOMED_PREGNANT + " (pregnant) or " + SNOMED_NOT_PREGNANT
                          + " (not pregnant), was " + value);
            };
        putStatement(note, Terminology.PREGNANCY_STATUS, pregnant, at);
        return;
      }
      if (NOTE_STATEMENT.equals(c.getSystem())) {
        String code = termCode(c.getCode(), "statement", at + ".code");
        NoteStatement s = NoteStatement.of(Terminology.statementName(code));
        putStatement(note, s, booleanValue(o, at), at);
        return;
      }
      if (RISK_FACTOR.equals(c.getSystem())) {
        RiskFactor f = RiskFactor.of(termCode(c.getCode(), "risk factor", at + ".code"));
        if (!booleanValue(o, at)) {
          throw new InvalidInputException(
              at + ".valueBoolean", "a risk factor is stated true; leave it out when absent");
        }
        note.riskFactors.add(f);
        return;
      }
    }
  }

  private static void putStatement(NoteParts note, NoteStatement s, boolean value, String at) {
    Boolean before = note.statements.put(s, value);
    if (before != null && before != value) {
      throw new InvalidInputException(
          at, "the note states " + Terminology.statementCode(s) + " both true and false");
    }
  }

  private static CodeableConcept valueConcept(Observation o, String at) {
    if (!o.hasValueCodeableConcept()) {
      throw new InvalidInputException(at + ".valueCodeableConcept", "missing");
    }
    return o.getValueCodeableConcept();
  }

  private static boolean booleanValue(Observation o, String at) {
    if (!o.hasValueBooleanType() || o.getValueBooleanType().getValue() == null) {
      throw new InvalidInputException(at + ".valueBoolean", "missing: true or false");
    }
    return o.getValueBooleanType().booleanValue();
  }

  private static Therapy readTherapy(MedicationStatement m, String at) {
    if (!m.hasMedicationCodeableConcept()) {
      throw new InvalidInputException(
          at + ".medicationCodeableConcept", "missing: an RxNorm ingredient");
    }
    String path = at + ".medicationCodeableConcept";
    String rx = code(m.getMedicationCodeableConcept(), RXNORM, path);
    Dosage dosage = m.getDosageFirstRep();
    TherapyKind kind =
        Terminology.therapyKind(
                rx,
                () ->
                    dosage.hasRoute()
                        ? Optional.ofNullable(
                            Terminology.ROUTE_SNOMED.get(
                                code(dosage.getRoute(), SNOMED, at + ".dosage[0].route")))
                        : Optional.empty())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        path, "RxNorm " + rx + " is not an ingredient of a therapy this policy reads"));
    Therapy.Builder t = Therapy.builder().kind(kind);
    if (m.hasEffectivePeriod()) {
      if (!m.getEffectivePeriod().hasStartElement()) {
        throw new InvalidInputException(at + ".effectivePeriod.start", "missing: the start");
      }
      t.start(day(m.getEffectivePeriod().getStartElement(), at + ".effectivePeriod.start"));
      if (m.getEffectivePeriod().hasEndElement()) {
        t.end(day(m.getEffectivePeriod().getEndElement(), at + ".effectivePeriod.end"));
      }
    } else if (m.hasEffectiveDateTimeType()) {
      t.start(day(m.getEffectiveDateTimeType(), at + ".effectiveDateTime"));
    } else {
      throw new InvalidInputException(at + ".effectivePeriod", "missing: when the therapy started");
    }
    if (dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
      Quantity q = dosage.getDoseAndRateFirstRep().getDoseQuantity();
      String qp = at + ".dosage[0].doseAndRate[0].doseQuantity";
      unit(q, Terminology.MG_PER_DAY, qp);
      t.doseMgPerDay(q.getValue());
    }
    if (dosage.getTiming().getRepeat().hasBoundsDuration()) {
      String dp = at + ".dosage[0].timing.repeat.boundsDuration";
      t.expectedMonths(wholeNumber(dosage.getTiming().getRepeat().getBoundsDuration(), "mo", dp));
    }
    return build(t::build, at);
  }

  // ---------------------------------------------------------------- imaging and labs

  private Document readReport(DiagnosticReport d, String at, Map<String, Located> byReference) {
    String section = code(d.getCategoryFirstRep(), DIAGNOSTIC_SERVICE, at + ".category");
    if (d.getCategory().size() != 1) {
      throw new InvalidInputException(at + ".category", "expected one category, RAD or LAB");
    }
    if (!d.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the report");
    }
    LocalDate date = day(d.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    List<Located> results = new ArrayList<>();
    for (int i = 0; i < d.getResult().size(); i++) {
      Located target = byReference.get(d.getResult().get(i).getReference());
      if (target == null || !(target.resource() instanceof Observation)) {
        throw new InvalidInputException(
            at + ".result[" + i + "]", "refers to no Observation in the input");
      }
      results.add(target);
    }
    if (section.equals("LAB")) {
      LabReport.Builder lab = LabReport.builder().date(date);
      for (Located r : results) {
        Observation o = (Observation) r.resource();
        java.util.Optional<String> other = otherLoinc(o);
        if (other.isPresent()) {
          lab.addValues(labValue(o, r.where(), date, other.get()));
        } else {
          lab.addResults(labResult(o, r.where(), date));
        }
      }
      return build(lab::build, at);
    }
    if (!section.equals("RAD")) {
      throw new InvalidInputException(at + ".category", "must be RAD or LAB, was " + section);
    }
    boolean signed =
        switch (statusOf(d.getStatus() == null ? null : d.getStatus().toCode(), at)) {
          case "final", "amended", "corrected", "appended" -> true;
          case "preliminary", "partial" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status", "must be final or preliminary, was " + d.getStatus().toCode());
        };
    ImagingReport.Builder report =
        ImagingReport.builder().date(date).signed(signed).modality(modality(d, at, byReference));
    BigDecimal lowest = null;
    for (Located r : results) {
      BigDecimal t = tScore((Observation) r.resource(), r.where());
      lowest = lowest == null || t.compareTo(lowest) < 0 ? t : lowest;
    }
    if (lowest != null) {
      report.tScore(lowest);
    }
    for (int i = 0; i < d.getConclusionCode().size(); i++) {
      String path = at + ".conclusionCode[" + i + "]";
      report.addFindings(
          ImagingFinding.of(
              termCode(
                  code(d.getConclusionCode().get(i), IMAGING_FINDING, path), "imaging finding", path)));
    }
    return build(report::build, at);
  }

  private static ImagingModality modality(
      DiagnosticReport d, String at, Map<String, Located> byReference) {
    for (Coding c : d.getCode().getCoding()) {
      if (IMAGING_MODALITY.equals(c.getSystem())) {
        return enumCode(ImagingModality.class, c.getCode(), at + ".code");
      }
    }
    Set<ImagingModality> found = new LinkedHashSet<>();
    for (int i = 0; i < d.getImagingStudy().size(); i++) {
      String path = at + ".imagingStudy[" + i + "]";
      Located study = byReference.get(d.getImagingStudy().get(i).getReference());
      if (study == null || !(study.resource() instanceof ImagingStudy s)) {
        throw new InvalidInputException(path, "refers to no ImagingStudy in the input");
      }
      for (ImagingStudy.ImagingStudySeriesComponent series : s.getSeries()) {
        found.add(dicom(series.getModality(), study.where() + ".series.modality"));
      }
      for (Coding m : s.getModality()) {
        found.add(dicom(m, study.where() + ".modality"));
      }
    }
    if (found.size() != 1) {
      throw new InvalidInputException(
          at + ".imagingStudy",
          found.isEmpty()
              ? "missing: the modality (an ImagingStudy with a DICOM modality, or a code of "
                  + IMAGING_MODALITY + ")"
              : "the studies show several modalities " + found);
    }
    return found.iterator().next();
  }

  private static ImagingModality dicom(Coding c, String at) {
    if (!DICOM.equals(c.getSystem())) {
      throw new InvalidInputException(at, "a DICOM modality code is needed, system was " + c.getSystem());
    }
    ImagingModality m = Terminology.DICOM_MODALITY.get(c.getCode());
    if (m == null) {
      throw new InvalidInputException(
          at, "DICOM " + c.getCode() + " is not a modality this policy reads "
              + Terminology.DICOM_MODALITY.keySet());
    }
    return m;
  }

  private static BigDecimal tScore(Observation o, String at) {
    if (observationKind(o, at) != ObservationKind.TSCORE) {
      throw new InvalidInputException(at + ".code", "an imaging report's result is a DXA T-score");
    }
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the T-score");
    }
    return o.getValueQuantity().getValue();
  }

  private static ImagingReport standaloneTScore(Observation o, String at) {
    if (!o.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the study");
    }
    LocalDate date = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    BigDecimal t = tScore(o, at);
    boolean signed = finalStatus(o, at);
    return build(
        () ->
            ImagingReport.builder()
                .date(date)
                .signed(signed)
                .modality(ImagingModality.DXA)
                .tScore(t)
                .build(),
        at);
  }

  private static LabReport standaloneLab(Observation o, String at) {
    if (!o.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the test");
    }
    LocalDate date = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    LabResult result = labResult(o, at, date);
    return build(() -> LabReport.builder().date(date).addResults(result).build(), at);
  }

  /**
   * The LOINC code of a lab report's result that is not one of the named tests (calcium, eGFR),
   * if it has one: such a result is kept by its LOINC code and unit (LOINC in, LOINC out).
   */
  private static java.util.Optional<String> otherLoinc(Observation o) {
    String other = null;
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        return java.util.Optional.empty();
      }
      if (LOINC.equals(c.getSystem()) && c.getCode() != null && LabCode.isLoinc(c.getCode())
          && other == null) {
        other = c.getCode();
      }
    }
    return java.util.Optional.ofNullable(other);
  }

  private static LabValue labValue(Observation o, String at, LocalDate reportDate, String loinc) {
    if (o.hasEffectiveDateTimeType()) {
      LocalDate own = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
      if (!own.equals(reportDate)) {
        throw new InvalidInputException(
            at + ".effectiveDateTime", "is " + own + ", not the report's date " + reportDate);
      }
    }
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the result");
    }
    String unit = o.getValueQuantity().hasCode() ? o.getValueQuantity().getCode() : o.getValueQuantity().getUnit();
    if (unit == null || unit.isBlank()) {
      throw new InvalidInputException(at + ".valueQuantity.code", "missing: the UCUM unit");
    }
    return build(
        () -> LabValue.of(reportDate, LabCode.of(loinc, unit), o.getValueQuantity().getValue()),
        at + ".valueQuantity");
  }

  private static LabResult labResult(Observation o, String at, LocalDate reportDate) {
    LabTest test = null;
    for (Coding c : o.getCode().getCoding()) {
      if (LOINC.equals(c.getSystem()) && Terminology.LAB_LOINC.containsKey(c.getCode())) {
        test = Terminology.LAB_LOINC.get(c.getCode());
      }
    }
    if (test == null) {
      throw new InvalidInputException(
          at + ".code", "a lab report's result is calcium or eGFR in LOINC: " + describe(o.getCode()));
    }
    if (o.hasEffectiveDateTimeType()) {
      LocalDate own = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
      if (!own.equals(reportDate)) {
        throw new InvalidInputException(
            at + ".effectiveDateTime", "is " + own + ", not the report's date " + reportDate);
      }
    }
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the result");
    }
    unit(
        o.getValueQuantity(),
        java.util.Objects.requireNonNull(Terminology.LAB_UNIT.get(test), "unit"),
        at + ".valueQuantity");
    LabTest t = test;
    return build(() -> LabResult.of(reportDate, t, o.getValueQuantity().getValue()), at + ".valueQuantity");
  }

  // ---------------------------------------------------------------- values

  private static void unit(Quantity q, String unit, String at) {
    String code = q.hasCode() ? q.getCode() : q.getUnit();
    if (!unit.equals(code) || q.hasSystem() && !UCUM.equals(q.getSystem())) {
      throw new InvalidInputException(at, "the unit must be UCUM " + unit + ", was " + code);
    }
  }

  private static int wholeNumber(@Nullable Quantity q, @Nullable String unit, String at) {
    if (q == null || q.getValue() == null) {
      throw new InvalidInputException(at, "missing");
    }
    if (unit != null) {
      unit(q, unit, at);
    }
    BigDecimal v = q.getValue();
    try {
      int n = v.intValueExact();
      if (n < 1) {
        throw new InvalidInputException(at, "must be ≥ 1, was " + v.toPlainString());
      }
      return n;
    } catch (ArithmeticException e) {
      throw new InvalidInputException(at, "must be a whole number, was " + v.toPlainString());
    }
  }

  /**
   * Returns the code of the one coding of a system; any system when {@code system} is null.
   *
   * @param concept the concept
   * @param system the system, or null for the first coding
   * @param at the path
   * @return the code
   */
  public static String code(@Nullable CodeableConcept concept, @Nullable String system, String at) {
    if (concept == null || concept.isEmpty()) {
      throw new InvalidInputException(at, "missing" + (system == null ? "" : ": a code of " + system));
    }
    List<Coding> codings =
        concept.getCoding().stream()
            .filter(c -> system == null || system.equals(c.getSystem()))
            .toList();
    if (codings.isEmpty()) {
      throw new InvalidInputException(at, "no coding of " + system + ", found " + describe(concept));
    }
    Set<String> codes = codings.stream().map(Coding::getCode).collect(Collectors.toSet());
    if (codes.size() > 1) {
      throw new InvalidInputException(at, "several codes of " + system + ": " + codes);
    }
    String code = codings.get(0).getCode();
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(at, "a coding has no code");
    }
    return code;
  }

  /**
   * Returns a date of at least day precision, as a local date.
   *
   * @param t the date or date-time
   * @param at the path
   * @return the day
   */
  public static LocalDate day(BaseDateTimeType t, String at) {
    if (t.getValue() == null) {
      throw new InvalidInputException(at, "missing");
    }
    if (t.getPrecision().ordinal() < ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
      throw new InvalidInputException(at, "must be a full date, was only to the " + t.getPrecision());
    }
    // a FHIR date (not dateTime) has no time; HAPI's DateType accepts one all the same
    if (t instanceof org.hl7.fhir.r4.model.DateType
        && t.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      throw new InvalidInputException(at, "must be a date (YYYY-MM-DD), without a time");
    }
    return LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDay());
  }

  /**
   * Checks the form of a code of the open vocabulary (a statement, a risk factor, an imaging
   * finding): letters, digits and underscores; whether the case's policy declares it is checked
   * once the case is read.
   */
  private static String termCode(@Nullable String code, String what, String at) {
    if (code == null || !RiskFactor.isName(code)) {
      throw new InvalidInputException(
          at,
          "must be a " + what + " code (a letter, then letters, digits and underscores), was "
              + code);
    }
    return code;
  }

  private static <E extends Enum<E>> E enumCode(Class<E> type, String code, String at) {
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          at,
          "must be one of "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
              + ", was "
              + code);
    }
  }

  /** The FHIR element of each review-case field whose check the model reports by field path. */
  private static final Map<String, String> MODEL_PATHS =
      Map.of(
          "patient.birthDate", "Patient.birthDate",
          "claim.hcpcs", "Claim.item[0].productOrService",
          "claim.units", "Claim.item[0].quantity",
          "claim.diagnosisCodes", "Claim.diagnosis",
          "claim.modifiers", "Claim.item[0].modifier",
          "record.receivedOn", "Communication.received",
          "units", "Claim.item[0].quantity",
          "diagnosisCodes", "Claim.diagnosis",
          "modifiers", "Claim.item[0].modifier",
          "receivedOn", "Communication.received");

  /** Runs a model constructor, reporting its structural checks as invalid input at a path. */
  private static <T> T build(java.util.function.Supplier<T> builder, String at) {
    try {
      return builder.get();
    } catch (InvalidInputException e) {
      // a model check names the field by the model's path (or none, the value as a whole)
      String modelPath = MODEL_PATHS.get(e.path());
      if (modelPath != null) {
        return throwAt(modelPath, e.problem());
      }
      if (!e.path().isEmpty() && Character.isUpperCase(e.path().charAt(0))) {
        throw e; // already a FHIR element path, from a nested mapping
      }
      return throwAt(e.path().isEmpty() ? at : at + "." + e.path(), e.problem());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ");
      String modelPath = colon > 0 ? MODEL_PATHS.get(message.substring(0, colon)) : null;
      if (modelPath != null) {
        return throwAt(modelPath, message.substring(colon + 2));
      }
      return throwAt(at, message);
    }
  }

  private static <T> T throwAt(String at, String message) {
    throw new InvalidInputException(at, message);
  }
}

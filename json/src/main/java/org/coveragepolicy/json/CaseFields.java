package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link ReviewCase} from a token stream, field by field, as docs/json-contract.md fixes the
 * form. Fields may come in any order; the first problem in document order is the one reported, and
 * a field required but absent is reported at the end of its object, in the contract's order.
 */
final class CaseFields extends CaseParser {
  private final ImmutableSet<Hcpcs> hcpcsCodes;
  private final String hcpcsNames;
  /** The policies and catalog names are resolved through: editions, a case's policy. */
  private final ClaimReview review;

  /** The case's ID once read, so that an error can name the case. */
  private @Nullable String caseId;

  CaseFields(JsonParser p, ClaimReview review, ImmutableSet<Hcpcs> hcpcsCodes, String hcpcsNames) {
    super(p);
    this.review = review;
    this.hcpcsCodes = hcpcsCodes;
    this.hcpcsNames = hcpcsNames;
  }

  @Nullable String caseId() {
    return caseId;
  }

  ReviewCase read() throws IOException {
    startRoot();
    ReviewCase.Builder b = ReviewCase.builder();
    int seen = 0;
    int present = 0;
    while (nextField()) {
      switch (name()) {
        case "id":
          seen = field(seen, 1);
          if (!isNull()) {
            String id = id(this);
            b.id(id);
            caseId = id;
            present |= 1;
          }
          break;
        case "edition":
          seen = field(seen, 2);
          if (!isNull()) {
            b.edition(edition());
          }
          break;
        case "claim":
          seen = field(seen, 4);
          if (!isNull()) {
            b.claim(claim());
            present |= 4;
          }
          break;
        case "patient":
          seen = field(seen, 8);
          if (!isNull()) {
            b.patient(patient());
            present |= 8;
          }
          break;
        case "record":
          seen = field(seen, 16);
          if (!isNull()) {
            b.record(record());
            present |= 16;
          }
          break;
        default:
          throw unknownField();
      }
    }
    require(present, 1, "id");
    require(present, 4, "claim");
    require(present, 8, "patient");
    require(present, 16, "record");
    ReviewCase c = build(b::build);
    checkVocabulary(c);
    endRoot();
    return c;
  }

  /** A name of the open vocabulary a case uses, where it uses it. */
  private static final class Use {
    final String path;
    final String what;
    final String name;
    final @Nullable String unit;
    final @Nullable String unitPath;

    Use(String path, String what, String name, @Nullable String unit, @Nullable String unitPath) {
      this.path = path;
      this.what = what;
      this.name = name;
      this.unit = unit;
      this.unitPath = unitPath;
    }
  }

  private final java.util.List<Use> uses = new java.util.ArrayList<>();

  /**
   * Checks the statements, therapy kinds, risk factors and imaging findings the case uses against
   * the vocabulary its policy declares, and the units of the lab tests it declares: an undeclared
   * name, or a unit other than the declared one, is invalid input naming the field. A lab report
   * may hold results of any test (LOINC codes, and the named tests that alias them, are not a
   * policy's names).
   */
  private void checkVocabulary(ReviewCase c) {
    if (uses.isEmpty()) {
      return;
    }
    Policy policy = review.policyOf(c);
    for (Use u : uses) {
      switch (u.what) {
        case "statement":
          if (!policy.statements().contains(NoteStatement.of(u.name))) {
            throw error(u.path, "not a statement of the " + policy.name() + " policy");
          }
          break;
        case "riskFactor":
          if (!policy.riskFactors().contains(RiskFactor.of(u.name))) {
            throw error(
                u.path, "not a risk factor of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        case "therapy":
          if (!policy.therapyKinds().contains(TherapyKind.of(u.name))) {
            throw error(
                u.path, "not a therapy kind of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        case "finding":
          if (!policy.imagingFindings().contains(ImagingFinding.of(u.name))) {
            throw error(
                u.path,
                "not an imaging finding of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        default:
          // a lab report may hold any test; a test the policy reads must be in its declared unit
          java.util.Optional<LabCode> lab = policy.lab(u.name);
          if (lab.isPresent() && u.unit != null && !lab.get().unit().equals(u.unit)) {
            throw error(
                java.util.Objects.requireNonNull(u.unitPath),
                "must be " + Text.quote(lab.get().unit()) + " for LOINC " + u.name + ", was "
                    + Text.quote(u.unit));
          }
      }
    }
  }

  private void require(int present, int bit, String name) {
    if ((present & bit) == 0) {
      throw missing(name);
    }
  }

  /** Reads a case ID: a string, not blank, at most 256 characters, no control characters. */
  static String id(CaseParser in) throws IOException {
    String id = in.string();
    if (id.isBlank()) {
      throw CaseParser.error(in.path(), "must not be empty");
    }
    if (id.length() > Limits.MAX_ID_CHARS) {
      throw CaseParser.error(
          in.path(), "must be at most " + Limits.MAX_ID_CHARS + " characters" + in.was());
    }
    if (Text.hasControl(id)) {
      throw CaseParser.error(in.path(), "must not hold control characters" + in.was());
    }
    return id;
  }

  private Edition edition() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String name = p.getText();
      for (Edition e : review.policies().editions()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (Edition e : review.policies().editions()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(path(), "must be one of " + names + was());
  }

  private ClaimLine claim() throws IOException {
    object();
    ClaimLine.Builder b = ClaimLine.builder();
    int seen = 0;
    int present = 0;
    while (nextField()) {
      switch (name()) {
        case "dateOfService":
          seen = field(seen, 1);
          if (!isNull()) {
            b.dateOfService(date());
            present |= 1;
          }
          break;
        case "hcpcs":
          seen = field(seen, 2);
          if (!isNull()) {
            b.hcpcs(hcpcs());
            present |= 2;
          }
          break;
        case "units":
          seen = field(seen, 4);
          if (!isNull()) {
            b.units(integer(1, Limits.MAX_UNITS));
            present |= 4;
          }
          break;
        case "modifiers":
          seen = field(seen, 8);
          if (!isNull()) {
            b.modifiers(list(() -> parsed(Modifier::parse)));
          }
          break;
        case "ndc":
          seen = field(seen, 16);
          if (!isNull()) {
            b.ndc(parsed(Ndc::parse));
          }
          break;
        case "placeOfService":
          seen = field(seen, 32);
          if (!isNull()) {
            b.placeOfService(parsed(PlaceOfService::parse));
            present |= 32;
          }
          break;
        case "diagnosisCodes":
          seen = field(seen, 64);
          if (!isNull()) {
            // final, so a constant: neither message is built while a valid claim is read
            final String range = "must hold 1 to " + ClaimLine.MAX_DIAGNOSES + " codes, had ";
            ImmutableList<Icd10Code> codes =
                list(ClaimLine.MAX_DIAGNOSES, range + "more than " + ClaimLine.MAX_DIAGNOSES, () -> parsed(Icd10Code::parse));
            if (codes.isEmpty()) {
              throw error(path(), range + "0");
            }
            b.diagnosisCodes(codes);
            present |= 64;
          }
          break;
        default:
          throw unknownField();
      }
    }
    require(present, 1, "dateOfService");
    require(present, 2, "hcpcs");
    require(present, 4, "units");
    require(present, 32, "placeOfService");
    require(present, 64, "diagnosisCodes");
    return build(b::build);
  }

  private Hcpcs hcpcs() throws IOException {
    Hcpcs code = parsed(Hcpcs::parse);
    if (!hcpcsCodes.contains(code)) {
      throw error(path(), "not a HCPCS code of the catalog (" + hcpcsNames + ")" + was());
    }
    return code;
  }

  private Patient patient() throws IOException {
    object();
    Sex sex = null;
    LocalDate birthDate = null;
    BigDecimal weightKg = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "sex":
          seen = field(seen, 1);
          if (!isNull()) {
            sex = enumValue(Sex.class);
          }
          break;
        case "birthDate":
          seen = field(seen, 2);
          if (!isNull()) {
            birthDate = date();
          }
          break;
        case "weightKg":
          seen = field(seen, 4);
          if (!isNull()) {
            weightKg = weight();
          }
          break;
        default:
          throw unknownField();
      }
    }
    if (sex == null) {
      throw missing("sex");
    }
    if (birthDate == null) {
      throw missing("birthDate");
    }
    Sex s = sex;
    LocalDate d = birthDate;
    BigDecimal w = weightKg;
    return build(() -> w == null ? Patient.of(s, d) : Patient.of(s, d).withWeight(w));
  }

  /** Reads a body weight in kg: more than 0, at most 700. */
  private BigDecimal weight() throws IOException {
    BigDecimal w = decimal(BigDecimal.ZERO, Limits.MAX_WEIGHT_KG);
    if (w.signum() == 0) {
      throw error(path(), "must be more than 0" + was());
    }
    return w;
  }

  private MedicalRecord record() throws IOException {
    object();
    MedicalRecord.Builder b = MedicalRecord.builder();
    int seen = 0;
    boolean documents = false;
    while (nextField()) {
      switch (name()) {
        case "requestedOn":
          seen = field(seen, 1);
          if (!isNull()) {
            b.requestedOn(date());
          }
          break;
        case "receivedOn":
          seen = field(seen, 2);
          if (!isNull()) {
            b.receivedOn(date());
          }
          break;
        case "documents":
          seen = field(seen, 4);
          if (!isNull()) {
            b.documents(
                list(
                    Limits.MAX_DOCUMENTS,
                    "must hold at most " + Limits.MAX_DOCUMENTS + " documents",
                    this::document));
            documents = true;
          }
          break;
        default:
          throw unknownField();
      }
    }
    if (!documents) {
      throw missing("documents");
    }
    return build(b::build);
  }

  /** The fields of a document, read whatever its kind; the kind then decides which are allowed. */
  private static final class DocumentFields {
    @Nullable DocumentKind kind;
    @Nullable LocalDate date;
    @Nullable Boolean signed;
    @Nullable Product product;
    @Nullable Integer doseMg;
    @Nullable ImmutableList<Icd10Code> diagnoses;
    /** The statements of the statement fields and of the {@code statements} object. */
    final java.util.TreeMap<NoteStatement, Boolean> statements = new java.util.TreeMap<>();
    @Nullable ImmutableList<RiskFactor> riskFactors;
    @Nullable ImmutableList<Therapy> therapies;
    @Nullable ImmutableList<ImagingFinding> findings;
    @Nullable ImagingModality modality;
    @Nullable BigDecimal tScore;
    @Nullable ImmutableList<LabValue> results;
    @Nullable Route route;
    @Nullable AdministeredBy administeredBy;
    @Nullable Supervision supervision;
    @Nullable DrugSource drugSource;
    /** The fields present, in document order, by their bit. */
    final int[] order = new int[32];
    int count;
  }

  /** A lab result before the report's date is known: a named test, or a LOINC code and unit. */
  private static final class LabValue {
    final @Nullable LabTest test;
    final @Nullable LabCode code;
    final BigDecimal value;

    LabValue(@Nullable LabTest test, @Nullable LabCode code, BigDecimal value) {
      this.test = test;
      this.code = code;
      this.value = value;
    }
  }

  private static final String[] DOCUMENT_FIELD_NAMES = {
    "kind", "date", "signed", "product", "doseMg", "diagnoses", "postmenopausal", "pregnant",
    "skeletallyMature", "unresectable", "riskFactors", "therapies", "modality", "tScore",
    "findings", "results", "route", "administeredBy", "supervision", "drugSource", "statements"
  };

  /** Each document field's bit: the field's place in {@link #DOCUMENT_FIELD_NAMES}. */
  private static final ImmutableMap<String, Integer> DOCUMENT_FIELD_BITS = documentFieldBits();

  private static ImmutableMap<String, Integer> documentFieldBits() {
    ImmutableMap.Builder<String, Integer> bits = ImmutableMap.builder();
    for (int i = 0; i < DOCUMENT_FIELD_NAMES.length; i++) {
      bits.put(DOCUMENT_FIELD_NAMES[i], 1 << i);
    }
    return bits.buildOrThrow();
  }

  /** The field's bit, or 0 for a name that is not a document field. */
  private static int bit(String name) {
    return DOCUMENT_FIELD_BITS.getOrDefault(name, 0);
  }

  private static final int KIND = bit("kind");
  private static final int DATE = bit("date");
  private static final int SIGNED = bit("signed");
  private static final int PRODUCT = bit("product");
  private static final int DOSE = bit("doseMg");
  private static final int DIAGNOSES = bit("diagnoses");
  private static final int STATEMENTS =
      bit("postmenopausal") | bit("pregnant") | bit("skeletallyMature") | bit("unresectable")
          | bit("statements");
  private static final int RISK_FACTORS = bit("riskFactors");
  private static final int THERAPIES = bit("therapies");
  private static final int MODALITY = bit("modality");
  private static final int T_SCORE = bit("tScore");
  private static final int FINDINGS = bit("findings");
  private static final int RESULTS = bit("results");
  private static final int ROUTE = bit("route");
  private static final int ADMINISTERED_BY = bit("administeredBy");
  private static final int SUPERVISION = bit("supervision");
  private static final int DRUG_SOURCE = bit("drugSource");

  /** The fields each kind allows. */
  private static int allowed(DocumentKind kind) {
    switch (kind) {
      case ORDER:
        return KIND | DATE | SIGNED | PRODUCT | DOSE;
      case PROGRESS_NOTE:
        return KIND | DATE | SIGNED | DIAGNOSES | STATEMENTS | RISK_FACTORS | THERAPIES;
      case IMAGING_REPORT:
        return KIND | DATE | SIGNED | MODALITY | T_SCORE | FINDINGS;
      case LAB_REPORT:
        return KIND | DATE | RESULTS;
      case ADMINISTRATION_RECORD:
        return KIND | DATE | SIGNED | PRODUCT | DOSE | ROUTE | ADMINISTERED_BY | SUPERVISION
            | DRUG_SOURCE;
    }
    throw new AssertionError(kind);
  }

  private Document document() throws IOException {
    object();
    DocumentFields f = new DocumentFields();
    int seen = 0;
    while (nextField()) {
      String name = name();
      int bit = bit(name);
      if (bit == 0) {
        throw unknownField();
      }
      seen = field(seen, bit);
      if (isNull()) {
        continue;
      }
      f.order[f.count++] = bit;
      readDocumentField(f, name);
    }
    if (f.kind == null) {
      throw missing("kind");
    }
    int allowed = allowed(f.kind);
    for (int i = 0; i < f.count; i++) {
      if ((f.order[i] & allowed) == 0) {
        throw error(
            join(path(), DOCUMENT_FIELD_NAMES[Integer.numberOfTrailingZeros(f.order[i])]),
            "unknown field for a document of kind " + f.kind);
      }
    }
    return buildDocument(f);
  }

  private void readDocumentField(DocumentFields f, String name) throws IOException {
    switch (name) {
      case "kind":
        f.kind = enumValue(DocumentKind.class);
        break;
      case "date":
        f.date = date();
        break;
      case "signed":
        f.signed = bool();
        break;
      case "product":
        f.product = parsed(Product::of);
        break;
      case "doseMg":
        f.doseMg = integer(1, Limits.MAX_DOSE_MG);
        break;
      case "diagnoses":
        f.diagnoses = list(() -> parsed(Icd10Code::parse));
        break;
      case "riskFactors":
        f.riskFactors = list(() -> RiskFactor.of(term("riskFactor", "a risk factor name")));
        break;
      case "statements":
        statementsObject(f);
        break;
      case "therapies":
        f.therapies = list(this::therapy);
        break;
      case "modality":
        f.modality = enumValue(ImagingModality.class);
        break;
      case "tScore":
        f.tScore = decimal(Limits.MIN_T_SCORE, Limits.MAX_T_SCORE);
        break;
      case "findings":
        f.findings = list(() -> ImagingFinding.of(term("finding", "an imaging finding name")));
        break;
      case "results":
        f.results = list(this::labValue);
        break;
      case "route":
        f.route = enumValue(Route.class);
        break;
      case "administeredBy":
        f.administeredBy = enumValue(AdministeredBy.class);
        break;
      case "supervision":
        f.supervision = enumValue(Supervision.class);
        break;
      case "drugSource":
        f.drugSource = enumValue(DrugSource.class);
        break;
      default:
        if (Statements.FIELDS.contains(name)) {
          // a statement field is the contract's shorthand for an entry of the statements object
          uses.add(new Use(path(), "statement", name, null, null));
          f.statements.put(NoteStatement.of(name), bool());
          break;
        }
        throw unknownField();
    }
  }

  /**
   * Reads a name of the open vocabulary (a risk factor, a therapy kind, an imaging finding) and
   * records its use, so that the case's policy can be checked to declare it once the case is read.
   */
  private String term(String what, String description) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String name = p.getText();
      if (TherapyKind.isName(name)) {
        uses.add(new Use(path(), what, name, null, null));
        return name;
      }
    }
    throw error(
        path(),
        "must be " + description + " (a letter, then letters, digits and underscores)" + was());
  }

  private <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw missing(name);
    }
    return value;
  }

  private Document buildDocument(DocumentFields f) {
    LocalDate date = required(f.date, "date");
    DocumentKind kind = java.util.Objects.requireNonNull(f.kind);
    switch (kind) {
      case ORDER:
        {
          Order.Builder b = Order.builder().date(date).signed(required(f.signed, "signed"));
          b.product(required(f.product, "product")).doseMg(required(f.doseMg, "doseMg"));
          return build(b::build);
        }
      case PROGRESS_NOTE:
        {
          ProgressNote.Builder b = ProgressNote.builder().date(date);
          b.signed(required(f.signed, "signed"));
          b.diagnoses(required(f.diagnoses, "diagnoses"));
          b.putAllStatements(f.statements);
          if (f.riskFactors != null) {
            b.riskFactors(f.riskFactors);
          }
          if (f.therapies != null) {
            b.therapies(f.therapies);
          }
          return build(b::build);
        }
      case IMAGING_REPORT:
        {
          ImagingReport.Builder b = ImagingReport.builder().date(date);
          b.signed(required(f.signed, "signed"));
          ImagingModality modality = required(f.modality, "modality");
          b.modality(modality);
          if (f.tScore != null) {
            if (modality != ImagingModality.DXA) {
              throw error(
                  join(path(), "tScore"),
                  "only a DXA study has a T-score, modality was " + modality);
            }
            b.tScore(f.tScore);
          }
          if (f.findings != null) {
            b.findings(f.findings);
          }
          return build(b::build);
        }
      case LAB_REPORT:
        {
          LabReport.Builder b = LabReport.builder().date(date);
          for (LabValue v : required(f.results, "results")) {
            if (v.test != null) {
              b.addResults(LabResult.of(date, v.test, v.value));
            } else {
              b.addValues(
                  org.coveragepolicy.core.evidence.LabValue.of(
                      date, java.util.Objects.requireNonNull(v.code), v.value));
            }
          }
          return build(b::build);
        }
      case ADMINISTRATION_RECORD:
        {
          Administration.Builder a = Administration.builder().date(date);
          boolean signed = required(f.signed, "signed");
          a.product(required(f.product, "product"));
          a.doseMg(required(f.doseMg, "doseMg"));
          a.route(required(f.route, "route"));
          a.administeredBy(required(f.administeredBy, "administeredBy"));
          if (f.supervision != null) {
            a.supervision(f.supervision);
          }
          a.drugSource(required(f.drugSource, "drugSource"));
          Administration administration = build(a::build);
          return build(() -> AdministrationRecord.of(administration, signed));
        }
    }
    throw new AssertionError(kind);
  }

  private LabValue labValue() throws IOException {
    object();
    LabTest test = null;
    String loinc = null;
    String loincPath = null;
    String unit = null;
    String unitPath = null;
    BigDecimal value = null;
    String valueText = null;
    String valuePath = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "test":
          seen = field(seen, 1);
          if (!isNull()) {
            test = enumValue(LabTest.class);
          }
          break;
        case "value":
          seen = field(seen, 2);
          if (!isNull()) {
            value = decimal(BigDecimal.ZERO, Limits.MAX_OTHER_LAB);
            valueText = Text.number(p.getText());
            valuePath = path();
          }
          break;
        case "loinc":
          seen = field(seen, 4);
          if (!isNull()) {
            loincPath = path();
            loinc = string();
            if (!LabCode.isLoinc(loinc)) {
              throw error(loincPath, "not a LOINC code (digits, a hyphen and a check digit)" + was());
            }
          }
          break;
        case "unit":
          seen = field(seen, 8);
          if (!isNull()) {
            unitPath = path();
            unit = string();
            if (unit.isBlank() || unit.length() > 64) {
              throw error(unitPath, "must be a unit of 1 to 64 characters" + was());
            }
          }
          break;
        default:
          throw unknownField();
      }
    }
    String at = path();
    if (test != null && loinc != null) {
      throw error(join(at, "loinc"), "give either test or loinc, not both");
    }
    if (test == null && loinc == null) {
      throw missing("test");
    }
    if (loinc != null && unit == null) {
      throw missing("unit");
    }
    BigDecimal v = required(value, "value");
    LabTest t = test != null ? test : LabTest.ofLoinc(java.util.Objects.requireNonNull(loinc)).orElse(null);
    String code = test != null ? test.code().loinc() : java.util.Objects.requireNonNull(loinc);
    uses.add(
        new Use(
            loincPath != null ? loincPath : join(at, "test"),
            test != null ? test.name() : code,
            code,
            unit,
            unitPath));
    if (t != null) {
      BigDecimal max = maxLabValue(t);
      if (v.compareTo(max) > 0) {
        throw error(
            java.util.Objects.requireNonNull(valuePath),
            "must be from 0 to " + max.toPlainString() + " for " + t + ", was " + valueText);
      }
      if (unit != null && !unit.equals(t.code().unit())) {
        throw error(
            java.util.Objects.requireNonNull(unitPath),
            "must be " + Text.quote(t.code().unit()) + " for " + t + ", was " + Text.quote(unit));
      }
      return new LabValue(t, null, v);
    }
    return new LabValue(null, LabCode.of(code, java.util.Objects.requireNonNull(unit)), v);
  }

  /**
   * Reads a progress note's {@code statements} object: names to true or false. A name that is a
   * statement field ({@code postmenopausal}) is the same statement as the field; the case's policy
   * must declare every name.
   */
  private void statementsObject(DocumentFields f) throws IOException {
    object();
    int n = 0;
    while (nextField()) {
      String name = name();
      if (++n > Limits.MAX_ITEMS) {
        throw error(path(), "at most " + Limits.MAX_ITEMS + " statements");
      }
      if (!STATEMENT_NAME.matcher(name).matches()) {
        throw error(path(), "not a statement name (a letter, then letters and digits)");
      }
      uses.add(new Use(path(), "statement", name, null, null));
      p.nextToken();
      if (isNull()) {
        continue;
      }
      boolean value = bool();
      Boolean before = f.statements.put(NoteStatement.of(name), value);
      if (before != null) {
        throw error(path(), "duplicate field");
      }
    }
  }

  private static final java.util.regex.Pattern STATEMENT_NAME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

  /** The highest plausible value of a lab test, in its unit. */
  static BigDecimal maxLabValue(LabTest test) {
    switch (test) {
      case CORRECTED_CALCIUM:
      case TOTAL_CALCIUM:
        return Limits.MAX_CALCIUM;
      case EGFR:
        return Limits.MAX_EGFR;
      default:
        return Limits.MAX_OTHER_LAB;
    }
  }

  private Therapy therapy() throws IOException {
    object();
    Therapy.Builder b = Therapy.builder();
    int seen = 0;
    int present = 0;
    while (nextField()) {
      switch (name()) {
        case "kind":
          seen = field(seen, 1);
          if (!isNull()) {
            b.kind(TherapyKind.of(term("therapy", "a therapy kind name")));
            present |= 1;
          }
          break;
        case "start":
          seen = field(seen, 2);
          if (!isNull()) {
            b.start(date());
            present |= 2;
          }
          break;
        case "end":
          seen = field(seen, 4);
          if (!isNull()) {
            b.end(date());
          }
          break;
        case "doseMgPerDay":
          seen = field(seen, 8);
          if (!isNull()) {
            b.doseMgPerDay(decimal(BigDecimal.ZERO, Limits.MAX_DAILY_DOSE_MG));
          }
          break;
        case "expectedMonths":
          seen = field(seen, 16);
          if (!isNull()) {
            b.expectedMonths(integer(0, Limits.MAX_EXPECTED_MONTHS));
          }
          break;
        default:
          throw unknownField();
      }
    }
    require(present, 1, "kind");
    require(present, 2, "start");
    return build(b::build);
  }
}

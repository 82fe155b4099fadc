package org.coveragepolicy.cli.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.stream.Collectors;
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
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;

/**
 * Converts a JSON tree into a {@link ReviewCase}, field by field, as {@code docs/json-contract.md}
 * fixes the form. Each object's unknown fields are rejected first (in document order), then its fields are
 * read in the order the contract lists them; the first problem found is the one reported.
 */
final class CaseReader {
  static final ImmutableSet<String> CASE_FIELDS =
      ImmutableSet.of("id", "edition", "claim", "patient", "record");
  static final ImmutableSet<String> CLAIM_FIELDS =
      ImmutableSet.of(
          "dateOfService",
          "hcpcs",
          "units",
          "modifiers",
          "ndc",
          "placeOfService",
          "diagnosisCodes");
  static final ImmutableSet<String> PATIENT_FIELDS = ImmutableSet.of("sex", "birthDate");
  static final ImmutableSet<String> RECORD_FIELDS =
      ImmutableSet.of("requestedOn", "receivedOn", "documents");
  static final ImmutableSet<String> ORDER_FIELDS =
      ImmutableSet.of("kind", "date", "signed", "product", "doseMg");
  static final ImmutableSet<String> NOTE_FIELDS =
      ImmutableSet.of(
          "kind",
          "date",
          "signed",
          "diagnoses",
          "postmenopausal",
          "pregnant",
          "skeletallyMature",
          "unresectable",
          "riskFactors",
          "therapies");
  static final ImmutableSet<String> IMAGING_FIELDS =
      ImmutableSet.of("kind", "date", "signed", "modality", "tScore", "findings");
  static final ImmutableSet<String> LAB_FIELDS = ImmutableSet.of("kind", "date", "results");
  static final ImmutableSet<String> LAB_RESULT_FIELDS = ImmutableSet.of("test", "value");
  static final ImmutableSet<String> ADMINISTRATION_FIELDS =
      ImmutableSet.of(
          "kind",
          "date",
          "signed",
          "product",
          "doseMg",
          "route",
          "administeredBy",
          "supervision",
          "drugSource");
  static final ImmutableSet<String> THERAPY_FIELDS =
      ImmutableSet.of("kind", "start", "end", "doseMgPerDay", "expectedMonths");

  /** The products a J0897 document names, by their JSON spelling. */
  private static final ImmutableList<Product> PRODUCTS = ImmutableList.of(Product.PROLIA, Product.XGEVA);

  private CaseReader() {}

  static ReviewCase read(At root) {
    At.Obj c = root.object().only(CASE_FIELDS);
    ReviewCase.Builder b = ReviewCase.builder();
    At id = c.required("id");
    String idText = id.string();
    if (idText.isBlank()) {
      throw id.error("must not be empty");
    }
    b.id(idText);
    c.optional("edition").ifPresent(e -> b.edition(edition(e)));
    b.claim(claim(c.required("claim")));
    b.patient(patient(c.required("patient")));
    b.record(record(c.required("record")));
    return root.build(b::build);
  }

  static Edition edition(At at) {
    String names =
        Edition.all().stream().map(Edition::name).collect(Collectors.joining(", "));
    if (at.node().isTextual()) {
      for (Edition e : Edition.all()) {
        if (e.name().equals(at.node().textValue())) {
          return e;
        }
      }
    }
    throw at.error("must be one of " + names + ", was " + at.shown());
  }

  private static ClaimLine claim(At at) {
    At.Obj o = at.object().only(CLAIM_FIELDS);
    ClaimLine.Builder b = ClaimLine.builder();
    b.dateOfService(o.required("dateOfService").date());
    b.hcpcs(o.required("hcpcs").parsed(Hcpcs::parse));
    b.units(o.required("units").positiveInteger());
    o.optional("modifiers").ifPresent(m -> b.modifiers(m.list(x -> x.parsed(Modifier::parse))));
    o.optional("ndc").ifPresent(n -> b.ndc(n.parsed(Ndc::parse)));
    b.placeOfService(o.required("placeOfService").parsed(PlaceOfService::parse));
    At codes = o.required("diagnosisCodes");
    ImmutableList<Icd10Code> diagnoses = codes.list(x -> x.parsed(Icd10Code::parse));
    if (diagnoses.isEmpty() || diagnoses.size() > ClaimLine.MAX_DIAGNOSES) {
      throw codes.error(
          "must hold 1 to " + ClaimLine.MAX_DIAGNOSES + " codes, had " + diagnoses.size());
    }
    b.diagnosisCodes(diagnoses);
    return at.build(b::build);
  }

  private static Patient patient(At at) {
    At.Obj o = at.object().only(PATIENT_FIELDS);
    Sex sex = o.required("sex").enumValue(Sex.class);
    // the birth date identifies the patient: messages about it never show it
    return at.build(() -> Patient.of(sex, o.required("birthDate").redacted().date()));
  }

  private static MedicalRecord record(At at) {
    At.Obj o = at.object().only(RECORD_FIELDS);
    MedicalRecord.Builder b = MedicalRecord.builder();
    o.optional("requestedOn").ifPresent(d -> b.requestedOn(d.date()));
    o.optional("receivedOn").ifPresent(d -> b.receivedOn(d.date()));
    b.documents(o.required("documents").list(CaseReader::document));
    return at.build(b::build);
  }

  private static Document document(At at) {
    At.Obj o = at.object();
    DocumentKind kind = o.required("kind").enumValue(DocumentKind.class);
    switch (kind) {
      case ORDER:
        return order(at, o.only(ORDER_FIELDS));
      case PROGRESS_NOTE:
        return progressNote(at, o.only(NOTE_FIELDS));
      case IMAGING_REPORT:
        return imagingReport(at, o.only(IMAGING_FIELDS));
      case LAB_REPORT:
        return labReport(at, o.only(LAB_FIELDS));
      case ADMINISTRATION_RECORD:
        return administrationRecord(at, o.only(ADMINISTRATION_FIELDS));
    }
    throw new AssertionError(kind);
  }

  private static Product product(At at) {
    if (at.node().isTextual()) {
      for (Product p : PRODUCTS) {
        if (p.name().equals(at.node().textValue())) {
          return p;
        }
      }
    }
    throw at.error(
        "must be one of "
            + PRODUCTS.stream().map(Product::name).collect(Collectors.joining(", "))
            + ", was "
            + at.shown());
  }

  private static Order order(At at, At.Obj o) {
    Order.Builder b = Order.builder();
    b.date(o.required("date").date());
    b.signed(o.required("signed").bool());
    b.product(product(o.required("product")));
    b.doseMg(o.required("doseMg").positiveInteger());
    return at.build(b::build);
  }

  private static ProgressNote progressNote(At at, At.Obj o) {
    ProgressNote.Builder b = ProgressNote.builder();
    b.date(o.required("date").date());
    b.signed(o.required("signed").bool());
    b.diagnoses(o.required("diagnoses").list(x -> x.parsed(Icd10Code::parse)));
    for (Statements.Entry s : Statements.ALL) {
      o.optional(s.field()).ifPresent(v -> b.putStatements(s.statement(), v.bool()));
    }
    o.optional("riskFactors")
        .ifPresent(r -> b.riskFactors(r.list(x -> x.enumValue(RiskFactor.class))));
    o.optional("therapies").ifPresent(t -> b.therapies(t.list(CaseReader::therapy)));
    return at.build(b::build);
  }

  private static Therapy therapy(At at) {
    At.Obj o = at.object().only(THERAPY_FIELDS);
    Therapy.Builder b = Therapy.builder();
    b.kind(o.required("kind").enumValue(TherapyKind.class));
    b.start(o.required("start").date());
    o.optional("end").ifPresent(e -> b.end(e.date()));
    o.optional("doseMgPerDay").ifPresent(d -> b.doseMgPerDay(nonNegative(d)));
    o.optional("expectedMonths").ifPresent(m -> b.expectedMonths(nonNegative(m.integer(), m)));
    return at.build(b::build);
  }

  private static ImagingReport imagingReport(At at, At.Obj o) {
    ImagingReport.Builder b = ImagingReport.builder();
    b.date(o.required("date").date());
    b.signed(o.required("signed").bool());
    ImagingModality modality = o.required("modality").enumValue(ImagingModality.class);
    b.modality(modality);
    o.optional("tScore")
        .ifPresent(
            t -> {
              if (modality != ImagingModality.DXA) {
                throw t.error("only a DXA study has a T-score, modality was " + modality);
              }
              b.tScore(t.decimal());
            });
    o.optional("findings")
        .ifPresent(f -> b.findings(f.list(x -> x.enumValue(ImagingFinding.class))));
    return at.build(b::build);
  }

  private static LabReport labReport(At at, At.Obj o) {
    LabReport.Builder b = LabReport.builder();
    java.time.LocalDate date = o.required("date").date();
    b.date(date);
    b.results(
        o.required("results")
            .list(
                r -> {
                  At.Obj result = r.object().only(LAB_RESULT_FIELDS);
                  LabTest test = result.required("test").enumValue(LabTest.class);
                  java.math.BigDecimal value = nonNegative(result.required("value"));
                  return r.build(() -> LabResult.of(date, test, value));
                }));
    return at.build(b::build);
  }

  private static AdministrationRecord administrationRecord(At at, At.Obj o) {
    Administration.Builder a = Administration.builder();
    a.date(o.required("date").date());
    boolean signed = o.required("signed").bool();
    a.product(product(o.required("product")));
    a.doseMg(o.required("doseMg").positiveInteger());
    a.route(o.required("route").enumValue(Route.class));
    a.administeredBy(o.required("administeredBy").enumValue(AdministeredBy.class));
    o.optional("supervision").ifPresent(s -> a.supervision(s.enumValue(Supervision.class)));
    a.drugSource(o.required("drugSource").enumValue(DrugSource.class));
    Administration administration = at.build(a::build);
    return at.build(() -> AdministrationRecord.of(administration, signed));
  }

  private static java.math.BigDecimal nonNegative(At at) {
    java.math.BigDecimal value = at.decimal();
    if (value.signum() < 0) {
      throw at.error("must be ≥ 0, was " + at.shown());
    }
    return value;
  }

  private static int nonNegative(int value, At at) {
    if (value < 0) {
      throw at.error("must be ≥ 0, was " + value);
    }
    return value;
  }
}

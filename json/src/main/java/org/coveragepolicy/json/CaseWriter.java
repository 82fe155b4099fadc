package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;

/** Writes a {@link ReviewCase} in the contract's field order; absent optional fields are omitted. */
final class CaseWriter {
  private CaseWriter() {}

  static void write(JsonGenerator g, ReviewCase c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    if (c.edition().isPresent()) {
      g.writeStringField("edition", c.edition().get().name());
    }
    claim(g, c.claim());
    g.writeObjectFieldStart("patient");
    g.writeStringField("sex", c.patient().sex().name());
    date(g, "birthDate", c.patient().birthDate());
    if (c.patient().weightKg().isPresent()) {
      g.writeNumberField("weightKg", c.patient().weightKg().get());
    }
    g.writeEndObject();
    record(g, c.record());
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, ClaimLine claim) throws IOException {
    g.writeObjectFieldStart("claim");
    date(g, "dateOfService", claim.dateOfService());
    g.writeStringField("hcpcs", claim.hcpcs().code());
    g.writeNumberField("units", claim.units());
    g.writeArrayFieldStart("modifiers");
    for (Modifier m : claim.modifiers()) {
      g.writeString(m.code());
    }
    g.writeEndArray();
    if (claim.ndc().isPresent()) {
      g.writeStringField("ndc", claim.ndc().get().render());
    }
    g.writeStringField("placeOfService", claim.placeOfService().code());
    codes(g, "diagnosisCodes", claim.diagnosisCodes());
    g.writeEndObject();
  }

  private static void record(JsonGenerator g, MedicalRecord record) throws IOException {
    g.writeObjectFieldStart("record");
    optionalDate(g, "requestedOn", record.requestedOn());
    optionalDate(g, "receivedOn", record.receivedOn());
    g.writeArrayFieldStart("documents");
    for (Document d : record.documents()) {
      document(g, d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void document(JsonGenerator g, Document d) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", d.kind().name());
    date(g, "date", d.date());
    if (!(d instanceof LabReport)) {
      g.writeBooleanField("signed", d.signed());
    }
    if (d instanceof Order) {
      Order o = (Order) d;
      g.writeStringField("product", o.product().name());
      g.writeNumberField("doseMg", o.doseMg());
    } else if (d instanceof ProgressNote) {
      progressNote(g, (ProgressNote) d);
    } else if (d instanceof ImagingReport) {
      ImagingReport r = (ImagingReport) d;
      g.writeStringField("modality", r.modality().name());
      if (r.tScore().isPresent()) {
        g.writeNumberField("tScore", r.tScore().get());
      }
      g.writeArrayFieldStart("findings");
      for (ImagingFinding f : r.findings()) {
        g.writeString(f.name());
      }
      g.writeEndArray();
    } else if (d instanceof LabReport) {
      g.writeArrayFieldStart("results");
      for (LabResult r : ((LabReport) d).results()) {
        g.writeStartObject();
        g.writeStringField("test", r.test().name());
        g.writeNumberField("value", r.value());
        g.writeEndObject();
      }
      for (LabValue v : ((LabReport) d).values()) {
        g.writeStartObject();
        g.writeStringField("loinc", v.code().loinc());
        g.writeNumberField("value", v.value());
        g.writeStringField("unit", v.code().unit());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (d instanceof AdministrationRecord) {
      Administration a = ((AdministrationRecord) d).administration();
      g.writeStringField("product", a.product().name());
      g.writeNumberField("doseMg", a.doseMg());
      g.writeStringField("route", a.route().name());
      g.writeStringField("administeredBy", a.administeredBy().name());
      if (a.supervision().isPresent()) {
        g.writeStringField("supervision", a.supervision().get().name());
      }
      g.writeStringField("drugSource", a.drugSource().name());
    } else {
      throw new IllegalArgumentException(
          "record.documents: no JSON form for a document of kind " + d.kind());
    }
    g.writeEndObject();
  }

  private static void progressNote(JsonGenerator g, ProgressNote n) throws IOException {
    codes(g, "diagnoses", n.diagnoses());
    // a statement with a field of its own is written as the field, the others in the object
    java.util.TreeMap<String, Boolean> named = new java.util.TreeMap<>();
    for (Map.Entry<NoteStatement, Boolean> e : n.statements().entrySet()) {
      if (!Statements.FIELDS.contains(e.getKey().name())) {
        named.put(e.getKey().name(), e.getValue());
      }
    }
    for (String field : Statements.FIELDS) {
      Boolean value = n.statements().get(NoteStatement.of(field));
      if (value != null) {
        g.writeBooleanField(field, value);
      }
    }
    if (!named.isEmpty()) {
      g.writeObjectFieldStart("statements");
      for (Map.Entry<String, Boolean> e : named.entrySet()) {
        g.writeBooleanField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("riskFactors");
    for (RiskFactor r : n.riskFactors()) {
      g.writeString(r.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("therapies");
    for (Therapy t : n.therapies()) {
      g.writeStartObject();
      g.writeStringField("kind", t.kind().name());
      date(g, "start", t.start());
      optionalDate(g, "end", t.end());
      Optional<BigDecimal> dose = t.doseMgPerDay();
      if (dose.isPresent()) {
        g.writeNumberField("doseMgPerDay", dose.get());
      }
      if (t.expectedMonths().isPresent()) {
        g.writeNumberField("expectedMonths", t.expectedMonths().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void codes(JsonGenerator g, String field, Iterable<Icd10Code> codes)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Icd10Code code : codes) {
      g.writeString(code.render());
    }
    g.writeEndArray();
  }

  private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
    g.writeStringField(field, date.toString());
  }

  private static void optionalDate(JsonGenerator g, String field, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      date(g, field, date.get());
    }
  }
}

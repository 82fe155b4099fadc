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
    g.writeStringField(CaseFields.Field.ID.json(), c.id());
    if (c.edition().isPresent()) {
      g.writeStringField(CaseFields.Field.EDITION.json(), c.edition().get().name());
    }
    claim(g, c.claim());
    g.writeObjectFieldStart(CaseFields.Field.PATIENT.json());
    g.writeStringField(PatientFields.Field.SEX.json(), c.patient().sex().name());
    date(g, PatientFields.Field.BIRTH_DATE.json(), c.patient().birthDate());
    if (c.patient().weightKg().isPresent()) {
      g.writeNumberField(PatientFields.Field.WEIGHT_KG.json(), c.patient().weightKg().get());
    }
    g.writeEndObject();
    record(g, c.record());
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, ClaimLine claim) throws IOException {
    g.writeObjectFieldStart(CaseFields.Field.CLAIM.json());
    date(g, ClaimFields.Field.DATE_OF_SERVICE.json(), claim.dateOfService());
    g.writeStringField(ClaimFields.Field.HCPCS.json(), claim.hcpcs().code());
    g.writeNumberField(ClaimFields.Field.UNITS.json(), claim.units());
    g.writeArrayFieldStart(ClaimFields.Field.MODIFIERS.json());
    for (Modifier m : claim.modifiers()) {
      g.writeString(m.code());
    }
    g.writeEndArray();
    if (claim.ndc().isPresent()) {
      g.writeStringField(ClaimFields.Field.NDC.json(), claim.ndc().get().render());
    }
    g.writeStringField(ClaimFields.Field.PLACE_OF_SERVICE.json(), claim.placeOfService().code());
    codes(g, ClaimFields.Field.DIAGNOSIS_CODES.json(), claim.diagnosisCodes());
    g.writeEndObject();
  }

  private static void record(JsonGenerator g, MedicalRecord record) throws IOException {
    g.writeObjectFieldStart(CaseFields.Field.RECORD.json());
    optionalDate(g, RecordFields.Field.REQUESTED_ON.json(), record.requestedOn());
    optionalDate(g, RecordFields.Field.RECEIVED_ON.json(), record.receivedOn());
    g.writeArrayFieldStart(RecordFields.Field.DOCUMENTS.json());
    for (Document d : record.documents()) {
      document(g, d);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void document(JsonGenerator g, Document d) throws IOException {
    g.writeStartObject();
    g.writeStringField(DocumentFields.Field.KIND.json(), d.kind().name());
    date(g, DocumentFields.Field.DATE.json(), d.date());
    if (!(d instanceof LabReport)) {
      g.writeBooleanField(DocumentFields.Field.SIGNED.json(), d.signed());
    }
    if (d instanceof Order) {
      Order o = (Order) d;
      g.writeStringField(DocumentFields.Field.PRODUCT.json(), o.product().name());
      g.writeNumberField(DocumentFields.Field.DOSE_MG.json(), o.doseMg());
    } else if (d instanceof ProgressNote) {
      progressNote(g, (ProgressNote) d);
    } else if (d instanceof ImagingReport) {
      ImagingReport r = (ImagingReport) d;
      g.writeStringField(DocumentFields.Field.MODALITY.json(), r.modality().name());
      if (r.tScore().isPresent()) {
        g.writeNumberField(DocumentFields.Field.T_SCORE.json(), r.tScore().get());
      }
      g.writeArrayFieldStart(DocumentFields.Field.FINDINGS.json());
      for (ImagingFinding f : r.findings()) {
        g.writeString(f.name());
      }
      g.writeEndArray();
    } else if (d instanceof LabReport) {
      g.writeArrayFieldStart(DocumentFields.Field.RESULTS.json());
      for (LabResult r : ((LabReport) d).results()) {
        g.writeStartObject();
        g.writeStringField(LabValueFields.Field.TEST.json(), r.test().name());
        g.writeNumberField(LabValueFields.Field.VALUE.json(), r.value());
        g.writeEndObject();
      }
      for (LabValue v : ((LabReport) d).values()) {
        g.writeStartObject();
        g.writeStringField(LabValueFields.Field.LOINC.json(), v.code().loinc());
        g.writeNumberField(LabValueFields.Field.VALUE.json(), v.value());
        g.writeStringField(LabValueFields.Field.UNIT.json(), v.code().unit());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (d instanceof AdministrationRecord) {
      Administration a = ((AdministrationRecord) d).administration();
      g.writeStringField(DocumentFields.Field.PRODUCT.json(), a.product().name());
      g.writeNumberField(DocumentFields.Field.DOSE_MG.json(), a.doseMg());
      g.writeStringField(DocumentFields.Field.ROUTE.json(), a.route().name());
      g.writeStringField(DocumentFields.Field.ADMINISTERED_BY.json(), a.administeredBy().name());
      if (a.supervision().isPresent()) {
        g.writeStringField(DocumentFields.Field.SUPERVISION.json(), a.supervision().get().name());
      }
      g.writeStringField(DocumentFields.Field.DRUG_SOURCE.json(), a.drugSource().name());
    } else {
      throw new IllegalArgumentException(
          "record.documents: no JSON form for a document of kind " + d.kind());
    }
    g.writeEndObject();
  }

  private static void progressNote(JsonGenerator g, ProgressNote n) throws IOException {
    codes(g, DocumentFields.Field.DIAGNOSES.json(), n.diagnoses());
    // a statement with a field of its own is written as the field, the others in the object
    java.util.TreeMap<String, Boolean> named = new java.util.TreeMap<>();
    for (Map.Entry<NoteStatement, Boolean> e : n.statements().entrySet()) {
      named.put(e.getKey().name(), e.getValue());
    }
    for (DocumentFields.Field field : DocumentFields.Field.STATEMENT_FIELDS) {
      Boolean value = named.remove(field.json());
      if (value != null) {
        g.writeBooleanField(field.json(), value);
      }
    }
    if (!named.isEmpty()) {
      g.writeObjectFieldStart(DocumentFields.Field.STATEMENTS.json());
      for (Map.Entry<String, Boolean> e : named.entrySet()) {
        g.writeBooleanField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart(DocumentFields.Field.RISK_FACTORS.json());
    for (RiskFactor r : n.riskFactors()) {
      g.writeString(r.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart(DocumentFields.Field.THERAPIES.json());
    for (Therapy t : n.therapies()) {
      g.writeStartObject();
      g.writeStringField(TherapyFields.Field.KIND.json(), t.kind().name());
      date(g, TherapyFields.Field.START.json(), t.start());
      optionalDate(g, TherapyFields.Field.END.json(), t.end());
      Optional<BigDecimal> dose = t.doseMgPerDay();
      if (dose.isPresent()) {
        g.writeNumberField(TherapyFields.Field.DOSE_MG_PER_DAY.json(), dose.get());
      }
      if (t.expectedMonths().isPresent()) {
        g.writeNumberField(TherapyFields.Field.EXPECTED_MONTHS.json(), t.expectedMonths().get());
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

package org.coveragepolicy.json;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.json.DocumentFields.Field;
import org.coveragepolicy.json.DocumentFields.Values;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.jspecify.annotations.Nullable;

/**
 * Builds a document of its kind from the fields {@link DocumentFields} read, at the end of the
 * document's object: a field the kind requires but absent is reported there, in contract order.
 */
final class Documents {
  private final JsonCursor in;

  Documents(JsonCursor in) {
    this.in = in;
  }

  private <T> T required(@Nullable T value, Field field) {
    if (value == null) {
      throw in.missing(field.json());
    }
    return value;
  }

  Document build(Values f, DocumentKind kind) {
    LocalDate date = required(f.date, Field.DATE);
    switch (kind) {
      case ORDER:
        {
          Order.Builder b = Order.builder().date(date).signed(required(f.signed, Field.SIGNED));
          b.product(required(f.product, Field.PRODUCT)).doseMg(required(f.doseMg, Field.DOSE_MG));
          return in.build(b::build);
        }
      case PROGRESS_NOTE:
        {
          ProgressNote.Builder b = ProgressNote.builder().date(date);
          b.signed(required(f.signed, Field.SIGNED));
          b.diagnoses(required(f.diagnoses, Field.DIAGNOSES));
          b.putAllStatements(f.statements);
          if (f.riskFactors != null) {
            b.riskFactors(f.riskFactors);
          }
          if (f.therapies != null) {
            b.therapies(f.therapies);
          }
          return in.build(b::build);
        }
      case IMAGING_REPORT:
        return imagingReport(f, date);
      case LAB_REPORT:
        {
          LabReport.Builder b = LabReport.builder().date(date);
          for (LabValueFields.LabValue v : required(f.results, Field.RESULTS)) {
            if (v.test != null) {
              b.addResults(LabResult.of(date, v.test, v.value));
            } else {
              b.addValues(LabValue.of(date, requireNonNull(v.code), v.value));
            }
          }
          return in.build(b::build);
        }
      case ADMINISTRATION_RECORD:
        {
          Administration.Builder a = Administration.builder().date(date);
          boolean signed = required(f.signed, Field.SIGNED);
          a.product(required(f.product, Field.PRODUCT));
          a.doseMg(required(f.doseMg, Field.DOSE_MG));
          a.route(required(f.route, Field.ROUTE));
          a.administeredBy(required(f.administeredBy, Field.ADMINISTERED_BY));
          if (f.supervision != null) {
            a.supervision(f.supervision);
          }
          a.drugSource(required(f.drugSource, Field.DRUG_SOURCE));
          Administration administration = in.build(a::build);
          return in.build(() -> AdministrationRecord.of(administration, signed));
        }
    }
    throw new AssertionError(kind);
  }

  private Document imagingReport(Values f, LocalDate date) {
    ImagingReport.Builder b = ImagingReport.builder().date(date);
    b.signed(required(f.signed, Field.SIGNED));
    ImagingModality modality = required(f.modality, Field.MODALITY);
    b.modality(modality);
    if (f.tScore != null) {
      if (modality != ImagingModality.DXA) {
        throw in.error(
            JsonPath.join(in.path(), Field.T_SCORE.json()),
            "only a DXA study has a T-score, modality was " + modality);
      }
      b.tScore(f.tScore);
    }
    if (f.findings != null) {
      b.findings(f.findings);
    }
    return in.build(b::build);
  }
}

package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.DIAGNOSTIC_SERVICE;
import static org.coveragepolicy.fhir.FhirCodes.DICOM;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_FINDING;
import static org.coveragepolicy.fhir.FhirCodes.IMAGING_MODALITY;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.code;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.enumCode;
import static org.coveragepolicy.fhir.internal.FhirValues.statusOf;
import static org.coveragepolicy.fhir.internal.FhirValues.termCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Observation;

/**
 * Maps DiagnosticReports (category RAD: an imaging report, its modality from its code or its
 * ImagingStudies, its lowest DXA T-score and its findings; category LAB: see {@link LabMapper}),
 * and a DXA T-score Observation on its own as an imaging report.
 */
final class ReportMapper {
  private ReportMapper() {}

  /**
   * Returns the diagnostic service a report is read as, {@code RAD} or {@code LAB} (HL7 v2-0074,
   * among its categories); empty for a report of another service (an ECG, a pathology report: the
   * {@code reports} prefetch asks for all of a patient's), which no policy reads and which counts
   * for nothing.
   *
   * @throws InvalidInputException if the report is in both categories
   */
  private static Optional<String> section(DiagnosticReport d, String at) {
    Set<String> found = new LinkedHashSet<>();
    for (CodeableConcept category : d.getCategory()) {
      for (Coding c : category.getCoding()) {
        if (DIAGNOSTIC_SERVICE.equals(c.getSystem())
            && ("RAD".equals(c.getCode()) || "LAB".equals(c.getCode()))) {
          found.add(c.getCode());
        }
      }
    }
    if (found.size() > 1) {
      throw new InvalidInputException(
          at + ".category", "both RAD and LAB: a report is one or the other");
    }
    return found.stream().findFirst();
  }

  /**
   * Reads a DiagnosticReport of {@link #section} RAD as an imaging report, LAB as a lab report;
   * empty for a report of another service, and for an imaging report of a modality no policy reads
   * (an ultrasound): they count for nothing.
   */
  static Optional<Document> read(DiagnosticReport d, String at, ResourceIndex index) {
    Optional<String> service = section(d, at);
    if (service.isEmpty()) {
      return Optional.empty();
    }
    String section = service.get();
    if (!d.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the report");
    }
    LocalDate date = day(d.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    List<Located> results = new ArrayList<>();
    for (int i = 0; i < d.getResult().size(); i++) {
      Located target = index.resolve(d.getResult().get(i).getReference());
      if (target == null || !(target.resource() instanceof Observation)) {
        throw new InvalidInputException(
            at + ".result[" + i + "]", "refers to no Observation in the input");
      }
      if (!Voided.is(target.resource())) {
        results.add(target);
      }
    }
    if (section.equals("LAB")) {
      return Optional.of(LabMapper.report(date, results, at));
    }
    Optional<ImagingModality> modality = modality(d, at, index, results);
    if (modality.isEmpty()) {
      return Optional.empty();
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
        ImagingReport.builder().date(date).signed(signed).modality(modality.get());
    BigDecimal lowest = null;
    for (Located r : results) {
      // a result other than a T-score (a lesion's size) is none a policy reads
      if (ObservationKind.isTScore((Observation) r.resource())) {
        BigDecimal t = tScore((Observation) r.resource(), r.where());
        lowest = lowest == null || t.compareTo(lowest) < 0 ? t : lowest;
      }
    }
    if (lowest != null) {
      report.tScore(lowest);
    }
    for (int i = 0; i < d.getConclusionCode().size(); i++) {
      String path = at + ".conclusionCode[" + i + "]";
      if (d.getConclusionCode().get(i).getCoding().stream()
          .noneMatch(c -> IMAGING_FINDING.equals(c.getSystem()))) {
        continue; // a conclusion in another code system (SNOMED CT) is none a policy reads
      }
      report.addFindings(
          ImagingFinding.of(
              termCode(
                  code(d.getConclusionCode().get(i), IMAGING_FINDING, path), "imaging finding", path)));
    }
    return Optional.of(build(report::build, at));
  }

  /** Reads a DXA T-score Observation on its own as an imaging report. */
  static ImagingReport standaloneTScore(Observation o, String at) {
    if (!o.hasEffectiveDateTimeType()) {
      throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date of the study");
    }
    LocalDate date = day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime");
    BigDecimal t = tScore(o, at);
    boolean signed = ObservationKind.finalStatus(o, at);
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

  /**
   * The modality of an imaging report: its {@code imaging-modality} code, else what its studies
   * show. Of several (a PET/CT, a DXA with a spine radiograph), DXA, whose T-score the policies
   * read, else the first shown: the rules tell a DXA from other imaging, not one other modality from
   * another. With none a policy reads, a report whose result is a T-score is a DXA; empty when its
   * studies show only modalities no policy reads (an ultrasound, a mammogram).
   */
  private static Optional<ImagingModality> modality(
      DiagnosticReport d, String at, ResourceIndex index, List<Located> results) {
    for (Coding c : d.getCode().getCoding()) {
      if (IMAGING_MODALITY.equals(c.getSystem())) {
        return Optional.of(enumCode(ImagingModality.class, c.getCode(), at + ".code"));
      }
    }
    Set<ImagingModality> found = new LinkedHashSet<>();
    boolean unread = false;
    for (int i = 0; i < d.getImagingStudy().size(); i++) {
      String path = at + ".imagingStudy[" + i + "]";
      Located study = index.resolve(d.getImagingStudy().get(i).getReference());
      if (study == null || !(study.resource() instanceof ImagingStudy s)) {
        throw new InvalidInputException(path, "refers to no ImagingStudy in the input");
      }
      for (ImagingStudy.ImagingStudySeriesComponent series : s.getSeries()) {
        Optional<ImagingModality> m = dicom(series.getModality(), study.where() + ".series.modality");
        m.ifPresent(found::add);
        unread |= m.isEmpty();
      }
      for (Coding c : s.getModality()) {
        Optional<ImagingModality> m = dicom(c, study.where() + ".modality");
        m.ifPresent(found::add);
        unread |= m.isEmpty();
      }
    }
    if (found.isEmpty()) {
      if (results.stream().anyMatch(r -> ObservationKind.isTScore((Observation) r.resource()))) {
        return Optional.of(ImagingModality.DXA);
      }
      if (unread) {
        return Optional.empty();
      }
      throw new InvalidInputException(
          at + ".imagingStudy",
          "missing: the modality (an ImagingStudy with a DICOM modality, a code of "
              + IMAGING_MODALITY + ", or a DXA T-score result)");
    }
    return Optional.of(
        found.contains(ImagingModality.DXA) ? ImagingModality.DXA : found.iterator().next());
  }

  /** A DICOM modality code's modality; empty for one no policy reads ({@code US}, {@code MG}). */
  private static Optional<ImagingModality> dicom(Coding c, String at) {
    if (!DICOM.equals(c.getSystem())) {
      throw new InvalidInputException(at, "a DICOM modality code is needed, system was " + c.getSystem());
    }
    return Optional.ofNullable(Terminology.DICOM_MODALITY.get(c.getCode()));
  }

  private static BigDecimal tScore(Observation o, String at) {
    if (ObservationKind.of(o, at) != ObservationKind.TSCORE) {
      throw new InvalidInputException(at + ".code", "an imaging report's result is a DXA T-score");
    }
    if (!o.hasValueQuantity() || o.getValueQuantity().getValue() == null) {
      throw new InvalidInputException(at + ".valueQuantity", "missing: the T-score");
    }
    return o.getValueQuantity().getValue();
  }
}

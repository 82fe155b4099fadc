package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.day;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.fhir.internal.NoteMapper.LooseNotes;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.MedicalRecord;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.CommunicationRequest;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * Assembles the medical record from resources: each resource goes to the mapper of its kind, what a
 * Composition or DiagnosticReport holds is read as part of it, and the documents keep the order of
 * their resources (a loose note takes the place of its first resource).
 */
final class RecordMapper {
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

  private RecordMapper() {}

  /** Reads the medical record from resources with their paths; Claim and Patient are skipped. */
  static MedicalRecord read(List<Located> all, Products products) {
    ResourceIndex index = ResourceIndex.of(all);
    MedicalRecord.Builder record = MedicalRecord.builder();
    // each document in resource order; a loose note is built once all its resources are read
    List<Supplier<Document>> documents = new ArrayList<>();
    LooseNotes looseNotes = new LooseNotes();
    boolean requested = false;
    boolean received = false;
    for (Located l : all) {
      Resource r = l.resource();
      String at = l.where();
      if (Voided.is(r)) {
        continue; // entered in error, refuted, cancelled, not taken, not done
      }
      switch (r.getResourceType()) {
        case Claim, Patient -> {
          // read by the caller
        }
        case MedicationRequest -> documents.add(ready(OrderMapper.read((MedicationRequest) r, at, products)));
        case MedicationAdministration ->
            documents.add(
                ready(AdministrationMapper.read((MedicationAdministration) r, at, products)));
        case Composition ->
            documents.add(ready(NoteMapper.readComposition((Composition) r, at, index)));
        case DiagnosticReport ->
            // empty for a report no policy reads (an ECG, an ultrasound): it counts for nothing
            ReportMapper.read((DiagnosticReport) r, at, index).ifPresent(d -> documents.add(ready(d)));
        case Observation -> {
          Observation o = (Observation) r;
          if (!index.isHeld(r) && !BodyWeight.is(o)) { // the patient's weight
            switch (ObservationKind.of(o, at)) {
              case TSCORE -> documents.add(ready(ReportMapper.standaloneTScore(o, at)));
              case LAB -> documents.add(ready(LabMapper.standalone(o, at)));
              case NOTE -> looseNotes.add(o, at).ifPresent(n -> documents.add(n::document));
            }
          }
        }
        case Condition -> {
          if (!index.isHeld(r)) {
            looseNotes.add((Condition) r, at).ifPresent(n -> documents.add(n::document));
          }
        }
        case MedicationStatement -> {
          if (!index.isHeld(r)) {
            looseNotes.add((MedicationStatement) r, at).ifPresent(n -> documents.add(n::document));
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
    for (Supplier<Document> d : documents) {
      record.addDocuments(d.get());
    }
    return build(record::build, "record");
  }

  private static Supplier<Document> ready(Document d) {
    return () -> d;
  }
}

package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.ICD10CM;
import static org.coveragepolicy.fhir.FhirCodes.LOINC;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PREGNANCY_STATUS;
import static org.coveragepolicy.fhir.FhirCodes.LOINC_PROGRESS_NOTE;
import static org.coveragepolicy.fhir.FhirCodes.NOTE_STATEMENT;
import static org.coveragepolicy.fhir.FhirCodes.RISK_FACTOR;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_NOT_PREGNANT;
import static org.coveragepolicy.fhir.FhirCodes.SNOMED_PREGNANT;
import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.code;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.statusOf;
import static org.coveragepolicy.fhir.internal.FhirValues.termCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.fhir.internal.CaseReader.Located;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ProgressNote;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps progress notes: a Composition (LOINC progress note) and the Conditions, note Observations
 * and MedicationStatements its sections hold, or such resources on their own, gathered into one
 * note per date and signature.
 */
final class NoteMapper {
  private NoteMapper() {}

  /** A progress note being assembled from a Composition or from loose resources. */
  static final class NoteParts {
    private final LocalDate date;
    private final boolean signed;
    private final List<Icd10Code> diagnoses = new ArrayList<>();
    private final Map<NoteStatement, Boolean> statements = new LinkedHashMap<>();
    private final Set<RiskFactor> riskFactors = new LinkedHashSet<>();
    private final List<Therapy> therapies = new ArrayList<>();

    private NoteParts(LocalDate date, boolean signed) {
      this.date = date;
      this.signed = signed;
    }

    private ProgressNote build() {
      return ProgressNote.builder()
          .date(date)
          .signed(signed)
          .diagnoses(diagnoses)
          .statements(statements)
          .riskFactors(riskFactors)
          .therapies(therapies)
          .build();
    }

    /** The note as assembled so far. */
    Document document() {
      return FhirValues.build(this::build, "note");
    }
  }

  private record NoteKey(LocalDate date, boolean signed) {}

  /** Reads a Composition, a progress note, with the resources its sections refer to. */
  static ProgressNote readComposition(Composition c, String at, ResourceIndex index) {
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
        Located target = index.resolve(refs.get(e).getReference());
        if (target == null) {
          throw new InvalidInputException(path, "refers to a resource that is not in the input");
        }
        if (!Voided.is(target.resource())) {
          addToNote(note, target.resource(), target.where());
        }
      }
    }
    return build(note::build, at);
  }

  /**
   * Resources that no Composition holds, gathered into one note per date and signature, in the
   * order their first resource comes.
   */
  static final class LooseNotes {
    private final Map<NoteKey, NoteParts> notes = new LinkedHashMap<>();

    /**
     * Adds a Condition (a diagnosis); returns the note it starts, if it starts one. One without an
     * ICD-10-CM code counts for nothing.
     */
    Optional<NoteParts> add(Condition c, String at) {
      if (!hasIcd10Code(c)) {
        return Optional.empty(); // no diagnosis a policy reads: it starts no note
      }
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
      return add(new NoteKey(day(c.getRecordedDateElement(), at + ".recordedDate"), signed), c, at);
    }

    /** Adds a note Observation (a statement or risk factor); returns the note it starts, if any. */
    Optional<NoteParts> add(Observation o, String at) {
      if (!o.hasEffectiveDateTimeType()) {
        throw new InvalidInputException(at + ".effectiveDateTime", "missing: the date it was documented");
      }
      NoteKey key =
          new NoteKey(
              day(o.getEffectiveDateTimeType(), at + ".effectiveDateTime"),
              ObservationKind.finalStatus(o, at));
      return add(key, o, at);
    }

    /**
     * Adds a MedicationStatement (a therapy); returns the note it starts, if it starts one. One of a
     * medication no policy reads counts for nothing.
     */
    Optional<NoteParts> add(MedicationStatement m, String at) {
      if (TherapyMapper.kind(m, at).isEmpty()) {
        return Optional.empty(); // no therapy a policy reads: it starts no note
      }
      if (!m.hasDateAssertedElement()) {
        throw new InvalidInputException(at + ".dateAsserted", "missing: the date it was documented");
      }
      String status = statusOf(m.getStatus() == null ? null : m.getStatus().toCode(), at);
      if (!Set.of("active", "completed", "stopped").contains(status)) {
        throw new InvalidInputException(
            at + ".status", "must be active, completed or stopped, was " + status);
      }
      return add(new NoteKey(day(m.getDateAssertedElement(), at + ".dateAsserted"), true), m, at);
    }

    private Optional<NoteParts> add(NoteKey key, Resource r, String at) {
      NoteParts note = notes.get(key);
      Optional<NoteParts> started = Optional.empty();
      if (note == null) {
        note = new NoteParts(key.date(), key.signed());
        notes.put(key, note);
        started = Optional.of(note);
      }
      addToNote(note, r, at);
      return started;
    }
  }

  /**
   * Whether a Condition has an ICD-10-CM code: one coded only in another system (SNOMED CT, as a
   * problem list often is; the {@code conditions} prefetch asks for all of a patient's) is no
   * diagnosis a policy reads, and counts for nothing.
   */
  private static boolean hasIcd10Code(Condition c) {
    return c.getCode().getCoding().stream().anyMatch(x -> ICD10CM.equals(x.getSystem()));
  }

  private static void addToNote(NoteParts note, Resource r, String at) {
    if (r instanceof Condition c) {
      if (!hasIcd10Code(c)) {
        return;
      }
      String code = code(c.getCode(), ICD10CM, at + ".code");
      note.diagnoses.add(build(() -> Icd10Code.parse(code), at + ".code"));
    } else if (r instanceof MedicationStatement m) {
      TherapyMapper.read(m, at).ifPresent(note.therapies::add);
    } else if (r instanceof Observation o && ObservationKind.of(o, at) == ObservationKind.NOTE) {
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
}

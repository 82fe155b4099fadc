package org.coveragepolicy.core.evidence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.code.Icd10Code;
import org.immutables.value.Value;

/**
 * The clinical evidence that counts for a claim: what the signed documents dated on or before the
 * date of service establish (the policy's "Evidence and what counts"). Which documents count is
 * decided where the record is read; this value holds only their content.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  /**
   * Returns the diagnoses documented in counted progress notes (the record, not the claim).
   *
   * @return the documented diagnoses
   */
  public abstract ImmutableSet<Icd10Code> documentedDiagnoses();

  /**
   * Returns the diagnoses of each counted progress note with the note's date, in the record's
   * order (a rule that needs a diagnosis's date reads the note's date as the event's).
   *
   * @return the diagnoses of each note; empty unless added
   * @since 0.2.0
   */
  public abstract ImmutableList<NoteDiagnoses> noteDiagnoses();

  /**
   * Returns, for each documented diagnosis, the dates of the counted progress notes that document
   * it: {@link #noteDiagnoses()} by diagnosis.
   *
   * @return the note dates of each documented diagnosis
   */
  public final ImmutableSetMultimap<Icd10Code, LocalDate> diagnosisDates() {
    ImmutableSetMultimap.Builder<Icd10Code, LocalDate> dates = ImmutableSetMultimap.builder();
    for (NoteDiagnoses note : noteDiagnoses()) {
      for (Icd10Code code : note.codes()) {
        dates.put(code, note.date());
      }
    }
    return dates.build();
  }

  /**
   * Returns the yes-or-no statements the counted notes make, by the names the case's policy
   * declares ({@link org.coveragepolicy.core.policy.Policy#statements()}); a statement not made is
   * absent.
   *
   * @return the statements
   */
  public abstract ImmutableMap<NoteStatement, Boolean> statements();

  /**
   * Returns the documented risk factors for fracture.
   *
   * @return the risk factors
   */
  public abstract ImmutableSet<RiskFactor> riskFactors();

  /**
   * Returns the documented therapies.
   *
   * @return the therapies
   */
  public abstract ImmutableList<Therapy> therapies();

  /**
   * Returns the imaging studies of counted reports.
   *
   * @return the imaging studies
   */
  public abstract ImmutableList<ImagingStudy> imaging();

  /**
   * Returns the laboratory results of lab reports dated on or before the date of service.
   *
   * @return the lab results
   */
  public abstract ImmutableList<LabResult> labs();

  /**
   * Returns the calcium each counted lab report gives ({@link LabResult#calciumOf}: its corrected
   * calcium, else its total calcium), one per report that has a calcium result. The record reader
   * fills it report by report; when it is empty, the calcium results of {@link #labs()} of one date
   * are read as one report.
   *
   * @return the calcium of each report
   */
  public abstract ImmutableList<LabResult> reportCalcium();

  /**
   * Returns the calcium each lab report gives: {@link #reportCalcium()} if it holds any, else the
   * calcium of {@link #labs()} read as one report per date.
   *
   * @return the calcium of each report, in date order
   */
  public final ImmutableList<LabResult> calciumByReport() {
    if (!reportCalcium().isEmpty()) {
      return reportCalcium();
    }
    TreeMap<LocalDate, List<LabResult>> byDate = new TreeMap<>();
    for (LabResult r : labs()) {
      byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<LabResult> out = ImmutableList.builder();
    for (List<LabResult> ofDate : byDate.values()) {
      LabResult.calciumOf(ofDate).ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * Returns the results of lab reports dated on or before the date of service that are given by
   * LOINC code rather than by a {@link LabTest} name.
   *
   * @return the results by LOINC code
   * @since 0.2.0
   */
  public abstract ImmutableList<LabValue> labValues();

  /**
   * Returns the results of one test, named or given by LOINC code, oldest first (stable for results
   * of one date).
   *
   * @param loinc the LOINC code
   * @return the test's results
   * @since 0.2.0
   */
  public final ImmutableList<LabValue> results(String loinc) {
    checkNotNull(loinc, "loinc");
    List<LabValue> out = new ArrayList<>();
    for (LabResult r : labs()) {
      if (r.test().code().loinc().equals(loinc)) {
        out.add(LabValue.of(r));
      }
    }
    for (LabValue v : labValues()) {
      if (v.code().loinc().equals(loinc)) {
        out.add(v);
      }
    }
    out.sort(java.util.Comparator.comparing(LabValue::date));
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns what the notes state by a statement's name, if anything.
   *
   * @param name the statement's name, such as a policy's {@code oralIronIntolerance}
   * @return true or false as documented; empty when not documented
   * @throws org.coveragepolicy.core.InvalidInputException if the name is not a statement name
   * @since 0.2.0
   */
  public final Optional<Boolean> statement(String name) {
    return statement(NoteStatement.of(checkNotNull(name, "name")));
  }

  /**
   * Returns the doses documented before the date of service.
   *
   * @return the prior doses
   */
  public abstract ImmutableList<Administration> priorDoses();

  /**
   * Returns what the notes state, if anything.
   *
   * @param statement the statement
   * @return true or false as documented; empty when not documented
   */
  public final Optional<Boolean> statement(NoteStatement statement) {
    return Optional.ofNullable(statements().get(checkNotNull(statement, "statement")));
  }

  /**
   * Returns empty evidence: nothing documented.
   *
   * @return empty evidence
   */
  public static Evidence empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Evidence}.
   *
   * <ul>
   *   <li>Required: none.</li>
   *   <li>Optional: {@code documentedDiagnoses} (empty unless added), {@code statements} (empty
   *       unless put), {@code riskFactors} (empty unless added), {@code therapies} (empty unless
   *       added), {@code imaging} (empty unless added), {@code labs} (empty unless added),
   *       {@code reportCalcium} (empty unless added), {@code labValues} (empty unless added),
   *       {@code priorDoses} (empty unless added),
   *       {@code noteDiagnoses} (empty unless added).</li>
   * </ul>
   */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}

package org.coveragepolicy.core.evidence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.coveragepolicy.core.code.Icd10Code;
import org.immutables.value.Value;

/**
 * The diagnoses one counted progress note documents, with the note's date: what a rule reads when
 * it needs a diagnosis's date (the note's date stands for the event's).
 *
 * @since 0.2.0
 */
@Value.Immutable(builder = false)
public abstract class NoteDiagnoses {
  NoteDiagnoses() {}

  /**
   * Returns the date of the progress note.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the diagnoses the note documents, as the note lists them.
   *
   * @return the diagnoses
   */
  @Value.Parameter
  public abstract ImmutableList<Icd10Code> codes();

  /**
   * Creates the diagnoses of one note.
   *
   * @param date the date of the progress note
   * @param codes the diagnoses it documents
   * @return the note's diagnoses
   */
  public static NoteDiagnoses of(LocalDate date, Iterable<? extends Icd10Code> codes) {
    return ImmutableNoteDiagnoses.of(date, codes);
  }
}

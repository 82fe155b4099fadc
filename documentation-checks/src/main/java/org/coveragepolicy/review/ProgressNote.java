package org.coveragepolicy.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.immutables.value.Value;

/**
 * A progress note of the treating practitioner: diagnoses, yes-or-no statements, risk factors and
 * therapies.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract sealed class ProgressNote implements Document permits ImmutableProgressNote {
  ProgressNote() {}

  @Override
  public final DocumentKind kind() {
    return DocumentKind.PROGRESS_NOTE;
  }

  @Override
  public abstract LocalDate date();

  @Override
  public abstract boolean signed();

  /**
   * Returns the diagnoses the note documents, in the note's order.
   *
   * @return the diagnoses
   */
  public abstract ImmutableList<Icd10Code> diagnoses();

  /**
   * Returns the yes-or-no statements the note makes, by names its case's policy declares; absent
   * ones are not documented.
   *
   * @return the statements
   */
  public abstract ImmutableMap<NoteStatement, Boolean> statements();

  /**
   * Returns the risk factors the note documents (for fracture, in the osteoporosis policies).
   *
   * @return the risk factors
   */
  public abstract ImmutableSet<RiskFactor> riskFactors();

  /**
   * Returns the therapies the note documents.
   *
   * @return the therapies
   */
  public abstract ImmutableList<Therapy> therapies();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProgressNote}.
   *
   * <ul>
   *   <li>Required: {@code date}, {@code signed}.</li>
   *   <li>Optional: {@code diagnoses} (empty unless added), {@code statements} (empty unless put),
   *       {@code riskFactors} (empty unless added), {@code therapies} (empty unless added).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set.
   */
  public static final class Builder extends ImmutableProgressNote.Builder {
    Builder() {}
  }
}

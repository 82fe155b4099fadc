package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.coveragepolicy.core.finding.Source;

/**
 * One shortfall of a candidate indication: an element the record lacks (missing, so a reviewer
 * cannot conclude: INSUFFICIENT_DOCUMENTATION) or one it holds that fails the test (contradicting:
 * MEDICAL_NECESSITY), with what would satisfy the requirement and the source it cites. A shortfall
 * cites the same source whatever severity it is reported at.
 *
 * @since 0.2.0
 */
public final class Shortfall {
  /** How a shortfall fails the requirement. */
  public enum Kind {
    /** The record holds nothing of the kind the requirement reads. */
    MISSING,
    /**
     * Radiographic evidence is missing because the record holds no imaging report at all: the
     * record-level gap a claim review reports once, as {@code DOC-IMAGING}.
     */
    NO_IMAGING,
    /** The record holds an element of the kind that fails the test. */
    CONTRADICTS
  }

  private final Kind kind;
  private final String message;
  private final Source citation;

  private Shortfall(Kind kind, String message, Source citation) {
    checkArgument(!requireNonNull(message, "message").isBlank(), "shortfall.message: blank");
    this.kind = requireNonNull(kind, "kind");
    this.message = message;
    this.citation = requireNonNull(citation, "citation");
  }

  /**
   * Returns a missing element.
   *
   * @param message what is missing and what would satisfy the requirement
   * @param citation the source of the requirement
   * @return the shortfall
   */
  public static Shortfall missing(String message, Source citation) {
    return new Shortfall(Kind.MISSING, message, citation);
  }

  /**
   * Returns radiographic evidence missing because the record holds no imaging report at all.
   *
   * @param message what is missing and what would satisfy the requirement
   * @param citation the source of the requirement
   * @return the shortfall
   */
  public static Shortfall noImaging(String message, Source citation) {
    return new Shortfall(Kind.NO_IMAGING, message, citation);
  }

  /**
   * Returns a contradicting element.
   *
   * @param message what the record shows and what the requirement needs
   * @param citation the source of the requirement
   * @return the shortfall
   */
  public static Shortfall contradicts(String message, Source citation) {
    return new Shortfall(Kind.CONTRADICTS, message, citation);
  }

  /**
   * Returns how the shortfall fails the requirement.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns whether the element is missing (including no imaging at all) rather than contradicting.
   *
   * @return true if missing
   */
  public boolean missing() {
    return kind != Kind.CONTRADICTS;
  }

  /**
   * Returns the message: what is missing or wrong and what would satisfy the requirement.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the source the shortfall cites.
   *
   * @return the citation
   */
  public Source citation() {
    return citation;
  }

  @Override
  public String toString() {
    return kind + " [" + citation + "]: " + message;
  }
}

package org.coveragepolicy.review;

import java.time.LocalDate;

/**
 * A document of the medical record: its kind, its date and whether it is signed.
 *
 * @since 0.1.0
 */
public interface Document {
  /**
   * Returns the kind of document.
   *
   * @return the kind
   */
  DocumentKind kind();

  /**
   * Returns the date of the document.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * Returns whether the document is signed; a lab report needs no signature and counts as signed.
   *
   * @return true if signed, or a lab report
   */
  boolean signed();
}

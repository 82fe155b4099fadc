package org.coveragepolicy.review;

import java.time.LocalDate;

/**
 * A document of the medical record: its kind, its date and whether it is signed.
 *
 * <p>Sealed: the review knows every kind of document, so a document it does not know cannot be
 * passed in and silently ignored. The kinds are {@link Order}, {@link ProgressNote}, {@link
 * ImagingReport}, {@link LabReport} and {@link AdministrationRecord}, each built with its {@code
 * builder()} or {@code of(...)}.
 *
 * @since 0.1.0
 */
public sealed interface Document
    permits Order, ProgressNote, ImagingReport, LabReport, AdministrationRecord {
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

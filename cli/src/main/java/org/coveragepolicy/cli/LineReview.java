package org.coveragepolicy.cli;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;

/**
 * The per-line work of a batch: one input line (UTF-8 bytes, without its line end) to one output
 * line — the result, or an error line {@code {"line": n, "id": …, "error": …}} — counted in a
 * summary. This is the one place where the batch reads cases and writes results as JSON, so a
 * different JSON reader or writer is a change here and nowhere else. Cases are read straight from
 * the line's bytes by the streaming {@link CaseReader}, without a string or a tree in between.
 *
 * <p>A blank line and a line that is not a valid case count as invalid; a case the review itself
 * fails on (a bug, not the input) gives an error line starting {@code internal error} and counts as
 * failed. Thread-safe when the review function is: a batch calls it from several threads, each
 * with its own sink and summary.
 */
final class LineReview {
  /** The error of a blank input line. */
  static final String BLANK_LINE = "blank line: a review case (one JSON object) was expected";

  private final CaseReader reader;
  private final Function<ReviewCase, ReviewResult> review;
  private final Optional<Edition> edition;

  LineReview(Function<ReviewCase, ReviewResult> review, Optional<Edition> edition) {
    this(review, edition, CaseReader.standard());
  }

  LineReview(
      Function<ReviewCase, ReviewResult> review, Optional<Edition> edition, CaseReader reader) {
    this.review = review;
    this.edition = edition;
    this.reader = reader;
  }

  /**
   * Reviews one line and appends its output line, without a line end, to {@code out}.
   *
   * @param line the line number, from 1
   * @param bytes holds the line's UTF-8 bytes
   * @param offset where the line starts in {@code bytes}
   * @param length the line's length in bytes
   * @param out receives the output line
   * @param summary counts the line
   */
  void review(long line, byte[] bytes, int offset, int length, ByteSink out, BatchSummary summary) {
    if (isBlank(bytes, offset, length)) {
      summary.invalid(line, null, BLANK_LINE);
      out.append(ReviewJson.errorToJson(line, null, BLANK_LINE));
      return;
    }
    ReviewCase reviewCase;
    try {
      reviewCase = reader.read(bytes, offset, length);
    } catch (InvalidCaseException e) {
      String id = e.caseId().orElse(null);
      summary.invalid(line, id, e.getMessage());
      out.append(ReviewJson.errorToJson(line, id, e.getMessage()));
      return;
    }
    String json;
    ReviewResult result;
    try {
      ReviewCase c = edition.isPresent() ? reviewCase.withEdition(edition.get()) : reviewCase;
      result = review.apply(c);
      json = ReviewJson.resultToJson(result);
    } catch (org.coveragepolicy.core.InvalidInputException e) {
      // the case is invalid for the policy that reviews it (an edition of another policy)
      summary.invalid(line, reviewCase.id(), e.getMessage());
      out.append(ReviewJson.errorToJson(line, reviewCase.id(), e.getMessage()));
      return;
    } catch (RuntimeException e) {
      String error = CoverageReview.internalError(e);
      summary.failed(line, reviewCase.id(), error);
      out.append(ReviewJson.errorToJson(line, reviewCase.id(), error));
      return;
    }
    // the report's range of dates of service; the result itself does not carry the date
    summary.reviewed(result, reviewCase.claim().dateOfService());
    out.append(json);
  }

  /** Whether the line is empty or only whitespace, as {@link String#isBlank()} has it. */
  private static boolean isBlank(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      int b = bytes[i];
      if (b < 0) {
        // not ASCII: decide on the characters
        return new String(bytes, offset, length, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}

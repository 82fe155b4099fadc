package org.coveragepolicy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;

/**
 * Reviews JSON Lines as a stream: one output line per input line, in input order, and counts only,
 * so memory does not grow with the number of lines.
 *
 * <p>An input line that is not a valid case, including a blank line, gives an error line {@code
 * {"line": n, "id": …, "error": …}} and counts as invalid. A case the review itself fails on (a bug,
 * not the input) gives an error line starting {@code internal error} and counts as failed. Line
 * numbers start at 1; a final line end does not start another line.
 */
final class Batch {
  /** How many lines pass between two progress reports. */
  static final long PROGRESS_EVERY = 10_000;

  /** The error of a blank input line. */
  static final String BLANK_LINE = "blank line: a review case (one JSON object) was expected";

  private final Function<ReviewCase, ReviewResult> review;
  private final Optional<Edition> edition;
  private final LongConsumer progress;

  Batch(Function<ReviewCase, ReviewResult> review, Optional<Edition> edition, LongConsumer progress) {
    this.review = review;
    this.edition = edition;
    this.progress = progress;
  }

  BatchSummary run(BufferedReader in, Writer out) throws IOException {
    BatchSummary summary = new BatchSummary();
    long line = 0;
    for (String text; (text = in.readLine()) != null; ) {
      line++;
      if (line == 1) {
        text = Inputs.stripBom(text);
      }
      out.write(reviewLine(line, text, summary));
      out.write('\n');
      if (line % PROGRESS_EVERY == 0) {
        progress.accept(line);
      }
    }
    out.flush();
    return summary;
  }

  private String reviewLine(long line, String text, BatchSummary summary) {
    if (text.isBlank()) {
      summary.invalid(line, null, BLANK_LINE);
      return ReviewJson.errorToJson(line, null, BLANK_LINE);
    }
    ReviewCase reviewCase;
    try {
      reviewCase = ReviewJson.readCase(text);
    } catch (InvalidCaseException e) {
      String id = e.caseId().orElse(null);
      summary.invalid(line, id, e.getMessage());
      return ReviewJson.errorToJson(line, id, e.getMessage());
    }
    try {
      ReviewCase c = edition.isPresent() ? reviewCase.withEdition(edition.get()) : reviewCase;
      ReviewResult result = review.apply(c);
      String json = ReviewJson.resultToJson(result);
      summary.reviewed(result);
      return json;
    } catch (RuntimeException e) {
      String error = CoverageReview.internalError(e);
      summary.failed(line, reviewCase.id(), error);
      return ReviewJson.errorToJson(line, reviewCase.id(), error);
    }
  }
}

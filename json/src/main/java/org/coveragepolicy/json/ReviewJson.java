package org.coveragepolicy.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of review cases and review results (docs/json-contract.md): reads cases and results, and
 * writes cases, results and batch error lines, exactly as the contract fixes the form.
 *
 * <p>Reading is strict and bounded as {@link CaseReader} describes; the {@code readCase} methods
 * use {@link CaseReader#standard()}. Every problem with the input is an {@link
 * InvalidCaseException} whose one-line message names the JSON path and the bad value, such as
 * {@code claim.diagnosisCodes[1]: not a well-formed ICD-10-CM code: "X"}. A JSON {@code null} counts
 * as an absent field. No value from inside {@code patient} is ever shown.
 *
 * <p>Writing is deterministic: the fields come in the contract's order, absent values are written
 * as {@code null} in results, decimals are written in plain notation, and line ends are {@code \n}
 * on every platform. All methods are thread-safe.
 *
 * <pre>{@code
 * ReviewCase reviewCase = ReviewJson.readCase(json);
 * String result = ReviewJson.resultToJson(ClaimReview.standard().review(reviewCase));
 * ReviewResult again = ReviewJson.readResult(result);
 * }</pre>
 *
 * <p>(The example is compiled and run by the module's {@code UsageExamplesTest}.)
 *
 * @since 0.2.0
 */
public final class ReviewJson {
  private ReviewJson() {}

  /**
   * Reads a review case from JSON text.
   *
   * @param json the case
   * @return the case
   * @throws InvalidCaseException if the text is not a valid case; the message names the JSON path
   *     and the bad value
   * @throws NullPointerException if the text is null
   */
  public static ReviewCase readCase(String json) {
    return CaseReader.standard().read(json);
  }

  /**
   * Reads a review case from UTF-8 bytes.
   *
   * @param utf8 the case in UTF-8
   * @return the case
   * @throws InvalidCaseException if the bytes are not UTF-8 or not a valid case
   * @throws NullPointerException if the array is null
   */
  public static ReviewCase readCase(byte[] utf8) {
    return CaseReader.standard().read(utf8);
  }

  /**
   * Reads a review case from a stream of UTF-8 bytes, which is not closed.
   *
   * @param in the stream
   * @return the case
   * @throws InvalidCaseException if the stream holds too much, is not UTF-8 or is not a valid case
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if the stream is null
   */
  public static ReviewCase readCase(InputStream in) throws IOException {
    return CaseReader.standard().read(in);
  }

  /**
   * Reads a review case from a stream of characters, which is not closed.
   *
   * @param in the characters
   * @return the case
   * @throws InvalidCaseException if the text is too large or is not a valid case
   * @throws IOException if the characters cannot be read
   * @throws NullPointerException if the reader is null
   */
  public static ReviewCase readCase(Reader in) throws IOException {
    return CaseReader.standard().read(in);
  }

  /**
   * Reads a review case from a UTF-8 file.
   *
   * @param file the file
   * @return the case
   * @throws InvalidCaseException if the file holds too much, is not UTF-8 or is not a valid case
   * @throws IOException if the file cannot be read, such as a directory or a missing file
   * @throws NullPointerException if the path is null
   */
  public static ReviewCase readCase(Path file) throws IOException {
    return CaseReader.standard().read(file);
  }

  /**
   * Reads a review result, as {@link #resultToJson} and {@link #resultToPrettyJson} write it, of
   * the policies on the class path ({@link CaseReader#readResult(String)} reads for others).
   *
   * @param json the result
   * @return the result, equal to the one written
   * @throws InvalidCaseException if the text is not a valid result of this library version: a
   *     finding names a rule it does not report, or a field is missing or malformed
   * @throws NullPointerException if the text is null
   */
  public static ReviewResult readResult(String json) {
    return CaseReader.standard().readResult(json);
  }

  /**
   * Reads a review result from a stream of characters, which is not closed.
   *
   * @param in the characters
   * @return the result
   * @throws InvalidCaseException if the text is too large or is not a valid result
   * @throws IOException if the characters cannot be read
   * @throws NullPointerException if the reader is null
   */
  public static ReviewResult readResult(Reader in) throws IOException {
    return CaseReader.standard().readResult(in);
  }

  /**
   * Writes a review case as indented JSON, fields in the contract's order; the edition is always
   * written. Beneficiary facts for the statutory exceptions have no JSON form and are not written.
   *
   * @param reviewCase the case
   * @return the JSON text, without a final line end
   * @throws NullPointerException if the case is null
   */
  public static String caseToJson(ReviewCase reviewCase) {
    checkNotNull(reviewCase, "reviewCase");
    return Json.write(g -> CaseWriter.write(g, reviewCase), true);
  }

  /**
   * Writes a review result as one line of JSON (no line end), for JSON Lines.
   *
   * @param result the result
   * @return the JSON text
   * @throws NullPointerException if the result is null
   */
  public static String resultToJson(ReviewResult result) {
    checkNotNull(result, "result");
    return Json.write(g -> ResultWriter.write(g, result), false);
  }

  /**
   * Writes a review result as indented JSON, fields in the order id, edition, product, decision,
   * denialReason, indication, findings.
   *
   * @param result the result
   * @return the JSON text, without a final line end
   * @throws NullPointerException if the result is null
   */
  public static String resultToPrettyJson(ReviewResult result) {
    checkNotNull(result, "result");
    return Json.write(g -> ResultWriter.write(g, result), true);
  }

  /**
   * Writes the batch line for an input line that is not a valid case: {@code {"line": 7, "id":
   * "…or null", "error": "…"}} on one line (no line end).
   *
   * @param line the input line number, from 1
   * @param caseId the case ID if the line had one
   * @param error what is wrong
   * @return the JSON text
   * @throws NullPointerException if the error is null
   */
  public static String errorToJson(long line, @Nullable String caseId, String error) {
    checkNotNull(error, "error");
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("line", line);
          g.writeStringField("id", caseId);
          g.writeStringField("error", error);
          g.writeEndObject();
        },
        false);
  }
}

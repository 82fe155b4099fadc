package org.coveragepolicy.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * A reader of review cases in their JSON form (docs/json-contract.md): strict, streaming and bounded.
 *
 * <p>It reads Jackson's token stream straight into the case, without an intermediate tree, and
 * holds the input to the limits listed in the {@linkplain org.coveragepolicy.json package
 * documentation}: a size in bytes (1 MiB unless {@link #withMaxBytes} says otherwise), numbers of at
 * most 24 characters and 6 decimals, plausible ranges for units, doses, T-scores and lab values,
 * dates from 1900 through 2100, strict UTF-8. Anything else is an {@link InvalidCaseException}
 * naming the JSON path and the bad value; no input makes it throw another exception, run out of
 * memory or write a long message.
 *
 * <p>{@code claim.hcpcs} must be a HCPCS code of the reader's catalog: by default the catalog of
 * {@link ClaimReview#standard()}; {@link #withCatalog} takes another one. A product name in a
 * document is any upper-snake name; one the catalog does not know is a review finding, not invalid
 * input.
 *
 * <p>Editions, and the vocabulary a case may use (statements, therapy kinds, risk factors, lab
 * units), are those of the reader's policies: by default the policies on the class path ({@link
 * Policies#load()}); {@link #of(Policies)} reads for others. The policy whose vocabulary a case is
 * checked against is the one that reviews it, found through the reader's catalog as {@link
 * ClaimReview#policyOf} finds it: a product a catalog file adds to a family belongs to that
 * family's policy.
 *
 * <p>A reader is immutable and thread-safe; one reader can serve every thread.
 *
 * <pre>{@code
 * CaseReader reader = CaseReader.standard().withCatalog(catalog);
 * ReviewCase reviewCase = reader.read(Path.of("case.json"));
 * }</pre>
 *
 * <p>(The example is compiled and run by the module's {@code UsageExamplesTest}.)
 *
 * @since 0.2.0
 */
public final class CaseReader {
  /** The default largest input, in bytes of UTF-8: 1 MiB. */
  public static final int DEFAULT_MAX_BYTES = Limits.DEFAULT_MAX_BYTES;

  private static final CaseReader STANDARD =
      new CaseReader(ClaimReview.standard(), DEFAULT_MAX_BYTES);

  /** The policies and catalog a case's names are resolved through. */
  private final ClaimReview review;
  private final DrugCatalog catalog;
  private final int maxBytes;
  private final ImmutableSet<Hcpcs> hcpcsCodes;
  private final String hcpcsNames;
  /** The editions, indications, rules and sources a result of these policies names. */
  private final ResultNames resultNames;

  private CaseReader(ClaimReview review, int maxBytes) {
    this.review = review;
    this.catalog = review.catalog();
    this.maxBytes = maxBytes;
    this.resultNames = new ResultNames(review.policies());
    this.hcpcsCodes = catalog.hcpcsCodes();
    StringBuilder names = new StringBuilder();
    for (Hcpcs code : hcpcsCodes) {
      names.append(names.length() == 0 ? "" : ", ").append(code.code());
    }
    this.hcpcsNames = names.toString();
  }

  /**
   * Returns the reader over the standard catalog with the default limits.
   *
   * @return the standard reader
   */
  public static CaseReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader with the default limits for the given policies, over the union of their
   * catalogs: editions, catalog and vocabulary are theirs, whatever is on the class path.
   *
   * @param policies the policies
   * @return the reader
   * @throws NullPointerException if the policies are null
   * @since 0.2.0
   */
  public static CaseReader of(Policies policies) {
    return new CaseReader(ClaimReview.of(checkNotNull(policies, "policies")), DEFAULT_MAX_BYTES);
  }

  /**
   * Returns a reader like this one that checks {@code claim.hcpcs} against another catalog, and
   * finds a case's policy through it (a product the catalog adds to a family belongs to the
   * family's policy; one under an HCPCS code of a policy to that policy).
   *
   * @param catalog the catalog whose HCPCS codes a claim may bill
   * @return the reader
   * @throws NullPointerException if the catalog is null
   */
  public CaseReader withCatalog(DrugCatalog catalog) {
    return new CaseReader(review.overCatalog(checkNotNull(catalog, "catalog")), maxBytes);
  }

  /**
   * Returns a reader like this one with another size limit.
   *
   * @param maxBytes the largest input, in bytes of UTF-8, at least 1
   * @return the reader
   * @throws IllegalArgumentException if the limit is below 1
   */
  public CaseReader withMaxBytes(int maxBytes) {
    checkArgument(maxBytes >= 1, "maxBytes must be ≥ 1, was %s", maxBytes);
    return new CaseReader(review, maxBytes);
  }

  /**
   * Returns the policies whose editions and vocabulary this reader reads.
   *
   * @return the policies
   * @since 0.2.0
   */
  public Policies policies() {
    return review.policies();
  }

  /**
   * Returns the catalog whose HCPCS codes a claim may bill.
   *
   * @return the catalog
   */
  public DrugCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the largest input this reader reads, in bytes of UTF-8.
   *
   * @return the limit
   */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a case from JSON text. A leading byte order mark is ignored.
   *
   * @param json the case
   * @return the case
   * @throws InvalidCaseException if the text is not a valid case, is larger than the limit in
   *     UTF-8, or holds a lone surrogate
   * @throws NullPointerException if the text is null
   */
  public ReviewCase read(String json) {
    checkNotNull(json, "json");
    char[] chars = json.toCharArray();
    return parse(Utf8.check(chars, chars.length, maxBytes));
  }

  /**
   * Reads a case from UTF-8 bytes, such as one line of a JSON Lines file.
   *
   * @param utf8 the case in UTF-8
   * @return the case
   * @throws InvalidCaseException if the bytes are not UTF-8, are larger than the limit, or are not
   *     a valid case
   * @throws NullPointerException if the array is null
   */
  public ReviewCase read(byte[] utf8) {
    checkNotNull(utf8, "utf8");
    return read(utf8, 0, utf8.length);
  }

  /**
   * Reads a case from a range of UTF-8 bytes, such as one line of a larger buffer.
   *
   * @param utf8 the bytes
   * @param offset where the case starts
   * @param length how many bytes it has
   * @return the case
   * @throws InvalidCaseException if the bytes are not UTF-8, are larger than the limit, or are not
   *     a valid case
   * @throws IndexOutOfBoundsException if the range is not within the array
   * @throws NullPointerException if the array is null
   */
  public ReviewCase read(byte[] utf8, int offset, int length) {
    checkNotNull(utf8, "utf8");
    checkPositionIndexes(offset, offset + length, utf8.length);
    return parse(Utf8.decode(utf8, offset, length, maxBytes));
  }

  /**
   * Reads a case from a stream of UTF-8 bytes, reading at most the limit and one byte more. The
   * stream is not closed.
   *
   * @param in the stream
   * @return the case
   * @throws InvalidCaseException if the stream holds more than the limit, is not UTF-8 or is not a
   *     valid case
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if the stream is null
   */
  public ReviewCase read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    byte[] bytes = Utf8.readAll(in, maxBytes);
    return read(bytes, 0, bytes.length);
  }

  /**
   * Reads a case from a stream of characters, reading at most the limit and one character more.
   * The reader is not closed.
   *
   * @param in the characters
   * @return the case
   * @throws InvalidCaseException if the text is larger than the limit in UTF-8, holds a lone
   *     surrogate or is not a valid case
   * @throws IOException if the characters cannot be read
   * @throws NullPointerException if the reader is null
   */
  public ReviewCase read(Reader in) throws IOException {
    checkNotNull(in, "in");
    int[] length = new int[1];
    char[] chars = Utf8.readAll(in, maxBytes, length);
    return parse(Utf8.check(chars, length[0], maxBytes));
  }

  /**
   * Reads a case from a UTF-8 file.
   *
   * @param file the file
   * @return the case
   * @throws InvalidCaseException if the file holds more than the limit, is not UTF-8 or is not a
   *     valid case
   * @throws IOException if the file cannot be read, such as a directory or a missing file
   * @throws NullPointerException if the path is null
   */
  public ReviewCase read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a review result of this reader's policies, as {@link ReviewJson#resultToJson} and {@link
   * ReviewJson#resultToPrettyJson} write it: its edition, indication, rules and citations must be
   * theirs. A service that reviews with policies it was given, not found on the class path, reads
   * its results back here; {@link ReviewJson#readResult(String)} reads with the class path's.
   *
   * @param json the result
   * @return the result, equal to the one written
   * @throws InvalidCaseException if the text is larger than the limit in UTF-8 or is not a valid
   *     result of these policies: a finding names a rule they do not report, or a field is missing
   *     or malformed
   * @throws NullPointerException if the text is null
   * @since 0.3.0
   */
  public ReviewResult readResult(String json) {
    checkNotNull(json, "json");
    char[] chars = json.toCharArray();
    return parseResult(Utf8.check(chars, chars.length, maxBytes));
  }

  /**
   * Reads a review result of this reader's policies from a stream of characters, which is not
   * closed; as {@link #readResult(String)}.
   *
   * @param in the characters
   * @return the result
   * @throws InvalidCaseException if the text is larger than the limit or is not a valid result
   * @throws IOException if the characters cannot be read
   * @throws NullPointerException if the reader is null
   * @since 0.3.0
   */
  public ReviewResult readResult(Reader in) throws IOException {
    checkNotNull(in, "in");
    int[] length = new int[1];
    char[] chars = Utf8.readAll(in, maxBytes, length);
    return parseResult(Utf8.check(chars, length[0], maxBytes));
  }

  private ReviewResult parseResult(Utf8.Input text) {
    ResultFields fields = null;
    try (JsonParser p = Json.parser(text)) {
      fields = new ResultFields(p, resultNames);
      try {
        return fields.read();
      } catch (JsonProcessingException e) {
        throw fields.cursor().syntaxError(e);
      }
    } catch (IOException e) {
      throw new InvalidCaseException(
          "", "not JSON: " + Text.parserProblem(e.getMessage()), fields == null ? null : fields.caseId());
    }
  }

  private ReviewCase parse(Utf8.Input text) {
    CaseFields fields = null;
    try (JsonParser p = Json.parser(text)) {
      fields = new CaseFields(p, review, hcpcsCodes, hcpcsNames);
      try {
        return fields.read();
      } catch (InvalidCaseException e) {
        throw e.withCaseId(fields.caseId() != null ? fields.caseId() : idAfterError(fields, p));
      } catch (JsonProcessingException e) {
        throw fields.cursor().syntaxError(e);
      }
    } catch (IOException e) {
      // only the parser's own failures reach here: reading from memory does no I/O
      throw new InvalidCaseException(
          "", "not JSON: " + Text.parserProblem(e.getMessage()), fields == null ? null : fields.caseId());
    }
  }

  /**
   * Looks for the case's top-level {@code id} in the rest of the input after an error, so that a
   * batch line can name the case; gives up at the first syntax error.
   */
  private static @Nullable String idAfterError(CaseFields fields, JsonParser p) {
    try {
      JsonToken t = p.currentToken();
      while (t != null) {
        if (t == JsonToken.FIELD_NAME
            && p.getParsingContext().getParent() != null
            && p.getParsingContext().getParent().inRoot()
            && "id".equals(p.currentName())) {
          p.nextToken();
          return p.currentToken() == JsonToken.VALUE_STRING ? CaseFields.id(fields.cursor()) : null;
        }
        if (p.getParsingContext().inRoot() && (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY)) {
          return null;
        }
        t = p.nextToken();
      }
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "CaseReader{catalog=" + catalog + ", maxBytes=" + maxBytes + "}";
  }
}

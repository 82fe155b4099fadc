package org.coveragepolicy.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads review cases from JSON and writes cases, results and batch error lines to JSON, exactly as
 * {@code docs/json-contract.md} fixes the form.
 *
 * <p>Reading is strict: unknown fields, wrong types, values outside an enumeration, malformed dates
 * and codes, and values the domain rejects are all errors, each reported as an {@link
 * InvalidCaseException} whose message names the JSON path and the bad value, such as {@code
 * claim.diagnosisCodes[1]: not a well-formed ICD-10-CM code: "X"}. A JSON {@code null} counts as
 * an absent field. The patient's birth date is never echoed.
 *
 * <p>Writing is deterministic: the fields come in the contract's order, absent values are written
 * as {@code null} in results, decimals are written in plain notation, and line ends are {@code \n}
 * on every platform. All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class ReviewJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private ReviewJson() {}

  /**
   * Reads a review case.
   *
   * @param json the case as JSON text
   * @return the case
   * @throws InvalidCaseException if the text is not JSON or not a valid case; the message names
   *     the JSON path and the bad value
   */
  public static ReviewCase readCase(String json) {
    return readCase(parse(json));
  }

  /**
   * Reads a review case from a parsed JSON tree.
   *
   * @param tree the case as a JSON tree
   * @return the case
   * @throws InvalidCaseException if the tree is not a valid case; the message names the JSON path
   *     and the bad value
   */
  public static ReviewCase readCase(JsonNode tree) {
    try {
      return CaseReader.read(At.root(tree));
    } catch (InvalidCaseException e) {
      throw e.withCaseId(idOf(tree));
    }
  }

  /** Parses JSON text into a tree, rejecting duplicate fields and trailing content. */
  static JsonNode parse(String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidCaseException("", "not JSON: " + describe(e), null);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidCaseException("", "not JSON: no content", null);
    }
    return tree;
  }

  private static String describe(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    JsonLocation where = e.getLocation();
    if (where == null) {
      return message;
    }
    return where.getLineNr() > 1
        ? message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"
        : message + " (column " + where.getColumnNr() + ")";
  }

  private static @Nullable String idOf(JsonNode tree) {
    JsonNode id = tree.get("id");
    return id != null && id.isTextual() ? id.textValue() : null;
  }

  /**
   * Writes a review case as indented JSON, fields in the contract's order; the edition is always
   * written. Beneficiary facts for the statutory exceptions have no JSON form and are not written.
   *
   * @param reviewCase the case
   * @return the JSON text, without a final line end
   */
  public static String caseToJson(ReviewCase reviewCase) {
    return write(g -> CaseWriter.write(g, reviewCase), true);
  }

  /**
   * Writes a review result as one line of JSON (no line end), for JSON Lines.
   *
   * @param result the result
   * @return the JSON text
   */
  public static String resultToJson(ReviewResult result) {
    return write(g -> ResultWriter.write(g, result), false);
  }

  /**
   * Writes a review result as indented JSON, fields in the order id, edition, product, decision,
   * denialReason, indication, findings.
   *
   * @param result the result
   * @return the JSON text, without a final line end
   */
  public static String resultToPrettyJson(ReviewResult result) {
    return write(g -> ResultWriter.write(g, result), true);
  }

  /**
   * Writes the batch line for an input line that is not a valid case: {@code {"line": 7, "id":
   * "…or null", "error": "…"}} on one line (no line end).
   *
   * @param line the input line number, from 1
   * @param caseId the case ID if the line had one
   * @param error what is wrong
   * @return the JSON text
   */
  public static String errorToJson(long line, @Nullable String caseId, String error) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeNumberField("line", line);
          g.writeStringField("id", caseId);
          g.writeStringField("error", error);
          g.writeEndObject();
        },
        false);
  }

  /** Something that writes to a generator. */
  @FunctionalInterface
  interface Body {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private static String write(Body body, boolean pretty) {
    StringWriter out = new StringWriter(pretty ? 1024 : 512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(prettyPrinter());
      }
      body.writeTo(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Two-space indent, {@code "name": value}, {@code \n} line ends, {@code []} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}

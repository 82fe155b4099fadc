package org.coveragepolicy.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.ClaimReview;

/**
 * Reads a catalog file: a JSON document whose entries extend or replace a drug catalog, so a user
 * can add a biosimilar, its NDCs or a corrected HCPCS code without a code change
 * (docs/json-contract.md, "Catalog file"; schema {@code docs/schema/catalog.schema.json}). The
 * form:
 *
 * <pre>{@code
 * {
 *   "mode": "extend",
 *   "entries": [
 *     { "product": "JUBBONTI", "family": "PROLIA", "hcpcs": "Q5136",
 *       "ndcs": ["12345-6789-01"], "source": "FDA-BIOSIMILAR" }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code mode} is {@code extend} (the default: an entry for a product the base catalog has
 * replaces it, the others are added) or {@code replace} (the catalog is the file's entries). Each
 * entry needs {@code product}, {@code family} (the reference product, such as {@code PROLIA} or
 * {@code XGEVA}) and {@code hcpcs}; {@code displayName}, {@code nonproprietaryName}, {@code ndcs}
 * and {@code source} (a citation key such as {@code FDA-BIOSIMILAR}, or {@code {"key", "title"}})
 * are optional. The family's facts (labeled dose, route, dosing interval, loading doses, safety
 * facts, label) come from the family's reference entry in the base catalog; an entry for a
 * reference product itself keeps its entry and changes what the file gives. A malformed entry is
 * an {@link InvalidInputException} naming the entry and the field, such as {@code
 * entries[0].hcpcs: not a HCPCS code: "Q51" (entry JUBBONTI)}. Limits: the size limit of case
 * files (1 MiB), strict UTF-8, at most 100 entries.
 *
 * @since 0.2.0
 */
public final class CatalogFile {
  private CatalogFile() {}

  /**
   * Reads a catalog file against the built-in catalog.
   *
   * @param json the file's text
   * @return the catalog: the built-in one extended or replaced by the file's entries
   * @throws InvalidInputException if the file is not a valid catalog file
   * @throws NullPointerException if the text is null
   */
  public static DrugCatalog read(String json) {
    return read(json, ClaimReview.standard().catalog());
  }

  /**
   * Reads a catalog file against a base catalog.
   *
   * @param json the file's text
   * @param base the catalog the file extends or replaces, which holds the families' reference
   *     entries
   * @return the catalog
   * @throws InvalidInputException if the file is not a valid catalog file
   * @throws NullPointerException if an argument is null
   */
  public static DrugCatalog read(String json, DrugCatalog base) {
    checkNotNull(json, "json");
    checkNotNull(base, "base");
    char[] chars = json.toCharArray();
    return parse(Utf8.check(chars, chars.length, Limits.DEFAULT_MAX_BYTES), base);
  }

  /**
   * Reads a catalog file from a path against a base catalog.
   *
   * @param file the catalog file, UTF-8
   * @param base the catalog the file extends or replaces
   * @return the catalog
   * @throws InvalidInputException if the file is not a valid catalog file (too large, not UTF-8,
   *     malformed)
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static DrugCatalog read(Path file, DrugCatalog base) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(base, "base");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(Limits.DEFAULT_MAX_BYTES + 1);
      return parse(Utf8.decode(bytes, 0, bytes.length, Limits.DEFAULT_MAX_BYTES), base);
    }
  }

  /**
   * Reads a catalog file against the catalog of the given policies, whose family member sources
   * (the source an added family member cites by default) are the policies'.
   *
   * @param json the file's text
   * @param policies the policies whose catalog the file extends or replaces
   * @return the catalog
   * @throws InvalidInputException if the file is not a valid catalog file
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public static DrugCatalog read(String json, Policies policies) {
    checkNotNull(json, "json");
    checkNotNull(policies, "policies");
    char[] chars = json.toCharArray();
    return parse(Utf8.check(chars, chars.length, Limits.DEFAULT_MAX_BYTES), policies.catalog(), policies);
  }

  private static DrugCatalog parse(Utf8.Input text, DrugCatalog base) {
    return parse(text, base, ClaimReview.standard().policies());
  }

  private static DrugCatalog parse(Utf8.Input text, DrugCatalog base, Policies policies) {
    try (JsonParser p = Json.parser(text)) {
      CatalogFields fields = new CatalogFields(p, base, policies);
      try {
        return fields.read();
      } catch (JsonProcessingException e) {
        throw fields.cursor().syntaxError(e);
      }
    } catch (IOException e) {
      throw new InvalidCaseException("", "not JSON: " + Text.parserProblem(e.getMessage()), null);
    }
  }
}

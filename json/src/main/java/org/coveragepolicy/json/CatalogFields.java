package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.review.RuleRegistry;

/**
 * Reads a catalog file from a token stream (docs/json-contract.md, "Catalog file"): whether it
 * extends or replaces the base catalog, and its entries, each a product of a family whose facts
 * (dose, route, interval, loading doses, safety, label) come from the family's reference entry in
 * the base catalog.
 */
final class CatalogFields extends CaseParser {
  /** The longest display or nonproprietary name. */
  private static final int MAX_NAME_LENGTH = 256;

  private final DrugCatalog base;
  /** The policies whose family member sources an added member cites by default. */
  private final Policies policies;

  CatalogFields(JsonParser p, DrugCatalog base, Policies policies) {
    super(p);
    this.base = base;
    this.policies = policies;
  }

  DrugCatalog read() throws IOException {
    startRoot();
    boolean replace = false;
    ImmutableList<CatalogEntry> entries = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "mode":
          seen = field(seen, 1);
          if (!isNull()) {
            String mode = string();
            if (!mode.equals("extend") && !mode.equals("replace")) {
              throw error(path(), "must be \"extend\" or \"replace\"" + was());
            }
            replace = mode.equals("replace");
          }
          break;
        case "entries":
          seen = field(seen, 2);
          entries =
              list(
                  Limits.MAX_ITEMS,
                  "must hold at most " + Limits.MAX_ITEMS + " entries",
                  this::entry);
          break;
        default:
          throw unknownField();
      }
    }
    if (entries == null) {
      throw missing("entries");
    }
    endRoot();
    Set<Product> products = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!products.add(entries.get(i).product())) {
        throw error(
            "entries[" + i + "].product", "listed twice, was \"" + entries.get(i).product() + "\"");
      }
    }
    try {
      return replace ? DrugCatalog.of(entries) : base.withEntries(entries);
    } catch (IllegalArgumentException e) {
      throw error("entries", problemOf(e));
    }
  }

  private CatalogEntry entry() throws IOException {
    object();
    String at = path();
    Product product = null;
    Product family = null;
    String displayName = null;
    String nonproprietaryName = null;
    String hcpcsText = null; // parsed once the entry's product is known, to name it in errors
    ImmutableList<String> ndcTexts = null;
    Source source = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "product":
          seen = field(seen, 1);
          product = parsed(Product::of);
          break;
        case "family":
          seen = field(seen, 2);
          family = parsed(Product::of);
          break;
        case "displayName":
          seen = field(seen, 4);
          displayName = nonBlank();
          break;
        case "nonproprietaryName":
          seen = field(seen, 8);
          nonproprietaryName = nonBlank();
          break;
        case "hcpcs":
          seen = field(seen, 16);
          hcpcsText = string();
          break;
        case "ndcs":
          seen = field(seen, 32);
          ndcTexts = list(this::string);
          break;
        case "source":
          seen = field(seen, 64);
          source = source();
          break;
        default:
          throw unknownField();
      }
    }
    if (product == null) {
      throw missing("product");
    }
    String named = " (entry " + product + ")";
    if (family == null) {
      throw error(join(at, "family"), "required" + named);
    }
    if (hcpcsText == null) {
      throw error(join(at, "hcpcs"), "required" + named);
    }
    Hcpcs hcpcs = parsedAt(Hcpcs::parse, hcpcsText, join(at, "hcpcs"), named);
    ImmutableList<Ndc> ndcs = null;
    if (ndcTexts != null) {
      ImmutableList.Builder<Ndc> parsedNdcs = ImmutableList.builder();
      for (int j = 0; j < ndcTexts.size(); j++) {
        parsedNdcs.add(parsedAt(Ndc::parse, ndcTexts.get(j), at + ".ndcs[" + j + "]", named));
      }
      ndcs = parsedNdcs.build();
    }
    CatalogEntry.Builder b;
    if (product.equals(family) && base.entry(product).isPresent()) {
      // the reference product itself: its entry with the fields the file gives
      b = CatalogEntry.builder();
      b.from(base.entry(product).get());
    } else {
      CatalogEntry reference = base.entry(family).orElse(null);
      if (reference == null || !reference.isReferenceProduct()) {
        throw error(
            join(at, "family"),
            "not a family of the catalog (" + families() + "), was \"" + family + "\"" + named);
      }
      Source memberSource =
          policies
              .policyOf(reference)
              .flatMap(Policy::familyMemberSource)
              .orElse(reference.source());
      b = CatalogEntry.builder();
      b.from(reference)
          .product(product)
          .family(reference.family())
          .displayName(product.displayName())
          .nonproprietaryName(Optional.empty())
          .ndcs(ImmutableList.of())
          .source(memberSource);
    }
    b.hcpcs(hcpcs);
    if (displayName != null) {
      b.displayName(displayName);
    }
    if (nonproprietaryName != null) {
      b.nonproprietaryName(nonproprietaryName);
    }
    if (ndcs != null) {
      b.ndcs(ndcs);
    }
    if (source != null) {
      b.source(source);
    }
    CatalogEntry.Builder builder = b;
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(at, problemOf(new IllegalArgumentException(e.getMessage())) + named);
    }
  }

  /** Parses a value read earlier, an error naming its path and the entry. */
  private static <T> T parsedAt(
      java.util.function.Function<String, T> parser, String text, String path, String named) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(path, safeProblem(problemOf(e), text) + named);
    }
  }

  private String families() {
    StringBuilder names = new StringBuilder();
    for (CatalogEntry e : base.entries()) {
      if (e.isReferenceProduct()) {
        names.append(names.length() == 0 ? "" : ", ").append(e.product());
      }
    }
    return names.toString();
  }

  private String nonBlank() throws IOException {
    String s = string();
    if (s.isBlank() || s.length() > MAX_NAME_LENGTH) {
      throw error(path(), "must be 1 to " + MAX_NAME_LENGTH + " characters" + was());
    }
    return s;
  }

  /** A source: a key the review cites, or an object with a new key and its title. */
  private Source source() throws IOException {
    if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
      String key = string();
      Source known = RuleRegistry.source(key).orElse(null);
      if (known == null) {
        throw error(
            path(), "not a citation key the review cites; give {\"key\", \"title\"}" + was());
      }
      return known;
    }
    object();
    String key = null;
    String title = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "key":
          seen = field(seen, 1);
          key = string();
          break;
        case "title":
          seen = field(seen, 2);
          title = nonBlank();
          break;
        default:
          throw unknownField();
      }
    }
    if (key == null) {
      throw missing("key");
    }
    if (title == null) {
      throw missing("title");
    }
    String k = key;
    String t = title;
    return build(() -> Source.of(k, t));
  }
}

package org.coveragepolicy.json;

import static java.util.Objects.requireNonNull;

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
import org.coveragepolicy.json.FieldTable.Required;
import org.coveragepolicy.review.RuleRegistry;

/**
 * Reads a catalog file from a token stream (docs/json-contract.md, "Catalog file"): whether it
 * extends or replaces the base catalog, and its entries, each a product of a family whose facts
 * (dose, route, interval, loading doses, safety, label) come from the family's reference entry in
 * the base catalog.
 */
final class CatalogFields {
  /** The fields of a catalog file, in contract order. */
  enum Field implements FieldTable.Field {
    MODE,
    @Required ENTRIES
  }

  /**
   * The fields of an entry, in contract order; {@code family} and {@code hcpcs} are required too,
   * reported with the entry's product.
   */
  enum EntryField implements FieldTable.Field {
    @Required PRODUCT,
    FAMILY,
    DISPLAY_NAME,
    NONPROPRIETARY_NAME,
    HCPCS,
    NDCS,
    SOURCE
  }

  /** The fields of a source given as an object, in contract order. */
  enum SourceField implements FieldTable.Field {
    @Required KEY,
    @Required TITLE
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);
  private static final FieldTable<EntryField> ENTRY_FIELDS = FieldTable.of(EntryField.class);
  private static final FieldTable<SourceField> SOURCE_FIELDS = FieldTable.of(SourceField.class);

  /** The longest display or nonproprietary name. */
  private static final int MAX_NAME_LENGTH = 256;

  private final DrugCatalog base;
  /** The policies whose family member sources an added member cites by default. */
  private final Policies policies;

  private final JsonCursor in;

  CatalogFields(JsonParser p, DrugCatalog base, Policies policies) {
    this.in = new JsonCursor(p);
    this.base = base;
    this.policies = policies;
  }

  /** The cursor the reader reads through. */
  JsonCursor cursor() {
    return in;
  }

  DrugCatalog read() throws IOException {
    in.startRoot();
    boolean replace = false;
    ImmutableList<CatalogEntry> entries = null;
    int seen = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      switch (f) {
        case MODE:
          if (!in.isNull()) {
            String mode = in.string();
            if (!mode.equals("extend") && !mode.equals("replace")) {
              throw in.error(in.path(), "must be \"extend\" or \"replace\"" + in.was());
            }
            replace = mode.equals("replace");
          }
          break;
        case ENTRIES:
          entries =
              in.list(
                  Limits.MAX_ITEMS,
                  "must hold at most " + Limits.MAX_ITEMS + " entries",
                  this::entry);
          break;
      }
    }
    // a null mode is absent; entries cannot be null (the list is required), so seen is present
    FIELDS.requirePresent(in, seen);
    in.endRoot();
    ImmutableList<CatalogEntry> all = requireNonNull(entries);

    Set<Product> products = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (!products.add(all.get(i).product())) {
        throw in.error(
            "entries[" + i + "].product", "listed twice, was \"" + all.get(i).product() + "\"");
      }
    }
    try {
      return replace ? DrugCatalog.of(all) : base.withEntries(all);
    } catch (IllegalArgumentException e) {
      throw in.error("entries", Text.problemOf(e));
    }
  }

  private CatalogEntry entry() throws IOException {
    in.object();
    String at = in.path();
    Product product = null;
    Product family = null;
    String displayName = null;
    String nonproprietaryName = null;
    String hcpcsText = null; // parsed once the entry's product is known, to name it in errors
    ImmutableList<String> ndcTexts = null;
    Source source = null;
    int seen = 0;
    while (in.nextField()) {
      EntryField f = ENTRY_FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      switch (f) {
        case PRODUCT:
          product = in.parsed(Product::of);
          break;
        case FAMILY:
          family = in.parsed(Product::of);
          break;
        case DISPLAY_NAME:
          displayName = nonBlank();
          break;
        case NONPROPRIETARY_NAME:
          nonproprietaryName = nonBlank();
          break;
        case HCPCS:
          hcpcsText = in.string();
          break;
        case NDCS:
          ndcTexts = in.list(in::string);
          break;
        case SOURCE:
          source = source();
          break;
      }
    }
    // no value may be null, so a field seen is present
    ENTRY_FIELDS.requirePresent(in, seen);
    Product entryProduct = requireNonNull(product);
    String named = " (entry " + entryProduct + ")";
    if (family == null) {
      throw in.error(JsonPath.join(at, EntryField.FAMILY.json()), "required" + named);
    }
    if (hcpcsText == null) {
      throw in.error(JsonPath.join(at, EntryField.HCPCS.json()), "required" + named);
    }
    Hcpcs hcpcs =
        parsedAt(Hcpcs::parse, hcpcsText, JsonPath.join(at, EntryField.HCPCS.json()), named);
    ImmutableList<Ndc> ndcs = null;
    if (ndcTexts != null) {
      ImmutableList.Builder<Ndc> parsedNdcs = ImmutableList.builder();
      for (int j = 0; j < ndcTexts.size(); j++) {
        parsedNdcs.add(parsedAt(Ndc::parse, ndcTexts.get(j), at + ".ndcs[" + j + "]", named));
      }
      ndcs = parsedNdcs.build();
    }
    CatalogEntry.Builder b;
    if (entryProduct.equals(family) && base.entry(entryProduct).isPresent()) {
      // the reference product itself: its entry with the fields the file gives
      b = CatalogEntry.builder();
      b.from(base.entry(entryProduct).get());
    } else {
      CatalogEntry reference = base.entry(family).orElse(null);
      if (reference == null || !reference.isReferenceProduct()) {
        throw in.error(
            JsonPath.join(at, EntryField.FAMILY.json()),
            "not a family of the catalog (" + families() + "), was \"" + family + "\"" + named);
      }
      Source memberSource =
          policies
              .policyOf(reference)
              .flatMap(Policy::familyMemberSource)
              .orElse(reference.source());
      b = CatalogEntry.builder();
      b.from(reference)
          .product(entryProduct)
          .family(reference.family())
          .displayName(entryProduct.displayName())
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
      throw in.error(at, Text.problemOf(new IllegalArgumentException(e.getMessage())) + named);
    }
  }

  /** Parses a value read earlier, an error naming its path and the entry. */
  private <T> T parsedAt(
      java.util.function.Function<String, T> parser, String text, String path, String named) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw in.error(path, Text.safeProblem(Text.problemOf(e), text) + named);
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
    String s = in.string();
    if (s.isBlank() || s.length() > MAX_NAME_LENGTH) {
      throw in.error(in.path(), "must be 1 to " + MAX_NAME_LENGTH + " characters" + in.was());
    }
    return s;
  }

  /** A source: a key the review cites, or an object with a new key and its title. */
  private Source source() throws IOException {
    if (in.p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
      String key = in.string();
      Source known = RuleRegistry.source(key).orElse(null);
      if (known == null) {
        throw in.error(
            in.path(), "not a citation key the review cites; give {\"key\", \"title\"}" + in.was());
      }
      return known;
    }
    in.object();
    String key = null;
    String title = null;
    int seen = 0;
    while (in.nextField()) {
      SourceField f = SOURCE_FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      switch (f) {
        case KEY:
          key = in.string();
          break;
        case TITLE:
          title = nonBlank();
          break;
      }
    }
    SOURCE_FIELDS.requirePresent(in, seen);
    String k = requireNonNull(key);
    String t = requireNonNull(title);
    return in.build(() -> Source.of(k, t));
  }
}

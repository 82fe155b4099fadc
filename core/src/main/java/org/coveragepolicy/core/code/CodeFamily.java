package org.coveragepolicy.core.code;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coveragepolicy.core.finding.Source;

/**
 * A named set of ICD-10-CM codes, matched by exact code ({@code M81.0}), by prefix ({@code M80.0*},
 * every code starting with {@code M800}) and by range ({@code C00–C76}, comparing the leading
 * characters as text, so {@code C7A} lies between {@code C79} and {@code C80}).
 *
 * <p>A family is built once from its definition in the policy with {@link #parse} and is cheap to query.
 *
 * @since 0.1.0
 */
public final class CodeFamily {
  private static final Splitter ITEMS = Splitter.on(',').trimResults().omitEmptyStrings();
  /** A prefix of a well-formed normalized ICD-10-CM code: letter, digit, letter or digit, then up to four more. */
  private static final Pattern STEM = Pattern.compile("[A-Z]([0-9]([A-Z0-9]{1,5})?)?");

  private final String name;
  private final String definition;
  private final Source source;
  private final ImmutableSet<String> exact;
  private final ImmutableList<String> prefixes;
  private final ImmutableList<String[]> ranges;

  private CodeFamily(
      String name,
      String definition,
      Source source,
      ImmutableSet<String> exact,
      ImmutableList<String> prefixes,
      ImmutableList<String[]> ranges) {
    this.name = name;
    this.definition = definition;
    this.source = source;
    this.exact = exact;
    this.prefixes = prefixes;
    this.ranges = ranges;
  }

  /**
   * Builds a family from a comma-separated definition as the policy writes it, for example {@code
   * "C00–C76, C7A.*, C80.*, Z85.0*–Z85.5*, Z85.8*"}. An item is an exact code, a prefix ending in
   * {@code *}, or a range of two codes or two prefixes of the same length joined by an en dash or a
   * hyphen.
   *
   * @param name the family's name, such as {@code SOLID_TUMOR}
   * @param source the source that defines it
   * @param definition the comma-separated items
   * @return the family
   * @throws IllegalArgumentException if the name is blank, the definition has no item, or an item
   *     is malformed
   */
  public static CodeFamily parse(String name, Source source, String definition) {
    checkNotNull(source, "codeFamily.source");
    checkArgument(!name.isBlank(), "codeFamily.name: must not be blank, was \"%s\"", name);
    checkArgument(
        ITEMS.split(definition).iterator().hasNext(),
        "codeFamily %s: the definition has no code, was \"%s\"",
        name,
        definition);
    ImmutableSet.Builder<String> exact = ImmutableSet.builder();
    ImmutableList.Builder<String> prefixes = ImmutableList.builder();
    ImmutableList.Builder<String[]> ranges = ImmutableList.builder();
    for (String item : ITEMS.split(definition)) {
      String[] ends = item.split("\\s*[–-]\\s*");
      if (ends.length == 2) {
        String lo = stem(name, ends[0], item);
        String hi = stem(name, ends[1], item);
        checkArgument(
            lo.length() == hi.length() && lo.compareTo(hi) <= 0,
            "codeFamily %s: range ends must have the same length, low before high: \"%s\"",
            name,
            item);
        ranges.add(new String[] {lo, hi});
      } else if (item.endsWith("*")) {
        prefixes.add(stem(name, item, item));
      } else {
        checkArgument(
            !item.contains("*"),
            "codeFamily %s: malformed item \"%s\", a wildcard must end the item",
            name,
            item);
        try {
          exact.add(Icd10Code.parse(item).normalized());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "codeFamily " + name + ": malformed item \"" + item + "\": " + e.getMessage(), e);
        }
      }
    }
    return new CodeFamily(name, definition, source, exact.build(), prefixes.build(), ranges.build());
  }

  private static String stem(String name, String end, String item) {
    String s = end.endsWith("*") ? end.substring(0, end.length() - 1) : end;
    int dot = s.indexOf('.');
    boolean dotPlaced = dot < 0 || (dot == 3 && s.lastIndexOf('.') == 3);
    s = s.replace(".", "").toUpperCase(Locale.ROOT);
    checkArgument(
        dotPlaced && STEM.matcher(s).matches(),
        "codeFamily %s: malformed item \"%s\", expected a code or a code prefix such as M80.0*",
        name,
        item);
    return s;
  }

  /**
   * Returns the family's name.
   *
   * @return the name, such as {@code OSTEOPOROSIS}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the family's name in words, for messages: {@code BONE_METASTASES} is "bone metastases".
   *
   * @return the name in words
   */
  public String words() {
    return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns the family in words with its codes, for messages: "osteoporosis (M80.0*, M81.0)".
   *
   * @return the family described
   */
  public String describe() {
    return words() + " (" + definition + ")";
  }

  /**
   * Returns the definition the family was built from.
   *
   * @return the comma-separated definition
   */
  public String definition() {
    return definition;
  }

  /**
   * Returns the source that defines the family.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns whether the code belongs to this family.
   *
   * @param code a code
   * @return true if the code matches an exact code, a prefix or a range of the family
   */
  public boolean contains(Icd10Code code) {
    String n = code.normalized();
    if (exact.contains(n)) {
      return true;
    }
    for (int i = 0; i < prefixes.size(); i++) {
      if (n.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    for (int i = 0; i < ranges.size(); i++) {
      String[] range = ranges.get(i);
      int len = range[0].length();
      if (n.length() >= len && compareHead(n, range[0]) >= 0 && compareHead(n, range[1]) <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compares the first {@code bound.length()} characters of a code with a range end as text, as
   * {@code code.substring(0, bound.length()).compareTo(bound)} would, without the substring.
   */
  private static int compareHead(String code, String bound) {
    for (int i = 0; i < bound.length(); i++) {
      int c = code.charAt(i) - bound.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Returns whether any of the codes belongs to this family.
   *
   * @param codes codes
   * @return true if at least one code is in the family
   */
  public boolean containsAny(Iterable<Icd10Code> codes) {
    for (Icd10Code code : codes) {
      if (contains(code)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return name + " (" + definition + ")";
  }
}

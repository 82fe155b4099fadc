package org.coveragepolicy.core.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A citation: the key of a source a rule or finding cites (such as {@code IOM-15-50}) and its title.
 * Two sources are equal when their keys are. Sources are data: this class holds the generic Medicare
 * sources the Part B drug benefit cites, and a policy defines its own (its article, the product
 * labels) with {@link #of}.
 *
 * @since 0.1.0
 */
public final class Source implements Comparable<Source> {
  private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

  /** CMS Pub. 100-02, Medicare Benefit Policy Manual, Ch. 15, §50 (drugs and biologicals). */
  public static final Source IOM_15_50 =
      of("IOM-15-50", "CMS Pub. 100-02, Medicare Benefit Policy Manual, Ch. 15, §50");

  /** CMS Pub. 100-02, Ch. 15, §60 to §60.4 (services incident to a physician's service). */
  public static final Source IOM_15_60 =
      of("IOM-15-60", "CMS Pub. 100-02, Ch. 15, §60-60.4 (incident to; direct supervision)");

  /** Social Security Act §1861(kk), covered osteoporosis drug, with Pub. 100-02 Ch. 7. */
  public static final Source SSA_1861KK =
      of("SSA-1861KK", "Social Security Act §1861(kk), covered osteoporosis drug");

  /** Pub. 100-04, Ch. 17, §40: JW and JZ modifiers for single-dose containers. */
  public static final Source JZJW = of("JZJW", "CMS Pub. 100-04, Ch. 17, §40 (JW and JZ modifiers)");

  /** CMS Targeted Probe and Educate: the 45-day Additional Documentation Request window. */
  public static final Source TPE =
      of("TPE", "CMS Targeted Probe and Educate (ADR answered within 45 days)");

  /**
   * CMS Pub. 100-08, Program Integrity Manual, Ch. 3 §3.3.2: the documentation medical review needs,
   * cited by the records rules when a policy names no contractor article.
   */
  public static final Source PIM_3 =
      of(
          "PIM-3",
          "CMS Pub. 100-08, Medicare Program Integrity Manual, Ch. 3 §3.3.2 (medical review"
              + " documentation)");

  /** CMS HCPCS Level II: each code's descriptor, which sets its billing unit. */
  public static final Source HCPCS =
      of("HCPCS", "CMS HCPCS Level II code set (code descriptors and billing units)");

  /** CMS CERT error categories. */
  public static final Source CERT = of("CERT", "CMS CERT error categories");

  private final String key;
  private final String title;

  private Source(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /**
   * Returns a source.
   *
   * @param key the citation key, upper case letters, digits and hyphens, such as {@code A52399}
   * @param title a short human-readable title
   * @return the source
   * @throws IllegalArgumentException if the key is malformed or the title blank
   */
  public static Source of(String key, String title) {
    requireNonNull(key, "key");
    requireNonNull(title, "title");
    checkArgument(KEY.matcher(key).matches(), "source.key: not a citation key: \"%s\"", key);
    checkArgument(!title.isBlank(), "source.title: must not be blank, for source %s", key);
    return new Source(key, title);
  }

  /**
   * Returns the citation key, such as {@code IOM-15-50}.
   *
   * @return the citation key
   */
  public String key() {
    return key;
  }

  /**
   * Returns a short human-readable title of the source.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  @Override
  public int compareTo(Source other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Source && ((Source) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}

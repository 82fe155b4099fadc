package org.coveragepolicy.core.finding;

import java.util.Objects;

/**
 * A citation key: one of the sources in the policy's source table, which every rule and finding names.
 *
 * @since 0.1.0
 */
public enum Source {
  /** Noridian JF Part B TPE review results for HCPCS J0897, Oct 1 to Dec 31 2025, updated Feb 19 2026. */
  SEED("SEED", "Noridian JF Part B, HCPCS J0897 TPE review results, last updated Feb 19 2026"),
  /** CMS Pub. 100-02, Medicare Benefit Policy Manual, Ch. 15, §50 (drugs and biologicals). */
  IOM_15_50("IOM-15-50", "CMS Pub. 100-02, Medicare Benefit Policy Manual, Ch. 15, §50"),
  /** CMS Pub. 100-02, Ch. 15, §60 to §60.4 (services incident to a physician's service). */
  IOM_15_60("IOM-15-60", "CMS Pub. 100-02, Ch. 15, §60-60.4 (incident to; direct supervision)"),
  /** Social Security Act §1861(kk), covered osteoporosis drug, with Pub. 100-02 Ch. 7. */
  SSA_1861KK("SSA-1861KK", "Social Security Act §1861(kk), covered osteoporosis drug"),
  /** Prolia prescribing information (BLA 125320). */
  FDA_PROLIA("FDA-PROLIA", "Prolia prescribing information (BLA 125320)"),
  /** Xgeva prescribing information (BLA 125320). */
  FDA_XGEVA("FDA-XGEVA", "Xgeva prescribing information (BLA 125320)"),
  /** CMS billing and coding article A52399, Denosumab (Prolia, Xgeva). */
  A52399("A52399", "CMS billing and coding article A52399, Denosumab (Prolia, Xgeva)"),
  /** Pub. 100-04, Ch. 17, §40: JW and JZ modifiers for single-dose containers. */
  JZJW("JZJW", "CMS Pub. 100-04, Ch. 17, §40 (JW and JZ modifiers)"),
  /** CMS Targeted Probe and Educate: the 45-day Additional Documentation Request window. */
  TPE("TPE", "CMS Targeted Probe and Educate (ADR answered within 45 days)"),
  /** CMS CERT error categories. */
  CERT("CERT", "CMS CERT error categories");

  private final String key;
  private final String title;

  Source(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /**
   * Returns the citation key as the J0897 policy and the JSON contract spell it, such as {@code IOM-15-50}.
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

  /**
   * Returns the source with the given citation key.
   *
   * @param key a citation key such as {@code JZJW}
   * @return the source
   * @throws IllegalArgumentException if no source has that key
   */
  public static Source ofKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Source source : values()) {
      if (source.key.equals(key)) {
        return source;
      }
    }
    throw new IllegalArgumentException("citation: unknown source key \"" + key + "\"");
  }
}

package org.coveragepolicy.indications.denosumab;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.coveragepolicy.core.finding.Source;

/**
 * The sources the denosumab policy cites besides the generic Medicare ones of {@link Source}: the
 * Noridian article the policy follows, the product labels, billing article A52399 and the
 * biosimilar codes and approvals.
 *
 * @since 0.2.0
 */
public final class DenosumabSources {
  /**
   * Noridian JF Part B, "HCPCS J0897; Injection, denosumab, 1 mg", TPE review results Oct 1 to Dec
   * 31 2025, last updated Feb 19 2026: the edition this library follows by default.
   */
  public static final Source SEED =
      Source.of("SEED", "Noridian JF Part B, HCPCS J0897 TPE review results, last updated Feb 19 2026");

  /** Prolia prescribing information (BLA 125320), boxed warning on hypocalcemia in advanced CKD. */
  public static final Source FDA_PROLIA =
      Source.of("FDA-PROLIA", "Prolia prescribing information (BLA 125320)");

  /** Xgeva prescribing information (BLA 125320). */
  public static final Source FDA_XGEVA =
      Source.of("FDA-XGEVA", "Xgeva prescribing information (BLA 125320)");

  /** CMS billing and coding article A52399, Denosumab (Prolia, Xgeva). */
  public static final Source A52399 =
      Source.of("A52399", "CMS billing and coding article A52399, Denosumab (Prolia, Xgeva)");

  /**
   * CMS HCPCS quarterly update: the denosumab biosimilar Q-codes, "Injection, denosumab-xxxx,
   * biosimilar, 1 mg" (taken from payer policy tables; correct or extend them with a catalog file).
   */
  public static final Source HCPCS_Q =
      Source.of("HCPCS-Q", "CMS HCPCS quarterly update, denosumab biosimilar Q-codes (1 mg)");

  /**
   * FDA Purple Book: the denosumab biosimilars to Prolia and Xgeva, with their reference product's
   * indications, dose and schedule.
   */
  public static final Source FDA_BIOSIMILAR =
      Source.of("FDA-BIOSIMILAR", "FDA Purple Book, denosumab biosimilars to Prolia and Xgeva");

  /** Every source the denosumab review can cite: the generic Medicare sources, then these. */
  public static final ImmutableList<Source> ALL =
      ImmutableList.of(
          SEED,
          Source.IOM_15_50,
          Source.IOM_15_60,
          Source.SSA_1861KK,
          FDA_PROLIA,
          FDA_XGEVA,
          A52399,
          Source.JZJW,
          Source.TPE,
          HCPCS_Q,
          FDA_BIOSIMILAR,
          Source.CERT);

  private DenosumabSources() {}

  /**
   * Returns the source with a citation key.
   *
   * @param key a citation key such as {@code A52399}
   * @return the source, if the denosumab review cites one with that key
   */
  public static Optional<Source> byKey(String key) {
    for (Source source : ALL) {
      if (source.key().equals(key)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}

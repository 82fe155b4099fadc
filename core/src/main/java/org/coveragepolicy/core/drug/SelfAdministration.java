package org.coveragepolicy.core.drug;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A self-administration determination (Pub. 100-02, Ch. 15, §50.2) in force from a date: whether the
 * drug is usually self-administered, as a contractor's exclusion list records it.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class SelfAdministration {
  SelfAdministration() {}

  /**
   * Returns the first date of service this determination applies to.
   *
   * @return the effective date
   */
  @Value.Parameter
  public abstract LocalDate effectiveFrom();

  /**
   * Returns whether the drug is usually self-administered from that date.
   *
   * @return true if on a self-administered drug exclusion list
   */
  @Value.Parameter
  public abstract boolean usuallySelfAdministered();

  /**
   * Creates a determination.
   *
   * @param effectiveFrom the first date of service it applies to
   * @param usuallySelfAdministered whether the drug is usually self-administered
   * @return the determination
   */
  public static SelfAdministration of(LocalDate effectiveFrom, boolean usuallySelfAdministered) {
    return ImmutableSelfAdministration.of(effectiveFrom, usuallySelfAdministered);
  }
}

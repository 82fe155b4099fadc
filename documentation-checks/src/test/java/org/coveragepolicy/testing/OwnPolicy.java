package org.coveragepolicy.testing;

import java.util.List;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;

/**
 * A service's own policy for tests, one the library does not ship and the class path does not
 * load: denosumab's, renamed {@code OWN_DENOSUMAB}, with one edition ({@code OWN_EDITION}) that
 * follows a source of its own ({@code OWN-1}). A test adds what it needs (a rule, a term).
 */
public final class OwnPolicy {
  /** The policy's own source. */
  public static final Source SOURCE = Source.of("OWN-1", "A payer's own article");

  private OwnPolicy() {}

  /**
   * Returns a builder of the policy, ready to build.
   *
   * @return the builder
   */
  public static Policy.Builder builder() {
    return Policy.builder()
        .from(DenosumabPolicy.POLICY)
        .name("OWN_DENOSUMAB")
        .editions(
            List.of(
                Edition.builder()
                    .from(DenosumabPolicy.POLICY.defaultEdition())
                    .name("OWN_EDITION")
                    .source(SOURCE)
                    .build()))
        .addSources(SOURCE);
  }
}

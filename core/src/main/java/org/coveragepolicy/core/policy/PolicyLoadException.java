package org.coveragepolicy.core.policy;

import static java.util.Objects.requireNonNull;

/**
 * A failure to load the coverage policies on the class path: a {@link PolicyProvider} that cannot
 * be found, created or asked for its policy, or two providers whose policies claim the same name,
 * edition name, product or HCPCS code. Its one-line message names the provider class (both, for a
 * clash) and the reason, such as {@code policy provider com.example.BadProvider: cannot supply its
 * policy: IllegalStateException: not configured}.
 *
 * <p>{@link Policies#load()} stops at the first such failure rather than leaving the policy out: a
 * claim its policy should review would otherwise be reviewed by another policy, or rejected as a
 * product of no catalog, without a word about why.
 *
 * @since 0.2.0
 */
public final class PolicyLoadException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The provider class at fault: the later one of a clash; empty when none is known. */
  private final String provider;

  PolicyLoadException(String provider, String message) {
    super(requireNonNull(message, "message"));
    this.provider = requireNonNull(provider, "provider");
  }

  /**
   * Returns the name of the provider class at fault (of a clash, the one found second in the
   * providers' order), or an empty string when the class could not even be named.
   *
   * @return the class name
   */
  public String provider() {
    return provider;
  }
}

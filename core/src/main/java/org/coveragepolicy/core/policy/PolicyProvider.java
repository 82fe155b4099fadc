package org.coveragepolicy.core.policy;

/**
 * A service that supplies a coverage policy, as {@link java.util.ServiceLoader} finds it: a jar that
 * lists an implementation in {@code META-INF/services/org.coveragepolicy.core.policy.PolicyProvider}
 * adds its policy to {@link Policies#load()}. The implementation needs a public no-argument
 * constructor.
 *
 * @since 0.2.0
 */
public interface PolicyProvider {
  /**
   * Returns the policy.
   *
   * @return the policy, the same value on every call
   */
  Policy policy();
}

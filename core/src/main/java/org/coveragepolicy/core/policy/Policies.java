package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of coverage policies and the lookups the engine, the readers and the services make
 * through it: the policy of a product, an HCPCS code or an edition, an edition by name, and the
 * union of the policies' catalogs, editions, rules, sources and interpretations. Immutable.
 *
 * <p>{@link #load()} finds the policies on the class path with {@link ServiceLoader} ({@link
 * PolicyProvider}); {@link #of} takes them explicitly. Two policies never claim the same name,
 * edition name, product or HCPCS code.
 *
 * @since 0.2.0
 */
public final class Policies {
  private static volatile @Nullable Policies loaded;

  private final ImmutableList<Policy> policies;
  private final DrugCatalog catalog;
  private final ImmutableList<Edition> editions;

  private Policies(ImmutableList<Policy> policies) {
    checkArgument(!policies.isEmpty(), "policies: none given");
    Set<String> names = new HashSet<>();
    Set<String> editionNames = new HashSet<>();
    Set<Hcpcs> hcpcs = new HashSet<>();
    ImmutableList.Builder<CatalogEntry> entries = ImmutableList.builder();
    ImmutableList.Builder<Edition> allEditions = ImmutableList.builder();
    for (Policy p : policies) {
      checkArgument(names.add(p.name()), "policies: %s given twice", p.name());
      for (Edition e : p.editions()) {
        checkArgument(
            editionNames.add(e.name()), "policies: edition %s belongs to two policies", e.name());
        allEditions.add(e);
      }
      for (Hcpcs code : p.catalog().hcpcsCodes()) {
        checkArgument(hcpcs.add(code), "policies: HCPCS %s billed by two policies", code.code());
      }
      entries.addAll(p.catalog().entries());
    }
    this.policies = policies;
    this.catalog = DrugCatalog.of(entries.build());
    this.editions = allEditions.build();
  }

  /**
   * Returns the given policies, in order; the first one's default edition is the default when
   * nothing else selects one.
   *
   * @param policies the policies
   * @return the set
   * @throws IllegalArgumentException if none is given, two share a name or an edition name, or two
   *     list the same product or HCPCS code
   */
  public static Policies of(Iterable<Policy> policies) {
    return new Policies(ImmutableList.copyOf(policies));
  }

  /**
   * Returns the given policies, in order.
   *
   * @param policies the policies
   * @return the set
   * @throws IllegalArgumentException as {@link #of(Iterable)}
   */
  public static Policies of(Policy... policies) {
    return new Policies(ImmutableList.copyOf(policies));
  }

  /**
   * Returns the policies {@link ServiceLoader} finds on the class path of this class's loader (the
   * built-in ones first, then any other jar's, each group by name), loaded once.
   *
   * @return the policies
   * @throws PolicyLoadException if a provider fails ({@link #load(ClassLoader)})
   * @throws IllegalStateException if no policy is on the class path
   */
  public static Policies load() {
    Policies p = loaded;
    if (p == null) {
      synchronized (Policies.class) {
        p = loaded;
        if (p == null) {
          p = load(Policies.class.getClassLoader());
          loaded = p;
        }
      }
    }
    return p;
  }

  /**
   * Returns the policies {@link ServiceLoader} finds through a class loader, ordered by the
   * provider's class name (so the order does not depend on the class path's).
   *
   * <p>One provider that fails stops the load: a provider class that cannot be found or created, a
   * {@link PolicyProvider#policy()} that throws or returns null, and two policies that claim the
   * same name, edition name, product or HCPCS code are each a {@link PolicyLoadException} naming
   * the provider class (both, for a clash) and the reason, in one line.
   *
   * @param loader the class loader
   * @return the policies
   * @throws PolicyLoadException if a provider fails as above
   * @throws IllegalStateException if none is found
   */
  public static Policies load(ClassLoader loader) {
    Map<String, Policy> byProvider = new java.util.TreeMap<>();
    java.util.Iterator<ServiceLoader.Provider<PolicyProvider>> providers =
        ServiceLoader.load(PolicyProvider.class, loader).stream().iterator();
    while (true) {
      ServiceLoader.Provider<PolicyProvider> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (java.util.ServiceConfigurationError e) {
        // a listed class that is missing or not a provider: the error's message names it
        throw new PolicyLoadException("", "policy provider cannot be loaded: " + reason(e));
      }
      String name = provider.type().getName();
      Policy policy;
      try {
        policy = provider.get().policy();
      } catch (java.util.ServiceConfigurationError | RuntimeException | LinkageError e) {
        throw new PolicyLoadException(
            name, "policy provider " + name + ": cannot supply its policy: " + reason(e));
      }
      if (policy == null) {
        throw new PolicyLoadException(
            name, "policy provider " + name + ": cannot supply its policy: policy() returned null");
      }
      byProvider.put(name, policy);
    }
    if (byProvider.isEmpty()) {
      throw new IllegalStateException(
          "no coverage policy on the class path (no "
              + PolicyProvider.class.getName()
              + " service); add coverage-policy-indications or a policy jar");
    }
    checkNoClash(byProvider);
    return new Policies(ImmutableList.copyOf(byProvider.values()));
  }

  /**
   * Checks that no two providers' policies claim the same name, edition name, product or HCPCS
   * code, naming both providers when two do.
   */
  private static void checkNoClash(Map<String, Policy> byProvider) {
    Map<String, String> claimed = new java.util.HashMap<>();
    for (Map.Entry<String, Policy> e : byProvider.entrySet()) {
      String provider = e.getKey();
      Policy p = e.getValue();
      Set<String> own = new java.util.LinkedHashSet<>();
      own.add("policy name " + p.name());
      for (Edition edition : p.editions()) {
        own.add("edition " + edition.name());
      }
      for (CatalogEntry entry : p.catalog().entries()) {
        own.add("product " + entry.product());
      }
      for (Hcpcs code : p.catalog().hcpcsCodes()) {
        own.add("HCPCS " + code.code());
      }
      for (String what : own) {
        String other = claimed.putIfAbsent(what, provider);
        if (other != null) {
          throw new PolicyLoadException(
              provider,
              "policy providers "
                  + other
                  + " and "
                  + provider
                  + ": both claim the "
                  + what
                  + "; remove one of the jars from the class path");
        }
      }
    }
  }

  /** A failure in words, one line: the exception's class and message, the cause's if it has one. */
  private static String reason(Throwable e) {
    Throwable t = e instanceof java.util.ServiceConfigurationError && e.getCause() != null
        ? e.getCause()
        : e;
    String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    return t.getClass().getSimpleName() + message;
  }

  /**
   * Returns the policies, in order.
   *
   * @return the policies
   */
  public ImmutableList<Policy> all() {
    return policies;
  }

  /**
   * Returns the default policy: the first.
   *
   * @return the first policy
   */
  public Policy first() {
    return policies.get(0);
  }

  /**
   * Returns the union of the policies' catalogs, in order.
   *
   * @return the catalog
   */
  public DrugCatalog catalog() {
    return catalog;
  }

  /**
   * Returns every policy's editions, each policy's default first, in the policies' order.
   *
   * @return the editions
   */
  public ImmutableList<Edition> editions() {
    return editions;
  }

  /**
   * Returns the edition of a name, of whichever policy has it.
   *
   * @param name the edition's name
   * @return the edition
   * @throws IllegalArgumentException if no policy has an edition of that name; the message lists
   *     the names
   */
  public Edition edition(String name) {
    for (Edition e : editions) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Edition e : editions) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new IllegalArgumentException(
        "not an edition: \"" + name + "\" (expected one of " + names + ")");
  }

  /**
   * Returns the policy an edition belongs to: the one listing an edition of its name.
   *
   * @param edition an edition
   * @return the policy, if one lists the edition's name
   */
  public Optional<Policy> policyOf(Edition edition) {
    for (Policy p : policies) {
      if (p.edition(edition.name()).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the policy of a catalog entry: the one whose catalog lists its product, else its
   * family's reference product, else its HCPCS code (an entry added by a catalog file).
   *
   * @param entry a catalog entry
   * @return the policy, if one covers the entry
   */
  public Optional<Policy> policyOf(CatalogEntry entry) {
    Optional<Policy> p = policyOf(entry.product());
    if (p.isEmpty()) {
      p = policyOf(entry.family());
    }
    return p.isPresent() ? p : policyOf(entry.hcpcs());
  }

  /**
   * Returns the policy whose catalog lists a product.
   *
   * @param product a product
   * @return the policy, if one lists the product
   */
  public Optional<Policy> policyOf(Product product) {
    for (Policy p : policies) {
      if (p.catalog().entry(product).isPresent()) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the policy whose catalog bills a product under an HCPCS code.
   *
   * @param hcpcs an HCPCS code
   * @return the policy, if one bills a product under the code
   */
  public Optional<Policy> policyOf(Hcpcs hcpcs) {
    for (Policy p : policies) {
      if (p.catalog().hcpcsCodes().contains(hcpcs)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the policies' rules, each ID once (the first policy's citation wins).
   *
   * @return the rules
   */
  public ImmutableList<Rule> rules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (Policy p : policies) {
      for (Rule r : p.rules()) {
        rules.putIfAbsent(r.id(), r);
      }
    }
    return ImmutableList.copyOf(rules.values());
  }

  /**
   * Returns the policies' sources, each key once.
   *
   * @return the sources
   */
  public ImmutableList<Source> sources() {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Policy p : policies) {
      for (Source s : p.sources()) {
        sources.putIfAbsent(s.key(), s);
      }
    }
    return ImmutableList.copyOf(sources.values());
  }

  /**
   * Returns the policies' interpretations, each name once.
   *
   * @return the interpretations
   */
  public ImmutableList<Interpretation> interpretations() {
    Map<String, Interpretation> all = new LinkedHashMap<>();
    for (Policy p : policies) {
      for (Interpretation i : p.interpretations()) {
        all.putIfAbsent(i.name(), i);
      }
    }
    return ImmutableList.copyOf(all.values());
  }

  /**
   * Returns the indications of every policy's editions, each name once, in order.
   *
   * @return the indications
   */
  public ImmutableList<Indication> indications() {
    Map<String, Indication> all = new LinkedHashMap<>();
    for (Edition e : editions) {
      for (Indication i : e.indications()) {
        all.putIfAbsent(i.name(), i);
      }
    }
    return ImmutableList.copyOf(all.values());
  }

  @Override
  public String toString() {
    return "Policies" + policies;
  }
}

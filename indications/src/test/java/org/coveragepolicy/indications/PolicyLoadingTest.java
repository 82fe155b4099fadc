package org.coveragepolicy.indications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.PolicyLoadException;
import org.coveragepolicy.core.policy.PolicyProvider;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One policy provider that fails stops {@link Policies#load(ClassLoader)} with a one-line message
 * naming the provider class and the reason: the built-in policies and a failing provider's jar
 * (here a directory with its {@code META-INF/services} file) on one class path.
 */
class PolicyLoadingTest {
  @TempDir Path jar;

  /** A provider whose policy() throws. */
  public static final class Throwing implements PolicyProvider {
    @Override
    public Policy policy() {
      throw new IllegalStateException("the policy's table is missing");
    }
  }

  /** A provider whose constructor throws. */
  public static final class FailingConstructor implements PolicyProvider {
    public FailingConstructor() {
      throw new UnsupportedOperationException("cannot start");
    }

    @Override
    public Policy policy() {
      return DenosumabPolicy.POLICY;
    }
  }

  /** A provider returning null. */
  public static final class Null implements PolicyProvider {
    @Override
    public Policy policy() {
      return null;
    }
  }

  /** A policy of its own name, edition and product that bills denosumab's HCPCS code. */
  public static final class SameHcpcs implements PolicyProvider {
    @Override
    public Policy policy() {
      return Policy.builder()
          .from(DenosumabPolicy.POLICY)
          .name("OTHER")
          .editions(
              List.of(Edition.builder().from(DenosumabPolicy.NORIDIAN_JF_2026).name("OTHER_2026").build()))
          .catalog(
              DrugCatalog.of(
                  CatalogEntry.builder()
                      .from(DenosumabCatalog.PROLIA_ENTRY)
                      .product(Product.of("OTHERDRUG"))
                      .ndcs(List.of())
                      .build()))
          .build();
    }
  }

  /** Denosumab's policy under another name: the same editions. */
  public static final class SameEdition implements PolicyProvider {
    @Override
    public Policy policy() {
      return Policy.builder().from(DenosumabPolicy.POLICY).name("COPY").build();
    }
  }

  private Policies loadWith(String providerClass) throws IOException {
    Path services = jar.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(PolicyProvider.class.getName()),
        providerClass + "\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      return Policies.load(loader);
    }
  }

  @Test
  void aProviderWhosePolicyThrowsStopsTheLoadNamingItsClassAndTheReason() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith(Throwing.class.getName()))
        .satisfies(e -> assertThat(e.provider()).isEqualTo(Throwing.class.getName()))
        .withMessage(
            "policy provider %s: cannot supply its policy: IllegalStateException: the policy's"
                + " table is missing",
            Throwing.class.getName());
  }

  @Test
  void aProviderThatCannotBeCreatedStopsTheLoadNamingItsClassAndTheReason() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith(FailingConstructor.class.getName()))
        .withMessage(
            "policy provider %s: cannot supply its policy: UnsupportedOperationException: cannot"
                + " start",
            FailingConstructor.class.getName());
  }

  @Test
  void aProviderReturningNoPolicyStopsTheLoad() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith(Null.class.getName()))
        .withMessageContaining(Null.class.getName())
        .withMessageEndingWith("policy() returned null");
  }

  @Test
  void aListedClassThatDoesNotExistStopsTheLoadNamingIt() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith("com.example.NoSuchProvider"))
        .withMessageStartingWith("policy provider cannot be loaded: ")
        .withMessageContaining("com.example.NoSuchProvider");
  }

  @Test
  void twoPoliciesBillingOneHcpcsCodeStopTheLoadNamingBothProviders() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith(SameHcpcs.class.getName()))
        .withMessageContaining(DenosumabPolicy.class.getName())
        .withMessageContaining(SameHcpcs.class.getName())
        .withMessageContaining("both claim the HCPCS J0897")
        .withMessageNotContaining("\n");
  }

  @Test
  void twoPoliciesNamingOneEditionStopTheLoadNamingBothProviders() {
    assertThatExceptionOfType(PolicyLoadException.class)
        .isThrownBy(() -> loadWith(SameEdition.class.getName()))
        .withMessageContaining(DenosumabPolicy.class.getName())
        .withMessageContaining(SameEdition.class.getName())
        .withMessageContaining("both claim the edition NORIDIAN_JF_2026");
  }

  @Test
  void theBuiltInPoliciesLoadThroughAClassLoaderInTheirProvidersOrder() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
      assertThat(Policies.load(loader).all())
          .extracting(Policy::name)
          .containsExactly("DENOSUMAB", "ROMOSOZUMAB");
    }
  }

  @Test
  void policiesOfTwoPoliciesBillingOneHcpcsCodeIsRejected() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Policies.of(DenosumabPolicy.POLICY, new SameHcpcs().policy()))
        .withMessage("policies: HCPCS J0897 billed by two policies");
  }
}

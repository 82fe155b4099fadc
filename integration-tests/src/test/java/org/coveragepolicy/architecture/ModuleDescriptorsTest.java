package org.coveragepolicy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coveragepolicy.core.policy.PolicyProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors ({@code module-info.class}) of the published modules, read from the built
 * classes: each exports its API packages and nothing else, an {@code .internal} package is
 * exported to none or only to our own modules that need it, and the policies are services on the
 * module path as they are on the class path.
 */
class ModuleDescriptorsTest {

  private static final String CORE = "org.coveragepolicy.core";
  private static final String INDICATIONS = "org.coveragepolicy.indications";
  private static final String REVIEW = "org.coveragepolicy.review";

  /** What each module exports to everyone: its API packages. */
  static final Map<String, Set<String>> API_EXPORTS =
      Map.of(
          CORE,
          Set.of(
              "org.coveragepolicy.core",
              "org.coveragepolicy.core.claim",
              "org.coveragepolicy.core.code",
              "org.coveragepolicy.core.drug",
              "org.coveragepolicy.core.evidence",
              "org.coveragepolicy.core.finding",
              "org.coveragepolicy.core.partb",
              "org.coveragepolicy.core.policy"),
          INDICATIONS,
          Set.of(
              "org.coveragepolicy.indications.common",
              "org.coveragepolicy.indications.denosumab",
              "org.coveragepolicy.indications.romosozumab"),
          REVIEW,
          Set.of("org.coveragepolicy.review"),
          "org.coveragepolicy.json",
          Set.of("org.coveragepolicy.json"),
          "org.coveragepolicy.fhir",
          Set.of("org.coveragepolicy.fhir"),
          "org.coveragepolicy.server",
          Set.of("org.coveragepolicy.server"),
          "org.coveragepolicy.cli",
          Set.of("org.coveragepolicy.cli"));

  /** The only qualified exports: core's wiring, to the modules that compile against it. */
  static final Map<String, Set<String>> QUALIFIED_EXPORTS =
      Map.of(
          "org.coveragepolicy.core.internal", Set.of(INDICATIONS, REVIEW),
          "org.coveragepolicy.core.policy.internal", Set.of(REVIEW));

  private static Map<String, ModuleDescriptor> descriptors;

  @BeforeAll
  static void readDescriptors() throws IOException {
    descriptors = new TreeMap<>();
    for (URL url : Collections.list(
        ModuleDescriptorsTest.class.getClassLoader().getResources("module-info.class"))) {
      try (InputStream in = url.openStream()) {
        ModuleDescriptor d = ModuleDescriptor.read(in);
        if (d.name().startsWith("org.coveragepolicy.")) {
          descriptors.put(d.name(), d);
        }
      }
    }
  }

  private static Set<String> unqualifiedExports(ModuleDescriptor d) {
    return d.exports().stream()
        .filter(e -> !e.isQualified())
        .map(Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, Set<String>> qualifiedExports() {
    Map<String, Set<String>> qualified = new TreeMap<>();
    for (ModuleDescriptor d : descriptors.values()) {
      for (Exports e : d.exports()) {
        if (e.isQualified()) {
          qualified.put(e.source(), e.targets());
        }
      }
    }
    return qualified;
  }

  @Test
  void everyPublishedModuleHasADescriptor() {
    assertThat(descriptors.keySet()).isEqualTo(API_EXPORTS.keySet());
    assertThat(descriptors.values()).noneMatch(ModuleDescriptor::isAutomatic);
  }

  @Test
  void eachModuleExportsItsApiPackagesToEveryoneAndNothingElse() {
    Map<String, Set<String>> exported = new TreeMap<>();
    descriptors.forEach((name, d) -> exported.put(name, unqualifiedExports(d)));

    assertThat(exported).isEqualTo(API_EXPORTS);
  }

  @Test
  void noInternalPackageIsExportedToEveryone() {
    Set<String> internal =
        descriptors.values().stream()
            .flatMap(d -> unqualifiedExports(d).stream())
            .filter(p -> p.endsWith(".internal") || p.contains(".internal."))
            .collect(Collectors.toSet());

    assertThat(internal).isEmpty();
  }

  @Test
  void internalPackagesAreExportedOnlyToOurModulesThatNeedThem() {
    assertThat(qualifiedExports()).isEqualTo(QUALIFIED_EXPORTS);
  }

  @Test
  void coreUsesAndIndicationsProvidesThePolicyService() {
    ModuleDescriptor indications = descriptors.get(INDICATIONS);

    assertThat(descriptors.get(CORE).uses()).containsExactly(PolicyProvider.class.getName());
    assertThat(indications.provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo(PolicyProvider.class.getName());
              assertThat(p.providers())
                  .containsExactly(
                      "org.coveragepolicy.indications.denosumab.DenosumabPolicy",
                      "org.coveragepolicy.indications.romosozumab.RomosozumabPolicy");
            });
  }

  /** Where a class was loaded from: a jar, or a directory of classes. */
  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void policiesLoadOnTheModulePathThroughTheDescriptorsAlone() throws Exception {
    // core and indications on a module path of their own, with Guava: nothing of the class path
    // (no META-INF/services) is visible to the layer, so the policies come from provides and uses
    // indications by name: no module's main code may use it (LayeringTest), and this test is alike
    Path indicationsJar =
        locationOf(Class.forName("org.coveragepolicy.indications.denosumab.DenosumabPolicy"));
    ModuleFinder finder =
        ModuleFinder.of(
            locationOf(PolicyProvider.class),
            indicationsJar,
            locationOf(ImmutableList.class),
            locationOf(InternalFutureFailureAccess.class));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of(CORE));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(CORE);

    Class<?> policies = loader.loadClass("org.coveragepolicy.core.policy.Policies");
    Object loaded = policies.getMethod("load").invoke(null);
    List<String> names = new ArrayList<>();
    Method name = loader.loadClass("org.coveragepolicy.core.policy.Policy").getMethod("name");
    for (Object policy : (List<?>) policies.getMethod("all").invoke(loaded)) {
      names.add((String) name.invoke(policy));
    }

    assertThat(layer.findModule(INDICATIONS)).isPresent();
    assertThat(policies.getModule().getName()).isEqualTo(CORE);
    assertThat(names).containsExactlyInAnyOrder("DENOSUMAB", "ROMOSOZUMAB");
  }
}

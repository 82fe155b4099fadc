package org.coveragepolicy.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules form layers, each using only those below it: core ← documentation-checks (the
 * engine) ← json, fhir ← cli, server; the policies of indications use core and no module uses them
 * (they are found at run time through {@code PolicyProvider}). A module that does not exist (yet) is an empty
 * layer: the rule holds for it vacuously and covers it as soon as its classes are on this module's
 * test class path.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = MainClasses.get();
  }

  static LayeredArchitecture layers() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("core")
        .definedBy("org.coveragepolicy.core..")
        .layer("indications")
        .definedBy("org.coveragepolicy.indications..")
        .layer("documentation-checks")
        .definedBy("org.coveragepolicy.review..")
        .layer("json")
        .definedBy("org.coveragepolicy.json..")
        .layer("fhir")
        .definedBy("org.coveragepolicy.fhir..")
        .layer("cli")
        .definedBy("org.coveragepolicy.cli..")
        .layer("server")
        .definedBy("org.coveragepolicy.server..")
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("cli") // the serve command starts the service
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("fhir")
        .mayOnlyBeAccessedByLayers("cli", "server")
        .whereLayer("json")
        .mayOnlyBeAccessedByLayers("cli", "server")
        .whereLayer("documentation-checks")
        .mayOnlyBeAccessedByLayers("json", "fhir", "cli", "server")
        .whereLayer("indications")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("core")
        .mayOnlyBeAccessedByLayers(
            "indications", "documentation-checks", "json", "fhir", "cli", "server");
  }

  @Test
  void theModulesOnTheClassPathAreImported() {
    Set<String> packages =
        classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());

    assertThat(packages)
        .contains(
            "org.coveragepolicy.core.finding",
            "org.coveragepolicy.core.policy",
            "org.coveragepolicy.indications.denosumab",
            "org.coveragepolicy.review",
            "org.coveragepolicy.cli");
  }

  @Test
  void eachModuleUsesOnlyTheLayersBelowIt() {
    layers().check(classes);
  }

  @Test
  void aLowerLayerUsingAHigherOneBreaksTheRule() {
    // the imported classes carry their real cross-module dependencies: indications uses core,
    // so a rule that forbids any access to core is violated
    EvaluationResult inverted =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core")
            .definedBy("org.coveragepolicy.core..")
            .layer("indications")
            .definedBy("org.coveragepolicy.indications..")
            .whereLayer("indications")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("core")
            .mayNotBeAccessedByAnyLayer()
            .evaluate(classes);

    assertThat(inverted.hasViolation()).isTrue();
  }
}

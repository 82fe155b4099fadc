package org.coveragepolicy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API is the listed packages of each module. Wiring that only another module of ours
 * needs lives in an {@code .internal} package: public so that module can reach it, left out of the
 * Javadoc, and never named by the API, so that a user of the API never needs it.
 */
class ApiSurfaceTest {

  /** The packages of the published modules that hold public API types: those they export. */
  static final Set<String> API_PACKAGES =
      ModuleDescriptorsTest.API_EXPORTS.values().stream()
          .flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = MainClasses.get();
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  /** A class a user can name: public, and every class it is nested in is public too. */
  private static boolean isVisible(JavaClass c) {
    Optional<JavaClass> at = Optional.of(c);
    while (at.isPresent()) {
      if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      at = at.get().getEnclosingClass();
    }
    return true;
  }

  private static boolean isApi(JavaClass c) {
    return isVisible(c) && !isInternal(c.getPackageName());
  }

  private static boolean isApiMember(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    boolean visible =
        modifiers.contains(JavaModifier.PUBLIC)
            || (modifiers.contains(JavaModifier.PROTECTED)
                && !member.getOwner().getModifiers().contains(JavaModifier.FINAL));
    return visible && !modifiers.contains(JavaModifier.SYNTHETIC);
  }

  private static void collectInternal(
      JavaType type, String where, List<String> violations) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (isInternal(raw.getPackageName())) {
        violations.add(where + " exposes " + raw.getName());
      }
    }
  }

  @Test
  void publicTypesOutsideInternalPackagesAreInTheListedApiPackages() {
    Set<String> packages =
        classes.stream()
            .filter(ApiSurfaceTest::isApi)
            .map(JavaClass::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(packages).isSubsetOf(API_PACKAGES).contains("org.coveragepolicy.core");
  }

  @Test
  void theInternalPackagesExistAndHoldTheWiring() {
    Set<String> internal =
        classes.stream()
            .map(JavaClass::getPackageName)
            .filter(ApiSurfaceTest::isInternal)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(internal)
        .contains("org.coveragepolicy.core.internal", "org.coveragepolicy.core.policy.internal");
  }

  @Test
  void noApiTypeExposesAnInternalType() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : classes) {
      if (!isApi(c)) {
        continue;
      }
      c.getSuperclass().ifPresent(s -> collectInternal(s, c.getName() + " superclass", violations));
      for (JavaType i : c.getInterfaces()) {
        collectInternal(i, c.getName() + " interface", violations);
      }
      for (JavaField field : c.getFields()) {
        if (isApiMember(field)) {
          collectInternal(field.getType(), field.getFullName(), violations);
        }
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        if (!isApiMember(unit)) {
          continue;
        }
        collectInternal(unit.getReturnType(), unit.getFullName(), violations);
        for (JavaType parameter : unit.getParameterTypes()) {
          collectInternal(parameter, unit.getFullName(), violations);
        }
        for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
          collectInternal(thrown, unit.getFullName(), violations);
        }
      }
    }

    assertThat(violations).isEmpty();
  }

  @Test
  void anApiMethodReturningAnInternalTypeBreaksTheRule() {
    // the check sees through generics: a list of an internal type is an internal type
    JavaClasses internalAndApi =
        new ClassFileImporter()
            .importClasses(Exposing.class, org.coveragepolicy.core.internal.CoverageStyle.class);
    JavaClass exposing = internalAndApi.get(Exposing.class);
    List<String> violations = new ArrayList<>();
    for (JavaCodeUnit unit : exposing.getCodeUnits()) {
      collectInternal(unit.getReturnType(), unit.getFullName(), violations);
    }

    assertThat(violations).hasSize(1);
  }

  /** A type whose method names an internal type, for the test that the check catches it. */
  interface Exposing {
    List<org.coveragepolicy.core.internal.CoverageStyle> styles();
  }
}

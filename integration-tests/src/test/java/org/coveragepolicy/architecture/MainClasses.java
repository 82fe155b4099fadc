package org.coveragepolicy.architecture;

import com.google.common.base.Suppliers;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.function.Supplier;

/**
 * The project's main classes (no tests) on this module's class path, imported once for the
 * architecture tests.
 */
final class MainClasses {
  private static final Supplier<JavaClasses> IMPORTED =
      Suppliers.memoize(
          () ->
              new ClassFileImporter()
                  .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                  .importPackages("org.coveragepolicy"));

  private MainClasses() {}

  /** Returns the classes, importing them on the first call. */
  static JavaClasses get() {
    return IMPORTED.get();
  }
}

package org.coveragepolicy.fhir;

import org.coveragepolicy.core.InvalidInputException;

/** Reading a Bundle that must be refused, in a test: the exception it is refused with. */
final class InvalidBundles {
  private InvalidBundles() {}

  /** Returns the exception reading the Bundle's JSON throws; fails the test if it reads. */
  static InvalidInputException invalid(String bundleJson) {
    try {
      BundleCases.toCase(bundleJson);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected invalid input");
  }
}

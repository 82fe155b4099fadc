package org.coveragepolicy.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** The resources of a Bundle, in a test: the first of a type, to change or copy. */
final class BundleResources {
  private BundleResources() {}

  /** Returns the Bundle's first resource of a type; fails the test if it has none. */
  static <T extends Resource> T first(Bundle b, Class<T> type) {
    return b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the Bundle holds no " + type.getSimpleName()));
  }
}

package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.jspecify.annotations.Nullable;

/** Reading invalid cases in a test: the exception the reader throws, for assertions on it. */
final class InvalidCases {
  private InvalidCases() {}

  /**
   * Returns the exception reading the given JSON throws, or null if it reads (an assertion on the
   * result then fails).
   */
  static @Nullable InvalidCaseException invalid(String json) {
    return catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(json));
  }

  /** Returns the exception reading the given bytes throws, or null if they read. */
  static @Nullable InvalidCaseException invalid(byte[] json) {
    return catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(json));
  }
}

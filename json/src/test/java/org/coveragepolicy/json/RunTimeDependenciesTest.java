package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The json module runs without the command line's libraries. */
class RunTimeDependenciesTest {
  @Test
  void moduleNeedsNeitherPicocliNorDatabindAtRunTime() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}

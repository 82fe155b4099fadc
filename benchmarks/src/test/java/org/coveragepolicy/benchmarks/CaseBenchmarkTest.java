package org.coveragepolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class CaseBenchmarkTest {
  /**
   * The per-case benchmark names every example case but the {@code biosimilar-*}, {@code rev2-*}
   * and {@code rev3-*} ones, which are variants of the Prolia and Xgeva cases that run the same
   * rules (the batch benchmark reads them all).
   */
  @Test
  void caseParameterNamesEveryExampleCaseButTheVariants() throws NoSuchFieldException {
    Param param = CaseBenchmark.class.getField("caseName").getAnnotation(Param.class);

    assertThat(List.of(param.value()))
        .containsExactlyInAnyOrderElementsOf(
            Examples.caseNames().stream()
                .filter(
                    n ->
                        !n.startsWith("biosimilar-")
                            && !n.startsWith("romosozumab-")
                            && !n.startsWith("rev2-")
                            && !n.startsWith("rev3-"))
                .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void jsonLinesHoldOneLinePerExampleCase() {
    String lines = Examples.jsonLines();

    assertThat(lines.split("\n", -1)).hasSize(Examples.caseNames().size() + 1);
    assertThat(lines).endsWith("}\n");
  }
}

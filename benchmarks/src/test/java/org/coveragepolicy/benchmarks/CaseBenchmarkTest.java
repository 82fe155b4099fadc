package org.coveragepolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class CaseBenchmarkTest {
  @Test
  void caseParameterNamesEveryExampleCase() throws NoSuchFieldException {
    Param param = CaseBenchmark.class.getField("caseName").getAnnotation(Param.class);

    assertThat(List.of(param.value())).containsExactlyInAnyOrderElementsOf(Examples.caseNames());
  }

  @Test
  void jsonLinesHoldOneLinePerExampleCase() {
    String lines = Examples.jsonLines();

    assertThat(lines.split("\n", -1)).hasSize(Examples.caseNames().size() + 1);
    assertThat(lines).endsWith("}\n");
  }
}

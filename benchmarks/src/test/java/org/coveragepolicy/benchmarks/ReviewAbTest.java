package org.coveragepolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewAbTest {
  @Test
  void quantileInterpolatesBetweenRanks() {
    List<Double> values = List.of(4.0, 1.0, 3.0, 2.0);

    assertThat(ReviewAb.quantile(values, 0.5)).isCloseTo(2.5, within(1e-9));
    assertThat(ReviewAb.quantile(values, 0.25)).isCloseTo(1.75, within(1e-9));
    assertThat(ReviewAb.quantile(values, 0.0)).isEqualTo(1.0);
    assertThat(ReviewAb.quantile(values, 1.0)).isEqualTo(4.0);
    assertThat(ReviewAb.quantile(List.of(7.0), 0.5)).isEqualTo(7.0);
  }

  /** A round is {reference, A, B}; a busy round (slow reference) is left out of the quiet ratio. */
  @Test
  void summaryGivesTheMedianRatioAndTheQuietRoundsApart() {
    List<double[]> rounds =
        List.of(
            new double[] {900, 2.0, 2.2}, // quiet, B/A 1.1
            new double[] {950, 2.0, 2.2}, // quiet (within 10% of 900), 1.1
            new double[] {1200, 3.0, 3.6}); // busy, 1.2

    String summary = ReviewAb.summary(rounds);

    assertThat(summary)
        .startsWith("B/A median 1.100 (quartiles 1.100-1.150) over 3 rounds; A 2.000 us, B 2.200 us")
        .endsWith("quiet rounds: 2, B/A median 1.100");
  }

  @Test
  void summaryOfNoRoundsSaysSo() {
    assertThat(ReviewAb.summary(List.of())).isEqualTo("no rounds counted");
  }
}

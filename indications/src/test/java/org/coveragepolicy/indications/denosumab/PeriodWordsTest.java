package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.DoseChecks;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** Durations in messages are written in words, never as ISO periods. */
class PeriodWordsTest {
  @Test
  void periodsAreWrittenInWords() {
    assertThat(DoseChecks.words(Period.ofMonths(6))).isEqualTo("6 months");
    assertThat(DoseChecks.words(Period.ofDays(28))).isEqualTo("28 days");
    assertThat(DoseChecks.words(Period.ofDays(1))).isEqualTo("1 day");
    assertThat(DoseChecks.words(Period.of(1, 2, 0))).isEqualTo("1 year and 2 months");
    assertThat(DoseChecks.words(Period.ZERO)).isEqualTo("0 days");
  }
}

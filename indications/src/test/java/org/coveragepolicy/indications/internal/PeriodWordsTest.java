package org.coveragepolicy.indications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** Durations in messages are written in words, never as ISO periods. */
class PeriodWordsTest {
  @Test
  void periodsAreWrittenInWords() {
    assertThat(DoseAndSafety.words(Period.ofMonths(6))).isEqualTo("6 months");
    assertThat(DoseAndSafety.words(Period.ofDays(28))).isEqualTo("28 days");
    assertThat(DoseAndSafety.words(Period.ofDays(1))).isEqualTo("1 day");
    assertThat(DoseAndSafety.words(Period.of(1, 2, 0))).isEqualTo("1 year and 2 months");
    assertThat(DoseAndSafety.words(Period.ZERO)).isEqualTo("0 days");
  }
}

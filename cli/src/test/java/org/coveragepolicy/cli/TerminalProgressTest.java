package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void lineShowsLinesRateAndTimeLeftFromTheBytesRead() {
    // a quarter of the input in 10 s: 30 s left
    assertThat(TerminalProgress.line(100_000, 250, 1_000, 10_000_000_000L))
        .isEqualTo("100,000 lines, 10,000 lines/s, ETA 0:30   ");
  }

  @Test
  void lineOfAnInputOfUnknownSizeHasNoTimeLeft() {
    assertThat(TerminalProgress.line(5_000, 900, 0, 2_000_000_000L))
        .isEqualTo("5,000 lines, 2,500 lines/s   ");
  }

  @Test
  void updatesAreShownAtMostEveryQuarterSecondAndFinishEndsTheLine() {
    AtomicLong now = new AtomicLong();
    StringWriter text = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(text), 1_000, now::get);
    p.update(10, 10);
    assertThat(text.toString()).isEmpty();
    now.set(TerminalProgress.EVERY_NANOS);
    p.update(20, 20);
    now.set(TerminalProgress.EVERY_NANOS + 1);
    p.update(30, 30);
    assertThat(text.toString()).startsWith("\r20 lines").doesNotContain("30 lines");
    p.finish(40, 1_000);
    assertThat(text.toString()).contains("\r40 lines").endsWith(System.lineSeparator());
  }

  @Test
  void shortBatchThatShowedNothingPrintsNothingAtTheEnd() {
    StringWriter text = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(text), 0, () -> 0L);
    p.update(5, 5);
    p.finish(5, 5);
    assertThat(text.toString()).isEmpty();
  }
}

package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void pseudoTerminalsAndConsolesAreTerminals() {
    assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/console")).isTrue();
  }

  @Test
  void filesPipesAndNullAreNotTerminals() {
    assertThat(Terminal.isTerminalDevice("/tmp/err.txt")).isFalse();
    assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
  }
}

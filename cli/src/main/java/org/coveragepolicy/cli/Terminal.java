package org.coveragepolicy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which decides whether a batch shows its progress. */
final class Terminal {
  private Terminal() {}

  /**
   * Returns whether standard error is a terminal. On Linux this is what file descriptor 2 is
   * linked to ({@code /dev/pts/N}, {@code /dev/ttyN}), whatever standard input and output are; where
   * that cannot be told, it falls back to {@link System#console()}, which needs standard input and
   * output to be the terminal too.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall back below
    }
    return System.console() != null;
  }

  /** Whether a device path names a terminal: a pseudo-terminal or a console. */
  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
  }
}

package org.coveragepolicy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Batch progress for a person at a terminal: one line on standard error, rewritten in place, with
 * the lines done, lines per second and, when the input's size is known, the time left. It goes to
 * standard error only, never into an output, and at most a few times a second.
 */
final class TerminalProgress implements Batch.Progress {
  /** The least time between two updates of the line, in nanoseconds. */
  static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long inputBytes;
  private final LongSupplier nanoTime;
  private final long start;
  private long last;
  private boolean shown;

  /**
   * Creates the progress line.
   *
   * @param err standard error
   * @param inputBytes the input's size in bytes, or 0 when not known (standard input)
   * @param nanoTime the clock, {@code System::nanoTime}; it only paces the progress line
   */
  TerminalProgress(PrintWriter err, long inputBytes, LongSupplier nanoTime) {
    this.err = err;
    this.inputBytes = inputBytes;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.last = start;
  }

  @Override
  public void update(long lines, long bytesRead) {
    long now = nanoTime.getAsLong();
    if (now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    err.print("\r" + line(lines, bytesRead, inputBytes, now - start));
    err.flush();
  }

  /** Ends the progress line, if one was shown, with the final count. */
  void finish(long lines, long bytesRead) {
    if (shown) {
      err.println("\r" + line(lines, bytesRead, bytesRead, nanoTime.getAsLong() - start));
      err.flush();
    }
  }

  /**
   * Returns the progress text: {@code 120,000 lines, 41,000 lines/s, ETA 0:05}.
   *
   * @param lines lines done
   * @param bytesRead input bytes read
   * @param inputBytes the input's size, 0 when unknown (then there is no ETA)
   * @param elapsedNanos time since the start
   */
  static String line(long lines, long bytesRead, long inputBytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    long rate = Math.round(lines / seconds);
    StringBuilder text =
        new StringBuilder(String.format(Locale.ROOT, "%,d lines, %,d lines/s", lines, rate));
    if (inputBytes > 0 && bytesRead > 0) {
      long left =
          bytesRead >= inputBytes
              ? 0
              : Math.round(seconds * (inputBytes - bytesRead) / (double) bytesRead);
      text.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
    }
    return text.append("   ").toString();
  }
}

package org.coveragepolicy.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/** The streams a command uses: standard input, output (bytes), errors, and whether a terminal. */
final class Io {
  final InputStream in;
  final PrintStream out;
  final PrintWriter err;
  final boolean interactive;

  Io(InputStream in, PrintStream out, PrintWriter err, boolean interactive) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }
}

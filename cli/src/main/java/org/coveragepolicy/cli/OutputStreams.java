package org.coveragepolicy.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;

/**
 * The streams an {@link OutputFile} writes through: one that names the output in every write
 * error, one that forces a file to disk before it is closed, and standard output that throws on a
 * write error instead of only recording it.
 */
final class OutputStreams {
  private OutputStreams() {}

  /** Names the output in every write error. */
  static final class Named extends FilterOutputStream {
    private final String name;

    Named(OutputStream out, String name) {
      super(out);
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw new OutputFile.WriteFailed(name, e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new OutputFile.WriteFailed(name, e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw new OutputFile.WriteFailed(name, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw new OutputFile.WriteFailed(name, e);
      }
    }
  }

  /** Forces the file's content to disk before it is closed, so a renamed file is whole. */
  static final class Forcing extends FilterOutputStream {
    private final FileChannel channel;

    Forcing(OutputStream out, FileChannel channel) {
      super(out);
      this.channel = channel;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      try {
        out.flush();
        channel.force(true);
      } finally {
        out.close();
      }
    }
  }

  /** Standard output that throws on a write error instead of only recording it; never closed. */
  static final class CheckedStdout extends OutputStream {
    private final PrintStream out;

    CheckedStdout(PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      check();
    }

    @Override
    public void flush() throws IOException {
      check();
    }

    @Override
    public void close() throws IOException {
      check();
    }

    private void check() throws IOException {
      // checkError flushes, then says whether any write or flush so far failed
      if (out.checkError()) {
        throw new IOException("write error");
      }
    }
  }
}

package org.coveragepolicy.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files a command names; {@code -} is standard input or output. Text is UTF-8. */
final class Inputs {
  /** The name that stands for standard input or output. */
  static final String STDIO = "-";

  private Inputs() {}

  /** A file a user named that cannot be opened: the user's input is at fault. */
  static final class UnusableFile extends Exception {
    private static final long serialVersionUID = 1L;

    UnusableFile(String message) {
      super(message);
    }
  }

  static String displayName(String name) {
    return STDIO.equals(name) ? "(standard input)" : name;
  }

  static BufferedReader reader(String name, InputStream stdin) throws UnusableFile {
    return new BufferedReader(
        new InputStreamReader(stream(name, stdin), StandardCharsets.UTF_8), 1 << 16);
  }

  /** Opens a file, or standard input for {@code -}, as bytes; closing it leaves stdin open. */
  static InputStream stream(String name, InputStream stdin) throws UnusableFile {
    InputStream in;
    if (STDIO.equals(name)) {
      in =
          new FilterInputStream(stdin) {
            @Override
            public void close() {
              // standard input stays open for whoever owns it
            }
          };
    } else {
      try {
        in = Files.newInputStream(Path.of(name));
      } catch (NoSuchFileException e) {
        throw new UnusableFile(name + ": no such file");
      } catch (AccessDeniedException e) {
        throw new UnusableFile(name + ": permission denied");
      } catch (IOException | RuntimeException e) {
        throw new UnusableFile(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
    return in;
  }

  static Writer writer(String name, OutputStream stdout) throws UnusableFile {
    OutputStream out;
    if (STDIO.equals(name)) {
      out =
          new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              // standard output stays open for whoever owns it
              flush();
            }
          };
    } else {
      try {
        out = Files.newOutputStream(Path.of(name));
      } catch (NoSuchFileException e) {
        throw new UnusableFile(name + ": cannot be written (no such directory)");
      } catch (AccessDeniedException e) {
        throw new UnusableFile(name + ": permission denied");
      } catch (IOException | RuntimeException e) {
        throw new UnusableFile(name + ": cannot be written (" + e.getClass().getSimpleName() + ")");
      }
    }
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  /** Reads all text, dropping a leading byte-order mark. */
  static String readAll(BufferedReader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return stripBom(text.toString());
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}

package org.coveragepolicy.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.review.ReviewCase;

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
        in = open(name);
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

  /**
   * Reads a named file or standard input as UTF-8 text, no further than a bound.
   *
   * @throws InvalidInputException if the text is longer than the bound
   */
  static String readText(String name, InputStream stdin, int maxChars)
      throws UnusableFile, IOException {
    try (BufferedReader reader = reader(name, stdin)) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[1 << 16];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > maxChars) {
          throw new org.coveragepolicy.core.InvalidInputException(
              "", "larger than " + maxChars + " characters");
        }
      }
      return stripBom(text.toString());
    }
  }

  /** Opens a named file for reading; a directory is not a file. */
  private static InputStream open(String name) throws IOException, UnusableFile {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new UnusableFile(name + ": not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw new UnusableFile(name + ": is a directory, not a file");
    }
    return Files.newInputStream(path);
  }

  /**
   * Reads one review case from a named file or standard input, no further than the reader's size
   * limit, so that endless input ends with an invalid-input error and not with exhausted memory.
   */
  static ReviewCase readCase(String name, InputStream stdin, CaseReader reader)
      throws UnusableFile {
    if (STDIO.equals(name)) {
      try {
        return reader.read(stdin);
      } catch (IOException e) {
        throw new UnusableFile(displayName(name) + ": cannot be read (" + reason(e) + ")");
      }
    }
    try (InputStream in = open(name)) {
      return reader.read(in);
    } catch (NoSuchFileException e) {
      throw new UnusableFile(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UnusableFile(name + ": permission denied");
    } catch (IOException e) {
      throw new UnusableFile(name + ": cannot be read (" + reason(e) + ")");
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\p{Cntrl}", "?");
  }

  /** Drops a leading byte-order mark. */
  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}

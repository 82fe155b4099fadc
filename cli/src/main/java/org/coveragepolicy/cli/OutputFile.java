package org.coveragepolicy.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * An output a command writes that appears whole or not at all.
 *
 * <p>A regular file (or one that does not exist yet) is written to a temporary file in the same
 * directory, {@code .NAME.PID.N.tmp}, which {@link #commit()} flushes to disk and renames over the
 * target in one atomic step; until then the target keeps its previous content, and {@link #close()}
 * without a commit deletes the temporary file. A process stopped by a signal that runs shutdown
 * hooks ({@code kill}, Ctrl-C) deletes it too; one killed outright ({@code kill -9}) may leave it
 * behind, never a half-written target. A target that exists and is not a regular file (a device
 * such as {@code /dev/null}, a named pipe) is written directly. Standard output ({@code -}) is
 * written directly, and a write error on it — which {@link PrintStream} only records — is thrown.
 *
 * <p>Every write error is thrown as a {@link WriteFailed} naming the output.
 */
final class OutputFile implements Closeable {
  private final String name;
  private final @Nullable Path target;
  private final @Nullable Path temporary;
  private final @Nullable Thread cleanup;
  private final boolean closes;
  private final OutputStream stream;
  private boolean done;

  /** A write to an output failed: the message names the output and the cause. */
  static final class WriteFailed extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailed(String name, IOException cause) {
      super(
          name
              + ": cannot be written ("
              + (cause.getMessage() == null
                  ? cause.getClass().getSimpleName()
                  : cause.getMessage())
              + ")",
          cause);
    }
  }

  private OutputFile(
      String name,
      @Nullable Path target,
      @Nullable Path temporary,
      @Nullable Thread cleanup,
      boolean closes,
      OutputStream raw) {
    this.name = name;
    this.target = target;
    this.temporary = temporary;
    this.cleanup = cleanup;
    this.closes = closes;
    this.stream = new Named(new BufferedOutputStream(raw, 1 << 16), name);
  }

  /**
   * Opens an output: standard output for {@code -}, otherwise a file as described above.
   *
   * @throws Inputs.UnusableFile if the file's directory does not exist or cannot be written
   */
  static OutputFile open(String name, PrintStream stdout) throws Inputs.UnusableFile {
    if (Inputs.STDIO.equals(name)) {
      return new OutputFile(
          "(standard output)", null, null, null, false, new CheckedStdout(stdout));
    }
    Path target = Path.of(name);
    try {
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        if (Files.isDirectory(target)) {
          throw new Inputs.UnusableFile(name + ": is a directory");
        }
        return new OutputFile(name, null, null, null, true, Files.newOutputStream(target));
      }
      Path temporary = createTemporary(target);
      Thread cleanup = new Thread(() -> deleteQuietly(temporary), "delete " + temporary);
      Runtime.getRuntime().addShutdownHook(cleanup);
      FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
      return new OutputFile(
          name,
          target,
          temporary,
          cleanup,
          true,
          new Forcing(Channels.newOutputStream(channel), channel));
    } catch (NoSuchFileException e) {
      throw new Inputs.UnusableFile(name + ": cannot be written (no such directory)");
    } catch (AccessDeniedException e) {
      throw new Inputs.UnusableFile(name + ": permission denied");
    } catch (IOException | RuntimeException e) {
      throw new Inputs.UnusableFile(name + ": cannot be written (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Path createTemporary(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = java.util.Objects.requireNonNull(absolute.getParent(), "a file has a directory");
    String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int n = 0; ; n++) {
      Path temporary = dir.resolve(prefix + n + ".tmp");
      try {
        // default permissions (the umask), as for any new file; a replaced file keeps its own
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      copyPermissions(absolute, temporary);
      return temporary;
    }
  }

  private static void copyPermissions(Path from, Path to) {
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(from)) {
      return;
    }
    try {
      PosixFileAttributes existing = Files.readAttributes(from, PosixFileAttributes.class);
      view.setPermissions(existing.permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the new file keeps the default permissions
    }
  }

  /** Returns the stream to write to; buffered. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Makes the output complete: flushes it and, for a file written through a temporary file, forces
   * it to disk and renames it over the target atomically.
   *
   * @throws WriteFailed if the output cannot be written or the file cannot be moved into place
   */
  void commit() throws WriteFailed {
    try {
      stream.flush();
      if (closes) {
        stream.close();
      }
      if (temporary != null && target != null) {
        Files.move(
            temporary,
            target,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (WriteFailed e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailed(name, e);
    } finally {
      removeCleanup();
    }
  }

  /** Discards an output that was not committed: its target keeps its previous content. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    if (closes) {
      try {
        stream.close();
      } catch (IOException e) {
        // discarded anyway
      }
    }
    if (temporary != null) {
      deleteQuietly(temporary);
    }
    removeCleanup();
  }

  private void removeCleanup() {
    if (cleanup != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs, and the temporary file is gone or committed
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing more to do
    }
  }

  /** Names the output in every write error. */
  private static final class Named extends FilterOutputStream {
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
        throw new WriteFailed(name, e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new WriteFailed(name, e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw new WriteFailed(name, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw new WriteFailed(name, e);
      }
    }
  }

  /** Forces the file's content to disk before it is closed, so a renamed file is whole. */
  private static final class Forcing extends FilterOutputStream {
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
  private static final class CheckedStdout extends OutputStream {
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

package org.coveragepolicy.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An output a command writes that appears whole or not at all.
 *
 * <p>A regular file (or one that does not exist yet) is written to a temporary file in the same
 * directory, {@code .NAME.PID.N.tmp}, which {@link #commit()} flushes to disk and renames over the
 * target in one atomic step; until then the target keeps its previous content, and {@link #close()}
 * without a commit deletes the temporary file. A process stopped by a signal that runs shutdown
 * hooks ({@code kill}, Ctrl-C) deletes it too, and from then on commits nothing: a commit and the
 * stop take one lock ({@link Stopping}), so each output was either renamed before the stop began
 * or keeps its previous content — even when the command reaches its commit while the process is
 * shutting down (a stopped pipeline often ends the input at the same moment). One killed outright
 * ({@code kill -9}) may leave a temporary file behind, never a half-written target. A target that exists and is not a regular file (a device
 * such as {@code /dev/null}, a named pipe) is written directly. Standard output ({@code -}) is
 * written directly, and a write error on it — which {@link PrintStream} only records — is thrown.
 *
 * <p>Every write error is thrown as a {@link WriteFailed} naming the output.
 */
final class OutputFile implements Closeable {
  private final String name;
  private final @Nullable Path target;
  private final @Nullable Path temporary;
  private final Stopping stopping;
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

  /**
   * Whether the process is stopping, and the temporary files to delete when it does: the shutdown
   * hook calls {@link #stop()}, and a commit renames its files only while holding the same lock and
   * only if the stop has not begun. So a stopped command commits nothing after the stop began, and
   * the stop never deletes a file halfway through a commit.
   */
  static final class Stopping {
    private final Object lock = new Object();
    private final Set<Path> temporaries = new LinkedHashSet<>();
    private boolean stopped;

    /** The process's own, which a shutdown hook stops; registered when first used. */
    private static final class Jvm {
      static final Stopping INSTANCE = new Stopping();

      static {
        try {
          Runtime.getRuntime()
              .addShutdownHook(new Thread(INSTANCE::stop, "discard uncommitted outputs"));
        } catch (IllegalStateException e) {
          INSTANCE.stop(); // already shutting down: nothing is to be committed
        }
      }
    }

    /** Returns the process's own, stopped by a shutdown hook (a signal, or the end of the JVM). */
    static Stopping jvm() {
      return Jvm.INSTANCE;
    }

    /** Begins the stop: deletes every temporary file not yet committed; no commit follows. */
    void stop() {
      synchronized (lock) {
        stopped = true;
        for (Path temporary : temporaries) {
          TemporaryFiles.delete(temporary);
        }
        temporaries.clear();
      }
    }

    /** Records a new temporary file, or deletes it and throws when the stop has begun. */
    void register(Path temporary) throws IOException {
      synchronized (lock) {
        if (stopped) {
          TemporaryFiles.delete(temporary);
          throw new IOException("the process is stopping");
        }
        temporaries.add(temporary);
      }
    }

    /** Deletes a temporary file that is not to be committed. */
    void discard(Path temporary) {
      synchronized (lock) {
        temporaries.remove(temporary);
        TemporaryFiles.delete(temporary);
      }
    }

    /**
     * Renames the outputs' temporary files over their targets, all of them, unless the stop has
     * begun.
     */
    void commit(List<OutputFile> outputs) throws WriteFailed {
      synchronized (lock) {
        for (OutputFile f : outputs) {
          if (f.temporary != null && stopped) {
            throw new WriteFailed(
                f.name, new IOException("the process is stopping; the previous file is kept"));
          }
        }
        for (OutputFile f : outputs) {
          Path temporary = f.temporary;
          if (temporary != null && f.target != null) {
            try {
              Files.move(
                  temporary,
                  f.target,
                  StandardCopyOption.ATOMIC_MOVE,
                  StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
              throw new WriteFailed(f.name, e);
            }
            temporaries.remove(temporary);
          }
          f.done = true;
        }
      }
    }
  }

  private OutputFile(
      String name,
      @Nullable Path target,
      @Nullable Path temporary,
      Stopping stopping,
      boolean closes,
      OutputStream raw) {
    this.name = name;
    this.target = target;
    this.temporary = temporary;
    this.stopping = stopping;
    this.closes = closes;
    this.stream = new OutputStreams.Named(new BufferedOutputStream(raw, 1 << 16), name);
  }

  /**
   * Opens an output: standard output for {@code -}, otherwise a file as described above.
   *
   * @throws Inputs.UnusableFile if the file's directory does not exist or cannot be written
   */
  static OutputFile open(String name, PrintStream stdout) throws Inputs.UnusableFile {
    return open(name, stdout, Stopping.jvm());
  }

  /** Opens an output whose temporary file the given {@link Stopping} discards when it stops. */
  static OutputFile open(String name, PrintStream stdout, Stopping stopping)
      throws Inputs.UnusableFile {
    if (Inputs.STDIO.equals(name)) {
      OutputStream checked = new OutputStreams.CheckedStdout(stdout);
      return new OutputFile("(standard output)", null, null, stopping, false, checked);
    }
    Path target = Path.of(name);
    try {
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        if (Files.isDirectory(target)) {
          throw new Inputs.UnusableFile(name + ": is a directory");
        }
        return new OutputFile(name, null, null, stopping, true, Files.newOutputStream(target));
      }
      Path temporary = TemporaryFiles.create(target);
      stopping.register(temporary);
      FileChannel channel;
      try {
        channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
      } catch (IOException | RuntimeException e) {
        stopping.discard(temporary);
        throw e;
      }
      return new OutputFile(
          name,
          target,
          temporary,
          stopping,
          true,
          new OutputStreams.Forcing(Channels.newOutputStream(channel), channel));
    } catch (NoSuchFileException e) {
      throw new Inputs.UnusableFile(name + ": cannot be written (no such directory)");
    } catch (AccessDeniedException e) {
      throw new Inputs.UnusableFile(name + ": permission denied");
    } catch (IOException | RuntimeException e) {
      throw new Inputs.UnusableFile(name + ": cannot be written (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Returns the stream to write to; buffered. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Makes the output complete: flushes it and, for a file written through a temporary file, forces
   * it to disk and renames it over the target atomically — unless the process has begun to stop.
   *
   * @throws WriteFailed if the output cannot be written or the file cannot be moved into place, or
   *     the process is stopping (the target keeps its previous content)
   */
  void commit() throws WriteFailed {
    commitAll(List.of(this));
  }

  /**
   * Commits several outputs of one command together: each is flushed and forced to disk first,
   * then all are renamed into place unless the process has begun to stop, in which case none is.
   * They must share one {@link Stopping} (every output opened with {@link #open(String,
   * PrintStream)} does).
   *
   * @throws WriteFailed as {@link #commit()}; outputs renamed before a failed rename stay renamed
   */
  static void commitAll(List<OutputFile> outputs) throws WriteFailed {
    if (outputs.isEmpty()) {
      return;
    }
    Stopping stopping = outputs.get(0).stopping;
    for (OutputFile f : outputs) {
      if (f.stopping != stopping) {
        throw new IllegalArgumentException("outputs stopped by different Stopping instances");
      }
      f.complete();
    }
    stopping.commit(outputs);
  }

  /** Flushes the output and, if this closes it, forces it to disk and closes it. */
  private void complete() throws WriteFailed {
    try {
      stream.flush();
      if (closes) {
        stream.close();
      }
    } catch (WriteFailed e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailed(name, e);
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
      stopping.discard(temporary);
    }
  }
}

package org.coveragepolicy.cli;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reviews JSON Lines as a pipeline on several threads: one output line per input line, in input
 * order, with a fixed number of lines in flight, so memory does not grow with the number of lines.
 *
 * <p>The calling thread reads the input into chunks of whole lines ({@link LineSplitter}) and hands
 * each chunk to a pool of worker threads, which review its lines ({@link LineReview}) into a
 * chunk of output bytes and a summary of their own. The calling thread writes the chunks' output
 * and adds their summaries strictly in input order. At most {@link #CHUNKS_PER_THREAD} chunks per
 * thread are in flight (read, not yet written); when the window is full, reading waits for the
 * oldest chunk. With one thread, the calling thread does everything itself.
 *
 * <p>Line numbers start at 1; see {@link LineSplitter} for what a line is, and {@link LineReview}
 * for what becomes of it.
 */
final class Batch {
  /**
   * How many lines a chunk holds at most: enough that handing a chunk to a thread costs nothing
   * next to reviewing it, few enough that the lines in flight stay small for the garbage collector
   * (with 256 a 64 MB heap spent four times as long in collections, copying chunks still in flight).
   */
  static final int LINES_PER_CHUNK = 64;

  /** How many input bytes close a chunk even when it has fewer lines. */
  static final int BYTES_PER_CHUNK = 1 << 20;

  /** How many chunks per worker thread may be in flight. */
  static final int CHUNKS_PER_THREAD = 4;

  /** Hears how far a batch has got. */
  interface Progress {
    /** Progress that goes nowhere. */
    Progress NONE = (lines, bytes) -> {};

    /**
     * Called after each chunk of output is written, from the thread that runs the batch.
     *
     * @param lines the lines done so far
     * @param bytesRead the input bytes read so far (somewhat ahead of the lines done)
     */
    void update(long lines, long bytesRead);
  }

  private final LineReview lineReview;
  private final int threads;
  private final Progress progress;

  Batch(LineReview lineReview, int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.lineReview = lineReview;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Reviews every line of the input and writes the output lines, each ending in {@code \n}.
   *
   * @param in the JSON Lines, UTF-8
   * @param out receives the output; flushed, not closed
   * @return the batch's summary
   * @throws IOException if the input cannot be read or the output cannot be written; nothing more
   *     is written after the first failure
   */
  BatchSummary run(InputStream in, OutputStream out) throws IOException {
    LineSplitter splitter = new LineSplitter(in);
    BatchSummary summary = new BatchSummary();
    if (threads == 1) {
      for (LineSplitter.Chunk c; (c = splitter.next(LINES_PER_CHUNK, BYTES_PER_CHUNK)) != null; ) {
        write(review(c), out, summary, splitter);
      }
      out.flush();
      return summary;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    try {
      ArrayDeque<Future<Reviewed>> window = new ArrayDeque<>();
      int windowSize = threads * CHUNKS_PER_THREAD;
      for (LineSplitter.Chunk c; (c = splitter.next(LINES_PER_CHUNK, BYTES_PER_CHUNK)) != null; ) {
        if (window.size() == windowSize) {
          write(take(window), out, summary, splitter);
        }
        LineSplitter.Chunk chunk = c;
        window.add(pool.submit(() -> review(chunk)));
        // write what is done already, so output keeps up with a slow input such as a pipe
        while (!window.isEmpty() && window.peek().isDone()) {
          write(take(window), out, summary, splitter);
        }
      }
      while (!window.isEmpty()) {
        write(take(window), out, summary, splitter);
      }
      out.flush();
      return summary;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A chunk's output and counts. */
  private static final class Reviewed {
    final ByteSink output;
    final BatchSummary summary;

    Reviewed(ByteSink output, BatchSummary summary) {
      this.output = output;
      this.summary = summary;
    }
  }

  private Reviewed review(LineSplitter.Chunk chunk) {
    ByteSink output = new ByteSink(chunk.byteSize() / 2 + 256 * chunk.lines());
    BatchSummary counts = new BatchSummary();
    byte[] bytes = chunk.bytes();
    for (int i = 0; i < chunk.lines(); i++) {
      int start = chunk.start(i);
      lineReview.review(
          chunk.firstLine() + i, bytes, start, chunk.end(i) - start, output, counts);
      output.append((byte) '\n');
    }
    return new Reviewed(output, counts);
  }

  private void write(Reviewed chunk, OutputStream out, BatchSummary summary, LineSplitter splitter)
      throws IOException {
    chunk.output.writeTo(out);
    summary.add(chunk.summary);
    progress.update(summary.lines(), splitter.bytesRead());
  }

  private static Reviewed take(ArrayDeque<Future<Reviewed>> window) throws IOException {
    Future<Reviewed> oldest = window.remove();
    try {
      return oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      Throwables.throwIfUnchecked(cause);
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon worker threads, so a batch that fails never keeps the JVM alive. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "batch-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}

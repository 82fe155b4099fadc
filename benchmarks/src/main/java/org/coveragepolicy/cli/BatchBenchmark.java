package org.coveragepolicy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coveragepolicy.benchmarks.Examples;
import org.coveragepolicy.review.ClaimReview;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch throughput: the {@code batch} command's own streaming code ({@link Batch}) over JSON Lines
 * of every example case, held in memory, writing each result line to a writer that discards it.
 * One operation is one pass over the batch; the {@code cases} counter is the throughput in cases
 * per second.
 *
 * <p>This class sits in the cli's package only to reach the package-private {@link Batch}, which
 * is what {@code coverage-review batch} runs, so the figure includes its per-line work (reading,
 * review, result JSON, summary counts) and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class BatchBenchmark {
  private String jsonLines = "";
  private Batch batch;

  /** Cases reviewed, reported by JMH as a throughput (cases/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cases {
    /** Cases reviewed in the iteration. */
    public long cases;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      cases = 0;
    }
  }

  /** Builds the in-memory JSON Lines and the batch over the standard review. */
  @Setup(Level.Trial)
  public void load() {
    jsonLines = Examples.jsonLines();
    ClaimReview review = ClaimReview.standard();
    batch = new Batch(review::review, Optional.empty(), n -> {});
  }

  /**
   * Reviews every line of the batch once.
   *
   * @param counter the case counter
   * @param blackhole receives the output lines and the summary
   * @throws IOException never: the input and output are in memory
   */
  @Benchmark
  public void batch(Cases counter, Blackhole blackhole) throws IOException {
    BatchSummary summary =
        batch.run(new BufferedReader(new StringReader(jsonLines)), new Discarding(blackhole));
    counter.cases += summary.lines();
    blackhole.consume(summary);
  }

  /** A writer that hands what it is given to the blackhole and keeps nothing. */
  private static final class Discarding extends Writer {
    private final Blackhole blackhole;

    Discarding(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @Override
    public void write(String text) {
      blackhole.consume(text);
    }

    @Override
    public void write(String text, int offset, int length) {
      blackhole.consume(text);
    }

    @Override
    public void write(int c) {
      blackhole.consume(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      blackhole.consume(buffer);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}

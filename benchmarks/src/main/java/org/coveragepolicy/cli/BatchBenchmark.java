package org.coveragepolicy.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coveragepolicy.benchmarks.Examples;
import org.coveragepolicy.benchmarks.ParseAndWrite;
import org.coveragepolicy.review.ClaimReview;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Batch throughput: the {@code batch} command's own pipeline ({@link Batch}) over JSON Lines of
 * every example case repeated to {@value #REPEAT} times the examples, held in memory as bytes,
 * writing the output to a stream that discards it; and, for comparison, the parse-and-write floor
 * ({@link ParseAndWrite}: each line to a Jackson tree and back, one thread) over the same lines.
 * One operation is one pass over the lines; the {@code cases} counter is the throughput in cases
 * per second.
 *
 * <p>This class sits in the cli's package only to reach the package-private {@link Batch}, which
 * is what {@code coverage-review batch} runs, so the figure includes its per-line work (splitting,
 * reading, review, result JSON, summary counts, ordered output) and nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class BatchBenchmark {
  /** How many times the examples are repeated in one pass. */
  static final int REPEAT = 100;

  /** The batch's worker threads. */
  @Param({"1", "2"})
  public int threads;

  private byte[] jsonLines = new byte[0];
  private String[] lines = new String[0];
  private Batch batch;

  /** Cases processed, reported by JMH as a throughput (cases/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cases {
    /** Cases processed in the iteration. */
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
    String examples = Examples.jsonLines();
    jsonLines = examples.repeat(REPEAT).getBytes(StandardCharsets.UTF_8);
    lines = examples.repeat(REPEAT).split("\n");
    ClaimReview review = ClaimReview.standard();
    batch = new Batch(new LineReview(review::review, Optional.empty()), threads, Batch.Progress.NONE);
  }

  /**
   * Reviews every line once.
   *
   * @param counter the case counter
   * @param blackhole receives the summary
   * @throws IOException never: the input and output are in memory
   */
  @Benchmark
  public void batch(Cases counter, Blackhole blackhole) throws IOException {
    BatchSummary summary =
        batch.run(new ByteArrayInputStream(jsonLines), OutputStream.nullOutputStream());
    counter.cases += summary.lines();
    blackhole.consume(summary);
  }

  /**
   * The floor: parses every line into a Jackson tree and writes it back, on one thread (the
   * {@code threads} parameter does not apply).
   *
   * @param counter the case counter
   * @param blackhole receives each line's output
   */
  @Benchmark
  public void parseAndWriteFloor(Cases counter, Blackhole blackhole) {
    for (String line : lines) {
      blackhole.consume(ParseAndWrite.copy(line));
    }
    counter.cases += lines.length;
  }
}

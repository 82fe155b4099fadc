package org.coveragepolicy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
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

/**
 * A JMH benchmark of the review of one case, the example cases taken in turn: the average time of
 * a review as a batch sees it, every product, indication and finding path in one JIT profile.
 *
 * <p>{@link CaseBenchmark#review} measures one case at a time, and its figure for a case moves by a
 * third from one fork to the next with the JIT's choices for that case; over all the examples in
 * turn and several forks the figure holds still, so this is the one to compare builds with.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 8, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(3)
public class MixedReviewBenchmark {
  private final ClaimReview claimReview = ClaimReview.standard();
  private ReviewCase[] cases = new ReviewCase[0];
  private int next;

  /** Reads every example case once. */
  @Setup(Level.Trial)
  public void load() {
    List<ReviewCase> read = new ArrayList<>();
    for (String name : Examples.caseNames()) {
      read.add(ReviewJson.readCase(Examples.caseJson(name)));
    }
    cases = read.toArray(new ReviewCase[0]);
  }

  /**
   * Reviews the next example case.
   *
   * @return the result
   */
  @Benchmark
  public ReviewResult review() {
    ReviewCase reviewCase = cases[next];
    next = next + 1 == cases.length ? 0 : next + 1;
    return claimReview.review(reviewCase);
  }
}

package org.coveragepolicy.benchmarks;

import java.util.function.LongUnaryOperator;

/**
 * A loop that reviews the example cases in turn for a given time, as {@link
 * MixedReviewBenchmark#review} does: the part of {@link ReviewAb} that runs inside each build's
 * class loader, so that each build's review is compiled from its own classes.
 *
 * <p>It is a {@link LongUnaryOperator} because that interface comes from the JDK, which both class
 * loaders share; {@code ReviewAb} never sees a class of either build.
 */
public final class ReviewLoop implements LongUnaryOperator {
  private final MixedReviewBenchmark benchmark = new MixedReviewBenchmark();
  private Object last = "";

  /** Reads the example cases (the system property {@code coveragepolicy.examples} names them). */
  public ReviewLoop() {
    benchmark.load();
  }

  /**
   * Reviews cases in turn, a thousand at a time, until {@code nanos} have passed.
   *
   * @param nanos how long to run, in nanoseconds
   * @return the number of reviews
   */
  @Override
  public long applyAsLong(long nanos) {
    long reviews = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < nanos) {
      for (int i = 0; i < 1000; i++) {
        last = benchmark.review(); // kept, so that the review is not optimized away
      }
      reviews += 1000;
    }
    return reviews;
  }

  @Override
  public String toString() {
    return "ReviewLoop[last result " + (last == null ? "none" : "kept") + "]";
  }
}

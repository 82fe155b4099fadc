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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per example case: reading the case from JSON ({@link #parse}) and reviewing the parsed case
 * ({@link #review}), average time in microseconds. Both run on the same case text, so {@code
 * review ÷ parse} compares like with like.
 *
 * <p>Before the measured case, every fork parses and reviews every example case {@value
 * #PREWARM_ROUNDS} times, so the JIT compiles the code with the profile of a real batch (every
 * product, indication and finding path), not one tuned to a single case, and starts compiling
 * before the warmup iterations.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 700, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class CaseBenchmark {
  /** How many times the setup parses and reviews every example case before the measured one. */
  static final int PREWARM_ROUNDS = 200;

  /** The example case: its file name in {@code examples/} without {@code .json}. */
  @Param({
    "approved-presubmission-xgeva-bone-metastases",
    "approved-prolia-adt-prostate",
    "approved-prolia-ai-breast",
    "approved-prolia-glucocorticoid-fda-label",
    "approved-prolia-male-osteoporosis",
    "approved-prolia-pmo",
    "approved-xgeva-bone-metastases",
    "approved-xgeva-gctb-adolescent",
    "approved-xgeva-gctb-adult",
    "approved-xgeva-gctb-loading-day8",
    "approved-xgeva-hypercalcemia",
    "approved-xgeva-myeloma-fda-label",
    "boundary-adr-day45-approved",
    "boundary-adr-day46-no-documentation",
    "boundary-jz-2023-06-30-approved",
    "boundary-jz-2023-07-01-missing",
    "boundary-prolia-exactly-6-months-approved",
    "boundary-prolia-one-day-early",
    "boundary-xgeva-day27-too-soon",
    "boundary-xgeva-day28-approved",
    "coding-claim-missing-anchor-diagnosis",
    "coding-jw-and-jz",
    "coding-xgeva-ndc-on-prolia-claim",
    "insufficient-aux-supervision-undocumented",
    "insufficient-diagnosis-billed-not-documented",
    "insufficient-missing-order",
    "insufficient-unsigned-progress-note",
    "necessity-ai-ended-before-dos",
    "necessity-gctb-age-11",
    "necessity-hypocalcemia-8-4",
    "necessity-myeloma-limitation-solid-tumor",
    "necessity-prolia-pregnant",
    "no-documentation-records-not-returned",
    "not-part-b-general-supervision",
    "not-part-b-patient-self-administered"
  })
  public String caseName = "";

  private String json = "";
  private ReviewCase parsed;
  private ClaimReview claimReview;

  /**
   * Reads the case text and parses it once, for {@link #review}, after the prewarm over every
   * example case.
   *
   * @param blackhole receives the prewarm results
   */
  @Setup(Level.Trial)
  public void load(Blackhole blackhole) {
    claimReview = ClaimReview.standard();
    List<String> all = new ArrayList<>();
    for (String name : Examples.caseNames()) {
      all.add(Examples.caseJson(name));
    }
    for (int round = 0; round < PREWARM_ROUNDS; round++) {
      for (String text : all) {
        blackhole.consume(claimReview.review(ReviewJson.readCase(text)));
      }
    }
    json = Examples.caseJson(caseName);
    parsed = ReviewJson.readCase(json);
  }

  /**
   * Reads the review case from its JSON text.
   *
   * @return the case
   */
  @Benchmark
  public ReviewCase parse() {
    return ReviewJson.readCase(json);
  }

  /**
   * Reviews the already parsed case.
   *
   * @return the result
   */
  @Benchmark
  public ReviewResult review() {
    return claimReview.review(parsed);
  }
}

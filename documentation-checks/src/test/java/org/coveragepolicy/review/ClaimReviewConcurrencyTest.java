package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared {@link ClaimReview} used from many threads gives the results a single thread gives. */
class ClaimReviewConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REVIEWS_PER_THREAD = 1000;

  @Test
  void sameCasesReviewedFromManyThreadsGiveIdenticalResults() throws Exception {
    ClaimReview review = ClaimReview.standard();
    List<ReviewCase> cases = new ArrayList<>(Fixtures.baselines());
    cases.add(Fixtures.without(Fixtures.postmenopausal(), DocumentKind.ORDER));
    cases.add(Fixtures.withAdr(Fixtures.postmenopausal(), Fixtures.REQUESTED, null));
    ImmutableList<ReviewResult> expected =
        cases.stream().map(review::review).collect(ImmutableList.toImmutableList());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<ReviewResult>>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        tasks.add(
            () -> {
              List<ReviewResult> mismatches = new ArrayList<>();
              for (int i = 0; i < REVIEWS_PER_THREAD; i++) {
                int k = (i + offset) % cases.size();
                ReviewResult r = review.review(cases.get(k));
                if (!r.equals(expected.get(k))) {
                  mismatches.add(r);
                }
              }
              return mismatches;
            });
      }
      for (Future<List<ReviewResult>> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}

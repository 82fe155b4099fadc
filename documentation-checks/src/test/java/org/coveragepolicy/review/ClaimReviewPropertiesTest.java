package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.REQUESTED;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.junit.jupiter.api.Test;

/** Invariants of the claim review, over the fixture's cases and their modifications. */
class ClaimReviewPropertiesTest {

  /** Adding unsigned documents, or documents dated after the date of service, never changes the decision. */
  @Test
  void ignoredDocumentsNeverChangeTheDecision() {
    qt()
        .withExamples(300)
        .forAll(Baselines.cases(), Fixtures.ignoredDocuments())
        .checkAssert(
            (c, extra) -> {
              List<Document> docs = new ArrayList<>(c.record().documents());
              docs.addAll(extra);
              ReviewResult before = REVIEW.review(c);
              ReviewResult after = REVIEW.review(Fixtures.withDocuments(c, docs));

              assertThat(after.decision()).isEqualTo(before.decision());
              assertThat(after.denialReason()).isEqualTo(before.denialReason());
              assertThat(after.indication()).isEqualTo(before.indication());
            });
  }

  /** A case whose records were not returned is DENY / NO_DOCUMENTATION whatever its documents. */
  @Test
  void recordsNotReturnedAlwaysDeniesForNoDocumentation() {
    qt()
        .withExamples(300)
        .forAll(Baselines.cases(), Fixtures.ignoredDocuments(), integers().between(45, 400))
        .checkAssert(
            (c, extra, lateBy) -> {
              List<Document> docs = new ArrayList<>(c.record().documents());
              docs.addAll(extra);
              ReviewCase notReturned =
                  Fixtures.withAdr(
                      Fixtures.withDocuments(c, docs),
                      REQUESTED,
                      lateBy == 45 ? null : REQUESTED.plusDays(lateBy));

              ReviewResult r = REVIEW.review(notReturned);

              assertThat(r.decision()).isEqualTo(Decision.DENY);
              assertThat(r.denialReason()).contains(Category.NO_DOCUMENTATION);
              assertThat(r.findings()).singleElement()
                  .satisfies(f -> assertThat(f.rule()).isEqualTo(ReviewRules.RECORDS_RETURNED));
              assertThat(r.indication()).isEmpty();
            });
  }

  /** The result is identical for any order of the record's documents. */
  @Test
  void resultDoesNotDependOnDocumentOrder() {
    qt()
        .withExamples(300)
        .forAll(Baselines.cases(), Fixtures.ignoredDocuments(), Fixtures.shuffleSeeds())
        .checkAssert(
            (c, extra, seed) -> {
              List<Document> docs = new ArrayList<>(c.record().documents());
              docs.addAll(extra);
              ReviewCase ordered = Fixtures.withDocuments(c, docs);
              ReviewCase shuffled =
                  Fixtures.withDocuments(c, Fixtures.shuffled(docs, seed));

              assertThat(REVIEW.review(shuffled)).isEqualTo(REVIEW.review(ordered));
            });
  }
}

package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * "Any case, written as a Bundle and read back through FHIR JSON, is the same case and reviews to
 * the same result": over units, T-scores, calcium values, note statements and signatures.
 */
class RoundTripPropertyTest {
  private static final ClaimReview REVIEW = ClaimReview.standard();

  /** Decimals with one fraction digit in [lo/10, hi/10]. */
  private static Gen<BigDecimal> tenths(int lo, int hi) {
    return integers().between(lo, hi).map(i -> BigDecimal.valueOf(i, 1));
  }

  private static Gen<ReviewCase> cases() {
    Gen<Integer> units = integers().between(1, 500);
    Gen<BigDecimal> tScores = tenths(-50, 20);
    Gen<BigDecimal> calcium = tenths(0, 200);
    Gen<Integer> statements = integers().between(0, (1 << 8) - 1);
    Gen<Boolean> signed = booleans().all();
    return units
        .zip(tScores, calcium, statements, (u, t, ca, s) -> vary(u, t, ca, s))
        .zip(signed, (c, sig) -> sign(c, sig));
  }

  /** The base case with other units, T-score, calcium, and statements picked by bits of {@code s}. */
  private static ReviewCase vary(int units, BigDecimal tScore, BigDecimal calcium, int s) {
    ReviewCase base = Baselines.approvedProlia();
    List<Document> docs = new ArrayList<>();
    for (Document d : base.record().documents()) {
      if (d instanceof ImagingReport i && i.tScore().isPresent()) {
        docs.add(ImagingReport.builder().from(i).tScore(tScore).build());
      } else if (d instanceof LabReport l) {
        docs.add(LabReport.of(l.date(), l.results().get(0).test(), calcium));
      } else if (d instanceof ProgressNote n) {
        ProgressNote.Builder b = ProgressNote.builder().from(n).statements(java.util.Map.of());
        NoteStatement[] all =
            DenosumabPolicy.POLICY.statements().toArray(new NoteStatement[0]);
        for (int k = 0; k < all.length; k++) {
          if ((s >> (2 * k) & 1) == 1) {
            b.putStatements(all[k], (s >> (2 * k + 1) & 1) == 1);
          }
        }
        docs.add(b.build());
      } else {
        docs.add(d);
      }
    }
    return ReviewCase.builder()
        .from(base)
        .claim(ClaimLine.builder().from(base.claim()).units(units).build())
        .record(MedicalRecord.builder().from(base.record()).documents(docs).build())
        .build();
  }

  /** The case with its progress note signed or not. */
  private static ReviewCase sign(ReviewCase c, boolean signed) {
    List<Document> docs = new ArrayList<>();
    for (Document d : c.record().documents()) {
      docs.add(d instanceof ProgressNote n ? ProgressNote.builder().from(n).signed(signed).build() : d);
    }
    return ReviewCase.builder()
        .from(c)
        .record(MedicalRecord.builder().from(c.record()).documents(docs).build())
        .build();
  }

  @Test
  void anyCaseSurvivesTheBundleRoundTrip() {
    qt()
        .withExamples(200)
        .forAll(cases())
        .checkAssert(
            c -> {
              ReviewCase back = BundleCases.toCase(BundleCases.toJson(c));
              assertThat(back).isEqualTo(c);
              assertThat(REVIEW.review(back)).isEqualTo(REVIEW.review(c));
            });
  }
}

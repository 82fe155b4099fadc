package org.coveragepolicy.fhir;

import com.google.common.testing.NullPointerTester;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** Every public static method rejects a null argument with a NullPointerException. */
class PublicApiNullsTest {
  private static NullPointerTester tester() {
    ReviewCase c = Baselines.approvedProlia();
    return new NullPointerTester()
        .setDefault(ReviewCase.class, c)
        .setDefault(org.coveragepolicy.core.policy.Policies.class, ClaimReview.standard().policies())
        .setDefault(
            org.coveragepolicy.core.drug.DrugCatalog.class, ClaimReview.standard().catalog())
        .setDefault(ReviewResult.class, ClaimReview.standard().review(c))
        .setDefault(Bundle.class, BundleCases.toBundle(c))
        .setDefault(String.class, BundleCases.toJson(c));
  }

  @Test
  void bundleCases() {
    tester().testAllPublicStaticMethods(BundleCases.class);
  }

  @Test
  void resultResources() {
    tester().testAllPublicStaticMethods(ResultResources.class);
  }
}

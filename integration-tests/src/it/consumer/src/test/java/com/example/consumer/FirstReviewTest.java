package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;

class FirstReviewTest {

  @Test
  void aDocumentedProliaDoseIsApproved() {
    ReviewResult result = FirstReview.review(FirstReview.prolia(true));

    assertEquals(Decision.APPROVE, result.decision(), () -> result.findings().toString());
    assertTrue(result.denialReason().isEmpty());
    assertEquals("consumer-with-order", result.id());
  }

  @Test
  void withoutTheOrderTheClaimIsDeniedForInsufficientDocumentation() {
    ReviewResult result = FirstReview.review(FirstReview.prolia(false));

    assertEquals(Decision.DENY, result.decision());
    assertEquals(Category.INSUFFICIENT_DOCUMENTATION, result.denialReason().orElseThrow());
    assertFalse(result.findings().isEmpty());
  }
}

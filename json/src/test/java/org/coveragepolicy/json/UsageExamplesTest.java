package org.coveragepolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the module's Javadoc, compiled and run, so that they cannot rot. */
class UsageExamplesTest {
  @TempDir Path dir;

  @Test
  void caseReaderExample() throws IOException {
    Files.write(dir.resolve("case.json"), JsonFixtures.APPROVED_CASE.getBytes(UTF_8));
    DrugCatalog catalog = ClaimReview.standard().catalog();
    Path file = dir.resolve("case.json");
    // --- the example in CaseReader's Javadoc
    CaseReader reader = CaseReader.standard().withCatalog(catalog);
    ReviewCase reviewCase = reader.read(file);
    // ---
    assertThat(reviewCase.id()).isEqualTo("prolia-pmo-approved");
  }

  @Test
  void reviewJsonExample() {
    String json = JsonFixtures.APPROVED_CASE;
    // --- the example in ReviewJson's Javadoc
    ReviewCase reviewCase = ReviewJson.readCase(json);
    String result = ReviewJson.resultToJson(ClaimReview.standard().review(reviewCase));
    ReviewResult again = ReviewJson.readResult(result);
    // ---
    assertThat(again.decision().name()).isEqualTo("APPROVE");
  }
}

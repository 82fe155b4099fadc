package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.PackageVersion;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Jackson the build selected: 2.20.x by default, 2.15.x under the {@code
 * jackson-2.15} profile, which is how the build proves the module's lower bound.
 */
class JacksonVersionTest {
  @Test
  void testsRunOnTheSelectedJackson() {
    String expected = System.getProperty("coveragepolicy.jackson.version");
    assumeTrue(expected != null, "run by Maven, which names the Jackson version");
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
  }

  @Test
  void moduleReadsAndWritesOnThisJackson() {
    String json = ReviewJson.caseToJson(ReviewJson.readCase(JsonFixtures.APPROVED_CASE));
    assertThat(ReviewJson.readCase(json)).isEqualTo(ReviewJson.readCase(JsonFixtures.APPROVED_CASE));
  }
}

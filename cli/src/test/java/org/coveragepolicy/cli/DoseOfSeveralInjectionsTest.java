package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.coveragepolicy.cli.ReviewCommandTest.Run;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * A product whose dose is given as several injections (Evenity: two 105 mg syringes, one 210 mg
 * dose): the signed records of one date are one dose, their milligrams added; each record is still
 * checked for route, giver, supervision and drug source; doses are counted by date.
 */
class DoseOfSeveralInjectionsTest {
  private static final String TWO_INJECTIONS =
      JsonFixtures.read(
          JsonFixtures.repositoryRoot().resolve("examples/romosozumab-two-105-mg-injections-approved.json"));

  private static JsonNode review(String json) {
    Run r = ReviewCommandTest.run(json, "review", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JsonFixtures.tree(r.out());
  }

  private static List<String> rules(JsonNode result) {
    return result.get("findings").findValuesAsText("rule");
  }

  @Test
  void twoRecordsOf105MgOnTheDateOfServiceAreThe210MgDoseAndNotAPriorDose() {
    JsonNode result = review(TWO_INJECTIONS);
    assertThat(result.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(rules(result)).doesNotContain("DOSE-LABELED", "FREQ-EVENITY", "CLM-UNITS");
  }

  @Test
  void eitherRecordGivenByACaregiverIsCheckedForTheGiver() {
    // documents[4] and [5] are the two records of the date of service: whichever the engine
    // takes as the dose under review, the other is checked too
    for (int i : new int[] {4, 5}) {
      JsonNode result =
          review(with(TWO_INJECTIONS, "record.documents[" + i + "].administeredBy", "CAREGIVER"));
      assertThat(rules(result)).as("record %d", i).contains("PARTB-NOT-SELF-ADMINISTERED");
      assertThat(result.get("decision").asText()).isEqualTo("DENY");
    }
  }

  @Test
  void anUnsignedSecondRecordIsIgnoredSoTheDoseIs105Mg() {
    JsonNode result = review(with(TWO_INJECTIONS, "record.documents[5].signed", false));
    assertThat(rules(result)).contains("DOSE-LABELED", "DOC-UNSIGNED");
  }

  @Test
  void twelveEarlierDatesMakeTheThirteenthDoseEvenWhenSomeDatesHoldTwoRecords() {
    JsonNode result =
        review(JsonFixtures.read(JsonFixtures.repositoryRoot().resolve("examples/romosozumab-13th-dose-limit.json")));
    assertThat(rules(result)).containsExactly("LIMIT-EVENITY-12-DOSES");
    assertThat(result.get("findings").get(0).get("message").asText())
        .contains("12 earlier dates")
        .contains("this would be dose 13")
        .contains("anti-resorptive");
  }
}

package org.coveragepolicy.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a domain check's message is placed at the JSON path of the value it was about. */
class DomainErrorTest {
  @Test
  void messageNamingATopLevelFieldKeepsItsPath() {
    assertThat(At.domainError("claim", "claim.units: must be ≥ 1, was 0"))
        .hasMessage("claim.units: must be ≥ 1, was 0");
  }

  @Test
  void messageNamingALocalFieldGetsThePathInFront() {
    assertThat(At.domainError("record.documents[0]", "doseMg: must be ≥ 1, was 0"))
        .hasMessage("record.documents[0].doseMg: must be ≥ 1, was 0");
  }

  @Test
  void typeNameBeforeTheFieldIsReplacedByThePath() {
    assertThat(At.domainError("record.documents[1].therapies[0]", "therapy.end: must not be before start"))
        .hasMessage("record.documents[1].therapies[0].end: must not be before start");
  }

  @Test
  void messageWithoutAFieldIsAboutTheValueAtThePath() {
    assertThat(At.domainError("claim.ndc", "not an 11-digit NDC: \"1\""))
        .hasMessage("claim.ndc: not an 11-digit NDC: \"1\"");
  }
}

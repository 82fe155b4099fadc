package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coveragepolicy.cli.ReviewCommandTest.Run;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case whose edition belongs to another policy than its product's is invalid input, in both
 * directions (ROMOSOZUMAB.md, "Which policy and edition review a case"): exit 2 naming {@code
 * edition} in {@code review}, an error line in {@code batch}; except when the claim bills the other
 * policy's HCPCS, when the product's default edition reviews it and CLM-HCPCS reports the code.
 */
class EditionOfAnotherPolicyTest {
  @TempDir Path dir;

  private static final String EVENITY_CASE =
      JsonFixtures.read(JsonFixtures.repositoryRoot().resolve("examples/romosozumab-approved-first-dose.json"));

  @Test
  void evenityCaseNamingADenosumabEditionExitsTwoNamingEdition() {
    Run r = ReviewCommandTest.run(with(EVENITY_CASE, "edition", "NORIDIAN_JF_2026"), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("(standard input): edition: \"NORIDIAN_JF_2026\" is an edition of the DENOSUMAB policy")
        .doesNotContain("internal error")
        .doesNotContain("\tat ");
  }

  @Test
  void proliaCaseNamingTheRomosozumabEditionExitsTwoNamingEdition() {
    Run r = ReviewCommandTest.run(with(APPROVED_CASE, "edition", "ROMOSOZUMAB_FDA_LABEL"), "review", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("edition: \"ROMOSOZUMAB_FDA_LABEL\"").doesNotContain("internal error");
  }

  @Test
  void editionOptionOfAnotherPolicyExitsTwo() {
    Run r = ReviewCommandTest.run(EVENITY_CASE, "review", "--edition", "FDA_LABEL_2024", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("edition: \"FDA_LABEL_2024\"");
  }

  @Test
  void evenityBilledUnderJ0897WithADenosumabEditionIsReviewedUnderEvenitysEditionAndClmHcpcsReportsIt() {
    String billedJ0897 = with(with(EVENITY_CASE, "edition", "NORIDIAN_JF_2026"), "claim.hcpcs", "J0897");
    Run r = ReviewCommandTest.run(billedJ0897, "review", "-");
    assertThat(r.exitCode()).isZero();
    JsonNode result = JsonFixtures.tree(r.out());
    assertThat(result.get("edition").asText()).isEqualTo("ROMOSOZUMAB_FDA_LABEL");
    assertThat(result.get("product").asText()).isEqualTo("EVENITY");
    assertThat(result.get("findings").findValuesAsText("rule")).contains("CLM-HCPCS");
  }

  @Test
  void batchWritesAnErrorLineNamingEditionInPlaceAndReviewsTheOtherLines() throws IOException {
    Path out = dir.resolve("out.jsonl");
    String input =
        with(EVENITY_CASE, "id", "ok-evenity")
            + "\n"
            + with(with(EVENITY_CASE, "id", "mismatch"), "edition", "FDA_LABEL_2024")
            + "\n"
            + with(APPROVED_CASE, "id", "ok-prolia")
            + "\n";
    Run r = ReviewCommandTest.run(input, "batch", "-", "--out", out.toString(), "--threads", "1", "--quiet");
    assertThat(r.exitCode()).isZero();
    String[] lines = Files.readString(out, UTF_8).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(JsonFixtures.tree(lines[0]).get("decision").asText()).isEqualTo("APPROVE");
    JsonNode error = JsonFixtures.tree(lines[1]);
    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("id").asText()).isEqualTo("mismatch");
    assertThat(error.get("error").asText()).startsWith("edition: \"FDA_LABEL_2024\"").doesNotContain("internal");
    assertThat(JsonFixtures.tree(lines[2]).get("decision").asText()).isEqualTo("APPROVE");
  }
}

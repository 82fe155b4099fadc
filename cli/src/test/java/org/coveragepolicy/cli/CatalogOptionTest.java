package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --catalog FILE}: a catalog file extends the built-in catalog for review and batch. */
class CatalogOptionTest {
  @TempDir Path dir;

  private static Path example(String name) {
    Optional<Path> examples = JsonFixtures.projectExamples();
    org.junit.jupiter.api.Assumptions.assumeTrue(examples.isPresent());
    return examples.get().resolve("catalog").resolve(name);
  }

  @Test
  void reviewOfANewBiosimilarNeedsItsCatalogFile() {
    String catalog = example("catalog.json").toString();
    String evenden = example("catalog-evenden-approved.json").toString();

    ReviewCommandTest.Run without = ReviewCommandTest.run("", "review", evenden);
    ReviewCommandTest.Run with = ReviewCommandTest.run("", "review", "--catalog", catalog, evenden);

    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).contains("claim.hcpcs: not a HCPCS code of the catalog");
    assertThat(with.exitCode()).isZero();
    JsonNode result = JsonFixtures.tree(with.out());
    assertThat(result.get("product").asText()).isEqualTo("EVENDEN");
    assertThat(result.get("decision").asText()).isEqualTo("APPROVE");
  }

  @Test
  void batchReadsAndReviewsUnderTheCatalogFile() throws IOException {
    String line = JsonFixtures.tree(Files.readString(example("catalog-evenden-approved.json"))).toString();
    Path in = Files.writeString(dir.resolve("in.jsonl"), line + "\n");
    Path out = dir.resolve("out.jsonl");

    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "",
            "batch",
            in.toString(),
            "--out",
            out.toString(),
            "--quiet",
            "--catalog",
            example("catalog.json").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(JsonFixtures.tree(Files.readString(out)).get("decision").asText()).isEqualTo("APPROVE");
  }

  @Test
  void summaryNamesACatalogFilesProductAsTheFileDoes() throws IOException {
    // without its JZ modifier the Evenden claim is denied, so it is counted by product
    String line =
        JsonFixtures.with(
            JsonFixtures.tree(Files.readString(example("catalog-evenden-approved.json"))).toString(),
            "claim.modifiers",
            JsonFixtures.REMOVE);
    Path in = Files.writeString(dir.resolve("in.jsonl"), line + "\n");
    Path summary = dir.resolve("summary.md");

    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", dir.resolve("out.jsonl").toString(), "--quiet",
            "--summary", summary.toString(), "--catalog", example("catalog.json").toString());

    assertThat(r.exitCode()).isZero();
    // catalog.json: displayName Evenden, nonproprietaryName denosumab-xmpl, family PROLIA
    assertThat(Files.readString(summary))
        .contains("| Evenden (denosumab-xmpl, Prolia family) | `EVENDEN` | 1 | 100.0% |")
        .contains("- Input: " + in.toString().replace("_", "\\_") + "\n");
  }

  @Test
  void aMalformedCatalogFileIsInvalidInputNamingFileEntryAndField() throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"), "{\"entries\":[{\"product\":\"X1\",\"family\":\"PROLIA\"}]}");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "previous\n");

    ReviewCommandTest.Run review =
        ReviewCommandTest.run("", "review", "--catalog", bad.toString(), "-");
    ReviewCommandTest.Run batch =
        ReviewCommandTest.run(
            "", "batch", "-", "--out", out.toString(), "--catalog", bad.toString());

    for (ReviewCommandTest.Run r : new ReviewCommandTest.Run[] {review, batch}) {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err())
          .contains("--catalog " + bad + ": entries[0].hcpcs: required (entry X1)")
          .doesNotContain("Exception");
    }
    assertThat(Files.readString(out)).isEqualTo("previous\n");
  }

  @Test
  void aMissingCatalogFileIsInvalidInput() {
    ReviewCommandTest.Run r =
        ReviewCommandTest.run("", "review", "--catalog", dir.resolve("nope.json").toString(), "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope.json: no such file");
  }

  /** The 12th Evenity dose as Romobio, an Evenity biosimilar of a catalog file, under Q9991. */
  private Path romobio(String statement) throws IOException {
    Optional<Path> examples = JsonFixtures.projectExamples();
    org.junit.jupiter.api.Assumptions.assumeTrue(examples.isPresent());
    com.fasterxml.jackson.databind.node.ObjectNode c =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JsonFixtures.tree(
                Files.readString(examples.get().resolve("romosozumab-12th-dose-approved.json")));
    ((com.fasterxml.jackson.databind.node.ObjectNode) c.get("claim")).put("hcpcs", "Q9991");
    for (JsonNode d : c.get("record").get("documents")) {
      if (d.has("product")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) d).put("product", "ROMOBIO");
      }
      if (statement != null && d.get("kind").asText().equals("PROGRESS_NOTE")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) d).putObject("statements").put(statement, false);
      }
    }
    return Files.writeString(dir.resolve("romobio-" + statement + ".json"), c.toString());
  }

  @Test
  void reviewReadsACatalogFilesProductWithItsFamilysPolicy() throws IOException {
    Path catalog =
        Files.writeString(
            dir.resolve("romobio-catalog.json"),
            "{\"mode\": \"extend\", \"entries\": [{\"product\": \"ROMOBIO\", \"family\":"
                + " \"EVENITY\", \"displayName\": \"Romobio\", \"hcpcs\": \"Q9991\"}]}");

    ReviewCommandTest.Run read =
        ReviewCommandTest.run("", "review", "--catalog", catalog.toString(), romobio(null).toString());
    assertThat(read.exitCode()).as(read.err()).isZero();
    JsonNode result = JsonFixtures.tree(read.out());
    assertThat(result.get("product").asText()).isEqualTo("ROMOBIO");
    assertThat(result.get("edition").asText()).isEqualTo("ROMOSOZUMAB_FDA_LABEL");
    assertThat(result.get("decision").asText()).isEqualTo("APPROVE");

    // "pregnant" is a statement of the denosumab policy, not of romosozumab's
    ReviewCommandTest.Run invalid =
        ReviewCommandTest.run(
            "", "review", "--catalog", catalog.toString(), romobio("pregnant").toString());
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err())
        .contains("record.documents[1].statements.pregnant")
        .contains("ROMOSOZUMAB");
  }
}

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coveragepolicy.fhir.BundleCases;
import org.coveragepolicy.fhir.Fhir;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Evenity case maps to FHIR and back: its MedicationRequest and MedicationAdministrations carry
 * the product as a catalog product code ({@code EVENITY}), and {@code review --format fhir} of the
 * Bundle prints what {@code review} of the JSON case prints.
 */
class EvenityFhirTest {
  @TempDir Path dir;

  @Test
  void reviewOfAnEvenityBundlePrintsWhatReviewOfItsJsonCasePrints() throws IOException {
    for (String name :
        List.of(
            "romosozumab-approved-first-dose",
            "romosozumab-two-105-mg-injections-approved",
            "romosozumab-mi-exactly-12-months-before",
            "romosozumab-13th-dose-limit")) {
      Path json = JsonFixtures.repositoryRoot().resolve("examples/" + name + ".json");
      ReviewCase c = CaseReader.standard().read(JsonFixtures.read(json));
      Path bundle = dir.resolve(name + ".fhir.json");
      Files.writeString(bundle, Fhir.toJson(BundleCases.toBundle(c), true), UTF_8);
      ReviewCommandTest.Run fromJson = ReviewCommandTest.run("", "review", json.toString());
      ReviewCommandTest.Run fromFhir =
          ReviewCommandTest.run("", "review", "--format", "fhir", bundle.toString());
      assertThat(fromFhir.err()).as(name).isEmpty();
      assertThat(fromFhir.exitCode()).as(name).isZero();
      assertThat(fromFhir.out()).as(name).isEqualTo(fromJson.out()).contains("\"product\": \"EVENITY\"");
    }
  }
}

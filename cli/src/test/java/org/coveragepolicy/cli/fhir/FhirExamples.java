package org.coveragepolicy.cli.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.fhir.BundleCases;

/**
 * The project example cases that have a FHIR form in {@code examples/fhir/}, and the writer that
 * makes those files: {@code main} writes each case's Bundle as {@link BundleCases#toJson} gives it.
 * {@link FhirExamplesTest} fails when a file drifts from what the writer gives.
 */
public final class FhirExamples {
  /** The example cases given in FHIR form, by name. */
  static final List<String> NAMES =
      List.of(
          "approved-prolia-pmo",
          "approved-prolia-male-osteoporosis",
          "approved-prolia-adt-prostate",
          "approved-prolia-ai-breast",
          "approved-prolia-glucocorticoid-fda-label",
          "approved-xgeva-bone-metastases",
          "approved-xgeva-gctb-adolescent",
          "approved-xgeva-gctb-loading-day8",
          "approved-xgeva-hypercalcemia",
          "approved-xgeva-myeloma-fda-label",
          "boundary-adr-day46-no-documentation",
          "boundary-prolia-one-day-early",
          "coding-jw-and-jz",
          "coding-xgeva-ndc-on-prolia-claim",
          "insufficient-aux-supervision-undocumented",
          "insufficient-unsigned-progress-note",
          "necessity-hypocalcemia-8-4",
          "necessity-prolia-pregnant",
          "not-part-b-patient-self-administered");

  private FhirExamples() {}

  static String fhirForm(Path examples, String name) throws IOException {
    String json = Files.readString(examples.resolve(name + ".json"), StandardCharsets.UTF_8);
    return BundleCases.toJson(ReviewJson.readCase(json)) + "\n";
  }

  /**
   * Writes {@code examples/fhir/NAME.json} for each name.
   *
   * @param args the {@code examples} directory
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args[0]);
    Files.createDirectories(examples.resolve("fhir"));
    for (String name : NAMES) {
      Files.writeString(
          examples.resolve("fhir").resolve(name + ".json"),
          fhirForm(examples, name),
          StandardCharsets.UTF_8);
    }
  }
}

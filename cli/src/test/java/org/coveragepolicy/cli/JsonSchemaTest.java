package org.coveragepolicy.cli;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.review.RuleRegistry;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of {@code docs/schema} describe what the command line reads and writes: every
 * example case is valid, every result of reviewing one is valid, every line of a batch's output is
 * a valid result or error line, a batch input line is schema-valid exactly when the reader takes
 * it, and the schemas' enumerations are the code's.
 */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path SCHEMAS = JsonFixtures.repositoryRoot().resolve("docs/schema");
  private static final JsonNode CASE_TREE = tree(SCHEMAS.resolve("review-case.schema.json"));
  private static final JsonNode RESULT_TREE = tree(SCHEMAS.resolve("review-result.schema.json"));
  private static final Schema CASE = schema("review-case.schema.json");
  private static final Schema RESULT = schema("review-result.schema.json");
  private static final Schema BATCH_ERROR = schema("batch-error.schema.json");
  private static final Schema CATALOG = schema("catalog.schema.json");

  @Test
  void theExampleCatalogFileIsValidAndAMalformedOneIsNot() throws IOException {
    Path catalog = JsonFixtures.repositoryRoot().resolve("examples/catalog/catalog.json");
    assertThat(CATALOG.validate(MAPPER.readTree(Files.readString(catalog)))).isEmpty();
    assertThat(CATALOG.validate(MAPPER.readTree("{\"entries\":[{\"product\":\"X\"}]}")))
        .isNotEmpty();
    assertThat(CATALOG.validate(MAPPER.readTree("{\"entries\":[],\"extra\":1}"))).isNotEmpty();
  }

  @Test
  void everyExampleCaseIsValid() {
    List<Path> cases = exampleCases();
    assertThat(cases).hasSizeGreaterThan(30);
    for (Path file : cases) {
      assertThat(CASE.validate(tree(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theOpenVocabularyFormsAreValidAndMalformedLabsAreNot() throws IOException {
    // the consumer project's Injectafer cases use labs by LOINC, a statements object, weightKg
    Path injectafer =
        JsonFixtures.repositoryRoot()
            .resolve("integration-tests/src/it/consumer/src/test/resources/injectafer");
    List<Path> cases;
    try (java.util.stream.Stream<Path> files = Files.list(injectafer)) {
      cases = files.sorted().collect(java.util.stream.Collectors.toList());
    }
    assertThat(cases).hasSizeGreaterThan(5);
    for (Path file : cases) {
      assertThat(CASE.validate(tree(file))).as(file.toString()).isEmpty();
    }
    String ok = Files.readString(cases.get(0));
    String both = ok.replaceFirst("\"loinc\": \"718-7\"", "\"loinc\": \"718-7\", \"test\": \"EGFR\"");
    String noUnit = ok.replaceFirst(",\\s*\"unit\": \"g/dL\"", "");
    String noWeight = ok.replaceFirst("\"weightKg\": [0-9.]+", "\"weightKg\": 0");
    for (String bad : List.of(both, noUnit, noWeight)) {
      assertThat(bad).isNotEqualTo(ok);
      assertThat(CASE.validate(MAPPER.readTree(bad))).as(bad).isNotEmpty();
    }
  }

  @Test
  void theResultOfReviewingEveryExampleIsValid() throws IOException {
    for (Path file : exampleCases()) {
      ReviewCase reviewCase = ReviewJson.readCase(Files.readString(file));
      String json = ReviewJson.resultToJson(ClaimReview.standard().review(reviewCase));

      assertThat(RESULT.validate(MAPPER.readTree(json))).as(file + ": " + json).isEmpty();
    }
  }

  @Test
  void everyLineOfABatchOutputIsAValidResultOrErrorLine() throws IOException {
    for (Path batch : batches()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), 2, Batch.Progress.NONE)
          .run(Files.newInputStream(batch), out);
      List<String> lines =
          out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().collect(Collectors.toList());
      int errors = 0;
      for (String line : lines) {
        JsonNode node = MAPPER.readTree(line);
        if (node.has("error")) {
          errors++;
          assertThat(BATCH_ERROR.validate(node)).as(line).isEmpty();
          assertThat(RESULT.validate(node)).as(line).isNotEmpty();
        } else {
          assertThat(RESULT.validate(node)).as(line).isEmpty();
          assertThat(BATCH_ERROR.validate(node)).as(line).isNotEmpty();
        }
      }
      assertThat(lines).as(batch.toString()).isNotEmpty();
      if (batch.startsWith(JsonFixtures.repositoryRoot().resolve("examples"))) {
        assertThat(errors).as("the project's batch has invalid lines").isGreaterThan(0);
      }
    }
  }

  @Test
  void aBatchLineIsSchemaValidExactlyWhenTheReaderTakesIt() throws IOException {
    for (Path batch : batches()) {
      for (String line : Files.readAllLines(batch)) {
        Optional<JsonNode> node = parse(line);
        if (node.isEmpty() || !node.get().isObject()) {
          continue; // not JSON at all: no schema applies
        }
        boolean read = reads(line);
        List<Error> errors = CASE.validate(node.get());

        assertThat(errors.isEmpty()).as(line + " " + errors).isEqualTo(read);
      }
    }
  }

  @Test
  void theCaseSchemaRejectsWhatTheContractForbids() {
    ObjectNode valid = (ObjectNode) tree(exampleCases().get(0));
    assertThat(CASE.validate(valid)).isEmpty();

    ObjectNode unknownField = valid.deepCopy().put("comment", "x");
    ObjectNode zeroUnits = valid.deepCopy();
    ((ObjectNode) zeroUnits.get("claim")).put("units", 0);
    ObjectNode noPatient = valid.deepCopy();
    noPatient.remove("patient");
    ObjectNode badDate = valid.deepCopy();
    ((ObjectNode) badDate.get("claim")).put("dateOfService", "11/03/2025");

    for (ObjectNode invalid : List.of(unknownField, zeroUnits, noPatient, badDate)) {
      assertThat(CASE.validate(invalid)).as(invalid.toString()).isNotEmpty();
    }
  }

  @Test
  void theCaseSchemaEnumeratesTheCodesValues() {
    JsonNode defs = CASE_TREE.get("$defs");
    assertThat(enumOf(CASE_TREE.at("/properties/edition"))).isEqualTo(editions());
    assertThat(enumOf(defs.at("/patient/properties/sex"))).isEqualTo(names(Sex.values()));
    assertThat(enumOf(defs.at("/document/properties/kind")))
        .isEqualTo(names(DocumentKind.values()));
    assertThat(enumOf(defs.at("/progressNote/properties/riskFactors/items")))
        .isEqualTo(declared(Policy::riskFactors));
    assertThat(enumOf(defs.at("/therapy/properties/kind"))).isEqualTo(declared(Policy::therapyKinds));
    assertThat(enumOf(defs.at("/imagingReport/properties/modality")))
        .isEqualTo(names(ImagingModality.values()));
    assertThat(enumOf(defs.at("/imagingReport/properties/findings/items")))
        .isEqualTo(declared(Policy::imagingFindings));
    assertThat(enumOf(defs.at("/labReport/properties/results/items/properties/test")))
        .isEqualTo(names(LabTest.values()));
    JsonNode administration = defs.at("/administrationRecord/properties");
    assertThat(enumOf(administration.get("route"))).isEqualTo(names(Route.values()));
    assertThat(enumOf(administration.get("administeredBy")))
        .isEqualTo(names(AdministeredBy.values()));
    assertThat(enumOf(administration.get("supervision"))).isEqualTo(names(Supervision.values()));
    assertThat(enumOf(administration.get("drugSource"))).isEqualTo(names(DrugSource.values()));
  }

  @Test
  void theResultSchemaEnumeratesTheCodesValues() {
    assertThat(enumOf(RESULT_TREE.at("/properties/edition"))).isEqualTo(editions());
    assertThat(enumOf(RESULT_TREE.at("/properties/decision"))).isEqualTo(names(Decision.values()));
    assertThat(enumOf(RESULT_TREE.at("/properties/indication")))
        .isEqualTo(
            org.coveragepolicy.core.policy.Policies.load().indications().stream()
                .map(Indication::name)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    assertThat(enumOf(RESULT_TREE.at("/$defs/optionalCategory")))
        .isEqualTo(names(Category.values()));
    assertThat(enumOf(RESULT_TREE.at("/$defs/finding/properties/severity")))
        .isEqualTo(names(Severity.values()));
    assertThat(enumOf(RESULT_TREE.at("/$defs/finding/properties/citation")))
        .isEqualTo(
            RuleRegistry.sources().stream()
                .map(Source::key)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  private static Set<String> editions() {
    return org.coveragepolicy.core.policy.Policies.load().editions().stream()
        .map(Edition::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The names of a kind of term the built-in policies declare, all of them together. */
  private static Set<String> declared(
      java.util.function.Function<Policy, ? extends Set<?>> terms) {
    return org.coveragepolicy.core.policy.Policies.load().all().stream()
        .flatMap(p -> terms.apply(p).stream())
        .map(Object::toString)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The string members of a schema's {@code enum}; {@code null}, which marks optional, left out. */
  private static Set<String> enumOf(JsonNode schema) {
    assertThat(schema.has("enum")).as(schema.toString()).isTrue();
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode v : schema.get("enum")) {
      if (!v.isNull()) {
        values.add(v.asText());
      }
    }
    return values;
  }

  private static boolean reads(String line) {
    try {
      ReviewJson.readCase(line);
      return true;
    } catch (InvalidCaseException e) {
      return false;
    }
  }

  private static Optional<JsonNode> parse(String line) {
    try {
      return Optional.of(MAPPER.readTree(line));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The single-case examples: the project's, and the shared ones when beside the repository. */
  private static List<Path> exampleCases() {
    List<Path> files = new ArrayList<>();
    for (Path dir : exampleDirs()) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json"))
            .filter(p -> !p.getFileName().toString().equals("expected.json"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<Path> batches() {
    List<Path> files = new ArrayList<>();
    for (Path dir : exampleDirs()) {
      Path batch = dir.resolve("batch.jsonl");
      if (Files.isRegularFile(batch)) {
        files.add(batch);
      }
    }
    assumeTrue(!files.isEmpty(), "no batch.jsonl among the examples");
    return files;
  }

  private static List<Path> exampleDirs() {
    List<Path> dirs = new ArrayList<>();
    JsonFixtures.projectExamples().ifPresent(dirs::add);
    JsonFixtures.sharedExamples().ifPresent(dirs::add);
    return dirs;
  }

  private static Schema schema(String file) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(tree(SCHEMAS.resolve(file)).toString());
  }

  private static JsonNode tree(Path file) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

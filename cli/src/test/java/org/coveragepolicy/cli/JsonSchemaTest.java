package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Term;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.review.RuleRegistry;
import org.coveragepolicy.testing.JsonFixtures;
import org.coveragepolicy.testing.OwnPolicy;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas of {@code docs/schema} describe what the command line reads and writes: every
 * example case is valid, every result of reviewing one is valid, every line of a batch's output is
 * a valid result or error line, a batch input line is schema-valid exactly when the reader takes
 * it, the schemas' enumerations are the code's, a policy's names are given by their form with the
 * library's own as examples, and a case and result of a policy the library does not ship are valid.
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
    assertThat(enumOf(defs.at("/patient/properties/sex"))).isEqualTo(names(Sex.values()));
    assertThat(enumOf(defs.at("/document/properties/kind")))
        .isEqualTo(names(DocumentKind.values()));
    assertThat(enumOf(defs.at("/imagingReport/properties/modality")))
        .isEqualTo(names(ImagingModality.values()));
    assertThat(enumOf(defs.at("/labReport/properties/results/items/properties/test")))
        .isEqualTo(names(LabTest.values()));
    JsonNode administration = defs.at("/administrationRecord/properties");
    assertThat(enumOf(administration.get("route"))).isEqualTo(names(Route.values()));
    assertThat(enumOf(administration.get("administeredBy")))
        .isEqualTo(names(AdministeredBy.values()));
    assertThat(enumOf(administration.get("supervision"))).isEqualTo(names(Supervision.values()));
    assertThat(enumOf(administration.get("drugSource"))).isEqualTo(names(DrugSource.values()));
  }

  /**
   * A policy's names (editions, risk factors, therapy kinds, imaging findings) are open: the case
   * schema gives their form, and lists the library's own policies' names as examples.
   */
  @Test
  void theCaseSchemaGivesThePoliciesNamesFormAndTheBuiltInOnesAsExamples() {
    JsonNode defs = CASE_TREE.get("$defs");
    assertThat(examplesOf(defs.get("editionName"))).isEqualTo(editions());
    assertThat(examplesOf(defs.at("/progressNote/properties/riskFactors/items")))
        .isEqualTo(declared(Policy::riskFactors));
    assertThat(examplesOf(defs.at("/therapy/properties/kind")))
        .isEqualTo(declared(Policy::therapyKinds));
    assertThat(examplesOf(defs.at("/imagingReport/properties/findings/items")))
        .isEqualTo(declared(Policy::imagingFindings));
    Pattern edition = patternOf(defs.get("editionName"));
    assertThat(editions()).allMatch(n -> edition.matcher(n).find());
    assertThat(List.of("", "noridian", "1A", "A-B")).noneMatch(n -> edition.matcher(n).find());
  }

  /** The schema's term name is exactly the form the reader takes ({@code Term.isName}). */
  @Test
  void theSchemasTermNameIsTheReadersForm() {
    Pattern term = patternOf(CASE_TREE.at("/$defs/termName"));
    qt()
        .withExamples(2000)
        .forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 66))
        .checkAssert(s -> assertThat(term.matcher(s).find()).as(s).isEqualTo(Term.isName(s)));
    assertThat(term.matcher("A" + "b".repeat(63)).find()).isTrue();
    assertThat(term.matcher("A" + "b".repeat(64)).find()).isFalse();
  }

  @Test
  void theResultSchemaEnumeratesTheCodesValues() {
    assertThat(enumOf(RESULT_TREE.at("/properties/decision"))).isEqualTo(names(Decision.values()));
    assertThat(enumOf(RESULT_TREE.at("/$defs/optionalCategory")))
        .isEqualTo(names(Category.values()));
    assertThat(enumOf(RESULT_TREE.at("/$defs/finding/properties/severity")))
        .isEqualTo(names(Severity.values()));
  }

  /**
   * A result's edition, indication and citation are the case's policy's: the result schema gives
   * their form, and lists the library's own policies' values as examples.
   */
  @Test
  void theResultSchemaGivesThePoliciesNamesFormAndTheBuiltInOnesAsExamples() {
    Set<String> indications =
        Policies.load().indications().stream()
            .map(Indication::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> citations =
        RuleRegistry.sources().stream()
            .map(Source::key)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(examplesOf(RESULT_TREE.at("/properties/edition"))).isEqualTo(editions());
    assertThat(examplesOf(RESULT_TREE.at("/properties/indication"))).isEqualTo(indications);
    assertThat(examplesOf(RESULT_TREE.at("/$defs/finding/properties/citation")))
        .isEqualTo(citations);
    Pattern indication = patternOf(RESULT_TREE.at("/properties/indication/anyOf/0"));
    Pattern citation = patternOf(RESULT_TREE.at("/$defs/finding/properties/citation"));
    Pattern rule = patternOf(RESULT_TREE.at("/$defs/finding/properties/rule"));
    assertThat(indications).allMatch(n -> indication.matcher(n).find());
    assertThat(citations).allMatch(k -> citation.matcher(k).find());
    assertThat(RuleRegistry.rules()).allMatch(r -> rule.matcher(r.id()).find());
    assertThat(List.of("DOC", "doc-order", "DOC--ORDER", "DOC-", "1A-B"))
        .noneMatch(id -> rule.matcher(id).find());
  }

  /**
   * A service's own policy, which the library does not ship: a case using its own edition, risk
   * factor, therapy kind and imaging finding is valid against the case schema, and the result of
   * reviewing it, with its own edition and citations, against the result schema.
   */
  @Test
  void aCaseAndResultOfAPolicyTheLibraryDoesNotShipAreValid() throws IOException {
    Policy own =
        OwnPolicy.builder()
            .addRiskFactors(RiskFactor.of("FRAILTY"))
            .addTherapyKinds(TherapyKind.of("TERIPARATIDE"))
            .addImagingFindings(ImagingFinding.of("VERTEBRAL_COLLAPSE"))
            .build();
    ObjectNode c =
        (ObjectNode) tree(JsonFixtures.repositoryRoot().resolve("examples/approved-prolia-pmo.json"));
    c.put("edition", "OWN_EDITION");
    for (JsonNode d : c.at("/record/documents")) {
      ObjectNode doc = (ObjectNode) d;
      if (doc.get("kind").asText().equals("PROGRESS_NOTE")) {
        doc.withArray("riskFactors").add("FRAILTY");
        doc.putArray("therapies")
            .addObject()
            .put("kind", "TERIPARATIDE")
            .put("start", "2020-01-01")
            .put("end", "2022-01-01");
      } else if (doc.get("kind").asText().equals("IMAGING_REPORT")) {
        doc.putArray("findings").add("VERTEBRAL_COLLAPSE");
      }
    }
    String json = c.toString();
    assertThat(json).contains("\"FRAILTY\"", "\"TERIPARATIDE\"", "\"VERTEBRAL_COLLAPSE\"");
    assertThat(reads(json)).as("the library's own policies do not declare these names").isFalse();

    ReviewCase reviewCase = CaseReader.of(Policies.of(own)).read(json);
    String result = ReviewJson.resultToJson(ClaimReview.of(Policies.of(own)).review(reviewCase));

    assertThat(CASE.validate(c)).isEmpty();
    assertThat(result).contains("\"edition\":\"OWN_EDITION\"");
    assertThat(RESULT.validate(MAPPER.readTree(result))).as(result).isEmpty();

    // a finding of the policy's own rule cites its own source
    Rule ownRule = Rule.of("OWN-LIMIT", "an own limit", Category.MEDICAL_NECESSITY, OwnPolicy.SOURCE);
    String denied =
        ReviewJson.resultToJson(
            ReviewResult.builder()
                .id("own-1")
                .edition(own.defaultEdition())
                .decision(Decision.DENY)
                .denialReason(Category.MEDICAL_NECESSITY)
                .addFindings(ownRule.error(Category.MEDICAL_NECESSITY, "Over the limit."))
                .build());
    assertThat(denied).contains("\"citation\":\"OWN-1\"");
    assertThat(RESULT.validate(MAPPER.readTree(denied))).as(denied).isEmpty();
  }

  private static Set<String> editions() {
    return Policies.load().editions().stream()
        .map(Edition::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The names of a kind of term the built-in policies declare, all of them together. */
  private static Set<String> declared(
      java.util.function.Function<Policy, ? extends Set<?>> terms) {
    return Policies.load().all().stream()
        .flatMap(p -> terms.apply(p).stream())
        .map(Object::toString)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The string members of a schema's {@code examples}; {@code null} left out. */
  private static Set<String> examplesOf(JsonNode schema) {
    return valuesOf(schema, "examples");
  }

  /** A schema's {@code pattern}, as Java reads it (the schemas' patterns are anchored). */
  private static Pattern patternOf(JsonNode schema) {
    assertThat(schema.has("pattern")).as(schema.toString()).isTrue();
    return Pattern.compile(schema.get("pattern").asText());
  }

  /** The string members of a schema's {@code enum}; {@code null}, which marks optional, left out. */
  private static Set<String> enumOf(JsonNode schema) {
    return valuesOf(schema, "enum");
  }

  /** The string members of a schema's array keyword ({@code enum}, {@code examples}), nulls left out. */
  private static Set<String> valuesOf(JsonNode schema, String keyword) {
    assertThat(schema.has(keyword)).as(schema.toString()).isTrue();
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode v : schema.get(keyword)) {
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

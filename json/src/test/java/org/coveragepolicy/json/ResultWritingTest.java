package org.coveragepolicy.json;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabSources;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

class ResultWritingTest {
  private static final Rule JZ_JW = Rule.of("CLM-JZ-JW", "JZ or JW on single-dose drugs", Category.INCORRECT_CODING, Source.JZJW);
  private static final Rule UNSIGNED = Rule.warningOnly("DOC-UNSIGNED", "documents are signed", DenosumabSources.SEED);

  private static ReviewResult denied() {
    return ReviewResult.builder()
        .id("case-1")
        .edition(DenosumabPolicy.NORIDIAN_JF_2026)
        .product(DenosumabCatalog.PROLIA)
        .decision(Decision.DENY)
        .denialReason(Category.INCORRECT_CODING)
        .indication(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS)
        .addFindings(JZ_JW.error(Category.INCORRECT_CODING, "Add JZ."))
        .addFindings(UNSIGNED.warning("Sign the order."))
        .build();
  }

  private static ReviewResult undetermined() {
    return ReviewResult.builder()
        .id("case-2")
        .edition(DenosumabPolicy.FDA_LABEL_2024)
        .decision(Decision.APPROVE)
        .build();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void resultFieldsComeInTheContractOrder() {
    JsonNode json = JsonFixtures.tree(ReviewJson.resultToJson(denied()));
    assertThat(names(json))
        .containsExactly("id", "edition", "product", "decision", "denialReason", "indication", "findings");
    assertThat(names(json.get("findings").get(0)))
        .containsExactly("rule", "severity", "category", "message", "citation");
  }

  @Test
  void resultValuesAreTheContractSpellings() {
    JsonNode json = JsonFixtures.tree(ReviewJson.resultToJson(denied()));
    assertThat(json.get("edition").asText()).isEqualTo("NORIDIAN_JF_2026");
    assertThat(json.get("product").asText()).isEqualTo("PROLIA");
    assertThat(json.get("decision").asText()).isEqualTo("DENY");
    assertThat(json.get("denialReason").asText()).isEqualTo("INCORRECT_CODING");
    assertThat(json.get("indication").asText()).isEqualTo("PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS");
    JsonNode error = json.get("findings").get(0);
    assertThat(error.get("rule").asText()).isEqualTo("CLM-JZ-JW");
    assertThat(error.get("severity").asText()).isEqualTo("ERROR");
    assertThat(error.get("category").asText()).isEqualTo("INCORRECT_CODING");
    assertThat(error.get("citation").asText()).isEqualTo("JZJW");
  }

  @Test
  void warningHasANullCategory() {
    JsonNode warning = JsonFixtures.tree(ReviewJson.resultToJson(denied())).get("findings").get(1);
    assertThat(warning.has("category")).isTrue();
    assertThat(warning.get("category").isNull()).isTrue();
  }

  @Test
  void absentValuesAreWrittenAsNull() {
    JsonNode json = JsonFixtures.tree(ReviewJson.resultToJson(undetermined()));
    assertThat(json.get("product").isNull()).isTrue();
    assertThat(json.get("denialReason").isNull()).isTrue();
    assertThat(json.get("indication").isNull()).isTrue();
    assertThat(json.get("findings").isArray()).isTrue();
    assertThat(json.get("findings")).isEmpty();
  }

  @Test
  void compactResultIsOneLine() {
    assertThat(ReviewJson.resultToJson(denied())).doesNotContain("\n").startsWith("{\"id\":\"case-1\",");
  }

  @Test
  void prettyResultIsIndentedWithNewlinesOnly() {
    String pretty = ReviewJson.resultToPrettyJson(denied());
    assertThat(pretty).startsWith("{\n  \"id\": \"case-1\",\n").doesNotContain("\r").doesNotEndWith("\n");
    assertThat(JsonFixtures.tree(pretty)).isEqualTo(JsonFixtures.tree(ReviewJson.resultToJson(denied())));
  }

  @Test
  void emptyFindingsArePrettyPrintedAsAnEmptyArray() {
    assertThat(ReviewJson.resultToPrettyJson(undetermined())).contains("\"findings\": []");
  }

  @Test
  void errorLineNamesLineIdAndError() {
    JsonNode json = JsonFixtures.tree(ReviewJson.errorToJson(7, "case-7", "claim.units: must be ≥ 1, was 0"));
    assertThat(names(json)).containsExactly("line", "id", "error");
    assertThat(json.get("line").asLong()).isEqualTo(7);
    assertThat(json.get("id").asText()).isEqualTo("case-7");
    assertThat(json.get("error").asText()).isEqualTo("claim.units: must be ≥ 1, was 0");
  }

  @Test
  void errorLineWithoutIdHasANullId() {
    JsonNode json = JsonFixtures.tree(ReviewJson.errorToJson(3, null, "not JSON: no content"));
    assertThat(json.get("id").isNull()).isTrue();
  }
}

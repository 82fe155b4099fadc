package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.review.DocumentKind;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * The field tables, which the readers and writers share, are the schemas' objects: each case
 * table's names are the properties of its object in docs/schema/review-case.schema.json, its
 * required fields the schema's required ones, and a document kind's fields the properties of that
 * kind's object; the result and catalog tables' names are the properties of their objects in
 * review-result.schema.json and catalog.schema.json. Each table finds every name it declares and
 * no other.
 */
class FieldTableTest {
  private static final JsonNode SCHEMA = schema("review-case.schema.json");

  private static JsonNode schema(String file) {
    try {
      return new ObjectMapper()
          .readTree(JsonFixtures.repositoryRoot().resolve("docs/schema/" + file).toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <F extends Enum<F> & FieldTable.Field> Set<String> names(
      Stream<F> fields) {
    return fields.map(FieldTable.Field::json).collect(Collectors.toCollection(TreeSet::new));
  }

  private static <F extends Enum<F> & FieldTable.Field> Set<String> required(Class<F> type) {
    return names(Arrays.stream(type.getEnumConstants()).filter(FieldTable.Field::required));
  }

  private static Set<String> properties(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> schemaRequired(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.get("required").forEach(n -> names.add(n.asText()));
    return names;
  }

  private static <F extends Enum<F> & FieldTable.Field> void assertObject(
      JsonNode object, Class<F> type) {
    assertThat(names(Arrays.stream(type.getEnumConstants()))).isEqualTo(properties(object));
    assertThat(required(type)).isEqualTo(schemaRequired(object));
  }

  @Test
  void eachObjectsTableHoldsTheSchemasPropertiesAndRequiredFields() {
    JsonNode defs = SCHEMA.get("$defs");
    assertObject(SCHEMA, CaseFields.Field.class);
    assertObject(defs.get("claim"), ClaimFields.Field.class);
    assertObject(defs.get("patient"), PatientFields.Field.class);
    assertObject(defs.get("record"), RecordFields.Field.class);
    assertObject(defs.get("therapy"), TherapyFields.Field.class);
  }

  @Test
  void theResultAndCatalogTablesHoldTheirSchemasProperties() {
    JsonNode result = schema("review-result.schema.json");
    assertThat(names(Arrays.stream(ResultFields.Field.values()))).isEqualTo(properties(result));
    assertThat(names(Arrays.stream(ResultFields.FindingField.values())))
        .isEqualTo(properties(result.get("$defs").get("finding")));
    JsonNode catalog = schema("catalog.schema.json");
    assertThat(names(Arrays.stream(CatalogFields.Field.values()))).isEqualTo(properties(catalog));
    assertThat(names(Arrays.stream(CatalogFields.EntryField.values())))
        .isEqualTo(properties(catalog.get("$defs").get("entry")));
  }

  @Test
  void aDocumentKindAllowsTheFieldsOfItsSchemaObject() {
    JsonNode defs = SCHEMA.get("$defs");
    for (DocumentKind kind : DocumentKind.values()) {
      JsonNode object = defs.get(schemaName(kind));
      assertThat(
              names(
                  Arrays.stream(DocumentFields.Field.values())
                      .filter(f -> f.kinds().contains(kind))))
          .as("%s", kind)
          .isEqualTo(properties(object));
    }
  }

  private static String schemaName(DocumentKind kind) {
    String[] words = kind.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  @Test
  void aTableFindsEachNameItDeclaresAndNoOther() {
    FieldTable<DocumentFields.Field> table = FieldTable.of(DocumentFields.Field.class);
    for (DocumentFields.Field f : DocumentFields.Field.values()) {
      assertThat(table.get(new String(f.json().toCharArray()))).isEqualTo(f);
    }
    assertThat(table.get("Kind")).isNull();
    assertThat(table.get("")).isNull();
    assertThat(table.get("kinds")).isNull();
  }

  @Test
  void aFieldsNameIsItsConstantInLowerCamelCase() {
    assertThat(ClaimFields.Field.DATE_OF_SERVICE.json()).isEqualTo("dateOfService");
    assertThat(TherapyFields.Field.DOSE_MG_PER_DAY.json()).isEqualTo("doseMgPerDay");
    assertThat(DocumentFields.Field.T_SCORE.json()).isEqualTo("tScore");
    assertThat(CaseFields.Field.PATIENT.json()).isEqualTo(JsonPath.PATIENT);
  }

  @Test
  void aFieldIsRequiredExactlyWhenItsConstantIsMarkedRequired() {
    assertThat(DocumentFields.Field.KIND.required()).isTrue();
    assertThat(DocumentFields.Field.DATE.required()).isFalse();
    assertThat(Arrays.stream(LabValueFields.Field.values()).noneMatch(FieldTable.Field::required))
        .isTrue();
  }

  /** Two fields of one name: {@code a1} in lower camel case. */
  enum Twice implements FieldTable.Field {
    A_1,
    A1
  }

  @Test
  void aTableRejectsANameDeclaredTwice() {
    assertThatThrownBy(() -> FieldTable.of(Twice.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares a1 twice");
  }
}

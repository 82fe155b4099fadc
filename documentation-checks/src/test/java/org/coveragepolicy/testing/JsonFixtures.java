package org.coveragepolicy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The JSON fixtures of the json and cli tests: the approved case as JSON ({@code
 * Baselines.approvedProlia()} is the same case, typed, with a few more details), edits of it by JSON
 * path, and where the examples live.
 */
public final class JsonFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  /** Puts a raw JSON value (not a string) at the place of a value in the approved case. */
  public static String raw(String field, String oldValue, String newValue) {
    String from = "\"" + field + "\": " + oldValue;
    assertThat(APPROVED_CASE).contains(from);
    return APPROVED_CASE.replace(from, "\"" + field + "\": " + newValue);
  }

  /** Marks a field to remove in {@link #with}. */
  public static final Object REMOVE = new Object();

  /** The approved case of docs/json-contract.md: Prolia, postmenopausal osteoporosis, all in order. */
  public static final String APPROVED_CASE =
      """
      {
        "id": "prolia-pmo-approved",
        "edition": "NORIDIAN_JF_2026",
        "claim": {
          "dateOfService": "2025-11-03",
          "hcpcs": "J0897",
          "units": 60,
          "modifiers": ["JZ"],
          "ndc": "55513-0710-01",
          "placeOfService": "11",
          "diagnosisCodes": ["M81.0", "Z87.310"]
        },
        "patient": { "sex": "FEMALE", "birthDate": "1948-06-12" },
        "record": {
          "requestedOn": "2025-12-01",
          "receivedOn": "2025-12-20",
          "documents": [
            { "kind": "ORDER", "date": "2025-10-20", "signed": true, "product": "PROLIA", "doseMg": 60 },
            { "kind": "PROGRESS_NOTE", "date": "2025-10-20", "signed": true,
              "diagnoses": ["M81.0", "Z87.310"], "postmenopausal": true,
              "riskFactors": ["PRIOR_FRAGILITY_FRACTURE"],
              "therapies": [ { "kind": "CALCIUM_VITAMIN_D", "start": "2024-01-01" } ] },
            { "kind": "IMAGING_REPORT", "date": "2025-09-30", "signed": true, "modality": "DXA", "tScore": -2.9 },
            { "kind": "LAB_REPORT", "date": "2025-10-20",
              "results": [ { "test": "TOTAL_CALCIUM", "value": 9.4 } ] },
            { "kind": "ADMINISTRATION_RECORD", "date": "2025-11-03", "signed": true, "product": "PROLIA",
              "doseMg": 60, "route": "SUBCUTANEOUS", "administeredBy": "AUXILIARY_PERSONNEL",
              "supervision": "DIRECT", "drugSource": "PRACTICE_PURCHASED" }
          ]
        }
      }
      """;

  private JsonFixtures() {}

  /** Returns the approved case as one compact line, ready for JSON Lines. */
  public static String approvedLine() {
    return with(APPROVED_CASE, "id", "prolia-pmo-approved");
  }

  /**
   * Returns the JSON with the value at a path ({@code claim.units}, {@code
   * record.documents[2].date}) set, or removed when the value is {@link #REMOVE}. Parent objects
   * must exist. The result is compact, one line.
   */
  public static String with(String json, String path, @Nullable Object value) {
    try {
      JsonNode root = MAPPER.readTree(json);
      String[] steps = path.split("\\.");
      JsonNode node = root;
      for (int i = 0; i < steps.length - 1; i++) {
        node = step(node, steps[i]);
      }
      Matcher last = STEP.matcher(steps[steps.length - 1]);
      if (!last.matches()) {
        throw new IllegalArgumentException(path);
      }
      if (last.group(2) != null) {
        ArrayNode array = (ArrayNode) node.get(last.group(1));
        int index = Integer.parseInt(last.group(2));
        if (value == REMOVE) {
          array.remove(index);
        } else {
          array.set(index, MAPPER.valueToTree(value));
        }
      } else if (value == REMOVE) {
        ((ObjectNode) node).remove(last.group(1));
      } else {
        ((ObjectNode) node).set(last.group(1), MAPPER.valueToTree(value));
      }
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode step(JsonNode node, String step) {
    Matcher m = STEP.matcher(step);
    if (!m.matches()) {
      throw new IllegalArgumentException(step);
    }
    JsonNode child = node.get(m.group(1));
    return m.group(2) == null ? child : child.get(Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the same JSON with the fields of every object in reverse order: the same case written
   * another way. Text that is not JSON is returned as it is.
   */
  public static String reversedFields(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return json;
    }
    return node == null ? json : reversed(node).toString();
  }

  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.reverse(names);
      ObjectNode copy = MAPPER.createObjectNode();
      for (String name : names) {
        copy.set(name, reversed(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(element -> copy.add(reversed(element)));
      return copy;
    }
    return node;
  }

  /** Parses JSON text in a test. */
  public static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the repository root: the nearest directory, from the working directory up, holding
   * {@code mvnw} and the {@code cli} module.
   */
  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("cli"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root above " + dir);
  }

  /**
   * Returns the shared examples, {@code ../shared/examples} next to the repository, or where the
   * environment variable {@code COVERAGE_POLICY_SHARED_EXAMPLES} points; empty when absent.
   */
  public static Optional<Path> sharedExamples() {
    String override = System.getenv("COVERAGE_POLICY_SHARED_EXAMPLES");
    Path dir =
        override != null && !override.isBlank()
            ? Path.of(override)
            : repositoryRoot().resolve("../shared/examples").normalize();
    return Files.isRegularFile(dir.resolve("expected.json")) ? Optional.of(dir) : Optional.empty();
  }

  /** Returns the project's own examples, {@code examples/} at the repository root, when present. */
  public static Optional<Path> projectExamples() {
    Path dir = repositoryRoot().resolve("examples");
    return Files.isRegularFile(dir.resolve("expected.json")) ? Optional.of(dir) : Optional.empty();
  }

  /** Reads a UTF-8 file in a test. */
  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

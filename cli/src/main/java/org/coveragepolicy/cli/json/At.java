package org.coveragepolicy.cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON value and the path that leads to it. Every conversion either returns a typed value or
 * throws an {@link InvalidCaseException} naming this path and the bad value. A redacted value (the
 * birth date) is never echoed in a message.
 */
final class At {
  /** Strict ISO dates: {@code uuuu-MM-dd}, no 2025-02-30. */
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The top-level fields of a case: a domain message starting with one of them is already a path. */
  private static final ImmutableSet<String> ROOT_FIELDS =
      ImmutableSet.of("id", "edition", "claim", "patient", "record");

  /** A domain message of the form {@code field.path: problem}. */
  private static final Pattern FIELD_MESSAGE = Pattern.compile("([A-Za-z][A-Za-z0-9_.\\[\\]]*): (.*)", Pattern.DOTALL);

  private static final int MAX_ECHO = 60;

  private final JsonNode node;
  private final String path;
  private final boolean redacted;

  private At(JsonNode node, String path, boolean redacted) {
    this.node = node;
    this.path = path;
    this.redacted = redacted;
  }

  static At root(JsonNode node) {
    return new At(node, "", false);
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  /** Returns this value as a redacted one: messages about it never show it. */
  At redacted() {
    return new At(node, path, true);
  }

  InvalidCaseException error(String problem) {
    return new InvalidCaseException(path, problem, null);
  }

  /** Names the value for a message: its JSON text, shortened, or nothing when redacted. */
  String shown() {
    if (redacted) {
      return "(value not shown)";
    }
    String text = node.toString();
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
  }

  private InvalidCaseException typeError(String expected) {
    return error("must be " + expected + ", was " + shown());
  }

  Obj object() {
    if (!node.isObject()) {
      throw typeError("an object");
    }
    return new Obj(this);
  }

  String string() {
    if (!node.isTextual()) {
      throw typeError("a string");
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw typeError("true or false");
    }
    return node.booleanValue();
  }

  int integer() {
    if (!node.isIntegralNumber()) {
      throw typeError("an integer");
    }
    if (!node.canConvertToInt()) {
      throw error("must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", was " + shown());
    }
    return node.intValue();
  }

  int positiveInteger() {
    int value = integer();
    if (value < 1) {
      throw error("must be ≥ 1, was " + value);
    }
    return value;
  }

  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw typeError("a number");
    }
    return node.decimalValue();
  }

  LocalDate date() {
    String text = string();
    if (DATE_SHAPE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text, ISO_DATE);
      } catch (DateTimeParseException e) {
        // falls through to the message below
      }
    }
    throw error("not a date (YYYY-MM-DD): " + shown());
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (node.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(node.textValue())) {
          return constant;
        }
      }
    }
    throw error("must be one of " + names + ", was " + shown());
  }

  /** Parses a string with a domain parser, whose IllegalArgumentException names the problem. */
  <T> T parsed(Function<String, T> parser) {
    String text = string();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(String.valueOf(e.getMessage()));
    }
  }

  ImmutableList<At> array() {
    if (!node.isArray()) {
      throw typeError("an array");
    }
    ImmutableList.Builder<At> items = ImmutableList.builderWithExpectedSize(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(new At(node.get(i), path + "[" + i + "]", redacted));
    }
    return items.build();
  }

  <T> ImmutableList<T> list(Function<At, T> element) {
    ImmutableList.Builder<T> items = ImmutableList.builder();
    for (At item : array()) {
      items.add(element.apply(item));
    }
    return items.build();
  }

  /**
   * Builds a domain value, turning its {@code @Value.Check} failure into an error at this path: a
   * message that starts with a top-level field is a full path already; one that starts with a
   * field of this object ({@code end}, or {@code therapy.end} with the type's name first) gets
   * this path in front.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw domainError(path, String.valueOf(e.getMessage()));
    }
  }

  static InvalidCaseException domainError(String path, String message) {
    Matcher m = FIELD_MESSAGE.matcher(message);
    if (!m.matches()) {
      return new InvalidCaseException(path, message, null);
    }
    String field = m.group(1);
    String head = field.split("[.\\[]", 2)[0];
    if (ROOT_FIELDS.contains(head) || path.isEmpty()) {
      return new InvalidCaseException(field, m.group(2), null);
    }
    // "therapy.end" names the value's type, then its field: the path replaces the type
    String relative = field.startsWith(head + ".") ? field.substring(head.length() + 1) : field;
    return new InvalidCaseException(path + "." + relative, m.group(2), null);
  }

  /** A JSON object whose fields are read by name; fields not read are unknown. */
  static final class Obj {
    private final At at;

    private Obj(At at) {
      this.at = at;
    }

    String path() {
      return at.path;
    }

    private String child(String name) {
      return at.path.isEmpty() ? name : at.path + "." + name;
    }

    /** Rejects the first field, in document order, that is not among the known ones. */
    Obj only(ImmutableSet<String> known) {
      for (Map.Entry<String, JsonNode> field : at.node.properties()) {
        if (!known.contains(field.getKey())) {
          throw new InvalidCaseException(child(field.getKey()), "unknown field", null);
        }
      }
      return this;
    }

    /** Returns a field; absent and JSON null are both absent. */
    Optional<At> optional(String name) {
      JsonNode value = at.node.get(name);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      return Optional.of(new At(value, child(name), at.redacted));
    }

    At required(String name) {
      return optional(name)
          .orElseThrow(() -> new InvalidCaseException(child(name), "required", null));
    }

    boolean has(String name) {
      return optional(name).isPresent();
    }
  }
}

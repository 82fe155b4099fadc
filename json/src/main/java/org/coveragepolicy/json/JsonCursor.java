package org.coveragepolicy.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over Jackson's token stream that the JSON readers hold: it moves through the tokens and
 * turns each value into a typed one or an {@link InvalidCaseException} naming the JSON path and the
 * bad value (and the case's ID once a reader has read it).
 *
 * <p>Paths ({@link JsonPath}) are computed from the parser's own context only when an error is
 * reported, so reading a valid input builds no path strings. A value inside the top-level {@code
 * patient} field is never shown, nor the name of an unknown field there.
 */
final class JsonCursor {
  /** One item of a list, read at the current token. */
  @FunctionalInterface
  interface Item<T> {
    T read() throws IOException;
  }

  /** The token stream; readers look at the current token through it. */
  final JsonParser p;

  /** The case's ID once a reader has read it, carried by every error from then on. */
  private @Nullable String caseId;

  JsonCursor(JsonParser p) {
    this.p = p;
  }

  /** Names the case in every error reported from now on. */
  void caseId(String id) {
    this.caseId = id;
  }

  /** The case's ID, if a reader has read it. */
  @Nullable String caseId() {
    return caseId;
  }

  // ----- structure -----

  /** Moves to the first token of the input and checks that it starts an object. */
  void startRoot() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new InvalidCaseException("", "not JSON: no content", caseId);
    }
    if (t != START_OBJECT) {
      throw typeError("an object");
    }
  }

  /** After the root object's end, checks that nothing follows it. */
  void endRoot() throws IOException {
    if (p.nextToken() != null) {
      throw new InvalidCaseException("", "not JSON: more content after the end" + location(), caseId);
    }
  }

  /** Checks that the current value starts an object. */
  void object() {
    if (p.currentToken() != START_OBJECT) {
      throw typeError("an object");
    }
  }

  /** Moves to the next field name of the current object; false at the object's end. */
  boolean nextField() throws IOException {
    JsonToken t = p.nextToken();
    if (t == FIELD_NAME) {
      return true;
    }
    if (t == END_OBJECT) {
      return false;
    }
    throw error(path(), "not JSON: a field name was expected" + location());
  }

  /** Returns the name of the field at the current token. */
  String name() throws IOException {
    return p.currentName();
  }

  /** Whether the current value is JSON {@code null}, which counts as absent. */
  boolean isNull() {
    return p.currentToken() == VALUE_NULL;
  }

  InvalidCaseException unknownField() {
    if (redacted()) {
      return error(JsonPath.PATIENT, "unknown field (name not shown)");
    }
    return error(path(), "unknown field");
  }

  /** The error of a required field found absent at the end of the current object. */
  InvalidCaseException missing(String name) {
    return error(JsonPath.join(path(), name), "required");
  }

  <T> ImmutableList<T> list(int max, String tooMany, Item<T> item) throws IOException {
    if (p.currentToken() != START_ARRAY) {
      throw typeError("an array");
    }
    ImmutableList.Builder<T> items = ImmutableList.builder();
    int n = 0;
    while (p.nextToken() != END_ARRAY) {
      if (++n > max) {
        throw error(JsonPath.pathOf(JsonPath.valueContext(p).getParent()), tooMany);
      }
      items.add(item.read());
    }
    return items.build();
  }

  <T> ImmutableList<T> list(Item<T> item) throws IOException {
    return list(Limits.MAX_ITEMS, "must hold at most " + Limits.MAX_ITEMS + " items", item);
  }

  // ----- scalars -----

  String string() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw typeError("a string");
    }
    String s = p.getText();
    int lone = Text.loneSurrogate(s);
    if (lone >= 0) {
      throw error(path(), "not valid Unicode: a lone surrogate at character " + (lone + 1));
    }
    return s;
  }

  boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw typeError("true or false");
  }

  int integer(int min, int max) throws IOException {
    if (p.currentToken() != VALUE_NUMBER_INT) {
      throw typeError("an integer");
    }
    String text = p.getText();
    long value;
    if (text.length() > 11) {
      value = text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    } else {
      value = Long.parseLong(text);
    }
    if (value < min) {
      throw error(path(), "must be ≥ " + min + was());
    }
    if (value > max) {
      throw error(path(), "must be ≤ " + max + was());
    }
    return (int) value;
  }

  BigDecimal decimal(BigDecimal min, BigDecimal max) throws IOException {
    JsonToken t = p.currentToken();
    if (t != VALUE_NUMBER_INT && t != VALUE_NUMBER_FLOAT) {
      throw typeError("a number");
    }
    String text = p.getText();
    if (text.length() > Limits.MAX_NUMBER_CHARS) {
      throw error(path(), "must be written with at most " + Limits.MAX_NUMBER_CHARS + " characters" + was());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error(path(), range(min, max) + was());
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw error(path(), range(min, max) + was());
    }
    if (value.scale() > Limits.MAX_SCALE) {
      throw error(
          path(), "must have at most " + Limits.MAX_SCALE + " digits after the decimal point" + was());
    }
    return value;
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return "must be from " + min.toPlainString() + " to " + max.toPlainString();
  }

  LocalDate date() throws IOException {
    if (p.currentToken() != VALUE_STRING) {
      throw typeError("a string");
    }
    // read from the parser's characters: a valid date needs no string of its own
    LocalDate d = Text.isoDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (d == null) {
      string(); // a lone surrogate is reported as such, as for any string
      throw error(path(), "not a date (YYYY-MM-DD)" + was());
    }
    if (d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
      throw error(path(), "must be from " + Limits.MIN_DATE + " through " + Limits.MAX_DATE + was());
    }
    return d;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    Enums.Lookup<E> lookup = Enums.of(type);
    if (p.currentToken() == VALUE_STRING) {
      E value = lookup.get(p.getText());
      if (value != null) {
        return value;
      }
    }
    throw error(path(), "must be one of " + lookup.names() + was());
  }

  /** Reads a string and parses it with a domain parser whose exception names the problem. */
  <T> T parsed(Function<String, T> parser) throws IOException {
    String s = string();
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException e) {
      throw error(path(), Text.safeProblem(Text.problemOf(e), s));
    }
  }

  /**
   * Builds a domain value at the end of its object, placing a check's failure at the path of the
   * field it names, relative to this object.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidInputException e) {
      throw error(JsonPath.join(path(), e.path()), Text.safeProblem(e.problem(), null));
    } catch (IllegalArgumentException e) {
      throw error(path(), Text.safeProblem(String.valueOf(e.getMessage()), null));
    }
  }

  // ----- errors -----

  InvalidCaseException typeError(String expected) {
    return error(path(), "must be " + expected + was());
  }

  /** The end of a message about the current value: {@code , was <value>}, or that it is not shown. */
  String was() {
    if (redacted()) {
      return " (value not shown)";
    }
    return ", was " + shown();
  }

  /** The current value as a message shows it; structures are named, never shown. */
  String shown() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    try {
      switch (t) {
        case VALUE_STRING:
          return Text.quote(p.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return Text.number(p.getText());
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return "null";
        case START_ARRAY:
          return "an array";
        case START_OBJECT:
          return "an object";
        default:
          return "a field name";
      }
    } catch (IOException e) {
      return "a value that cannot be read";
    }
  }

  /** The error of a problem at a path, naming the case once its ID is known. */
  InvalidCaseException error(String path, String problem) {
    return new InvalidCaseException(path, problem, caseId);
  }

  /** The error of a syntax error the parser reported. */
  InvalidCaseException syntaxError(JsonProcessingException e) {
    if (redacted()) {
      return error(JsonPath.redactedPath(p), "not JSON (not shown: inside patient)" + location(e));
    }
    return error(path(), "not JSON: " + Text.parserProblem(e.getOriginalMessage()) + location(e));
  }

  private static String location(JsonProcessingException e) {
    return JsonPath.describe(e.getLocation());
  }

  private String location() {
    return JsonPath.describe(p.currentLocation());
  }

  // ----- paths -----

  /** The JSON path of the current value, such as {@code record.documents[2].date}. */
  String path() {
    return JsonPath.of(p);
  }

  /** A mark of the current value's path, for a check made after the value was read. */
  JsonPath.Mark mark() {
    return JsonPath.mark(p);
  }

  /** Whether the current value lies inside the top-level {@code patient} field. */
  boolean redacted() {
    return JsonPath.redacted(p);
  }
}

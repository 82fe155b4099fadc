package org.coveragepolicy.json;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.jspecify.annotations.Nullable;

/**
 * Where a parser's current value is, as an error message names it: its JSON path, such as {@code
 * record.documents[2].date}, and its line and column. Inside the top-level {@code patient} field a
 * path goes no further than a known field, so an unknown field's name is never shown.
 *
 * <p>A path is computed from the parser's own context, only when an error is reported.
 */
final class JsonPath {
  /** The field of the input whose values are never shown. */
  static final String PATIENT = "patient";

  private JsonPath() {}

  /** The JSON path of the parser's current value. */
  static String of(JsonParser p) {
    if (redacted(p)) {
      return redactedPath(p);
    }
    return pathOf(valueContext(p));
  }

  /** The context that holds the current value: for a start token, the context around it. */
  static JsonStreamContext valueContext(JsonParser p) {
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == START_OBJECT || t == START_ARRAY) && ctx.getParent() != null) {
      return ctx.getParent();
    }
    return ctx;
  }

  /**
   * Within {@code patient}: the path up to a field of a patient ({@link PatientFields}), never an
   * unknown field's name.
   */
  static String redactedPath(JsonParser p) {
    JsonStreamContext ctx = valueContext(p);
    if (ctx.inObject() && ctx.getParent() != null && !ctx.getParent().inRoot()) {
      String name = ctx.getCurrentName();
      if (name != null && FieldTable.of(PatientFields.Field.class).get(name) != null) {
        return PATIENT + "." + name;
      }
    }
    return PATIENT;
  }

  /** The path of a context, every name in it shown. */
  static String pathOf(@Nullable JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    String parent = pathOf(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "[" + Math.max(ctx.getCurrentIndex(), 0) + "]";
    }
    String name = ctx.getCurrentName();
    if (name == null) {
      return parent;
    }
    return join(parent, Text.key(name));
  }

  /** The path of a field or an index ({@code [2]}) within the value at a path. */
  static String join(String path, String child) {
    if (path.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return path;
    }
    return child.startsWith("[") ? path + child : path + "." + child;
  }

  /** Whether the parser's current value lies inside the top-level {@code patient} field. */
  static boolean redacted(JsonParser p) {
    JsonStreamContext ctx = valueContext(p);
    if (ctx == null || ctx.inRoot()) {
      return false;
    }
    while (ctx.getParent() != null && !ctx.getParent().inRoot()) {
      ctx = ctx.getParent();
    }
    return ctx.inObject() && PATIENT.equals(ctx.getCurrentName());
  }

  /** Where in the text a location is, {@code " (line 3, column 7)"}; empty when unknown. */
  static String describe(@Nullable JsonLocation where) {
    if (where == null || where.getLineNr() < 1) {
      return "";
    }
    return where.getLineNr() > 1
        ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"
        : " (column " + where.getColumnNr() + ")";
  }
}

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
 * <p>A path is computed from the parser's own context, only when an error is reported; a check
 * made after the value was read (a term the case's policy must declare, known only once the whole
 * case is read) keeps a {@link Mark} and writes the path out only if the check fails.
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

  /**
   * Returns a mark of the parser's current value: its path's steps, copied (the parser reuses its
   * context objects as it moves on), and written out as text only when asked for.
   */
  static Mark mark(JsonParser p) {
    if (redacted(p)) {
      return new Mark(redactedPath(p), new String[0], new int[0]);
    }
    int depth = 0;
    for (JsonStreamContext c = valueContext(p); c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    @Nullable String[] names = new @Nullable String[depth];
    int[] indexes = new int[depth];
    int i = depth;
    for (JsonStreamContext c = valueContext(p); c != null && !c.inRoot(); c = c.getParent()) {
      i--;
      indexes[i] = c.inArray() ? Math.max(c.getCurrentIndex(), 0) : -1;
      names[i] = c.inArray() ? null : c.getCurrentName();
    }
    return new Mark("", names, indexes);
  }

  /**
   * A JSON path kept for a check made later, written out as {@link #pathOf} would have written it
   * when the value was read: the steps from the root (a field's name, or an array index), after a
   * fixed start (the redacted path of a value inside {@code patient}, or nothing).
   */
  static final class Mark {
    private final String start;
    private final @Nullable String[] names;
    private final int[] indexes;
    private final @Nullable String child;

    private Mark(String start, @Nullable String[] names, int[] indexes) {
      this(start, names, indexes, null);
    }

    private Mark(String start, @Nullable String[] names, int[] indexes, @Nullable String child) {
      this.start = start;
      this.names = names;
      this.indexes = indexes;
      this.child = child;
    }

    /** Returns the mark of a field of this value, as {@link JsonPath#join} names it. */
    Mark child(String field) {
      return new Mark(start, names, indexes, field);
    }

    /** Returns the path, such as {@code record.documents[2].date}. */
    @Override
    public String toString() {
      String path = start;
      for (int i = 0; i < indexes.length; i++) {
        String name = names[i];
        if (indexes[i] >= 0) {
          path = path + "[" + indexes[i] + "]";
        } else if (name != null) {
          path = join(path, Text.key(name));
        }
      }
      return child == null ? path : join(path, child);
    }
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

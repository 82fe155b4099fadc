package org.coveragepolicy.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks FHIR JSON text against the reader's limits before HAPI parses it: it is JSON, no deeper
 * than {@link #MAX_DEPTH}, every number written with at most {@link #MAX_NUMBER_CHARS} characters
 * and at most {@link #MAX_DIGITS} digits on either side of the decimal point (so a number such as
 * {@code 1E+999999999} never reaches {@code BigDecimal} arithmetic), and every {@code resourceType}
 * a FHIR R4 resource type (the expected one at the top). Problems name the element, such as {@code
 * Bundle.entry[3].resource.resourceType}, and never echo a value of the input.
 */
final class JsonBounds {
  /** The deepest nesting of objects and arrays a resource may have. */
  static final int MAX_DEPTH = 64;

  /** The most characters a JSON number may be written with (as the JSON reader). */
  static final int MAX_NUMBER_CHARS = 24;

  /** The most digits a number may have before, and after, its decimal point. */
  static final int MAX_DIGITS = 18;

  /** Jackson's own nesting limit lies above ours, so ours is the one that is reported. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
          .build();

  private JsonBounds() {}

  /**
   * Checks a resource's text.
   *
   * @param json the text
   * @param root the path of the resource, such as {@code prefetch.patient} or {@code Bundle}
   * @param expectedType the resource type the top must have, or null for any
   * @param resourceTypes the resource types of FHIR R4
   * @throws InvalidInputException naming the element at fault
   */
  static void check(
      String json, String root, @Nullable String expectedType, Set<String> resourceTypes) {
    walk(
        json,
        root,
        (p, t, depth, field, path) -> {
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            checkNumber(p.getText(), path.get());
          } else if ("resourceType".equals(field)) {
            checkResourceType(p, t, depth == 1 ? expectedType : null, resourceTypes, path.get());
          }
          return false;
        });
  }

  /**
   * Finds the path of the first element of a name (and, if given, of a scalar value) in text that
   * {@link #check} accepted: HAPI reports a problem by element name only, and the input names it.
   *
   * @return the path, or empty if there is no such element
   */
  static Optional<String> locate(String json, String root, String name, @Nullable String value) {
    List<String> found = new ArrayList<>(1);
    walk(
        json,
        root,
        (p, t, depth, field, path) -> {
          if (name.equals(field) && (value == null || (t.isScalarValue() && value.equals(p.getText())))) {
            found.add(path.get());
            return true;
          }
          return false;
        });
    return found.stream().findFirst();
  }

  /** What {@link #walk} calls for each value; true stops the walk. */
  private interface Visitor {
    boolean visit(JsonParser p, JsonToken t, int depth, @Nullable String field, Supplier<String> path)
        throws IOException;
  }

  private static void walk(String json, String root, Visitor visitor) {
    List<Object> path = new ArrayList<>(); // field names (String) and array indexes (int[1])
    Supplier<String> rendered = () -> render(root, path);
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw new InvalidInputException(root, "must be a JSON object (a FHIR resource)");
      }
      int depth = 0;
      while (t != null) {
        if ((t.isStructStart() || t.isScalarValue())
            && !path.isEmpty()
            && path.get(path.size() - 1) instanceof int[] index) {
          index[0]++; // a value inside an array advances the array's index
        }
        @Nullable String field = null;
        if (!path.isEmpty()) {
          // the field a value belongs to: the last name, or the name of the array it is in
          Object last = path.get(path.size() - 1);
          if (last instanceof String s) {
            field = s;
          } else if (path.size() >= 2 && path.get(path.size() - 2) instanceof String s) {
            field = s;
          }
        }
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            if (t == JsonToken.START_OBJECT && visitor.visit(p, t, depth, field, rendered)) {
              return;
            }
            depth++;
            if (depth > MAX_DEPTH) {
              throw new InvalidInputException(rendered.get(), "nested deeper than " + MAX_DEPTH + " levels");
            }
            path.add(t == JsonToken.START_ARRAY ? new int[] {-1} : "");
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            path.remove(path.size() - 1);
            if (depth == 0 && p.nextToken() != null) {
              throw new InvalidInputException(root, "not valid JSON (text after the resource)");
            }
          }
          case FIELD_NAME -> path.set(path.size() - 1, p.currentName());
          default -> {
            if (visitor.visit(p, t, depth, field, rendered)) {
              return;
            }
          }
        }
        t = depth == 0 ? null : p.nextToken();
      }
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(rendered.get(), "nested or written beyond the reader's limits");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InvalidInputException(
          root,
          "not valid JSON"
              + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new InvalidInputException(root, "cannot be read");
    }
  }

  private static void checkNumber(String text, String at) {
    String limits =
        "must be a number written with at most " + MAX_NUMBER_CHARS + " characters and at most "
            + MAX_DIGITS + " digits before and after the decimal point";
    if (text.length() > MAX_NUMBER_CHARS) {
      throw new InvalidInputException(at, limits);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(at, limits);
    }
    // digits before the point: precision - scale; after it: scale (both bounded, so no exponent
    // can make a later toPlainString or setScale allocate without bound)
    if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
      throw new InvalidInputException(at, limits);
    }
  }

  private static void checkResourceType(
      JsonParser p, JsonToken t, @Nullable String expected, Set<String> types, String at) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw new InvalidInputException(at, "must be a string naming a FHIR R4 resource type");
    }
    String type = p.getText();
    if (expected != null) {
      if (!expected.equals(type)) {
        throw new InvalidInputException(
            at, "must be " + expected + ", was " + (types.contains(type) ? type : "not a FHIR R4 resource type"));
      }
    } else if (!types.contains(type)) {
      throw new InvalidInputException(at, "not a FHIR R4 resource type");
    }
  }

  /** Renders a path as FHIRPath-like text: {@code Bundle.entry[3].resource.resourceType}. */
  private static String render(String root, List<Object> path) {
    StringBuilder b = new StringBuilder(root);
    for (Object o : path) {
      if (o instanceof int[] index) {
        if (index[0] >= 0) {
          b.append('[').append(index[0]).append(']');
        }
      } else if (!((String) o).isEmpty()) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append((String) o);
      }
    }
    return b.toString();
  }
}

package org.coveragepolicy.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The CDS Hooks request envelope, read with a streaming parser: the hook, its instance, the
 * context and the prefetch. FHIR resources are not parsed here: each is kept as its exact text (so
 * that HAPI reads its decimals as written) with the number of its Bundle entries, so the limits
 * are checked before any FHIR parsing.
 */
record Envelope(
    String hook,
    String hookInstance,
    @Nullable Resource draftOrders,
    ImmutableList<String> selections,
    boolean hasSelections,
    ImmutableMap<String, Resource> prefetch) {

  /** A resource's exact text and, for a Bundle, the number of its entries. */
  record Resource(String json, int entries) {}

  /** The deepest nesting of the whole request: the FHIR reader's 64 below the envelope's. */
  static final int MAX_DEPTH = 72;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  /** A CDS Hooks {@code hookInstance}: a UUID. */
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Reads an envelope.
   *
   * @throws InvalidInputException naming the field at fault
   */
  static Envelope read(String body) {
    String where = "";
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException("", "the request must be a JSON object");
      }
      @Nullable String hook = null;
      @Nullable String instance = null;
      @Nullable Resource drafts = null;
      ImmutableList.Builder<String> selections = ImmutableList.builder();
      boolean hasSelections = false;
      Map<String, Resource> prefetch = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        where = field;
        switch (field) {
          case "hook" -> hook = string(p, t, "hook");
          case "hookInstance" -> instance = string(p, t, "hookInstance");
          case "context" -> {
            expectObject(t, "context");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              JsonToken v = p.nextToken();
              where = "context." + name;
              if (name.equals("draftOrders")) {
                expectObject(v, where);
                drafts = resource(p, body);
              } else if (name.equals("selections")) {
                if (v != JsonToken.START_ARRAY) {
                  throw new InvalidInputException(where, "must be an array of order references");
                }
                hasSelections = true;
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  selections.add(string(p, p.currentToken(), where + "[" + i++ + "]"));
                }
              } else {
                p.skipChildren();
              }
            }
          }
          case "prefetch" -> {
            expectObject(t, "prefetch");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              JsonToken v = p.nextToken();
              where = "prefetch." + key;
              if (v == JsonToken.VALUE_NULL) {
                continue; // the CDS client could not prefetch it: treated as absent
              }
              if (v != JsonToken.START_OBJECT) {
                throw new InvalidInputException(where, "must be a FHIR resource (a JSON object)");
              }
              prefetch.put(key, resource(p, body));
            }
          }
          default -> p.skipChildren();
        }
      }
      where = "";
      if (p.nextToken() != null) {
        throw new InvalidInputException("", "not valid JSON (text after the request)");
      }
      if (hook == null) {
        throw new InvalidInputException("hook", "missing: a string");
      }
      if (instance == null) {
        throw new InvalidInputException("hookInstance", "missing: a string");
      }
      if (!UUID.matcher(instance).matches()) {
        throw new InvalidInputException("hookInstance", "must be a UUID");
      }
      return new Envelope(
          hook, instance, drafts, selections.build(), hasSelections, ImmutableMap.copyOf(prefetch));
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(where, "nested deeper than " + MAX_DEPTH + " levels or written beyond the reader's limits");
    } catch (JsonProcessingException e) {
      // Jackson's messages quote the input; only the place is kept
      var at = e.getLocation();
      String problem = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
          ? "a field appears twice"
          : "the request is not JSON";
      throw new InvalidInputException(
          where,
          problem + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new InvalidInputException("", "the request cannot be read");
    }
  }

  private static void expectObject(JsonToken t, String where) {
    if (t != JsonToken.START_OBJECT) {
      throw new InvalidInputException(where, "missing: an object");
    }
  }

  private static String string(JsonParser p, JsonToken t, String where) throws IOException {
    if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
      throw new InvalidInputException(where, "missing: a string");
    }
    return p.getText();
  }

  /**
   * Keeps the object the parser stands at as text and counts the entries of its top-level {@code
   * entry} array; leaves the parser at its end.
   */
  private static Resource resource(JsonParser p, String body) throws IOException {
    int start = (int) p.currentTokenLocation().getCharOffset();
    int entries = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("entry") && v == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          entries++;
          p.skipChildren();
        }
      } else {
        p.skipChildren();
      }
    }
    int end = (int) p.currentLocation().getCharOffset();
    return new Resource(body.substring(start, end), entries);
  }
}

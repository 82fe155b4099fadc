package org.coveragepolicy.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;

/**
 * Strict FHIR R4 JSON parsing and deterministic JSON writing, on the one FHIR R4 context of this
 * library. A {@code FhirContext} is expensive to create and thread-safe once created: this class
 * creates it once, on first use, and keeps it to itself (it is mutable).
 *
 * @since 0.2.0
 */
public final class Fhir {
  /** A quoted value in any style HAPI or the JDK uses: "…", '…', `…`, “…”, ‘…’, «…». */
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"?|'[^']*'?|`[^`]*`?|“[^”]*”?|‘[^’]*’?|«[^»]*»?");

  private static final Pattern CHARACTER = Pattern.compile("\\bCharacter \\S+");

  private static final Pattern HAPI_CODE = Pattern.compile("^HAPI-\\d+: ");

  /** A Java type or member name in a message (a package name followed by a dot). */
  private static final Pattern JAVA_NAME =
      Pattern.compile("\\b(?:java|javax|com|org|ca|sun|jdk)\\.[a-z]|[A-Za-z]+(?:Exception|Error)\\b|\\(\\)");

  /** An element name HAPI reports: letters, digits, dots, brackets; nothing that could be a value. */
  private static final Pattern ELEMENT = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}(?:\\.[A-Za-z][A-Za-z0-9]{0,63}){0,8}");

  private Fhir() {}

  /** Holds the context; created on first use, never again. */
  private static final class Holder {
    static final FhirContext CONTEXT = create();
    static final Set<String> RESOURCE_TYPES = Set.copyOf(CONTEXT.getResourceTypes());

    private static FhirContext create() {
      FhirContext context = FhirContext.forR4();
      context.setParserErrorHandler(new StrictErrorHandler());
      return context;
    }
  }

  /**
   * Returns the shared R4 context; its parser error handler is strict (unknown elements and bad
   * values are errors). Not public: the context is mutable (a caller could relax its error handler
   * for the whole JVM), so callers parse and write through {@link #parse}, {@link #parseAt} and
   * {@link #toJson}.
   */
  static FhirContext context() {
    return Holder.CONTEXT;
  }

  /**
   * Parses a FHIR R4 resource from JSON, strictly.
   *
   * @param <T> the resource type
   * @param type the expected resource type
   * @param json the JSON text
   * @return the resource
   * @throws InvalidInputException if the text is not a FHIR R4 resource of that type; the message
   *     never echoes a value of the input (values may identify a patient)
   */
  public static <T extends IBaseResource> T parse(Class<T> type, String json) {
    return parseAt(type, json, "");
  }

  /**
   * Parses a FHIR R4 resource from JSON found at a path of a larger input, strictly.
   *
   * @param <T> the resource type
   * @param type the expected resource type
   * @param json the JSON text
   * @param path where the resource sits, such as {@code prefetch.patient}; empty for the input
   * @return the resource
   * @throws InvalidInputException at that path if the text is not a FHIR R4 resource of that type,
   *     is nested deeper than 64 levels, or holds a number written with more than 24 characters or
   *     more than 18 digits before or after its decimal point (checked before HAPI sees the text);
   *     the message names the element and never echoes a value of the input
   */
  public static <T extends IBaseResource> T parseAt(Class<T> type, String json, String path) {
    String root = path.isEmpty() ? type.getSimpleName() : path;
    @Nullable String expected =
        type.isInterface() || Modifier.isAbstract(type.getModifiers())
            ? null
            : context().getResourceType(type);
    JsonBounds.check(json, root, expected, Holder.RESOURCE_TYPES);
    IParser parser = context().newJsonParser();
    parser.setParserErrorHandler(new ScrubbingErrorHandler(json, root));
    try {
      return parser.parseResource(type, json);
    } catch (InvalidInputException e) {
      throw e;
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw new InvalidInputException(root, "not a FHIR R4 " + type.getSimpleName() + ": " + scrub(e));
    }
  }

  /**
   * Writes a resource as JSON, pretty-printed or on one line. The output depends only on the
   * resource: no timestamps are added.
   *
   * @param resource the resource
   * @param pretty whether to indent
   * @return the JSON text
   */
  public static String toJson(IBaseResource resource, boolean pretty) {
    return context().newJsonParser().setPrettyPrint(pretty).encodeResourceToString(resource);
  }

  /** Describes a parser exception without any quoted input value and without a Java type. */
  static String scrub(Exception e) {
    return scrub(e.getMessage(), null);
  }

  /**
   * Removes from a HAPI or JDK message every quoted value (double, single, typographic or back
   * quotes), HAPI's message code, anything after the first line, and the given input value if it
   * still appears; a message naming a Java type or that is empty becomes a generic one.
   */
  static String scrub(@Nullable String raw, @Nullable String value) {
    if (raw == null) {
      return "invalid value";
    }
    // HAPI prefixes messages with an internal code such as "HAPI-1861: "
    String message = HAPI_CODE.matcher(raw).replaceFirst("");
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    message = QUOTED.matcher(message).replaceAll("(value withheld)").strip();
    // java.math.BigDecimal names the offending character: "Character Q is neither a decimal …"
    message = CHARACTER.matcher(message).replaceAll("A character");
    if (value != null && !value.isEmpty() && message.contains(value)) {
      return "invalid value";
    }
    if (message.isEmpty() || JAVA_NAME.matcher(message).find()) {
      return "invalid value";
    }
    return message;
  }

  /**
   * A parser error handler that stops at the first problem, as HAPI's strict handler does, with a
   * message naming the element and holding no value of the input.
   */
  private static final class ScrubbingErrorHandler implements IParserErrorHandler {
    private final String json;
    private final String root;

    ScrubbingErrorHandler(String json, String root) {
      this.json = json;
      this.root = root;
    }

    /** The path of the element HAPI names (by its name and value, found in the input). */
    private String path(@Nullable String element, @Nullable String value) {
      if (element == null || !ELEMENT.matcher(element).matches()) {
        return root;
      }
      return JsonBounds.locate(json, root, element, value)
          .or(() -> JsonBounds.locate(json, root, element, null))
          .orElse(root);
    }

    private InvalidInputException at(@Nullable IParseLocation location, String problem) {
      return new InvalidInputException(
          path(location == null ? null : location.getParentElementName(), null), problem);
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
      throw at(location, "a contained resource has no id");
    }

    @Override
    public void incorrectJsonType(
        IParseLocation location,
        String elementName,
        BaseJsonLikeValue.ValueType expected,
        BaseJsonLikeValue.ScalarType expectedScalar,
        BaseJsonLikeValue.ValueType found,
        BaseJsonLikeValue.ScalarType foundScalar) {
      String what = expectedScalar != null ? expectedScalar.name() : expected.name();
      throw new InvalidInputException(
          path(elementName, null), "must be a JSON " + what.toLowerCase(Locale.ROOT));
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      throw new InvalidInputException(
          path(location == null ? null : location.getParentElementName(), value),
          "invalid value: " + scrub(error, value));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
      throw at(location, "missing: a required element");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
      throw at(location, "must not repeat");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
      throw at(location, "an unknown attribute");
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
      // the path of the object that holds it: the name itself is input and is not echoed
      String at = path(elementName, null);
      int dot = at.lastIndexOf('.');
      throw new InvalidInputException(
          dot > 0 && !at.equals(root) ? at.substring(0, dot) : root,
          "holds an element FHIR R4 does not define here");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
      throw at(location, "a reference to nothing in the resource");
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
      throw at(location, "an invalid internal reference");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
      throw at(location, "an extension has both a value and nested extensions");
    }
  }
}

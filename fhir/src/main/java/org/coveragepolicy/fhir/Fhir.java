package org.coveragepolicy.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one shared FHIR R4 context of this library, with strict JSON parsing and deterministic JSON
 * writing. A {@code FhirContext} is expensive to create and thread-safe once created: this class
 * creates it once, on first use.
 *
 * @since 0.2.0
 */
public final class Fhir {
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private Fhir() {}

  /** Holds the context; created on first use, never again. */
  private static final class Holder {
    static final FhirContext CONTEXT = create();

    private static FhirContext create() {
      FhirContext context = FhirContext.forR4();
      context.setParserErrorHandler(new StrictErrorHandler());
      return context;
    }
  }

  /**
   * Returns the shared R4 context; its parser error handler is strict (unknown elements and bad
   * values are errors).
   *
   * @return the context
   */
  public static FhirContext context() {
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
   * @throws InvalidInputException at that path if the text is not a FHIR R4 resource of that type;
   *     the message never echoes a value of the input
   */
  public static <T extends IBaseResource> T parseAt(Class<T> type, String json, String path) {
    IParser parser = context().newJsonParser();
    try {
      return parser.parseResource(type, json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw new InvalidInputException(
          path, "not a FHIR R4 " + type.getSimpleName() + ": " + scrub(e));
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

  /** Describes a parser exception without any quoted input value. */
  static String scrub(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // HAPI prefixes messages with an internal code such as "HAPI-1861: "
    message = message.replaceFirst("^HAPI-\\d+: ", "");
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return QUOTED.matcher(message).replaceAll("(value withheld)");
  }
}

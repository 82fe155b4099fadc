package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.FhirCodes.UCUM;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Value parsing shared by the resource mappers: codes, dates, quantities and units, statuses,
 * extensions, and the running of model constructors whose checks become invalid input at a FHIR
 * path.
 */
final class FhirValues {
  private FhirValues() {}

  // ---------------------------------------------------------------- codes

  /** The code of the one coding of a system; any system when {@code system} is null. */
  static String code(@Nullable CodeableConcept concept, @Nullable String system, String at) {
    if (concept == null || concept.isEmpty()) {
      throw new InvalidInputException(at, "missing" + (system == null ? "" : ": a code of " + system));
    }
    List<Coding> codings =
        concept.getCoding().stream()
            .filter(c -> system == null || system.equals(c.getSystem()))
            .toList();
    if (codings.isEmpty()) {
      throw new InvalidInputException(at, "no coding of " + system + ", found " + describe(concept));
    }
    Set<String> codes = codings.stream().map(Coding::getCode).collect(Collectors.toSet());
    if (codes.size() > 1) {
      throw new InvalidInputException(at, "several codes of " + system + ": " + codes);
    }
    String code = codings.get(0).getCode();
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(at, "a coding has no code");
    }
    return code;
  }

  /** A concept's codings as {@code [system|code, ...]}, for messages. */
  static String describe(CodeableConcept concept) {
    return concept.getCoding().stream()
        .map(c -> c.getSystem() + "|" + c.getCode())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Checks the form of a code of the open vocabulary (a statement, a risk factor, an imaging
   * finding): letters, digits and underscores; whether the case's policy declares it is checked
   * once the case is read.
   */
  static String termCode(@Nullable String code, String what, String at) {
    if (code == null || !RiskFactor.isName(code)) {
      throw new InvalidInputException(
          at,
          "must be a " + what + " code (a letter, then letters, digits and underscores), was "
              + code);
    }
    return code;
  }

  /** The constant of an enum named by a code. */
  static <E extends Enum<E>> E enumCode(Class<E> type, String code, String at) {
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          at,
          "must be one of "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()
              + ", was "
              + code);
    }
  }

  /** A resource's status code, which must be present. */
  static String statusOf(@Nullable String code, String at) {
    if (code == null) {
      throw new InvalidInputException(at + ".status", "missing");
    }
    return code;
  }

  /** The valueCode of an extension, if the extension is present. */
  static Optional<String> extensionCode(@Nullable Extension e, String at, String name) {
    if (e == null) {
      return Optional.empty();
    }
    if (!(e.getValue() instanceof CodeType c) || c.getValue() == null) {
      throw new InvalidInputException(at + ".extension[" + name + "]", "must carry a valueCode");
    }
    return Optional.of(c.getValue());
  }

  // ---------------------------------------------------------------- dates

  /** A date of at least day precision, as a local date. */
  static LocalDate day(BaseDateTimeType t, String at) {
    if (t.getValue() == null) {
      throw new InvalidInputException(at, "missing");
    }
    if (t.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
      throw new InvalidInputException(at, "must be a full date, was only to the " + t.getPrecision());
    }
    // a FHIR date (not dateTime) has no time; HAPI's DateType accepts one all the same
    if (t instanceof DateType && t.getPrecision() != TemporalPrecisionEnum.DAY) {
      throw new InvalidInputException(at, "must be a date (YYYY-MM-DD), without a time");
    }
    return LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDay());
  }

  // ---------------------------------------------------------------- quantities and units

  /** Checks that a quantity is in a UCUM unit. */
  static void unit(Quantity q, String unit, String at) {
    String code = q.hasCode() ? q.getCode() : q.getUnit();
    if (!unit.equals(code) || q.hasSystem() && !UCUM.equals(q.getSystem())) {
      throw new InvalidInputException(at, "the unit must be UCUM " + unit + ", was " + code);
    }
  }

  /** A whole number of at least 1, in a UCUM unit unless {@code unit} is null. */
  static int wholeNumber(@Nullable Quantity q, @Nullable String unit, String at) {
    if (q == null || q.getValue() == null) {
      throw new InvalidInputException(at, "missing");
    }
    if (unit != null) {
      unit(q, unit, at);
    }
    BigDecimal v = q.getValue();
    try {
      int n = v.intValueExact();
      if (n < 1) {
        throw new InvalidInputException(at, "must be ≥ 1, was " + v.toPlainString());
      }
      return n;
    } catch (ArithmeticException e) {
      throw new InvalidInputException(at, "must be a whole number, was " + v.toPlainString());
    }
  }

  // ---------------------------------------------------------------- model checks

  /** The FHIR element of each review-case field whose check the model reports by field path. */
  private static final Map<String, String> MODEL_PATHS =
      Map.of(
          "patient.birthDate", "Patient.birthDate",
          "claim.hcpcs", "Claim.item[0].productOrService",
          "claim.units", "Claim.item[0].quantity",
          "claim.diagnosisCodes", "Claim.diagnosis",
          "claim.modifiers", "Claim.item[0].modifier",
          "record.receivedOn", "Communication.received",
          "units", "Claim.item[0].quantity",
          "diagnosisCodes", "Claim.diagnosis",
          "modifiers", "Claim.item[0].modifier",
          "receivedOn", "Communication.received");

  /** Runs a model constructor, reporting its structural checks as invalid input at a path. */
  static <T> T build(Supplier<T> builder, String at) {
    try {
      return builder.get();
    } catch (InvalidInputException e) {
      // a model check names the field by the model's path (or none, the value as a whole)
      String modelPath = MODEL_PATHS.get(e.path());
      if (modelPath != null) {
        return throwAt(modelPath, e.problem());
      }
      if (!e.path().isEmpty() && Character.isUpperCase(e.path().charAt(0))) {
        throw e; // already a FHIR element path, from a nested mapping
      }
      return throwAt(e.path().isEmpty() ? at : at + "." + e.path(), e.problem());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ");
      String modelPath = colon > 0 ? MODEL_PATHS.get(message.substring(0, colon)) : null;
      if (modelPath != null) {
        return throwAt(modelPath, message.substring(colon + 2));
      }
      return throwAt(at, message);
    }
  }

  private static <T> T throwAt(String at, String message) {
    throw new InvalidInputException(at, message);
  }
}

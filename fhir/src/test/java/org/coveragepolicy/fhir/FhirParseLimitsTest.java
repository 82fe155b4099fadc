package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coveragepolicy.core.InvalidInputException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** What {@link Fhir#parseAt} checks before HAPI, and how it words what HAPI finds. */
class FhirParseLimitsTest {
  static final String SECRET = "Quillonia";

  static InvalidInputException problem(Class<? extends org.hl7.fhir.instance.model.api.IBaseResource> type, String json) {
    try {
      Fhir.parseAt(type, json, "");
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("parsed: " + json);
  }

  static String observationWithValue(String value) {
    return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\","
        + "\"status\":\"final\",\"code\":{\"text\":\"x\"},\"valueQuantity\":{\"value\":" + value + "}}}]}";
  }

  @Test
  void aNumberWithAHugeExponentIsRefusedNamingTheElement() {
    InvalidInputException e = problem(Bundle.class, observationWithValue("1E+999999999"));
    assertThat(e.path()).isEqualTo("Bundle.entry[0].resource.valueQuantity.value");
    assertThat(e.getMessage()).doesNotContain("999");
  }

  @Test
  void numbersAtTheBoundsAreRead() {
    Bundle b = Fhir.parse(Bundle.class, observationWithValue("123456789012345678.123456789012345678".substring(0, 24)));
    assertThat(((Observation) b.getEntryFirstRep().getResource()).getValueQuantity().getValue()).isNotNull();
    assertThat(problem(Bundle.class, observationWithValue("1234567890123456789")).path()).endsWith(".value");
    assertThat(problem(Bundle.class, observationWithValue("0.0000000000000000001")).path()).endsWith(".value");
    assertThat(problem(Bundle.class, observationWithValue("1E+100000")).getMessage().length()).isLessThan(300);
  }

  @Test
  void decimalsReachHapiAsWritten() {
    Bundle b = Fhir.parse(Bundle.class, observationWithValue("60.00000000000000001"));
    assertThat(((Observation) b.getEntryFirstRep().getResource()).getValueQuantity().getValue().toPlainString())
        .isEqualTo("60.00000000000000001");
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWithoutALibrarySetting() {
    String deep = "{\"resourceType\":\"Bundle\",\"entry\":" + "[".repeat(100) + "]".repeat(100) + "}";
    InvalidInputException e = problem(Bundle.class, deep);
    assertThat(e.problem()).isEqualTo("nested deeper than " + JsonBounds.MAX_DEPTH + " levels");
    assertThat(e.getMessage()).doesNotContain("StreamReadConstraints").doesNotContain("Nesting");
  }

  @Test
  void anUnknownResourceTypeInAnEntryIsNamedByItsPlace() {
    String json = "{\"resourceType\":\"Bundle\",\"entry\":[{},{},{},{\"resource\":{\"resourceType\":\"" + SECRET + "\"}}]}";
    InvalidInputException e = problem(Bundle.class, json);
    assertThat(e.path()).isEqualTo("Bundle.entry[3].resource.resourceType");
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void theWrongResourceTypeAtTheTopSaysWhichIsExpected() {
    assertThat(problem(Patient.class, "{\"resourceType\":\"Bundle\"}").getMessage())
        .isEqualTo("Patient.resourceType: must be Patient, was Bundle");
  }

  @Test
  void aValueHapiRejectsNeverComesBackAndTheElementIsNamed() {
    InvalidInputException gender = problem(Patient.class, "{\"resourceType\":\"Patient\",\"gender\":\"" + SECRET + "\"}");
    assertThat(gender.path()).isEqualTo("Patient.gender");
    assertThat(gender.getMessage()).doesNotContain(SECRET);
    InvalidInputException date = problem(Patient.class, "{\"resourceType\":\"Patient\",\"birthDate\":\"" + SECRET + "\"}");
    assertThat(date.path()).isEqualTo("Patient.birthDate");
    assertThat(date.getMessage()).doesNotContain(SECRET);
    InvalidInputException number = problem(Bundle.class, observationWithValue("\"" + SECRET + "\""));
    assertThat(number.getMessage()).doesNotContain(SECRET).doesNotContain("Character Q");
  }

  @Test
  void anUnknownElementIsReportedAtItsParentWithoutItsName() {
    InvalidInputException e =
        problem(Bundle.class, "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Observation\",\"" + SECRET + "\":1}}]}");
    assertThat(e.path()).isEqualTo("Bundle.entry[0].resource");
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void scrubWithholdsEveryQuotingStyleAndJavaNames() {
    assertThat(Fhir.scrub("Unknown code 'Quillonia'", null)).isEqualTo("Unknown code (value withheld)");
    assertThat(Fhir.scrub("Unknown code \"Quillonia\"", null)).isEqualTo("Unknown code (value withheld)");
    assertThat(Fhir.scrub("Unknown code `Quillonia`", null)).isEqualTo("Unknown code (value withheld)");
    assertThat(Fhir.scrub("Unknown code “Quillonia”", null)).isEqualTo("Unknown code (value withheld)");
    assertThat(Fhir.scrub("Text 'Quillonia could not be parsed", null)).doesNotContain(SECRET);
    assertThat(Fhir.scrub("bad value Quillonia here", SECRET)).isEqualTo("invalid value");
    assertThat(Fhir.scrub("java.lang.NumberFormatException thrown", null)).isEqualTo("invalid value");
    assertThat(Fhir.scrub("see StreamReadConstraints.getMaxNestingDepth()", null)).isEqualTo("invalid value");
    assertThat(Fhir.scrub("HAPI-1821: first line\nsecond line", null)).isEqualTo("first line");
  }

  @Test
  void textAfterTheResourceIsNotJson() {
    assertThat(problem(Patient.class, "{\"resourceType\":\"Patient\"} {}").problem()).contains("not valid JSON");
  }
}

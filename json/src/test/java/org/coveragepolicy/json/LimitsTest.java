package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each limit of the reader on both sides of its boundary: the last value accepted, the first not. */
class LimitsTest {
  private static final String LAB = "record.documents[3].results[0]";

  private static Object number(String text) {
    return new java.math.BigDecimal(text);
  }

  private static String labCase(String test, String value) {
    return with(with(APPROVED_CASE, LAB + ".test", test), LAB + ".value", number(value));
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of("units 10000 / 10001",
            with(APPROVED_CASE, "claim.units", 10_000), with(APPROVED_CASE, "claim.units", 10_001),
            "claim.units: must be ≤ 10000, was 10001"),
        Arguments.of("order dose 10000 / 10001",
            with(APPROVED_CASE, "record.documents[0].doseMg", 10_000),
            with(APPROVED_CASE, "record.documents[0].doseMg", 10_001),
            "record.documents[0].doseMg: must be ≤ 10000, was 10001"),
        Arguments.of("T-score -10 / -10.000001",
            with(APPROVED_CASE, "record.documents[2].tScore", number("-10")),
            with(APPROVED_CASE, "record.documents[2].tScore", number("-10.000001")),
            "record.documents[2].tScore: must be from -10 to 10, was -10.000001"),
        Arguments.of("T-score 6 decimals / 7 decimals",
            with(APPROVED_CASE, "record.documents[2].tScore", number("-2.500001")),
            with(APPROVED_CASE, "record.documents[2].tScore", number("-2.5000001")),
            "record.documents[2].tScore: must have at most 6 digits after the decimal point, was"
                + " -2.5000001"),
        Arguments.of("calcium 30 / 30.01",
            labCase("TOTAL_CALCIUM", "30"), labCase("TOTAL_CALCIUM", "30.01"),
            LAB + ".value: must be from 0 to 30 for TOTAL_CALCIUM, was 30.01"),
        Arguments.of("eGFR 300 / 300.1",
            labCase("EGFR", "300"), labCase("EGFR", "300.1"),
            LAB + ".value: must be from 0 to 300 for EGFR, was 300.1"),
        Arguments.of("date of service 2100-12-31 / 2101-01-01",
            with(with(APPROVED_CASE, "claim.dateOfService", "2100-12-31"), "record.documents[4].date", "2100-12-31"),
            with(APPROVED_CASE, "claim.dateOfService", "2101-01-01"),
            "claim.dateOfService: must be from 1900-01-01 through 2100-12-31, was \"2101-01-01\""),
        Arguments.of("id 256 / 257 characters",
            with(APPROVED_CASE, "id", "i".repeat(256)), with(APPROVED_CASE, "id", "i".repeat(257)),
            "id: must be at most 256 characters, was \"" + "i".repeat(60) + "\"…"),
        Arguments.of("number 24 / 25 characters",
            APPROVED_CASE.replace("\"tScore\": -2.9", "\"tScore\": 0.000000000000000001E+18"),
            APPROVED_CASE.replace("\"tScore\": -2.9", "\"tScore\": 0.0000000000000000001E+19"),
            "record.documents[2].tScore: must be written with at most 24 characters, was"
                + " 0.0000000000000000001E+19"),
        Arguments.of("expected months 1200 / 1201",
            with(APPROVED_CASE, "record.documents[1].therapies[0].expectedMonths", 1_200),
            with(APPROVED_CASE, "record.documents[1].therapies[0].expectedMonths", 1_201),
            "record.documents[1].therapies[0].expectedMonths: must be ≤ 1200, was 1201"),
        Arguments.of("risk factors 100 / 101",
            with(APPROVED_CASE, "record.documents[1].riskFactors",
                Collections.nCopies(100, "PRIOR_FRAGILITY_FRACTURE")),
            with(APPROVED_CASE, "record.documents[1].riskFactors",
                Collections.nCopies(101, "PRIOR_FRAGILITY_FRACTURE")),
            "record.documents[1].riskFactors: must hold at most 100 items"),
        Arguments.of("documents 1000 / 1001",
            with(APPROVED_CASE, "record.documents", documents(1_000)),
            with(APPROVED_CASE, "record.documents", documents(1_001)),
            "record.documents: must hold at most 1000 documents"));
  }

  private static List<Map<String, Object>> documents(int n) {
    return Collections.nCopies(
        n, Map.of("kind", "LAB_REPORT", "date", "2025-10-20", "results", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void lastValueInsideIsReadFirstOutsideIsInvalid(String name, String inside, String outside, String message) {
    assertThat(ReviewJson.readCase(inside)).isNotNull();
    assertThat(catchThrowableOfType(InvalidCaseException.class, () -> ReviewJson.readCase(outside)))
        .hasMessage(message);
  }
}

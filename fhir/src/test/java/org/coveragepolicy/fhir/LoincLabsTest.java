package org.coveragepolicy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.review.Baselines;
import org.coveragepolicy.review.Fixtures;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.ReviewCase;
import org.junit.jupiter.api.Test;

/** Lab results of any test by LOINC code: LOINC in, LOINC out, with their units. */
class LoincLabsTest {

  @Test
  void aResultByLoincCodeIsWrittenWithItsCodeAndUnitAndReadBackEqual() {
    ReviewCase base = Baselines.approvedProlia();
    LabReport lab =
        LabReport.builder()
            .date(Fixtures.DOS.minusDays(10))
            .addResults(
                org.coveragepolicy.core.evidence.LabResult.of(
                    Fixtures.DOS.minusDays(10), LabTest.TOTAL_CALCIUM, new BigDecimal("9.1")))
            .addValues(
                LabValue.of(
                    Fixtures.DOS.minusDays(10), LabCode.of("2276-4", "ng/mL"), new BigDecimal("45")))
            .build();
    ReviewCase c =
        ReviewCase.builder()
            .from(base)
            .record(MedicalRecord.builder().from(base.record()).addDocuments(lab).build())
            .build();

    String json = BundleCases.toJson(c);

    assertThat(json).containsPattern("\"code\"\\s*:\\s*\"2276-4\"").containsPattern("\"code\"\\s*:\\s*\"ng/mL\"");
    assertThat(BundleCases.toCase(json)).isEqualTo(c);
  }
}

package org.coveragepolicy.indications.romosozumab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.indications.PolicySummaries.texts;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The romosozumab summaries and interpretations are rendered from the edition's thresholds, the
 * catalog entry's dose and interval, and the policy's dose limit and MI or stroke window: an
 * edition and a catalog that change those numbers print the new ones and never the old ones.
 */
class RomosozumabTextsTest {
  private static final Edition EDITION =
      Edition.builder()
          .from(RomosozumabPolicy.ROMOSOZUMAB_FDA_LABEL)
          .name("CHANGED_2027")
          .thresholds(
              Thresholds.builder()
                  .from(Thresholds.defaults())
                  .hypocalcemiaCalcium(new BigDecimal("8.0"))
                  .hypocalcemiaWindowDays(21)
                  .build())
          .build();

  /** The policy with that edition and an Evenity entry of 240 mg every 35 days. */
  private static final Policy CHANGED_POLICY =
      Policy.builder()
          .from(RomosozumabPolicy.POLICY)
          .catalog(
              RomosozumabPolicy.CATALOG.withEntries(
                  List.of(
                      CatalogEntry.builder()
                          .from(RomosozumabPolicy.EVENITY_ENTRY)
                          .labeledDoseMg(240)
                          .dosingInterval(Period.ofDays(35))
                          .build())))
          .editions(ImmutableList.of(EDITION))
          .build();

  @Test
  void aChangedEditionAndCatalogNeverPrintTheOldNumbers() {
    List<String> texts = texts(CHANGED_POLICY, EDITION);

    for (String old : List.of("8.5", "30 days", "28 days", "210 mg")) {
      assertThat(texts).as("no text names %s", old).noneMatch(t -> t.contains(old));
    }
  }

  @Test
  void aChangedEditionAndCatalogPrintTheNewNumbers() {
    assertThat(CHANGED_POLICY.summary(EDITION, RomosozumabPolicy.SAFE_HYPOCALCEMIA))
        .isEqualTo(
            "no calcium below 8.0 mg/dL within 21 days before the date of service and no"
                + " hypocalcemia diagnosis");
    assertThat(CHANGED_POLICY.summary(EDITION, RomosozumabPolicy.FREQ_EVENITY))
        .isEqualTo("no earlier Evenity dose less than 35 days before the date of service");
    assertThat(CHANGED_POLICY.summary(EDITION, RomosozumabPolicy.DOSE_LABELED))
        .contains("Evenity's labeled 240 mg");
    assertThat(CHANGED_POLICY.summary(EDITION, RomosozumabPolicy.MONTHLY_AS_28_DAYS))
        .contains("at least 35 days between doses");
  }

  @Test
  void theDoseLimitAndTheMiOrStrokeWindowAreTheChecksConstants() {
    assertThat(RomosozumabPolicy.LIMIT_12_DOSES.summary())
        .contains("at most the " + RomosozumabPolicy.DOSE_LIMIT + "th")
        .contains("fewer than " + RomosozumabPolicy.DOSE_LIMIT + " earlier dates");
    assertThat(RomosozumabPolicy.DOSES_IN_RECORD_COUNTED.summary())
        .startsWith("the " + RomosozumabPolicy.DOSE_LIMIT + "-dose limit");
    assertThat(RomosozumabPolicy.MI_STROKE_WINDOW).isEqualTo(Period.ofMonths(12));
    assertThat(RomosozumabPolicy.SAFE_MI_STROKE.summary()).contains("within 12 months before");
    assertThat(RomosozumabPolicy.NOTE_DATE_IS_EVENT_DATE.summary())
        .contains("'within 12 months' runs from the date of service minus 12 calendar months");
  }

  @Test
  void theDefaultEditionReadsTheConstantsOwnSummaries() {
    Policy policy = RomosozumabPolicy.POLICY;
    for (Rule rule : policy.rules()) {
      assertThat(policy.summary(policy.defaultEdition(), rule))
          .as(rule.id())
          .isEqualTo(rule.summary());
    }
    for (Interpretation i : policy.interpretations()) {
      assertThat(policy.summary(policy.defaultEdition(), i)).as(i.name()).isEqualTo(i.summary());
    }
  }
}

package org.coveragepolicy.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.coveragepolicy.core.TestCatalog;
import org.junit.jupiter.api.Test;

/** A rule declares what its findings are about; a citation of another source keeps it. */
class RuleSubjectTest {
  private static final Rule COURSE =
      Rule.of("INJ-FREQ-COURSE", "at most 1,500 mg per course", Category.MEDICAL_NECESSITY, TestCatalog.SEED);

  @Test
  void aRuleDeclaresNoSubjectUntilItSaysWhatItIsAbout() {
    assertThat(COURSE.subject()).isEmpty();
    assertThat(COURSE.about(RuleSubject.DOSE_COUNT).subject()).contains(RuleSubject.DOSE_COUNT);
  }

  @Test
  void aboutKeepsEverythingElseOfTheRule() {
    Rule about = COURSE.about(RuleSubject.DOSE_COUNT);
    assertThat(about.id()).isEqualTo(COURSE.id());
    assertThat(about.summary()).isEqualTo(COURSE.summary());
    assertThat(about.defaultCategory()).isEqualTo(COURSE.defaultCategory());
    assertThat(about.source()).isEqualTo(COURSE.source());
    assertThat(about).isNotEqualTo(COURSE);
  }

  @Test
  void aCitationOfAnotherSourceKeepsTheSubject() {
    Rule cited = COURSE.about(RuleSubject.DOSE_DATES).citing(Source.JZJW);
    assertThat(cited.source()).isEqualTo(Source.JZJW);
    assertThat(cited.subject()).contains(RuleSubject.DOSE_DATES);
    assertThat(cited.summary()).isEqualTo(COURSE.summary());
  }

  @Test
  void findingsOfARuleAboutSomethingNameThatRule() {
    Rule about = COURSE.about(RuleSubject.DOSE_COUNT);
    assertThat(about.error(Category.MEDICAL_NECESSITY, "too much").rule().subject())
        .contains(RuleSubject.DOSE_COUNT);
  }
}

package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.codes;
import static org.coveragepolicy.review.Fixtures.dxa;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.order;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.junit.jupiter.api.Test;

class CountedRecordTest {
  private static CountedRecord read(Document... documents) {
    return Fixtures.read(Fixtures.returned(List.of(documents)), DOS);
  }

  @Test
  void unsignedNoteIsIgnoredAndWarnedWithKindAndDate() {
    CountedRecord r = read(note(NOTE_DATE, "M81.0").signed(false).build());

    assertThat(r.evidence(DenosumabPolicy.POLICY).documentedDiagnoses()).isEmpty();
    assertThat(r.unsignedWarnings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(ReviewRules.UNSIGNED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("progress note dated " + NOTE_DATE);
    });
  }

  @Test
  void labReportCountsWithoutSignature() {
    CountedRecord r = read(lab(NOTE_DATE, LabTest.TOTAL_CALCIUM, "9.4"));

    assertThat(r.evidence(DenosumabPolicy.POLICY).labs()).hasSize(1);
    assertThat(r.unsignedWarnings()).isEmpty();
  }

  @Test
  void documentDatedOnTheDateOfServiceCounts() {
    CountedRecord r = read(note(DOS, "M81.0").build());

    assertThat(r.evidence(DenosumabPolicy.POLICY).documentedDiagnoses()).containsExactlyElementsOf(codes("M81.0"));
  }

  @Test
  void documentDatedTheDayAfterTheDateOfServiceIsIgnored() {
    CountedRecord r =
        read(
            note(DOS.plusDays(1), "M81.0").build(),
            dxa(DOS.plusDays(1), "-3.0"),
            lab(DOS.plusDays(1), LabTest.TOTAL_CALCIUM, "7.0"));

    assertThat(r.evidence(DenosumabPolicy.POLICY).documentedDiagnoses()).isEmpty();
    assertThat(r.evidence(DenosumabPolicy.POLICY).imaging()).isEmpty();
    assertThat(r.evidence(DenosumabPolicy.POLICY).labs()).isEmpty();
  }

  @Test
  void signedAdministrationRecordOnTheDateOfServiceIsTheDoseUnderReview() {
    CountedRecord r = read(administered(DenosumabCatalog.PROLIA, 60, DOS));

    assertThat(r.doseUnderReview()).map(Administration::product).contains(DenosumabCatalog.PROLIA);
    assertThat(r.evidence(DenosumabPolicy.POLICY).priorDoses()).isEmpty();
  }

  @Test
  void unsignedAdministrationRecordIsNotTheDoseUnderReview() {
    CountedRecord r =
        read(AdministrationRecord.of(Fixtures.dose(DenosumabCatalog.PROLIA, 60, DOS).build(), false));

    assertThat(r.doseUnderReview()).isEmpty();
    assertThat(r.unsignedWarnings()).hasSize(1);
  }

  @Test
  void earlierAdministrationRecordsArePriorDosesOldestFirstAndLaterOnesAreIgnored() {
    LocalDate first = DOS.minusMonths(12);
    LocalDate second = DOS.minusMonths(6);
    CountedRecord r =
        read(
            administered(DenosumabCatalog.PROLIA, 60, second),
            administered(DenosumabCatalog.PROLIA, 60, DOS.plusDays(3)),
            administered(DenosumabCatalog.PROLIA, 60, first));

    assertThat(r.evidence(DenosumabPolicy.POLICY).priorDoses())
        .extracting(Administration::date)
        .containsExactly(first, second);
    assertThat(r.doseUnderReview()).isEmpty();
  }

  @Test
  void latestNoteStatingAStatementWins() {
    CountedRecord r =
        read(
            note(NOTE_DATE, "M81.0").putStatements(BoneHealthTerms.POSTMENOPAUSAL, false).build(),
            note(NOTE_DATE.plusDays(1), "M81.0")
                .putStatements(BoneHealthTerms.POSTMENOPAUSAL, true)
                .build(),
            note(NOTE_DATE.plusDays(2), "M81.0").build());

    assertThat(r.evidence(DenosumabPolicy.POLICY).statement(BoneHealthTerms.POSTMENOPAUSAL)).contains(true);
  }

  @Test
  void falseWinsBetweenNotesOfTheSameDate() {
    Document yes =
        note(NOTE_DATE, "M81.0").putStatements(BoneHealthTerms.POSTMENOPAUSAL, true).build();
    Document no =
        note(NOTE_DATE, "M81.8").putStatements(BoneHealthTerms.POSTMENOPAUSAL, false).build();

    assertThat(read(yes, no).evidence(DenosumabPolicy.POLICY).statement(BoneHealthTerms.POSTMENOPAUSAL)).contains(false);
    assertThat(read(no, yes).evidence(DenosumabPolicy.POLICY).statement(BoneHealthTerms.POSTMENOPAUSAL)).contains(false);
  }

  @Test
  void unsignedNoteDoesNotOverrideAStatement() {
    CountedRecord r =
        read(
            note(NOTE_DATE, "M81.0").putStatements(BoneHealthTerms.POSTMENOPAUSAL, true).build(),
            note(NOTE_DATE.plusDays(1), "M81.0")
                .signed(false)
                .putStatements(BoneHealthTerms.POSTMENOPAUSAL, false)
                .build());

    assertThat(r.evidence(DenosumabPolicy.POLICY).statement(BoneHealthTerms.POSTMENOPAUSAL)).contains(true);
  }

  @Test
  void evidenceDoesNotDependOnDocumentOrder() {
    ImmutableList<Document> docs =
        ImmutableList.of(
            order(DenosumabCatalog.PROLIA, 60),
            note(NOTE_DATE, "M81.0", "Z87.310").build(),
            note(NOTE_DATE, "M80.08XA").build(),
            dxa(NOTE_DATE, "-2.6"),
            dxa(NOTE_DATE.minusDays(1), "-2.9"),
            administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(7)),
            administered(DenosumabCatalog.PROLIA, 60, DOS));

    CountedRecord forward = Fixtures.read(Fixtures.returned(docs), DOS);
    CountedRecord backward = Fixtures.read(Fixtures.returned(docs.reverse()), DOS);

    assertThat(backward.evidence(DenosumabPolicy.POLICY)).isEqualTo(forward.evidence(DenosumabPolicy.POLICY));
    assertThat(backward.evidence(DenosumabPolicy.POLICY).documentedDiagnoses())
        .containsExactlyElementsOf(forward.evidence(DenosumabPolicy.POLICY).documentedDiagnoses());
    assertThat(backward.evidence(DenosumabPolicy.POLICY).imaging())
        .containsExactlyElementsOf(forward.evidence(DenosumabPolicy.POLICY).imaging());
  }

  @Test
  void unsignedDocumentDatedAfterTheDateOfServiceSaysItWouldNotCountEitherWay() {
    Finding f = read(order(DenosumabCatalog.PROLIA, 60, DOS.plusDays(1), false)).unsignedWarnings().get(0);

    assertThat(f.message()).contains("order dated " + DOS.plusDays(1)).contains("after the date");
  }
  @Test
  void notCountedListsOnlyTheUncountedDocumentsOfTheKindAskedFor() {
    Order unsigned = order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false);
    CountedRecord r = read(note(NOTE_DATE, "M81.0").build(), order(DenosumabCatalog.PROLIA, 60), unsigned);

    assertThat(r.notCounted(DocumentKind.ORDER)).containsExactly(unsigned);
    assertThat(r.notCounted(DocumentKind.PROGRESS_NOTE)).isEmpty();
    assertThat(r.whyNotCounted(DocumentKind.PROGRESS_NOTE)).isEmpty();
  }
}

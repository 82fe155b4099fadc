package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REQUESTED;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.dxa;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.internal.IndicationResult;
import org.junit.jupiter.api.Test;

class DocumentationChecksTest {
  private static CountedRecord read(Document... documents) {
    return Fixtures.read(Fixtures.returned(List.of(documents)), DOS);
  }

  private static Optional<Finding> records(LocalDate requested, LocalDate received) {
    MedicalRecord.Builder b = MedicalRecord.builder();
    if (requested != null) {
      b.requestedOn(requested);
    }
    if (received != null) {
      b.receivedOn(received);
    }
    return DocumentationChecks.recordsReturned(b.build());
  }

  @Test
  void recordsReceivedOnDay45AreInTime() {
    assertThat(records(REQUESTED, REQUESTED.plusDays(45))).isEmpty();
  }

  @Test
  void recordsReceivedOnDay46AreNotReturned() {
    assertThat(records(REQUESTED, REQUESTED.plusDays(46)))
        .get()
        .satisfies(
            f -> {
              assertThat(f.category()).contains(Category.NO_DOCUMENTATION);
              assertThat(f.citation().key()).isEqualTo("TPE");
              assertThat(f.message()).contains(REQUESTED.plusDays(45).toString());
            });
  }

  @Test
  void requestWithoutReceiptIsNotReturned() {
    assertThat(records(REQUESTED, null)).get().extracting(Finding::category)
        .isEqualTo(Optional.of(Category.NO_DOCUMENTATION));
  }

  @Test
  void preSubmissionCheckNeverFiresRecordsReturned() {
    assertThat(records(null, null)).isEmpty();
  }

  @Test
  void signedOrderForTheProductOnOrBeforeTheDateOfServicePasses() {
    assertThat(DocumentationChecks.order(read(order(DenosumabCatalog.PROLIA, 60, DOS, true)),
        Optional.of(DenosumabCatalog.PROLIA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY)).isEmpty();
  }

  @Test
  void orderForAnotherProductFails() {
    Optional<Finding> f =
        DocumentationChecks.order(read(order(DenosumabCatalog.XGEVA, 120)), Optional.of(DenosumabCatalog.PROLIA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY);

    assertThat(f).get().satisfies(x -> {
      assertThat(x.category()).contains(Category.INSUFFICIENT_DOCUMENTATION);
      // revision 3: the product ordered and the product given, by name
      assertThat(x.message())
          .contains("The signed orders in the record are for Xgeva, not for the product given, Prolia.");
    });
  }

  @Test
  void orderDatedTheDayAfterTheDateOfServiceFails() {
    Optional<Finding> f =
        DocumentationChecks.order(
            read(order(DenosumabCatalog.PROLIA, 60, DOS.plusDays(1), true)), Optional.of(DenosumabCatalog.PROLIA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY);

    assertThat(f).get().extracting(Finding::message).asString().contains("after the date");
  }

  @Test
  void unsignedOrderFailsAndTheMessageSaysWhy() {
    Optional<Finding> f =
        DocumentationChecks.order(
            read(order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false)), Optional.of(DenosumabCatalog.PROLIA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY);

    assertThat(f).get().extracting(Finding::message).asString().contains("is unsigned");
  }

  @Test
  void withoutAProductAnySignedOrderPasses() {
    assertThat(DocumentationChecks.order(read(order(DenosumabCatalog.XGEVA, 120)), Optional.empty(), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void missingAdministrationRecordFails() {
    assertThat(DocumentationChecks.administration(read(administered(DenosumabCatalog.PROLIA, 60,
        DOS.minusDays(1))), DenosumabPolicy.POLICY))
        .get()
        .extracting(Finding::category)
        .isEqualTo(Optional.of(Category.INSUFFICIENT_DOCUMENTATION));
  }

  @Test
  void administrationRecordOnTheDateOfServicePasses() {
    assertThat(DocumentationChecks.administration(read(administered(DenosumabCatalog.PROLIA, 60, DOS)), DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void progressNoteWithoutDiagnosisFails() {
    assertThat(DocumentationChecks.progressNote(read(note(NOTE_DATE).build()), DenosumabPolicy.POLICY))
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("document no diagnosis");
  }

  @Test
  void progressNoteWithDiagnosisOnTheDateOfServicePasses() {
    assertThat(DocumentationChecks.progressNote(read(note(DOS, "M81.0").build()), DenosumabPolicy.POLICY)).isEmpty();
  }

  @Test
  void progressNoteDatedTheDayAfterFails() {
    assertThat(DocumentationChecks.progressNote(read(note(DOS.plusDays(1), "M81.0").build()), DenosumabPolicy.POLICY))
        .isPresent();
  }

  private static IndicationResult indications(Optional<Indication> supported, Indication... cs) {
    return IndicationResult.builder().addCandidates(cs).supported(supported).build();
  }

  @Test
  void imagingFiresWhenNoCandidateIsSupportedOneNeedsImagingAndNoReportExists() {
    Optional<Finding> f =
        DocumentationChecks.imaging(
            read(note(NOTE_DATE, "M81.0").build()),
            indications(Optional.empty(), DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS), DenosumabPolicy.POLICY);

    assertThat(f).get().satisfies(x -> {
      assertThat(x.category()).contains(Category.INSUFFICIENT_DOCUMENTATION);
      assertThat(x.message()).contains("for the indication for postmenopausal women with osteoporosis");
    });
  }

  @Test
  void imagingDoesNotFireWhenAReportExistsThatDoesNotSupportTheIndication() {
    assertThat(
            DocumentationChecks.imaging(
                read(dxa(NOTE_DATE, "-1.0")),
                indications(Optional.empty(), DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS), DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void imagingFiresWhenTheOnlyReportIsDatedAfterTheDateOfService() {
    assertThat(
            DocumentationChecks.imaging(
                read(dxa(DOS.plusDays(1), "-3.0")),
                indications(Optional.empty(), DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS), DenosumabPolicy.POLICY))
        .isPresent();
  }

  @Test
  void imagingDoesNotFireWithoutCandidates() {
    assertThat(DocumentationChecks.imaging(read(), indications(Optional.empty()), DenosumabPolicy.POLICY)).isEmpty();
  }

  @Test
  void imagingDoesNotFireWhenOnlyHypercalcemiaIsACandidate() {
    assertThat(
            DocumentationChecks.imaging(
                read(), indications(Optional.empty(), DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY), DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void imagingDoesNotFireWhenACandidateIsSupported() {
    assertThat(
            DocumentationChecks.imaging(
                read(),
                indications(
                    Optional.of(DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY),
                    DenosumabIndications.XGEVA_SRE_BONE_METASTASES,
                    DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY), DenosumabPolicy.POLICY))
        .isEmpty();
  }

  @Test
  void missingSupplementationIsAWarningCitingA52399() {
    assertThat(DenosumabPolicy.POLICY.recordChecks().get(0).evaluate(Evidence.empty()))
        .get()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.citation().key()).isEqualTo("A52399");
        });
  }

  @Test
  void documentedSupplementationPasses() {
    Evidence e =
        Evidence.builder()
            .addTherapies(Fixtures.therapy(BoneHealthTerms.CALCIUM_VITAMIN_D, NOTE_DATE))
            .build();

    assertThat(DenosumabPolicy.POLICY.recordChecks().get(0).evaluate(e)).isEmpty();
  }
  @Test
  void lateRecordsNameTheArrivalDateAndTheDeadline() {
    assertThat(records(REQUESTED, REQUESTED.plusDays(46)))
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("arrived on " + REQUESTED.plusDays(46))
        .contains("by " + REQUESTED.plusDays(45));
  }

  @Test
  void missingOrderNamesTheProductItMustBeFor() {
    assertThat(DocumentationChecks.order(read(), Optional.of(DenosumabCatalog.XGEVA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY))
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("No signed order for Xgeva")
        .doesNotContain("another product");
  }

  @Test
  void everyUnsignedOrderIsNamedInTheOrderMessage() {
    Optional<Finding> f =
        DocumentationChecks.order(
            read(
                order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false),
                order(DenosumabCatalog.PROLIA, 60, NOTE_DATE.plusDays(1), false)),
            Optional.of(DenosumabCatalog.PROLIA_ENTRY), DenosumabCatalog.BUILT_IN, DenosumabPolicy.POLICY);

    assertThat(f)
        .get()
        .extracting(Finding::message)
        .asString()
        .contains(" The record's order dated " + NOTE_DATE + " is unsigned")
        .contains("; the order dated " + NOTE_DATE.plusDays(1) + " is unsigned, so they do not count.");
  }

  @Test
  void imagingNamesEveryCandidateThatNeedsRadiographicEvidence() {
    Optional<Finding> f =
        DocumentationChecks.imaging(
            read(),
            indications(
                Optional.empty(),
                DenosumabIndications.XGEVA_SRE_BONE_METASTASES,
                DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY,
                DenosumabIndications.XGEVA_GIANT_CELL_TUMOR), DenosumabPolicy.POLICY);

    assertThat(f)
        .get()
        .extracting(Finding::message)
        .asString()
        .contains(
            "a bone scan, CT, MRI, PET or skeletal survey, for the indication for prevention of"
                + " skeletal-related events")
        .contains("imaging showing the tumor (X-ray, CT or MRI), for the indication for adults")
        .doesNotContain("hypercalcemia");
  }

  @Test
  void supplementationOtherThanCalciumAndVitaminDDoesNotCount() {
    Evidence e =
        Evidence.builder()
            .addTherapies(Fixtures.therapy(BoneHealthTerms.ORAL_BISPHOSPHONATE, NOTE_DATE))
            .build();

    assertThat(DenosumabPolicy.POLICY.recordChecks().get(0).evaluate(e)).isPresent();
  }
}

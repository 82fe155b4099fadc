package org.coveragepolicy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.evidence.Evidence;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Determination;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.partb.PartBDrugBenefit;
import org.coveragepolicy.core.partb.PartBRequest;
import org.coveragepolicy.core.partb.ReasonableNecessity;
import org.junit.jupiter.api.Test;

/** Null rejection of the public API (Guava NullPointerTester) and value equality (EqualsTester). */
class ApiSanityTest {
  private static final LocalDate DOS = LocalDate.of(2025, 11, 3);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Icd10Code.class, Icd10Code.parse("M81.0"))
        .setDefault(Ndc.class, Ndc.parse("55513-0710-01"))
        .setDefault(Product.class, TestCatalog.PROLIA)
        .setDefault(CatalogEntry.class, TestCatalog.PROLIA_ENTRY)
        .setDefault(LocalDate.class, DOS)
        .setDefault(String.class, "M81.0")
        .setDefault(ReasonableNecessity.class, ReasonableNecessity.NOT_ASSESSED)
        .setDefault(
            PartBRequest.class,
            PartBRequest.builder()
                .drug(TestCatalog.PROLIA_ENTRY)
                .dateOfService(DOS)
                .placeOfService(PlaceOfService.OFFICE)
                .build());
  }

  @Test
  void publicStaticFactoriesRejectNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        ImmutableList.<Class<?>>of(
            Icd10Code.class,
            Ndc.class,
            Hcpcs.class,
            Modifier.class,
            PlaceOfService.class,
            CodeFamily.class,
            Product.class,
            SelfAdministration.class,
            DrugCatalog.class,
            Patient.class,
            LabResult.class,
            Rule.class,
            Determination.class,
            Source.class,
            PartBDrugBenefit.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicInstanceMethodsRejectNull() {
    NullPointerTester tester = tester();
    Rule rule = Rule.of("DOC-ORDER", "a signed order", Category.MEDICAL_NECESSITY, TestCatalog.SEED);
    tester.testAllPublicInstanceMethods(rule);
    tester.testAllPublicInstanceMethods(
        CodeFamily.parse("OSTEOPOROSIS", TestCatalog.SEED, "M80.0*, M81.0"));
    tester.testAllPublicInstanceMethods(TestCatalog.CATALOG);
    tester.testAllPublicInstanceMethods(TestCatalog.PROLIA_ENTRY);
    tester.testAllPublicInstanceMethods(Patient.of(Sex.MALE, LocalDate.of(1950, 1, 1)));
    tester.testAllPublicInstanceMethods(
        Therapy.builder().kind(TherapyKind.of("CALCIUM_VITAMIN_D")).start(DOS).build());
    tester.testAllPublicInstanceMethods(Evidence.empty());
    tester.testAllPublicInstanceMethods(Category.MEDICAL_NECESSITY);
  }

  @Test
  void codesAreEqualWhateverTheWrittenForm() {
    new EqualsTester()
        .addEqualityGroup(Icd10Code.parse("M81.0"), Icd10Code.parse("m810"), Icd10Code.parse("M810"))
        .addEqualityGroup(Icd10Code.parse("M81.8"))
        .addEqualityGroup(Ndc.parse("55513-0710-01"), Ndc.parse("55513071001"))
        .addEqualityGroup(Ndc.parse("55513-0710-21"))
        .addEqualityGroup(TestCatalog.J0897, Hcpcs.parse("J0897"))
        .addEqualityGroup(Modifier.JZ, Modifier.parse("JZ"))
        .addEqualityGroup(PlaceOfService.OFFICE, PlaceOfService.parse("11"))
        .testEquals();
  }

  @Test
  void valuesAreEqualByTheirAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 12)),
            Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 12)))
        .addEqualityGroup(Patient.of(Sex.MALE, LocalDate.of(1948, 6, 12)))
        .addEqualityGroup(Patient.of(Sex.FEMALE, LocalDate.of(1948, 6, 13)))
        .addEqualityGroup(
            LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("9.4")),
            LabResult.of(DOS, LabTest.TOTAL_CALCIUM, new BigDecimal("9.4")))
        .addEqualityGroup(LabResult.of(DOS, LabTest.CORRECTED_CALCIUM, new BigDecimal("9.4")))
        .addEqualityGroup(SelfAdministration.of(DOS, true), SelfAdministration.of(DOS, true))
        .addEqualityGroup(SelfAdministration.of(DOS, false))
        .addEqualityGroup(Product.of("PROLIA"), TestCatalog.PROLIA)
        .testEquals();
  }
}

package org.coveragepolicy.core.partb;

import org.coveragepolicy.core.TestCatalog;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;

/** Example requests of the Part B tests: a compliant Prolia dose, and drugs of each §50.5 category. */
final class PartBFixtures {
  static final LocalDate DOS = LocalDate.of(2025, 11, 3);

  private PartBFixtures() {}

  /** A dose on the date of service by the given person, practice-purchased, DIRECT supervision. */
  static Administration.Builder dose(AdministeredBy by) {
    return Administration.builder()
        .date(DOS)
        .product(TestCatalog.PROLIA)
        .doseMg(60)
        .route(Route.SUBCUTANEOUS)
        .administeredBy(by)
        .supervision(Supervision.DIRECT)
        .drugSource(DrugSource.PRACTICE_PURCHASED);
  }

  /** Prolia in the office (POS 11), given by auxiliary personnel under DIRECT supervision. */
  static PartBRequest.Builder prolia() {
    return PartBRequest.builder()
        .drug(TestCatalog.PROLIA_ENTRY)
        .dateOfService(DOS)
        .placeOfService(PlaceOfService.OFFICE)
        .administration(dose(AdministeredBy.AUXILIARY_PERSONNEL).build());
  }

  /** A drug usually self-administered from a year before the date of service. */
  static CatalogEntry selfAdministered(String name, StatutoryException exception) {
    return CatalogEntry.builder()
        .product(Product.of(name))
        .hcpcs(Hcpcs.parse("J7199"))
        .billingUnitMg(1)
        .labeledDoseMg(10)
        .dosingInterval(Period.ofDays(1))
        .singleDoseContainer(false)
        .label(Source.IOM_15_50)
        .addSelfAdministration(SelfAdministration.of(DOS.minusYears(1), true))
        .statutoryException(exception)
        .build();
  }

  /** A request for the drug, self-given by the patient at home. */
  static PartBRequest.Builder patientGiven(CatalogEntry drug) {
    return PartBRequest.builder()
        .drug(drug)
        .dateOfService(DOS)
        .placeOfService(PlaceOfService.HOME)
        .administration(
            dose(AdministeredBy.PATIENT)
                .product(drug.product())
                .supervision(java.util.Optional.empty())
                .drugSource(DrugSource.PATIENT_SUPPLIED)
                .build());
  }

  /** The findings of one rule. */
  static List<Finding> of(Rule rule, List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.rule().equals(rule))
        .collect(ImmutableList.toImmutableList());
  }
}

package org.coveragepolicy.core.partb;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Source;

/**
 * The Medicare Part B drug-benefit evaluator (Pub. 100-02, Ch. 15, §50): a pure function from a
 * {@link PartBRequest} to findings, one rule per §50 requirement ({@link PartBRules}), generic over
 * any catalog entry. Reasonable necessity (§50.4) is delegated to a {@link ReasonableNecessity}.
 *
 * @since 0.1.0
 */
public final class PartBDrugBenefit {
  private PartBDrugBenefit() {}

  /**
   * Evaluates the §50 requirements other than reasonable necessity.
   *
   * @param request the request
   * @return the findings, empty when every requirement is met
   */
  public static ImmutableList<Finding> evaluate(PartBRequest request) {
    return evaluate(request, ReasonableNecessity.NOT_ASSESSED);
  }

  /**
   * Evaluates every §50 requirement, reasonable necessity through the drug's indication rules.
   *
   * @param request the request
   * @param reasonableNecessity the drug's indication rules
   * @return the findings, empty when every requirement is met
   */
  public static ImmutableList<Finding> evaluate(
      PartBRequest request, ReasonableNecessity reasonableNecessity) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    CatalogEntry drug = request.drug();
    if (!drug.fdaApproved()) {
      findings.add(
          PartBRules.DRUG_DEFINITION.error(
              Category.NOT_PART_B_BENEFIT,
              drug.describe()
                  + " is not an FDA-approved drug or biological, so it is not a Part B drug"
                  + " (§50.1); only an approved product can be billed."));
    }
    selfAdministration(request).ifPresent(findings::add);
    findings.addAll(incidentTo(request));
    findings.addAll(reasonableNecessity.assess(request));
    if (drug.excludedImmunization()) {
      findings.add(
          PartBRules.NOT_IMMUNIZATION.error(
              Category.NOT_PART_B_BENEFIT,
              drug.describe()
                  + " is an immunization excluded from Part B (§50.4.4.2); it cannot be billed as a"
                  + " Part B drug."));
    }
    if (drug.lessThanEffective()) {
      findings.add(
          PartBRules.NOT_LESS_THAN_EFFECTIVE.error(
              Category.NOT_PART_B_BENEFIT,
              drug.describe()
                  + " was determined by the FDA to be less than effective (§50.4.6); it is not"
                  + " covered."));
    }
    return findings.build();
  }

  /**
   * Returns whether the statutory exception of the drug's category (§50.5) applies to this request.
   *
   * @param request the request
   * @return true if the drug has an exception category and the beneficiary's facts meet it
   */
  public static boolean statutoryExceptionApplies(PartBRequest request) {
    Optional<StatutoryException> exception = request.drug().statutoryException();
    if (exception.isEmpty()) {
      return false;
    }
    BeneficiaryFacts facts = request.beneficiary();
    switch (exception.get()) {
      case BLOOD_CLOTTING_FACTORS:
        return facts.hemophiliaCompetentToSelfAdminister();
      case IMMUNOSUPPRESSIVE_DRUGS:
        return facts.medicareCoveredTransplant();
      case ERYTHROPOIETIN_FOR_DIALYSIS:
        return facts.onDialysis();
      case ORAL_ANTICANCER_AND_ANTIEMETIC:
        return facts.anticancerRegimen();
      case HOME_HEALTH_OSTEOPOROSIS:
        return homeHealthOsteoporosis(request);
      default:
        throw new AssertionError(exception.get());
    }
  }

  /** SSA §1861(kk): every condition of the home-health osteoporosis drug benefit. */
  private static boolean homeHealthOsteoporosis(PartBRequest request) {
    BeneficiaryFacts facts = request.beneficiary();
    boolean byAgency =
        request
            .administration()
            .map(a -> a.administeredBy() == AdministeredBy.HOME_HEALTH_AGENCY)
            .orElse(false);
    return byAgency
        && facts.homebound()
        && facts.postmenopausalOsteoporoticFractureCertified()
        && facts.unableToSelfAdministerCertified()
        && facts.noCaregiverAbleAndWilling();
  }

  private static Optional<Finding> selfAdministration(PartBRequest request) {
    CatalogEntry drug = request.drug();
    boolean usually = drug.usuallySelfAdministeredOn(request.dateOfService());
    Optional<AdministeredBy> by = request.administration().map(Administration::administeredBy);
    boolean selfGiven = by.map(AdministeredBy::isSelfAdministration).orElse(false);
    if (!usually && !selfGiven) {
      return Optional.empty();
    }
    if (statutoryExceptionApplies(request)) {
      return Optional.empty();
    }
    String why =
        usually
            ? drug.describe()
                + " is usually self-administered on "
                + request.dateOfService()
                + " (§50.2 exclusion list)"
            : "this dose of "
                + drug.describe()
                + " was given by the "
                + by.orElseThrow().name().toLowerCase(Locale.ROOT)
                + ", so it was self-administered";
    String exception =
        drug.statutoryException()
            .map(
                e ->
                    "; "
                        + e.description()
                        + " does not apply on the documented facts: it needs "
                        + e.conditions())
            .orElse("; no statutory exception of §50.5 covers it");
    return Optional.of(
        PartBRules.NOT_SELF_ADMINISTERED.error(
            Category.NOT_PART_B_BENEFIT,
            why
                + exception
                + ". Part B covers the drug only when a health-care professional gives it incident"
                + " to a physician's service, or when a §50.5 exception is documented."));
  }

  /**
   * §50.3 and §60: every incident-to shortfall of the dose under review, each its own finding, so
   * that the billing clerk sees all that must change.
   */
  private static ImmutableList<Finding> incidentTo(PartBRequest request) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    if (request.administration().isEmpty()) {
      return findings.build();
    }
    Administration dose = request.administration().get();
    AdministeredBy by = dose.administeredBy();
    if (by.isSelfAdministration()) {
      return findings.build(); // PARTB-NOT-SELF-ADMINISTERED reports it
    }
    if (by == AdministeredBy.HOME_HEALTH_AGENCY) {
      // Only the home-health osteoporosis drug benefit (SSA §1861(kk)) covers a dose an agency gave.
      boolean homeHealthBenefit =
          request.drug().statutoryException().equals(
                  Optional.of(StatutoryException.HOME_HEALTH_OSTEOPOROSIS))
              && homeHealthOsteoporosis(request);
      if (homeHealthBenefit) {
        return findings.build();
      }
      findings.add(
          PartBRules.INCIDENT_TO.error(
              Category.NOT_PART_B_BENEFIT,
              "the dose was given by a home health agency, which is not incident to a physician's"
                  + " service; it is covered only under the home-health osteoporosis drug benefit"
                  + " (SSA §1861(kk)): an injectable osteoporosis drug for a homebound beneficiary"
                  + " whose physician certifies a postmenopausal osteoporotic fracture and the"
                  + " inability to self-administer, with no caregiver able and willing to give it.",
              Source.SSA_1861KK));
      return findings.build();
    }
    if (dose.drugSource() == DrugSource.PATIENT_SUPPLIED) {
      findings.add(
          PartBRules.INCIDENT_TO.error(
              Category.NOT_PART_B_BENEFIT,
              "the drug was supplied by the patient, so it was not an expense to the practice;"
                  + " incident-to billing requires a drug the practice purchased (§50.3)."));
    }
    if (by != AdministeredBy.AUXILIARY_PERSONNEL) {
      return findings.build(); // physician or non-physician practitioner
    }
    if (dose.supervision().isEmpty()) {
      findings.add(
          PartBRules.INCIDENT_TO.error(
              Category.INSUFFICIENT_DOCUMENTATION,
              "the administration record does not document the supervision of the auxiliary"
                  + " personnel who gave the dose; document that the physician was present in the"
                  + " office suite (direct supervision, §60).",
              Source.IOM_15_60));
    } else if (dose.supervision().get() != Supervision.DIRECT) {
      findings.add(
          PartBRules.INCIDENT_TO.error(
              Category.NOT_PART_B_BENEFIT,
              // Interpretation.DIRECT_SUPERVISION_IN_PERSON: in person, not virtual
              (dose.supervision().get() == Supervision.NONE
                      ? "the administration record documents that no one supervised the auxiliary"
                          + " personnel who gave the dose"
                      : "auxiliary personnel gave the dose under "
                          + dose.supervision().get().name().toLowerCase(Locale.ROOT)
                          + " supervision")
                  + "; incident-to requires direct supervision: the physician present in the"
                  + " office suite, in person (virtual direct supervision is not accepted).",
              Source.IOM_15_60));
    }
    if (!request.placeOfService().equals(PlaceOfService.OFFICE)) {
      findings.add(
          PartBRules.INCIDENT_TO.error(
              Category.NOT_PART_B_BENEFIT,
              "auxiliary personnel gave the dose at place of service "
                  + request.placeOfService()
                  + "; incident-to by auxiliary personnel applies in the office (place of service"
                  + " 11).",
              Source.IOM_15_60));
    }
    return findings.build();
  }
}

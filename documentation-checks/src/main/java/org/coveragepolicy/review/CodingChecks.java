package org.coveragepolicy.review;

import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.indications.Indication;

/**
 * The claim-coding rules of the policy's "Claim coding", each a pure function to an optional finding;
 * INCORRECT_CODING unless stated.
 */
final class CodingChecks {
  private CodingChecks() {}

  /**
   * CLM-UNITS (SEED): units × the billing unit in mg equal the dose administered in mg. Not evaluated
   * without a documented dose (DOC-ADMINISTRATION reports that).
   */
  static Optional<Finding> units(ClaimLine claim, CatalogEntry drug, Optional<Administration> dose) {
    if (dose.isEmpty()) {
      return Optional.empty();
    }
    int doseMg = dose.get().doseMg();
    long billedMg = (long) claim.units() * drug.billingUnitMg();
    if (billedMg == doseMg) {
      return Optional.empty();
    }
    String expected =
        doseMg % drug.billingUnitMg() == 0
            ? "bill " + doseMg / drug.billingUnitMg() + " units"
            : "the dose is not a whole number of billing units; correct the record or the claim";
    return Optional.of(
        ReviewRules.UNITS.error(
            Category.INCORRECT_CODING,
            "The claim bills "
                + claim.units()
                + " units of "
                + claim.hcpcs() // the code as billed, whatever the product's own code (revision 3)
                + " ("
                + billedMg
                + " mg at "
                + drug.billingUnitMg()
                + " mg per unit), but the administration record documents "
                + doseMg
                + " mg of "
                + drug.describe()
                + "; "
                + expected
                + "."));
  }

  /**
   * CLM-NDC (SEED): an NDC on the claim names a catalog product (else a WARNING) and the product the
   * administration record documents. Nothing to check without an NDC.
   */
  static Optional<Finding> ndc(
      ClaimLine claim, DrugCatalog catalog, Optional<Administration> dose) {
    if (claim.ndc().isEmpty()) {
      return Optional.empty();
    }
    Ndc ndc = claim.ndc().get();
    Optional<CatalogEntry> named = catalog.entryForNdc(ndc);
    Optional<CatalogEntry> given =
        dose.isPresent() ? catalog.entry(dose.get().product()) : Optional.empty();
    if (named.isEmpty() && given.isPresent() && given.get().ndcs().isEmpty()) {
      return Optional.of(
          ReviewRules.NDC.info(
              "The catalog lists no NDC for "
                  + given.get().describe()
                  + ", so the claim's NDC "
                  + ndc.render()
                  + " was not checked against it; add the product's NDCs with a catalog file to"
                  + " have them checked."));
    }
    if (named.isEmpty()) {
      return Optional.of(
          ReviewRules.NDC.warning(
              "The NDC "
                  + ndc.render()
                  + " on the claim is not an NDC of a product in the catalog; bill the 11-digit NDC"
                  + " of the package that was given."));
    }
    if (dose.isPresent() && !dose.get().product().equals(named.get().product())) {
      return Optional.of(
          ReviewRules.NDC.error(
              Category.INCORRECT_CODING,
              "The NDC "
                  + ndc.render()
                  + " on the claim names "
                  + named.get().describe()
                  + ", but the administration record documents "
                  + given.map(CatalogEntry::describe).orElse(dose.get().product().displayName())
                  + "; bill an NDC of the product given"
                  + given
                      .filter(e -> !e.ndcs().isEmpty())
                      .map(e -> " " + e.ndcs())
                      .orElse("")
                  + " or correct the record."));
    }
    return Optional.empty();
  }

  /**
   * CLM-HCPCS (HCPCS-Q): the claim's HCPCS is the code the catalog bills the product given under.
   */
  static Optional<Finding> hcpcs(ClaimLine claim, CatalogEntry drug) {
    if (claim.hcpcs().equals(drug.hcpcs())) {
      return Optional.empty();
    }
    return Optional.of(
        ReviewRules.HCPCS.error(
            Category.INCORRECT_CODING,
            "The claim bills "
                + claim.hcpcs()
                + ", but the product given is "
                + drug.describe()
                + ", which is billed under "
                + drug.hcpcs()
                + "; bill "
                + drug.hcpcs()
                + " for this dose."));
  }

  /**
   * CLM-JZ-JW (JZJW, Pub. 100-04, Ch. 17, §40): from {@link ReviewRules#JZ_JW_REQUIRED_FROM}, a
   * claim for a drug in a single-dose container carries exactly one of JZ and JW.
   */
  static Optional<Finding> jzJw(ClaimLine claim, CatalogEntry drug) {
    if (claim.dateOfService().isBefore(ReviewRules.JZ_JW_REQUIRED_FROM)
        || !drug.singleDoseContainer()) {
      return Optional.empty();
    }
    boolean jz = claim.modifiers().contains(Modifier.JZ);
    boolean jw = claim.modifiers().contains(Modifier.JW);
    if (jz != jw) {
      return Optional.empty();
    }
    String what =
        jz
            ? "The claim carries both JZ and JW; carry only one: JZ when none of the single-dose"
                + " container was discarded, JW on the line billing the discarded amount."
            : "The claim carries neither JZ nor JW; for a single-dose container of "
                + drug.describe()
                + " on or after "
                + ReviewRules.JZ_JW_REQUIRED_FROM
                + " add JZ when nothing was discarded, or JW for the discarded amount.";
    return Optional.of(ReviewRules.JZ_JW.error(Category.INCORRECT_CODING, what));
  }

  /**
   * CLM-DIAGNOSIS (CERT): when an indication is supported, the claim carries a code of its anchor
   * family; not evaluated when none is supported.
   */
  static Optional<Finding> diagnosis(ClaimLine claim, Optional<Indication> supported) {
    if (supported.isEmpty() || supported.get().anchorFamily().containsAny(claim.diagnosisCodes())) {
      return Optional.empty();
    }
    Indication indication = supported.get();
    return Optional.of(
        ReviewRules.DIAGNOSIS.error(
            Category.INCORRECT_CODING,
            "The record supports the indication for "
                + indication.description()
                + ", but none of the claim's diagnosis codes "
                + claim.diagnosisCodes()
                + " is in its diagnosis family, "
                + indication.anchorFamily().describe()
                + "; add the documented diagnosis code of that family to the claim."));
  }
}

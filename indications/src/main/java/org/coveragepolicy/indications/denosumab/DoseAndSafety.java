package org.coveragepolicy.indications.denosumab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.PolicyCheck;
import org.coveragepolicy.core.policy.SafetyChecks;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;

/**
 * The denosumab safety rules (its dose and frequency rules are the generic {@link DoseChecks}) (the rules document, "Dose, frequency and safety"), each a
 * pure function from the case facts to findings, driven by the catalog: the product's family, its
 * labeled dose, route, dosing interval, loading doses and safety facts. A rule whose input is absent
 * is not evaluated.
 */
final class DoseAndSafety {
  private DoseAndSafety() {}

  /** SAFE-OTHER-DENOSUMAB, SAFE-HYPOCALCEMIA, SAFE-PREGNANCY and SAFE-ADVANCED-CKD, in order. */
  static List<Finding> safety(CaseFacts f) {
    List<Finding> out = new ArrayList<>(otherFamily(f));
    hypocalcemia(f).ifPresent(out::add);
    pregnancy(f).ifPresent(out::add);
    advancedCkd(f).ifPresent(out::add);
    return out;
  }

  /**
   * SAFE-OTHER-DENOSUMAB: no dose of another denosumab family within that family's dosing interval
   * before the date of service (the same day included).
   */
  static List<Finding> otherFamily(CaseFacts f) {
    return OTHER_FAMILY.evaluate(f, List.of());
  }

  private static final PolicyCheck OTHER_FAMILY =
      SafetyChecks.interaction(
          DenosumabRules.SAFE_OTHER_DENOSUMAB,
          DenosumabRules.families(),
          "a patient on one denosumab family should not receive the other");

  /** SAFE-HYPOCALCEMIA ({@link BoneHealth#hypocalcemia}), citing A52399. */
  static Optional<Finding> hypocalcemia(CaseFacts f) {
    return BoneHealth.hypocalcemia(f, DenosumabRules.SAFE_HYPOCALCEMIA, "denosumab");
  }

  /** SAFE-PREGNANCY: a product contraindicated in pregnancy and a note stating the patient is pregnant. */
  static Optional<Finding> pregnancy(CaseFacts f) {
    if (!f.product().safetyFacts().contains(DenosumabTerms.CONTRAINDICATED_IN_PREGNANCY)
        || !f.evidence().statement(DenosumabTerms.PREGNANT).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        DenosumabRules.SAFE_PREGNANCY.error(
            Category.MEDICAL_NECESSITY,
            "the progress note states the patient is pregnant; "
                + f.product().describe()
                + " is contraindicated in pregnancy and is not covered while the patient is"
                + " pregnant"));
  }

  /**
   * SAFE-ADVANCED-CKD (WARNING): a product with the advanced-CKD boxed warning and an eGFR below 30
   * within 12 months before the date of service ({@link
   * DenosumabInterpretations#CKD_EGFR_WITHIN_12_MONTHS}), or an ADVANCED_CKD diagnosis.
   */
  static Optional<Finding> advancedCkd(CaseFacts f) {
    if (!f.product().safetyFacts().contains(DenosumabTerms.SEVERE_HYPOCALCEMIA_IN_ADVANCED_CKD)) {
      return Optional.empty();
    }
    Thresholds t = f.thresholds();
    LocalDate dos = f.dateOfService();
    LocalDate from = dos.minus(t.advancedCkdWindow());
    // the lowest eGFR below the threshold in the window; on equal values the earliest
    LabResult lowest = null;
    for (LabResult r : f.evidence().labs()) {
      if (r.test() == LabTest.EGFR
          && !r.date().isBefore(from)
          && !r.date().isAfter(dos)
          && r.value().compareTo(t.advancedCkdEgfr()) < 0
          && (lowest == null
              || r.value().compareTo(lowest.value()) < 0
              || (r.value().compareTo(lowest.value()) == 0 && r.date().isBefore(lowest.date())))) {
        lowest = r;
      }
    }
    boolean diagnosed = f.hasDiagnosis(CodeFamilies.ADVANCED_CKD);
    if (lowest == null && !diagnosed) {
      return Optional.empty();
    }
    List<String> why = new ArrayList<>(2);
    if (lowest != null) {
      why.add(
          "an eGFR of "
              + lowest.value().toPlainString()
              + " on "
              + lowest.date()
              + " (below "
              + t.advancedCkdEgfr().toPlainString()
              + ")");
    }
    if (diagnosed) {
      why.add("an advanced CKD diagnosis (" + f.codesOf(CodeFamilies.ADVANCED_CKD) + ")");
    }
    return Optional.of(
        DenosumabRules.SAFE_ADVANCED_CKD.warning(
            "advanced chronic kidney disease: "
                + String.join(" and ", why)
                + "; the boxed warning of "
                + f.product().describe()
                + " asks that the patient be evaluated for CKD mineral and bone disorder before"
                + " treatment, and the record should document that evaluation"));
  }
}

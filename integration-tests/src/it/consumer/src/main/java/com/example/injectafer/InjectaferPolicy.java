package com.example.injectafer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.LabValue;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.RuleSubject;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.PolicyProvider;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.SafetyChecks;
import org.coveragepolicy.core.policy.Shortfall;

/**
 * A consumer's ferric carboxymaltose (Injectafer, HCPCS J1439, 1 unit = 1 mg) policy, written with
 * the library's public API only and found by {@link java.util.ServiceLoader}.
 */
public final class InjectaferPolicy implements PolicyProvider {
  /** The Injectafer prescribing information. */
  public static final Source LABEL =
      Source.of("FDA-INJECTAFER", "Injectafer (ferric carboxymaltose) prescribing information");

  /** HCPCS J1439, injection, ferric carboxymaltose, 1 mg. */
  public static final Hcpcs J1439 = Hcpcs.parse("J1439");

  /** Injectafer. */
  public static final Product INJECTAFER = Product.of("INJECTAFER");

  /** Hemoglobin, g/dL. */
  public static final LabCode HEMOGLOBIN = LabCode.of("718-7", "g/dL");

  /** Ferritin, ng/mL. */
  public static final LabCode FERRITIN = LabCode.of("2276-4", "ng/mL");

  /** Transferrin saturation, %. */
  public static final LabCode TSAT = LabCode.of("2502-3", "%");

  /** Phosphate, mg/dL. */
  public static final LabCode PHOSPHATE = LabCode.of("2777-1", "mg/dL");

  /** Intolerance of oral iron: a statement this policy reads. */
  public static final NoteStatement ORAL_IRON_INTOLERANCE = NoteStatement.of("oralIronIntolerance");

  /** An unsatisfactory response to oral iron: a statement this policy reads. */
  public static final NoteStatement ORAL_IRON_UNSATISFACTORY =
      NoteStatement.of("oralIronUnsatisfactoryResponse");

  static final Rule IND_IDA =
      Rule.of("IND-INJECTAFER-IRON-DEFICIENCY-ANEMIA", "iron-deficiency anemia with intolerance or an"
          + " unsatisfactory response to oral iron", Category.MEDICAL_NECESSITY, LABEL);
  static final Rule IND_CKD =
      Rule.of("IND-INJECTAFER-NON-DIALYSIS-CKD", "iron-deficiency anemia in non-dialysis-dependent"
          + " chronic kidney disease", Category.MEDICAL_NECESSITY, LABEL);
  static final Rule DOSE =
      Rule.of("INJ-DOSE", "750 mg IV per dose at ≥ 50 kg, 15 mg/kg below",
          Category.MEDICAL_NECESSITY, LABEL).about(RuleSubject.DOSE);
  static final Rule INTERVAL =
      Rule.of("INJ-FREQ-INTERVAL", "doses at least 7 days apart", Category.MEDICAL_NECESSITY, LABEL)
          .about(RuleSubject.DOSE_DATES);
  static final Rule COURSE =
      Rule.of("INJ-FREQ-COURSE", "at most 1,500 mg per course", Category.MEDICAL_NECESSITY, LABEL)
          .about(RuleSubject.DOSE_COUNT);
  static final Rule PHOSPHATE_LOW =
      Rule.warningOnly("INJ-SAFE-HYPOPHOSPHATEMIA", "phosphate below 2.5 mg/dL", LABEL)
          .about(RuleSubject.OBSERVATION);

  static final Interpretation COURSE_DAYS =
      Interpretation.of("INJECTAFER_COURSE", LABEL,
          "a course is the doses given within 30 days (the date of service and the 29 days before)");
  static final Interpretation NO_WEIGHT =
      Interpretation.of("INJECTAFER_NO_WEIGHT", LABEL,
          "without a patient weight the dose cannot be confirmed against the label: INJ-DOSE is an"
              + " error");

  static final CodeFamily IDA = CodeFamily.parse("IRON_DEFICIENCY_ANEMIA", LABEL, "D50.0, D50.8, D50.9");
  static final CodeFamily CKD = CodeFamily.parse("NON_DIALYSIS_CKD", LABEL, "N18.1–N18.5, N18.9");
  static final CodeFamily DIALYSIS = CodeFamily.parse("DIALYSIS_CKD", LABEL, "N18.6, Z99.2");

  static final CatalogEntry ENTRY =
      CatalogEntry.builder()
          .product(INJECTAFER)
          .displayName("Injectafer")
          .nonproprietaryName("ferric carboxymaltose")
          .hcpcs(J1439)
          .billingUnitMg(1)
          .labeledDoseMg(750)
          .labeledRoute(Route.INTRAVENOUS)
          .dosingInterval(Period.ofDays(7))
          .singleDoseContainer(true)
          .label(LABEL)
          .build();

  static final Requirement LABS = Requirement.of("IRON_DEFICIENCY_LABS", InjectaferPolicy::labs);

  static final Indication IRON_DEFICIENCY_ANEMIA =
      indication(IND_IDA, IDA)
          .addRequirements(
              Requirement.of("ORAL_IRON", f ->
                  f.evidence().statement(ORAL_IRON_INTOLERANCE).orElse(false)
                          || f.evidence().statement(ORAL_IRON_UNSATISFACTORY).orElse(false)
                      ? Optional.empty()
                      : Optional.of(Shortfall.missing("no counted progress note documents"
                          + " intolerance or an unsatisfactory response to oral iron", LABEL))),
              LABS)
          .build();

  static final Indication NON_DIALYSIS_CKD =
      indication(IND_CKD, CKD)
          .addRequirements(
              Requirement.of("NOT_ON_DIALYSIS", f ->
                  f.hasDiagnosis(DIALYSIS) || f.documents(DIALYSIS)
                      ? Optional.of(Shortfall.contradicts("the record or claim codes dialysis or"
                          + " end-stage renal disease (" + DIALYSIS.describe() + ")", LABEL))
                      : Optional.empty()),
              LABS)
          .build();

  static final Edition LABEL_2025 =
      Edition.builder()
          .name("INJECTAFER_LABEL_2025")
          .source(LABEL)
          .addIndications(IRON_DEFICIENCY_ANEMIA, NON_DIALYSIS_CKD)
          .build();

  /** The policy. */
  public static final Policy POLICY =
      Policy.builder()
          .name("INJECTAFER")
          .catalog(DrugCatalog.of(List.of(ENTRY)))
          .addEditions(LABEL_2025)
          .addChecks(
              (f, supported) -> dose(f).map(List::of).orElse(List.of()),
              (f, supported) -> frequency(f),
              SafetyChecks.courseLimit(COURSE, 1500, 30),
              (f, supported) -> phosphate(f).map(List::of).orElse(List.of()))
          .addRules(IND_IDA, IND_CKD, DOSE, INTERVAL, COURSE, PHOSPHATE_LOW)
          .addSources(LABEL)
          .addInterpretations(COURSE_DAYS, NO_WEIGHT)
          .addStatements(ORAL_IRON_INTOLERANCE, ORAL_IRON_UNSATISFACTORY)
          .addLabs(HEMOGLOBIN, FERRITIN, TSAT, PHOSPHATE)
          .build();

  @Override
  public Policy policy() {
    return POLICY;
  }

  private static Indication.Builder indication(Rule rule, CodeFamily anchor) {
    return Indication.builder()
        .rule(rule)
        .description(rule.summary())
        .family(INJECTAFER)
        .anchorFamily(anchor)
        .needsImaging(false)
        .establishingImaging("no imaging");
  }

  /** The latest result of a test dated within 30 days before the date of service (or on it). */
  static Optional<LabValue> recent(CaseFacts f, LabCode code) {
    LabValue latest = null;
    for (LabValue v : f.evidence().results(code.loinc())) {
      long days = ChronoUnit.DAYS.between(v.date(), f.dateOfService());
      if (days >= 0 && days <= 30) {
        latest = v;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Optional<Shortfall> labs(CaseFacts f) {
    if (recent(f, HEMOGLOBIN).isEmpty()) {
      return Optional.of(Shortfall.missing(
          "no hemoglobin (LOINC 718-7) within 30 days before the date of service", LABEL));
    }
    Optional<LabValue> ferritin = recent(f, FERRITIN);
    Optional<LabValue> tsat = recent(f, TSAT);
    boolean deficient =
        ferritin.isPresent()
            && (ferritin.get().value().compareTo(BigDecimal.valueOf(100)) < 0
                || (ferritin.get().value().compareTo(BigDecimal.valueOf(300)) <= 0
                    && tsat.isPresent()
                    && tsat.get().value().compareTo(BigDecimal.valueOf(20)) < 0));
    return deficient
        ? Optional.empty()
        : Optional.of(Shortfall.missing("no iron deficiency within 30 days before the date of"
            + " service: ferritin (2276-4) below 100 ng/mL, or at most 300 ng/mL with transferrin"
            + " saturation (2502-3) below 20%", LABEL));
  }

  private static Optional<Finding> dose(CaseFacts f) {
    Optional<Administration> underReview = f.request().doseUnderReview();
    if (underReview.isEmpty()) {
      return Optional.empty();
    }
    Administration a = underReview.get();
    if (a.route() != Route.INTRAVENOUS) {
      return Optional.of(DOSE.error(Category.MEDICAL_NECESSITY,
          "the administration record documents the " + a.route() + " route; Injectafer is given"
              + " intravenously"));
    }
    Optional<BigDecimal> weight = f.request().patient().weightKg();
    if (weight.isEmpty()) {
      return Optional.of(DOSE.error(Category.MEDICAL_NECESSITY,
          "the case gives no patient weight: a dose of " + a.doseMg() + " mg cannot be confirmed"
              + " (750 mg at 50 kg or more, 15 mg/kg below)"));
    }
    int max = weight.get().compareTo(BigDecimal.valueOf(50)) >= 0
        ? 750
        : weight.get().multiply(BigDecimal.valueOf(15)).setScale(0, RoundingMode.DOWN).intValue();
    if (a.doseMg() <= max) {
      return Optional.empty();
    }
    return Optional.of(DOSE.error(Category.MEDICAL_NECESSITY,
        "the administration record documents " + a.doseMg() + " mg; at "
            + weight.get().toPlainString() + " kg the dose is at most " + max + " mg"));
  }

  private static List<Finding> frequency(CaseFacts f) {
    List<Finding> out = new ArrayList<>();
    LocalDate dos = f.dateOfService();
    LocalDate latest = null;
    for (Administration prior : f.evidence().priorDoses()) {
      if (!DoseChecks.ofFamily(f, prior, INJECTAFER) || !prior.date().isBefore(dos)) {
        continue;
      }
      if (latest == null || prior.date().isAfter(latest)) {
        latest = prior.date();
      }
    }
    if (latest != null && ChronoUnit.DAYS.between(latest, dos) < 7) {
      out.add(INTERVAL.error(Category.MEDICAL_NECESSITY, "the previous Injectafer dose is dated " + latest
          + ", " + ChronoUnit.DAYS.between(latest, dos) + " days before the date of service;"
          + " doses are at least 7 days apart"));
    }
    return out;
  }

  private static Optional<Finding> phosphate(CaseFacts f) {
    Optional<LabValue> p = recent(f, PHOSPHATE);
    if (p.isPresent() && p.get().value().compareTo(new BigDecimal("2.5")) < 0) {
      return Optional.of(PHOSPHATE_LOW.warning("phosphate " + p.get().value().toPlainString()
          + " mg/dL on " + p.get().date() + " is below 2.5 mg/dL: monitor for hypophosphatemia"));
    }
    return Optional.empty();
  }
}

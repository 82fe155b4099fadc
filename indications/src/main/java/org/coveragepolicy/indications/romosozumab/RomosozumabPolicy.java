package org.coveragepolicy.indications.romosozumab;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Period;
import java.util.List;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.RuleSubject;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.DoseChecks;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.IndicationRules;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.core.policy.PolicyProvider;
import org.coveragepolicy.core.policy.PolicyTexts;
import org.coveragepolicy.core.policy.SafetyChecks;
import org.coveragepolicy.core.policy.SharedRules;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;
import org.coveragepolicy.indications.common.BoneHealthTerms;

/**
 * The romosozumab policy (Evenity, HCPCS J3111) as one {@link Policy}: its catalog entry, its one
 * edition on the FDA label, its indication (postmenopausal osteoporosis at high risk for fracture,
 * built from the shared {@link BoneHealth} blocks), the dose, frequency, 12-dose limit and safety
 * checks (the engine's generic {@link DoseChecks} and {@link SafetyChecks}), the supplementation
 * warning, its rules and sources, and the sources the engine's shared rules cite in its results.
 * {@link java.util.ServiceLoader} finds it as a {@link PolicyProvider}; {@link #POLICY} is the same
 * value for explicit wiring.
 *
 * @since 0.2.0
 */
public final class RomosozumabPolicy implements PolicyProvider {
  /** Evenity (romosozumab-aqqg) prescribing information, BLA 761062 (April 2019). */
  public static final Source FDA_EVENITY =
      Source.of("FDA-EVENITY", "Evenity (romosozumab-aqqg) prescribing information (BLA 761062)");

  /** CMS HCPCS J3111, "Injection, romosozumab-aqqg, 1 mg". */
  public static final Source HCPCS_J3111 =
      Source.of("HCPCS-J3111", "CMS HCPCS J3111, injection, romosozumab-aqqg, 1 mg");

  /** HCPCS J3111, injection, romosozumab-aqqg, 1 mg. */
  public static final Hcpcs J3111 = Hcpcs.parse("J3111");

  /** Evenity. */
  public static final Product EVENITY = Product.of("EVENITY");

  /**
   * Evenity: 105 mg/1.17 mL single-dose prefilled syringe; 210 mg SC once monthly given as two
   * injections (the records of one date are one dose), 12 doses in all. No NDC is listed (a user
   * adds it with a catalog file); not usually self-administered and no §1861(kk) exception
   * (interpretations of the policy).
   */
  public static final CatalogEntry EVENITY_ENTRY =
      CatalogEntry.builder()
          .product(EVENITY)
          .displayName("Evenity")
          .nonproprietaryName("romosozumab-aqqg")
          .hcpcs(J3111)
          .billingUnitMg(1)
          .labeledDoseMg(210)
          .labeledRoute(Route.SUBCUTANEOUS)
          .dosingInterval(Period.ofDays(28))
          .singleDoseContainer(true)
          .dosesOfOneDateAdded(true)
          .label(FDA_EVENITY)
          .build();

  /** The built-in catalog of the policy: {@link #EVENITY_ENTRY}. */
  public static final DrugCatalog CATALOG = DrugCatalog.of(ImmutableList.of(EVENITY_ENTRY));

  /** Myocardial infarction or stroke: I21.*, I22.*, I60.*, I61.*, I63.* (FDA-EVENITY boxed warning). */
  public static final CodeFamily MI_OR_STROKE =
      CodeFamily.parse("MI_OR_STROKE", FDA_EVENITY, "I21.*, I22.*, I60.*, I61.*, I63.*");

  /**
   * Cardiovascular history: I25.2, Z86.73, I69.0*, I69.1*, I69.3* (old MI, history of TIA or
   * cerebral infarction, sequelae of stroke; FDA-EVENITY boxed warning).
   */
  public static final CodeFamily CARDIOVASCULAR_HISTORY =
      CodeFamily.parse(
          "CARDIOVASCULAR_HISTORY", FDA_EVENITY, "I25.2, Z86.73, I69.0*, I69.1*, I69.3*");

  /** Treatment of postmenopausal women with osteoporosis at high risk for fracture. */
  public static final Indication POSTMENOPAUSAL_OSTEOPOROSIS =
      Indication.builder()
          .rule(
              Rule.of(
                  "IND-EVENITY-POSTMENOPAUSAL-OSTEOPOROSIS",
                  "postmenopausal women with osteoporosis at high risk for fracture",
                  Category.MEDICAL_NECESSITY,
                  FDA_EVENITY))
          .description("postmenopausal women with osteoporosis at high risk for fracture")
          .family(EVENITY)
          .anchorFamily(BoneHealth.OSTEOPOROSIS)
          .sex(Sex.FEMALE)
          .needsImaging(true)
          .establishingImaging("a DXA scan or imaging of a fragility fracture")
          .uncodedEvidence(BoneHealth::osteoporosisPointer)
          .addRequirements(
              BoneHealth.postmenopausal(FDA_EVENITY),
              BoneHealth.osteoporosisImaging(FDA_EVENITY),
              BoneHealth.highRiskForFracture(FDA_EVENITY))
          .build();

  /** The one edition: the FDA label (and Pub. 100-02 Ch. 15 §50). */
  public static final Edition ROMOSOZUMAB_FDA_LABEL =
      Edition.builder()
          .name("ROMOSOZUMAB_FDA_LABEL")
          .title("the Evenity FDA label edition")
          .source(FDA_EVENITY)
          .addIndications(POSTMENOPAUSAL_OSTEOPOROSIS)
          .build();

  /** The engine's no-indication rule as this policy cites it (FDA-EVENITY). */
  public static final Rule NO_INDICATION = IndicationRules.NO_INDICATION.citing(FDA_EVENITY);

  /** The number of doses the label allows in all: 12 (LIMIT-EVENITY-12-DOSES). */
  public static final int DOSE_LIMIT = 12;

  /**
   * The window before the date of service in which a documented MI or stroke is an error: 12
   * months (SAFE-EVENITY-MI-STROKE).
   */
  public static final Period MI_STROKE_WINDOW = Period.ofMonths(12);

  /** The dose given on the date of service (the date's records added) is 210 mg SC. */
  public static final Rule DOSE_LABELED =
      Rule.of(
          DoseChecks.LABELED_DOSE_ID,
          labeledDose(CATALOG),
          Category.MEDICAL_NECESSITY,
          FDA_EVENITY).about(RuleSubject.DOSE);

  /** DOSE-LABELED's summary, from a catalog's Evenity labeled dose. */
  static String labeledDose(DrugCatalog catalog) {
    return "the dose given on the date of service (the date's records added) is Evenity's labeled "
        + evenity(catalog).labeledDoseMg()
        + " mg, given subcutaneously";
  }

  /** Once monthly, read as at least 28 days apart (the catalog entry's dosing interval). */
  public static final Rule FREQ_EVENITY =
      Rule.of(
          "FREQ-EVENITY",
          frequency(CATALOG),
          Category.MEDICAL_NECESSITY,
          FDA_EVENITY).about(RuleSubject.DOSE_DATES);

  /** FREQ-EVENITY's summary, from a catalog's Evenity dosing interval. */
  static String frequency(DrugCatalog catalog) {
    return "no earlier Evenity dose less than "
        + DoseChecks.words(evenity(catalog).dosingInterval())
        + " before the date of service";
  }

  /** At most {@link #DOSE_LIMIT} doses in all (a lifetime count of the dates in the record). */
  public static final Rule LIMIT_12_DOSES =
      Rule.of(
          "LIMIT-EVENITY-12-DOSES",
          "the dose under review is at most the "
              + ordinal(DOSE_LIMIT)
              + ": fewer than "
              + DOSE_LIMIT
              + " earlier dates of Evenity doses in the record",
          Category.MEDICAL_NECESSITY,
          FDA_EVENITY).about(RuleSubject.DOSE_COUNT);

  /** Boxed warning: no MI or stroke within 12 months before the dose or during therapy. */
  public static final Rule SAFE_MI_STROKE =
      Rule.of(
          "SAFE-EVENITY-MI-STROKE",
          "no myocardial infarction or stroke documented within "
              + DoseChecks.words(MI_STROKE_WINDOW)
              + " before the date of service or since the first Evenity dose",
          Category.MEDICAL_NECESSITY,
          FDA_EVENITY).about(RuleSubject.OBSERVATION);

  /** Boxed warning: other cardiovascular history, a WARNING. */
  public static final Rule SAFE_CARDIOVASCULAR_RISK =
      Rule.warningOnly(
          "SAFE-EVENITY-CARDIOVASCULAR-RISK",
          "cardiovascular history (old MI, TIA or stroke history or sequelae, or an older MI or"
              + " stroke): consider whether the benefits outweigh the risks",
          FDA_EVENITY).about(RuleSubject.OBSERVATION);

  /** Pre-existing hypocalcemia must be corrected first (FDA-EVENITY contraindication). */
  public static final Rule SAFE_HYPOCALCEMIA =
      Rule.of(
          BoneHealth.HYPOCALCEMIA_RULE_ID,
          BoneHealth.hypocalcemiaSummary(Thresholds.defaults()),
          Category.MEDICAL_NECESSITY,
          FDA_EVENITY).about(RuleSubject.OBSERVATION);

  /** Calcium and vitamin D supplementation is documented (WARNING). */
  public static final Rule SUPPLEMENTATION =
      Rule.warningOnly(
          BoneHealth.SUPPLEMENTATION_RULE_ID,
          "calcium and vitamin D supplementation is documented",
          FDA_EVENITY).about(RuleSubject.THERAPY);

  /**
   * "Once monthly" is read as at least 28 days apart, the catalog entry's dosing interval
   * (FREQ-EVENITY).
   */
  public static final Interpretation MONTHLY_AS_28_DAYS =
      Interpretation.of("EVENITY_MONTHLY_AS_28_DAYS", FDA_EVENITY, monthly(CATALOG));

  /** EVENITY_MONTHLY_AS_28_DAYS's choice, from a catalog's Evenity dosing interval. */
  static String monthly(DrugCatalog catalog) {
    return "Evenity's 'once monthly' is read as at least "
        + DoseChecks.words(evenity(catalog).dosingInterval())
        + " between doses";
  }

  /** Only the doses in the returned record can be counted toward the 12-dose limit. */
  public static final Interpretation DOSES_IN_RECORD_COUNTED =
      Interpretation.of(
          "EVENITY_DOSES_IN_RECORD_COUNTED",
          FDA_EVENITY,
          "the "
              + DOSE_LIMIT
              + "-dose limit counts the dates of signed Evenity administration records in the"
              + " returned record, a lifetime count");

  /** The date of the note documenting an MI or stroke stands for the event's date. */
  public static final Interpretation NOTE_DATE_IS_EVENT_DATE =
      Interpretation.of(
          "EVENITY_NOTE_DATE_IS_EVENT_DATE",
          FDA_EVENITY,
          "the date of the counted progress note that documents a myocardial infarction or stroke"
              + " stands for the event's date; 'within "
              + DoseChecks.words(MI_STROKE_WINDOW)
              + "' runs from the date of service minus "
              + DoseChecks.words(MI_STROKE_WINDOW).replace(" month", " calendar month")
              + " through the date of service");

  /**
   * Evenity is not usually self-administered and is not in the §1861(kk) home-health osteoporosis
   * exception in the built-in catalog (a user whose contractor decides otherwise says so in a
   * catalog file).
   */
  public static final Interpretation NOT_SELF_ADMINISTERED =
      Interpretation.of(
          "EVENITY_NOT_SELF_ADMINISTERED",
          Source.IOM_15_50,
          "Evenity is given by a healthcare provider per its label and is on no self-administered"
              + " exclusion list; the home-health osteoporosis exception is not listed for it");

  /**
   * The summaries and choices that name a number of the catalog or the edition, each rendered
   * under an edition by the function declared with its rule or interpretation. (The dose limit and
   * the MI or stroke window are the policy's constants, which its checks read too.)
   */
  static final PolicyTexts TEXTS =
      PolicyTexts.builder()
          .rule(DOSE_LABELED, (policy, edition) -> labeledDose(policy.catalog()))
          .rule(FREQ_EVENITY, (policy, edition) -> frequency(policy.catalog()))
          .rule(SAFE_HYPOCALCEMIA, BoneHealth.HYPOCALCEMIA_SUMMARY)
          .interpretation(MONTHLY_AS_28_DAYS, (policy, edition) -> monthly(policy.catalog()))
          .build();

  /** The romosozumab policy. */
  public static final Policy POLICY =
      Policy.builder()
          .name("ROMOSOZUMAB")
          .catalog(CATALOG)
          .addEditions(ROMOSOZUMAB_FDA_LABEL)
          .addChecks(
              DoseChecks.labeledDose(DOSE_LABELED),
              DoseChecks.minimumInterval(ImmutableMap.of(EVENITY, FREQ_EVENITY), "", 0),
              SafetyChecks.doseCountLimit(
                  LIMIT_12_DOSES,
                  DOSE_LIMIT,
                  "the label advises that an anti-resorptive agent follow the last dose"),
              (facts, supported) ->
                  BoneHealth.hypocalcemia(facts, SAFE_HYPOCALCEMIA, "Evenity")
                      .map(List::of)
                      .orElse(List.of()),
              SafetyChecks.datedEvents(
                  SAFE_MI_STROKE,
                  SAFE_CARDIOVASCULAR_RISK,
                  MI_OR_STROKE,
                  CARDIOVASCULAR_HISTORY,
                  MI_STROKE_WINDOW,
                  "myocardial infarction or stroke"))
          .addRecordChecks(BoneHealth.supplementation(SUPPLEMENTATION, "Evenity"))
          // the vocabulary its cases use: the postmenopausal statement, the JSON contract's named
          // labs (calcium for SAFE-HYPOCALCEMIA), its therapy kinds, fracture risk factors and the
          // fragility-fracture finding
          .addStatements(BoneHealthTerms.POSTMENOPAUSAL)
          .addLabs(
              LabTest.TOTAL_CALCIUM.code(), LabTest.CORRECTED_CALCIUM.code(), LabTest.EGFR.code())
          .addAllTherapyKinds(BoneHealthTerms.THERAPY_KINDS)
          .addAllTherapyCodes(BoneHealthTerms.THERAPY_CODES)
          .addAllRiskFactors(BoneHealthTerms.RISK_FACTORS)
          .addImagingFindings(BoneHealthTerms.FRAGILITY_FRACTURE)
          .rules(
              ImmutableList.of(
                  POSTMENOPAUSAL_OSTEOPOROSIS.rule(),
                  NO_INDICATION,
                  DOSE_LABELED,
                  FREQ_EVENITY,
                  LIMIT_12_DOSES,
                  SAFE_MI_STROKE,
                  SAFE_CARDIOVASCULAR_RISK,
                  SAFE_HYPOCALCEMIA,
                  SUPPLEMENTATION))
          .sources(
              ImmutableList.of(
                  FDA_EVENITY,
                  HCPCS_J3111,
                  Source.PIM_3,
                  Source.IOM_15_50,
                  Source.IOM_15_60,
                  Source.JZJW,
                  Source.TPE,
                  Source.CERT))
          .interpretations(
              ImmutableList.of(
                  MONTHLY_AS_28_DAYS,
                  DOSES_IN_RECORD_COUNTED,
                  NOTE_DATE_IS_EVENT_DATE,
                  NOT_SELF_ADMINISTERED))
          .texts(TEXTS)
          .citations(
              ImmutableMap.<String, Source>builder()
                  .put(SharedRules.ORDER.id(), Source.PIM_3)
                  .put(SharedRules.ADMINISTRATION.id(), Source.PIM_3)
                  .put(SharedRules.PROGRESS_NOTE.id(), Source.PIM_3)
                  .put(SharedRules.UNSIGNED.id(), Source.PIM_3)
                  .put(SharedRules.IMAGING.id(), FDA_EVENITY)
                  .put(SharedRules.UNITS.id(), HCPCS_J3111)
                  .put(SharedRules.NDC.id(), HCPCS_J3111)
                  .put(SharedRules.HCPCS.id(), HCPCS_J3111)
                  .put(IndicationRules.NO_INDICATION.id(), FDA_EVENITY)
                  .build())
          .familyMemberSource(FDA_EVENITY)
          .build();

  /** A catalog's Evenity entry; the built-in one when the catalog has none. */
  private static CatalogEntry evenity(DrugCatalog catalog) {
    return catalog.entry(EVENITY).orElse(EVENITY_ENTRY);
  }

  /** A count as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
  private static String ordinal(int n) {
    String suffix =
        n % 100 / 10 == 1
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** For {@link java.util.ServiceLoader}; the policy is {@link #POLICY}. */
  public RomosozumabPolicy() {}

  @Override
  public Policy policy() {
    return POLICY;
  }
}

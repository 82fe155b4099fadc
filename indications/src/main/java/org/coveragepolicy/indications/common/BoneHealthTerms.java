package org.coveragepolicy.indications.common;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.TherapyCode;
import org.coveragepolicy.core.evidence.TherapyKind;

/**
 * The evidence vocabulary the osteoporosis policies share (denosumab's and romosozumab's): the
 * postmenopausal statement, the therapy kinds and fracture risk factors of a bone-health record,
 * and the fragility-fracture imaging finding, and the RxNorm codes of the therapy kinds. Each name
 * is the JSON contract's spelling; a policy that reads a term declares it ({@code
 * Policy.Builder#addStatements} and its siblings).
 *
 * @since 0.2.0
 */
public final class BoneHealthTerms {
  /** The patient is postmenopausal ({@code postmenopausal}). */
  public static final NoteStatement POSTMENOPAUSAL = NoteStatement.of("postmenopausal");

  /** Adjuvant aromatase-inhibitor therapy for breast cancer. */
  public static final TherapyKind AROMATASE_INHIBITOR = TherapyKind.of("AROMATASE_INHIBITOR");

  /** Androgen-deprivation therapy for prostate cancer. */
  public static final TherapyKind ANDROGEN_DEPRIVATION = TherapyKind.of("ANDROGEN_DEPRIVATION");

  /** Intravenous bisphosphonate. */
  public static final TherapyKind IV_BISPHOSPHONATE = TherapyKind.of("IV_BISPHOSPHONATE");

  /** Oral bisphosphonate. */
  public static final TherapyKind ORAL_BISPHOSPHONATE = TherapyKind.of("ORAL_BISPHOSPHONATE");

  /** Systemic glucocorticoid; dose as prednisone equivalent. */
  public static final TherapyKind SYSTEMIC_GLUCOCORTICOID =
      TherapyKind.of("SYSTEMIC_GLUCOCORTICOID");

  /** Calcium and vitamin D supplementation. */
  public static final TherapyKind CALCIUM_VITAMIN_D = TherapyKind.of("CALCIUM_VITAMIN_D");

  /** A prior fragility fracture. */
  public static final RiskFactor PRIOR_FRAGILITY_FRACTURE = RiskFactor.of("PRIOR_FRAGILITY_FRACTURE");

  /** Multiple risk factors for fracture. */
  public static final RiskFactor MULTIPLE_RISK_FACTORS = RiskFactor.of("MULTIPLE_RISK_FACTORS");

  /** Failed or intolerant of other available osteoporosis therapy. */
  public static final RiskFactor FAILED_OR_INTOLERANT_OTHER_THERAPY =
      RiskFactor.of("FAILED_OR_INTOLERANT_OTHER_THERAPY");

  /** A fragility (low-trauma) fracture. */
  public static final ImagingFinding FRAGILITY_FRACTURE = ImagingFinding.of("FRAGILITY_FRACTURE");

  /** The therapy kinds of a bone-health record, in the JSON contract's order. */
  public static final ImmutableSet<TherapyKind> THERAPY_KINDS =
      ImmutableSet.of(
          AROMATASE_INHIBITOR,
          ANDROGEN_DEPRIVATION,
          IV_BISPHOSPHONATE,
          ORAL_BISPHOSPHONATE,
          SYSTEMIC_GLUCOCORTICOID,
          CALCIUM_VITAMIN_D);

  /** The documented risk factors for fracture (FDA labels: "high risk for fracture"). */
  public static final ImmutableSet<RiskFactor> RISK_FACTORS =
      ImmutableSet.of(
          PRIOR_FRAGILITY_FRACTURE, MULTIPLE_RISK_FACTORS, FAILED_OR_INTOLERANT_OTHER_THERAPY);

  /**
   * The RxNorm ingredients of the therapy kinds, for coded records (FHIR): each kind's first code is
   * the one written; ibandronate is an intravenous bisphosphonate given intravenously, else oral.
   */
  public static final ImmutableList<TherapyCode> THERAPY_CODES =
      ImmutableList.of(
          TherapyCode.of("84857", AROMATASE_INHIBITOR), // anastrozole
          TherapyCode.of("72965", AROMATASE_INHIBITOR), // letrozole
          TherapyCode.of("258494", AROMATASE_INHIBITOR), // exemestane
          TherapyCode.of("42375", ANDROGEN_DEPRIVATION), // leuprolide
          TherapyCode.of("50610", ANDROGEN_DEPRIVATION), // goserelin
          TherapyCode.of("475230", ANDROGEN_DEPRIVATION), // degarelix
          TherapyCode.of("38782", ANDROGEN_DEPRIVATION), // triptorelin
          TherapyCode.of("77655", IV_BISPHOSPHONATE), // zoledronic acid
          TherapyCode.of("115264", Route.INTRAVENOUS, IV_BISPHOSPHONATE), // ibandronate IV
          TherapyCode.of("46041", ORAL_BISPHOSPHONATE), // alendronate
          TherapyCode.of("73056", ORAL_BISPHOSPHONATE), // risedronate
          TherapyCode.of("115264", ORAL_BISPHOSPHONATE), // ibandronate, any other route
          TherapyCode.of("8640", SYSTEMIC_GLUCOCORTICOID), // prednisone
          TherapyCode.of("8638", SYSTEMIC_GLUCOCORTICOID), // prednisolone
          TherapyCode.of("6902", SYSTEMIC_GLUCOCORTICOID), // methylprednisolone
          TherapyCode.of("3264", SYSTEMIC_GLUCOCORTICOID), // dexamethasone
          TherapyCode.of("5492", SYSTEMIC_GLUCOCORTICOID), // hydrocortisone
          TherapyCode.of("2418", CALCIUM_VITAMIN_D), // cholecalciferol
          TherapyCode.of("1895", CALCIUM_VITAMIN_D)); // calcium

  private BoneHealthTerms() {}
}

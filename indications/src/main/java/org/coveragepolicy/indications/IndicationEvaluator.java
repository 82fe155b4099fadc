package org.coveragepolicy.indications;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.indications.IndicationChecks.Shortfall;

/**
 * The reasonable-and-necessary evaluator for J0897 (Pub. 100-02, Ch. 15, §50.4): a pure function
 * from an {@link IndicationRequest} to an {@link IndicationResult}.
 *
 * <p>The candidates are the edition's indications of the product under review whose anchor
 * diagnosis (claim or record) and patient condition are present. The supported indication is the
 * first candidate, in the policy's order, with no shortfall. When one is supported, the other
 * candidates' shortfalls are reported as INFO; when none is, every shortfall is an ERROR: a missing
 * element INSUFFICIENT_DOCUMENTATION, a contradicting one MEDICAL_NECESSITY. The multiple-myeloma
 * limitation of use, {@code IND-NO-INDICATION} and the dose, frequency and safety rules ({@link
 * J0897Rules}) follow. Findings are in {@link Finding#ORDER}.
 *
 * @since 0.1.0
 */
public final class IndicationEvaluator {
  private IndicationEvaluator() {}

  /**
   * Evaluates the indications of the request's edition for its product, the limitation of use, and
   * the dose, frequency and safety rules.
   *
   * @param request the request
   * @return the candidates, the supported indication and the findings
   * @throws IllegalArgumentException if the date of service is before the patient's birth date
   */
  public static IndicationResult evaluate(IndicationRequest request) {
    CaseFacts facts = new CaseFacts(request);
    // the candidates in the policy's order, each with its shortfalls at the same index
    List<Indication> candidates = new ArrayList<>();
    List<ImmutableList<Shortfall>> shortfalls = new ArrayList<>();
    Optional<Indication> supported = Optional.empty();
    for (Indication indication : request.edition().indications()) {
      if (IndicationChecks.isCandidate(indication, facts)) {
        ImmutableList<Shortfall> ofIndication = IndicationChecks.shortfalls(indication, facts);
        candidates.add(indication);
        shortfalls.add(ofIndication);
        if (ofIndication.isEmpty() && supported.isEmpty()) {
          supported = Optional.of(indication); // the first candidate with no shortfall
        }
      }
    }

    List<Finding> findings = new ArrayList<>();
    List<Finding> imagingGaps = new ArrayList<>(0);
    for (int i = 0; i < candidates.size(); i++) {
      for (Shortfall s : shortfalls.get(i)) {
        Finding finding = finding(candidates.get(i), s, supported);
        findings.add(finding);
        if (s.noImaging() && finding.isError()) {
          imagingGaps.add(finding);
        }
      }
    }
    Optional<Finding> limitation = limitation(facts, supported);
    if (limitation.isPresent()) {
      findings.add(limitation.get());
    } else if (candidates.isEmpty()) {
      findings.add(noIndication(facts));
    }
    findings.addAll(DoseAndSafety.evaluate(facts, supported));
    if (findings.size() > 1) {
      findings.sort(Finding.ORDER);
    }
    return IndicationResult.builder()
        .candidates(candidates)
        .supported(supported)
        .findings(findings)
        .imagingGaps(imagingGaps)
        .build();
  }

  private static Finding finding(
      Indication indication, Shortfall shortfall, Optional<Indication> supported) {
    if (supported.isPresent()) {
      return indication
          .rule()
          .info(
              shortfall.message()
                  + " (not needed: the claim is supported by "
                  + supported.get()
                  + ")");
    }
    Category category =
        shortfall.missing() ? Category.INSUFFICIENT_DOCUMENTATION : Category.MEDICAL_NECESSITY;
    return indication
        .rule()
        .error(
            category,
            "not indicated for " + indication.description() + ": " + shortfall.message(),
            shortfall.citation());
  }

  /**
   * IND-XGEVA-MULTIPLE-MYELOMA-LIMITATION: the edition carries it, the product is Xgeva, the patient
   * has a multiple-myeloma diagnosis (claim or record) and no Xgeva indication is supported; a
   * supported giant cell tumor or hypercalcemia of malignancy is never blocked ({@link
   * Interpretation#MYELOMA_LIMITATION_LITERAL}).
   */
  private static Optional<Finding> limitation(CaseFacts f, Optional<Indication> supported) {
    Limitation limitation = Limitation.XGEVA_MULTIPLE_MYELOMA;
    if (!f.edition().has(limitation)
        || !limitation.product().equals(f.product())
        || !f.hasDiagnosis(CodeFamilies.MULTIPLE_MYELOMA)
        || supported.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        limitation
            .rule()
            .error(
                Category.MEDICAL_NECESSITY,
                "the patient has a multiple myeloma diagnosis ("
                    + f.codesOf(CodeFamilies.MULTIPLE_MYELOMA)
                    + ") and under "
                    + f.edition()
                    + " Xgeva is not indicated for the prevention of skeletal-related events in"
                    + " patients with multiple myeloma ("
                    + Interpretation.MYELOMA_LIMITATION_LITERAL.summary()
                    + "); Xgeva is covered for this patient only for a documented giant cell tumor"
                    + " of bone or hypercalcemia of malignancy refractory to bisphosphonate"));
  }

  /** IND-NO-INDICATION: no candidate; the message lists the anchors that would make one. */
  private static Finding noIndication(CaseFacts f) {
    String anchors =
        f.edition().indications().stream()
            .filter(i -> i.product().equals(f.product()))
            .map(i -> IndicationChecks.anchorText(i) + " (" + i.description() + ")")
            .collect(Collectors.joining("; "));
    String message =
        anchors.isEmpty()
            ? "edition "
                + f.edition()
                + " lists no indication of "
                + f.product()
                + ", so it is not reasonable and necessary under this policy"
            : "no diagnosis on the claim or in the record makes "
                + f.product()
                + " indicated under "
                + f.edition()
                + "; a documented diagnosis of one of these would: "
                + anchors;
    return J0897Rules.NO_INDICATION.error(Category.MEDICAL_NECESSITY, message);
  }
}

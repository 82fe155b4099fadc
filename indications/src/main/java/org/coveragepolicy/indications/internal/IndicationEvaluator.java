package org.coveragepolicy.indications.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.indications.CaseFacts;
import org.coveragepolicy.indications.DenosumabRules;
import org.coveragepolicy.indications.Indication;
import org.coveragepolicy.indications.IndicationRequest;
import org.coveragepolicy.indications.Limitation;
import org.coveragepolicy.indications.Shortfall;

/**
 * The reasonable-and-necessary evaluator of the denosumab policy (Pub. 100-02, Ch. 15, §50.4): a
 * pure function from an {@link IndicationRequest} to an {@link IndicationResult}, driven by the
 * edition's values.
 *
 * <p>The candidates are the edition's indications of the product's family whose anchor (a diagnosis
 * on the claim or in the record, and the sex or therapy the indication names) is present. A
 * candidate's shortfalls are its anchor not documented in a counted progress note, each of its
 * requirements, and the contradiction of each edition limitation that names it. The supported
 * indication is the first candidate, in the edition's order, with no shortfall. When one is
 * supported, the other candidates' shortfalls are reported as INFO; when none is, every shortfall
 * is an ERROR: a missing element INSUFFICIENT_DOCUMENTATION, a contradicting one MEDICAL_NECESSITY.
 * The edition's limitations, {@code IND-NO-INDICATION} and the dose, frequency and safety rules
 * follow. Findings are in {@link Finding#ORDER}.
 *
 * @since 0.1.0
 */
public final class IndicationEvaluator {
  private IndicationEvaluator() {}

  /**
   * Evaluates the indications of the request's edition for its product's family, the limitations
   * of use, and the dose, frequency and safety rules.
   *
   * @param request the request
   * @return the candidates, the supported indication and the findings
   * @throws IllegalArgumentException if the date of service is before the patient's birth date
   */
  public static IndicationResult evaluate(IndicationRequest request) {
    CaseFacts facts = CaseFacts.of(request);
    List<Indication> candidates = new ArrayList<>();
    List<List<Shortfall>> shortfalls = new ArrayList<>();
    List<Indication> supported = new ArrayList<>();
    for (Indication indication : request.edition().indications()) {
      if (isCandidate(indication, facts)) {
        List<Shortfall> ofIndication = indication.shortfalls(facts);
        candidates.add(indication);
        shortfalls.add(ofIndication);
        if (ofIndication.isEmpty()) {
          supported.add(indication);
        }
      }
    }
    Optional<Indication> first =
        supported.isEmpty() ? Optional.empty() : Optional.of(supported.get(0));

    List<Finding> findings = new ArrayList<>();
    List<Finding> imagingGaps = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (Shortfall s : shortfalls.get(i)) {
        Finding finding = finding(candidates.get(i), s, first);
        findings.add(finding);
        if (s.kind() == Shortfall.Kind.NO_IMAGING && finding.isError()) {
          imagingGaps.add(finding);
        }
      }
    }
    boolean limited = false;
    for (Limitation limitation : request.edition().limitations()) {
      Optional<Finding> fired = limitation.evaluate(facts, first.isPresent());
      if (fired.isPresent()) {
        findings.add(fired.get());
        limited = true;
      }
    }
    if (candidates.isEmpty() && !limited) {
      findings.add(noIndication(facts));
    }
    findings.addAll(DoseAndSafety.evaluate(facts, supported));
    findings.sort(Finding.ORDER);
    return IndicationResult.of(candidates, first, findings, imagingGaps);
  }

  /**
   * Whether an indication is a candidate: of the product's family, its anchor diagnosed (claim or
   * record), and the sex or therapy it names present.
   */
  static boolean isCandidate(Indication indication, CaseFacts f) {
    return indication.family().equals(f.family())
        && f.hasDiagnosis(indication.anchorFamily())
        && indication.sex().map(sex -> sex == f.sex()).orElse(true)
        && indication.anchorTherapy().map(f::hasTherapy).orElse(true);
  }

  private static Finding finding(
      Indication indication, Shortfall shortfall, Optional<Indication> supported) {
    if (supported.isPresent()) {
      return indication
          .rule()
          .info(
              shortfall.message()
                  + " (not needed: the claim is supported by the indication for "
                  + supported.get().description()
                  + ")",
              shortfall.citation());
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
   * IND-NO-INDICATION: no candidate; the message lists the anchors that would make one, the uncoded
   * evidence of an indication, and a diagnosis that is an indication of another family (revision 3).
   */
  private static Finding noIndication(CaseFacts f) {
    StringBuilder anchors = new StringBuilder();
    StringBuilder uncoded = new StringBuilder();
    StringBuilder otherFamily = new StringBuilder();
    String product = f.product().describe();
    for (Indication i : f.edition().indications()) {
      boolean sexMatches = i.sex().map(sex -> sex == f.sex()).orElse(true);
      if (i.family().equals(f.family())) {
        Optional<String> evidence = sexMatches ? i.uncodedEvidence().apply(f) : Optional.empty();
        if (evidence.isPresent()) {
          uncoded
              .append(uncoded.length() == 0 ? "" : "; ")
              .append(evidence.get())
              .append(" points to the indication for ")
              .append(i.description())
              .append(", whose diagnosis, ")
              .append(i.anchorFamily().describe())
              .append(", is not on the claim or in a counted progress note");
        }
        anchors
            .append(anchors.length() == 0 ? "" : "; ")
            .append(anchorText(i))
            .append(", for ")
            .append(i.description());
      } else if (sexMatches
          && f.hasDiagnosis(i.anchorFamily())
          && otherFamily.indexOf(i.anchorFamily().words() + " is") < 0) {
        otherFamily
            .append(" The patient's ")
            .append(i.anchorFamily().words())
            .append(" diagnosis (")
            .append(f.codesOf(i.anchorFamily()))
            .append(") is an indication of the ")
            .append(i.family().displayName())
            .append(" family; ")
            .append(product)
            .append(" is a product of the ")
            .append(f.family().displayName())
            .append(" family, so a ")
            .append(i.family().displayName())
            .append("-family product is the one labeled for it.");
      }
    }
    String message =
        anchors.length() == 0
            ? "Under "
                + f.edition().title()
                + " no indication of "
                + product
                + " is listed, so it is not reasonable and necessary under this policy."
            : "No diagnosis on the claim or in the record makes "
                + product
                + " indicated under "
                + f.edition().title()
                + "; a documented diagnosis of one of these would: "
                + anchors
                + "."
                + (uncoded.length() == 0
                    ? ""
                    : " The record holds evidence of an indication that is not coded: "
                        + uncoded
                        + "; if the patient has that diagnosis, document and bill it.");
    return DenosumabRules.NO_INDICATION.error(Category.MEDICAL_NECESSITY, message + otherFamily);
  }

  /** The anchor of an indication in words, for the IND-NO-INDICATION message. */
  static String anchorText(Indication indication) {
    StringBuilder text = new StringBuilder(indication.anchorFamily().describe());
    indication
        .sex()
        .ifPresent(sex -> text.append(" in a ").append(sex.name().toLowerCase(Locale.ROOT)).append(" patient"));
    indication
        .anchorTherapy()
        .ifPresent(
            therapy ->
                text.append(" with a documented ")
                    .append(therapy.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" therapy"));
    return text.toString();
  }
}

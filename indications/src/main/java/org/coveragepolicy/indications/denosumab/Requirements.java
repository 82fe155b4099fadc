package org.coveragepolicy.indications.denosumab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.CaseFacts;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.core.policy.Requirement;
import org.coveragepolicy.core.policy.Shortfall;
import org.coveragepolicy.core.policy.Thresholds;
import org.coveragepolicy.indications.common.BoneHealth;

/**
 * The requirement functions of the denosumab indications (the rules document, "Indications"), each a pure
 * function from the case facts to an optional shortfall: missing (INSUFFICIENT_DOCUMENTATION) or
 * contradicting (MEDICAL_NECESSITY). The glucocorticoid requirements are in {@link Glucocorticoids},
 * those of refractory hypercalcemia in {@link RefractoryHypercalcemia}.
 */
final class Requirements {
  private Requirements() {}

  /** A note statement: absent is missing, false contradicts ({@link BoneHealth#statement}). */
  static Requirement statement(
      NoteStatement statement, String name, String what, String negated, Source source) {
    return BoneHealth.statement(statement, name, what, negated, source);
  }

  /** Radiographic evidence of bone fragility, citing SEED ({@link BoneHealth#boneImaging}). */
  static Requirement boneImaging(String what, Function<Thresholds, BigDecimal> threshold) {
    return BoneHealth.boneImaging(what, threshold, DenosumabSources.SEED);
  }

  /** High risk for fracture, citing FDA-PROLIA ({@link BoneHealth#highRiskForFracture}). */
  static final Requirement HIGH_RISK_FOR_FRACTURE =
      BoneHealth.highRiskForFracture(DenosumabSources.FDA_PROLIA);

  /** Evidence of osteoporosis ({@link BoneHealth#osteoporosisPointer}). */
  static Optional<String> osteoporosisPointer(CaseFacts f) {
    return BoneHealth.osteoporosisPointer(f);
  }

  /** A diagnosis read from the record only: billed but not documented is missing. */
  static Requirement documented(CodeFamily family, String what, Source source) {
    return Requirement.documented(family, what, source);
  }

  /**
   * A therapy ongoing on the date of service: none of its kind is missing, none ongoing
   * contradicts.
   */
  static Requirement ongoingTherapy(TherapyKind kind, String what, Source source) {
    return Requirement.of(
        what + " ongoing",
        f -> {
          List<Therapy> ofKind = f.therapies(kind);
          if (ofKind.isEmpty()) {
            return Optional.of(
                Shortfall.missing(
                    "no "
                        + what
                        + " is documented; a progress note documenting "
                        + what
                        + " ongoing on the date of service would satisfy it",
                    source));
          }
          for (Therapy t : ofKind) {
            if (t.isOngoingOn(f.dateOfService())) {
              return Optional.empty();
            }
          }
          return Optional.of(
              Shortfall.contradicts(
                  "the documented "
                      + what
                      + " is not ongoing on the date of service "
                      + f.dateOfService()
                      + " ("
                      + notOngoing(ofKind, f.dateOfService())
                      + "); the indication needs "
                      + what
                      + " ongoing on the date of service",
                  source));
        });
  }

  /** How the therapies are not ongoing on the date ("ended 2025-01-31", "starts …"), sorted. */
  static String notOngoing(List<Therapy> therapies, LocalDate dos) {
    return therapies.stream()
        .map(
            t ->
                t.start().isAfter(dos)
                    ? "starts " + t.start()
                    : "ended " + t.end().map(LocalDate::toString).orElse("?"))
        .sorted()
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * Nonmetastatic cancer: a bone-metastases code (claim or record) or imaging finding contradicts.
   */
  static Requirement nonmetastatic(String cancer, Source source) {
    return Requirement.of(
        "nonmetastatic " + cancer,
        f -> {
          List<String> shown = new ArrayList<>();
          if (f.hasDiagnosis(CodeFamilies.BONE_METASTASES)) {
            shown.add(
                "a bone metastases diagnosis (" + f.codesOf(CodeFamilies.BONE_METASTASES) + ")");
          }
          if (f.imagingShows(DenosumabTerms.BONE_METASTASES)) {
            shown.add("an imaging report showing bone metastases");
          }
          if (shown.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              Shortfall.contradicts(
                  "the "
                      + cancer
                      + " is metastatic to bone ("
                      + String.join(" and ", shown)
                      + "); "
                      + f.product().describe()
                      + " is indicated for nonmetastatic "
                      + cancer
                      + " only (for bone metastases from a solid tumor, the Xgeva family is the"
                      + " labeled one)",
                  source));
        });
  }

  /** An imaging finding: no imaging at all is missing, imaging without the finding contradicts. */
  static Requirement imagingFinding(ImagingFinding finding, String what, String imaging) {
    return Requirement.of(
        "imaging showing " + what,
        f -> {
          if (f.imagingShows(finding)) {
            return Optional.empty();
          }
          if (!f.hasImaging()) {
            return Optional.of(
                Shortfall.noImaging(
                    "no imaging report is documented; "
                        + imaging
                        + " showing "
                        + what
                        + ", signed and dated on or before the date of service, would satisfy it"
                        + " (SEED: imaging must support the indication)",
                    DenosumabSources.SEED));
          }
          return Optional.of(
              Shortfall.contradicts(
                  "no imaging report shows "
                      + what
                      + "; the indication needs radiographic evidence of "
                      + what
                      + " ("
                      + imaging
                      + ")",
                  DenosumabSources.SEED));
        });
  }

  /**
   * Giant cell tumor: adult, or adolescent and skeletally mature ({@link
   * DenosumabInterpretations#ADOLESCENCE_12_TO_17}).
   */
  static final Requirement SKELETAL_MATURITY =
      Requirement.of("adult or skeletally mature adolescent", Requirements::skeletalMaturity);

  private static Optional<Shortfall> skeletalMaturity(CaseFacts f) {
    Thresholds t = f.thresholds();
    Source source = DenosumabInterpretations.ADOLESCENCE_12_TO_17.source();
    int age = f.age();
    if (age >= t.adultAge()) {
      return Optional.empty();
    }
    if (age < t.adolescentAge()) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service; "
                  + f.product().describe()
                  + " for giant cell tumor of bone is indicated for adults and skeletally mature"
                  + " adolescents (age "
                  + t.adolescentAge()
                  + " or older; "
                  + DenosumabInterpretations.adolescence(t)
                  + ")",
              source));
    }
    Optional<Boolean> mature = f.evidence().statement(DenosumabTerms.SKELETALLY_MATURE);
    if (mature.isEmpty()) {
      return Optional.of(
          Shortfall.missing(
              "the patient is "
                  + age
                  + " on the date of service and no progress note states whether the patient is"
                  + " skeletally mature; a note stating skeletal maturity would satisfy it",
              source));
    }
    if (!mature.get()) {
      return Optional.of(
          Shortfall.contradicts(
              "the patient is "
                  + age
                  + " on the date of service and the progress note states the patient is"
                  + " skeletally immature; giant cell tumor of bone is covered for adults and"
                  + " skeletally mature adolescents only",
              source));
    }
    return Optional.empty();
  }

  /** Evidence of an imaging finding, for {@link Indication#uncodedEvidence()}. */
  static Function<CaseFacts, Optional<String>> imagingPointer(ImagingFinding finding, String what) {
    return f -> f.imagingShows(finding) ? Optional.of("an imaging report showing " + what) : Optional.empty();
  }

  /** Evidence of a documented therapy, for {@link Indication#uncodedEvidence()}. */
  static Function<CaseFacts, Optional<String>> therapyPointer(TherapyKind kind, String what) {
    return f -> f.hasTherapy(kind) ? Optional.of("documented " + what) : Optional.empty();
  }
}

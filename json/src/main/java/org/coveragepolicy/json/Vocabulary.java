package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The names of the open vocabulary one case uses (statements, risk factors, therapy kinds, imaging
 * findings, lab codes and their units), each where it uses it, so that they can be checked against
 * the case's policy once the case is read and its policy known.
 */
final class Vocabulary {
  /** A name of the open vocabulary a case uses, where it uses it. */
  private static final class Use {
    final JsonPath.Mark path;
    final String what;
    final String name;
    final @Nullable String unit;
    final JsonPath.@Nullable Mark unitPath;

    Use(
        JsonPath.Mark path,
        String what,
        String name,
        @Nullable String unit,
        JsonPath.@Nullable Mark unitPath) {
      this.path = path;
      this.what = what;
      this.name = name;
      this.unit = unit;
      this.unitPath = unitPath;
    }
  }

  private final JsonCursor in;
  private final List<Use> uses = new ArrayList<>();

  Vocabulary(JsonCursor in) {
    this.in = in;
  }

  /** Records a statement name used at a path. */
  void statement(JsonPath.Mark path, String name) {
    uses.add(new Use(path, "statement", name, null, null));
  }

  /**
   * Records a lab result's code ({@code what} is its named test or the code itself) and unit, if
   * the input gave one, where the input gave them.
   */
  void lab(
      JsonPath.Mark path,
      String what,
      String code,
      @Nullable String unit,
      JsonPath.@Nullable Mark unitPath) {
    uses.add(new Use(path, what, code, unit, unitPath));
  }

  /**
   * Reads a name of the open vocabulary (a risk factor, a therapy kind, an imaging finding) at the
   * cursor and records its use.
   */
  String term(String what, String description) throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      String name = in.p.getText();
      if (TherapyKind.isName(name)) {
        uses.add(new Use(in.mark(), what, name, null, null));
        return name;
      }
    }
    throw in.error(
        in.path(),
        "must be " + description + " (a letter, then letters, digits and underscores)" + in.was());
  }

  /**
   * Checks the statements, therapy kinds, risk factors and imaging findings the case uses against
   * the vocabulary its policy declares, and the units of the lab tests it declares: an undeclared
   * name, or a unit other than the declared one, is invalid input naming the field. A lab report
   * may hold results of any test (LOINC codes, and the named tests that alias them, are not a
   * policy's names).
   */
  void check(Policy policy) {
    for (Use u : uses) {
      switch (u.what) {
        case "statement":
          if (!policy.statements().contains(NoteStatement.of(u.name))) {
            throw in.error(
                u.path.toString(), "not a statement of the " + policy.name() + " policy");
          }
          break;
        case "riskFactor":
          if (!policy.riskFactors().contains(RiskFactor.of(u.name))) {
            throw in.error(
                u.path.toString(),
                "not a risk factor of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        case "therapy":
          if (!policy.therapyKinds().contains(TherapyKind.of(u.name))) {
            throw in.error(
                u.path.toString(),
                "not a therapy kind of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        case "finding":
          if (!policy.imagingFindings().contains(ImagingFinding.of(u.name))) {
            throw in.error(
                u.path.toString(),
                "not an imaging finding of the " + policy.name() + " policy, was " + u.name);
          }
          break;
        default:
          // a lab report may hold any test; a test the policy reads must be in its declared unit
          Optional<LabCode> lab = policy.lab(u.name);
          if (lab.isPresent() && u.unit != null && !lab.get().unit().equals(u.unit)) {
            throw in.error(
                Objects.requireNonNull(u.unitPath).toString(),
                "must be " + Text.quote(lab.get().unit()) + " for LOINC " + u.name + ", was "
                    + Text.quote(u.unit));
          }
      }
    }
  }

  /** Whether the case uses no name of the open vocabulary. */
  boolean isEmpty() {
    return uses.isEmpty();
  }
}

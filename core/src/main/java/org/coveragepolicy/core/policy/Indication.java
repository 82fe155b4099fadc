package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.immutables.value.Value;

/**
 * A labeled indication of a product family, as a value: its rule (whose ID, {@code IND-…}, names
 * it), the family it belongs to, the anchor that makes it a candidate (a diagnosis family, and where
 * the label says so the patient's sex or a documented therapy), whether radiographic evidence must
 * support it, whether the family's loading doses apply to it, and its named requirements. The
 * built-in indications are declared by each policy; an {@link Edition} lists the ones it
 * applies.
 *
 * <p>Required: {@code rule}, {@code description}, {@code family}, {@code anchorFamily}, {@code
 * needsImaging}, {@code establishingImaging}. Optional: {@code sex}, {@code anchorTherapy}, {@code
 * usesLoadingDoses} (default false), {@code uncodedEvidence} (default: none), {@code requirements}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indication {
  Indication() {}

  /**
   * Returns the indication's rule; its ID is {@code IND-} and the indication's name in words joined
   * by hyphens.
   *
   * @return the rule
   */
  public abstract Rule rule();

  /**
   * Returns the labeled indication in words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the product family the indication belongs to (its reference product).
   *
   * @return the family
   */
  public abstract Product family();

  /**
   * Returns the anchor code family: a diagnosis in it (claim or record) makes the indication a
   * candidate, a counted progress note must document one, and CLM-DIAGNOSIS asks for one on the
   * claim when the indication is supported.
   *
   * @return the anchor family
   */
  public abstract CodeFamily anchorFamily();

  /**
   * Returns the sex the indication is labeled for, if it is labeled for one.
   *
   * @return the sex
   */
  public abstract Optional<Sex> sex();

  /**
   * Returns a therapy that must be documented for the indication to be a candidate, if any (such as
   * a systemic glucocorticoid for glucocorticoid-induced osteoporosis).
   *
   * @return the anchor therapy
   */
  public abstract Optional<TherapyKind> anchorTherapy();

  /**
   * Returns whether radiographic evidence must support the indication (SEED: every indication but
   * hypercalcemia of malignancy).
   *
   * @return true if imaging must support it
   */
  public abstract boolean needsImaging();

  /**
   * Returns the imaging that would establish the indication, in words, for messages such as "no
   * imaging report is documented; … would satisfy it".
   *
   * @return the imaging, such as "a DXA scan or imaging of a fragility fracture"
   */
  public abstract String establishingImaging();

  /**
   * Returns whether the family's loading doses (catalog data) apply when this indication is
   * supported.
   *
   * @return true if loading doses apply
   */
  @Value.Default
  public boolean usesLoadingDoses() {
    return false;
  }

  /**
   * Returns a function that describes evidence in the record pointing to this indication, such as
   * "an imaging report showing bone metastases", so that {@code IND-NO-INDICATION} can say which
   * diagnosis may be missing from the coding when the anchor is absent.
   *
   * @return a pure function from the case facts to a description; by default nothing is pointed at
   */
  @Value.Default
  public Function<CaseFacts, Optional<String>> uncodedEvidence() {
    return f -> Optional.empty();
  }

  /**
   * Returns the indication's requirements besides its anchor, in the order their shortfalls are
   * reported.
   *
   * @return the requirements
   */
  public abstract ImmutableList<Requirement> requirements();

  /**
   * Returns the shortfalls of this indication for a case, in the order they are reported: its anchor
   * diagnosis not documented in a counted progress note, each of its {@link #requirements()}, and the
   * contradiction of each limitation of the case's edition that names it. The indication is
   * supported when there is none.
   *
   * @param facts the facts of the case
   * @return the shortfalls, empty if the indication is supported
   * @since 0.2.0
   */
  public final ImmutableList<Shortfall> shortfalls(CaseFacts facts) {
    ImmutableList.Builder<Shortfall> out = ImmutableList.builder();
    CodeFamily anchor = anchorFamily();
    if (!facts.documents(anchor)) { // the usual case: no message to build
      Source citation = facts.request().policy().citation(IndicationRules.NO_INDICATION);
      Requirement.documented(facts, anchor, Limitation.words(anchor), citation).ifPresent(out::add);
    }
    for (Requirement requirement : requirements()) {
      requirement.check(facts).ifPresent(out::add);
    }
    for (Limitation limitation : facts.edition().limitations()) {
      limitation.contradiction(this, facts).ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * Returns the indication's name as a result reports it: the rule ID without {@code IND-}, upper
   * snake case, such as {@code MALE_OSTEOPOROSIS}.
   *
   * @return the name
   */
  @Value.Derived
  @Value.Auxiliary
  public String name() {
    return rule().id().substring(PREFIX.length()).replace('-', '_');
  }

  private static final String PREFIX = "IND-";

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indication}.
   *
   * <ul>
   *   <li>Required: {@code rule}, {@code description}, {@code family}, {@code anchorFamily},
   *       {@code needsImaging}, {@code establishingImaging}.
   *   <li>Optional: {@code sex} (absent: either sex), {@code anchorTherapy} (absent: none),
   *       {@code usesLoadingDoses} (default false), {@code uncodedEvidence} (default: points at
   *       nothing), {@code requirements} (empty unless added).
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming a required attribute not set,
   * and {@link IllegalArgumentException} when the rule ID does not start with {@code IND-}.
   */
  public static final class Builder extends ImmutableIndication.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        rule().id().startsWith(PREFIX),
        "indication.rule: an indication's rule ID starts with %s, was %s",
        PREFIX,
        rule().id());
  }

  @Override
  public final String toString() {
    return name();
  }
}

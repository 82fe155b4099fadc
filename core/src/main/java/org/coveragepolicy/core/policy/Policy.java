package org.coveragepolicy.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.LabCode;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.TherapyCode;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.immutables.value.Value;

/**
 * A coverage policy, as a value the engine is given: the catalog entries of its products, its
 * editions (the default first), the dose, frequency, limitation and safety checks it runs, the
 * documentation rules it adds to the engine's, its rules, sources and interpretations, and the
 * sources the engine's shared rules ({@code DOC-*}, {@code CLM-*}, {@code IND-NO-INDICATION}) cite
 * in its results. The engine names no drug; a claim's product (or HCPCS) selects the policy.
 *
 * <p>Required: {@code name}, {@code catalog}, at least one edition. Optional: everything else.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class Policy {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  Policy() {}

  /**
   * Returns the policy's name, upper snake case, such as {@code DENOSUMAB}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the catalog of the policy's products.
   *
   * @return the catalog
   */
  public abstract DrugCatalog catalog();

  /**
   * Returns the policy's editions, the default first.
   *
   * @return the editions
   */
  public abstract ImmutableList<Edition> editions();

  /**
   * Returns the default edition: the first.
   *
   * @return the default edition
   */
  public final Edition defaultEdition() {
    return editions().get(0);
  }

  /**
   * Returns the edition of a name, if the policy has one.
   *
   * @param name an edition name
   * @return the edition
   */
  public final Optional<Edition> edition(String name) {
    for (Edition e : editions()) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the dose, frequency, limitation and safety checks, run in this order after the
   * indications.
   *
   * @return the checks
   */
  public abstract ImmutableList<PolicyCheck> checks();

  /**
   * Returns the documentation rules the policy adds, run after the engine's records rules.
   *
   * @return the record checks
   */
  public abstract ImmutableList<RecordCheck> recordChecks();

  /**
   * Returns the rules of the policy's own (indications, limitations, dose, frequency, safety, the
   * documentation rules it adds), each with the source it cites; the engine's shared rules appear
   * here too when the policy lists them, as {@link #cited} gives them.
   *
   * @return the rules
   */
  public abstract ImmutableList<Rule> rules();

  /**
   * Returns the sources the policy's findings cite.
   *
   * @return the sources
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns the interpretations the policy's rules rest on.
   *
   * @return the interpretations
   */
  public abstract ImmutableList<Interpretation> interpretations();

  /**
   * Returns the source each of the engine's shared rules cites in this policy's results, by rule ID;
   * a shared rule not listed cites its own source.
   *
   * @return the citations by rule ID
   */
  public abstract ImmutableMap<String, Source> citations();

  /**
   * Returns the source a catalog entry added to a family of the policy cites (a catalog file's new
   * biosimilar), if the policy names one; otherwise such an entry cites its reference product's.
   *
   * @return the source of family members
   */
  public abstract Optional<Source> familyMemberSource();

  /**
   * Returns the yes-or-no statements a progress note of this policy's cases may make: the JSON
   * contract's statement fields ({@code postmenopausal}) and the names of its {@code statements}
   * object. A case using a name its policy does not declare is invalid input.
   *
   * @return the declared statements
   * @since 0.2.0
   */
  public abstract ImmutableSet<NoteStatement> statements();

  /**
   * Returns the declared statements whose {@code true} leads to a finding (a contraindication, such
   * as a pregnancy): when counted notes of one date disagree on one of them, {@code true} wins; on
   * any other statement {@code false} wins (the value that does not support coverage).
   *
   * @return the statements whose true value leads to a finding
   * @since 0.2.0
   */
  public abstract ImmutableSet<NoteStatement> adverseStatements();

  /**
   * Returns the laboratory tests this policy reads, by LOINC code with their units; a case giving
   * a result of another test, or in another unit, is invalid input.
   *
   * @return the declared lab codes
   * @since 0.2.0
   */
  public abstract ImmutableList<LabCode> labs();

  /**
   * Returns the therapy kinds this policy's cases may document.
   *
   * @return the declared therapy kinds
   * @since 0.2.0
   */
  public abstract ImmutableSet<TherapyKind> therapyKinds();

  /**
   * Returns the risk factors this policy's cases may document.
   *
   * @return the declared risk factors
   * @since 0.2.0
   */
  public abstract ImmutableSet<RiskFactor> riskFactors();

  /**
   * Returns the RxNorm ingredients that code this policy's therapy kinds in coded records (FHIR),
   * in lookup order: a reader takes the first code of the ingredient whose route, if it names one,
   * is the route given; a writer writes a kind with its first code.
   *
   * @return the therapy codes
   * @since 0.2.0
   */
  public abstract ImmutableList<TherapyCode> therapyCodes();

  /**
   * Returns the imaging findings this policy's cases may document.
   *
   * @return the declared imaging findings
   * @since 0.2.0
   */
  public abstract ImmutableSet<ImagingFinding> imagingFindings();

  /**
   * Returns the declared lab code of a LOINC code.
   *
   * @param loinc a LOINC code
   * @return the lab code with its unit; empty if the policy does not read the test
   * @since 0.2.0
   */
  public final Optional<LabCode> lab(String loinc) {
    for (LabCode c : labs()) {
      if (c.loinc().equals(loinc)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how the policy's rule summaries and interpretations read in an edition (those that name
   * a threshold or an interval are rendered from the edition's and the catalog's values).
   *
   * @return the texts; {@link PolicyTexts#LITERAL} unless set
   */
  @Value.Default
  public PolicyTexts texts() {
    return PolicyTexts.LITERAL;
  }

  /**
   * Returns a rule's summary as it reads under one of the policy's editions.
   *
   * @param edition the edition
   * @param rule the rule
   * @return the summary, with the edition's and the catalog's numbers
   */
  public final String summary(Edition edition, Rule rule) {
    return texts().summary(this, edition, rule);
  }

  /**
   * Returns an interpretation's choice as it reads under one of the policy's editions.
   *
   * @param edition the edition
   * @param interpretation the interpretation
   * @return the choice, with the edition's numbers
   */
  public final String summary(Edition edition, Interpretation interpretation) {
    return texts().summary(this, edition, interpretation);
  }

  /**
   * Returns the source a rule cites in this policy's results.
   *
   * @param rule a rule, usually one of the engine's shared rules
   * @return the policy's citation for it, else the rule's own source
   */
  public final Source citation(Rule rule) {
    Source cited = citations().get(rule.id());
    return cited != null ? cited : rule.source();
  }

  /**
   * Returns a rule as this policy cites it: the same rule with {@link #citation} as its source.
   *
   * @param rule a rule
   * @return the rule citing the policy's source
   */
  public final Rule cited(Rule rule) {
    Map.Entry<Rule, Rule> shared = citedSharedRules().get(rule.id());
    if (shared != null && shared.getKey() == rule) {
      return shared.getValue(); // the same copy as below, made once for the policy
    }
    return rule.citing(citation(rule));
  }

  /**
   * The engine's shared rules as this policy cites them, by ID, each beside the rule it copies:
   * the engine cites one on most findings, and a copy per finding is work for nothing.
   */
  @Value.Lazy
  ImmutableMap<String, Map.Entry<Rule, Rule>> citedSharedRules() {
    ImmutableMap.Builder<String, Map.Entry<Rule, Rule>> cited = ImmutableMap.builder();
    for (Rule rule : SharedRules.ALL) {
      cited.put(rule.id(), Map.entry(rule, rule.citing(citation(rule))));
    }
    return cited.buildOrThrow();
  }

  /**
   * Returns whether the policy covers a catalog entry's product.
   *
   * @param entry a catalog entry
   * @return true if its product is in the policy's catalog
   */
  public final boolean covers(CatalogEntry entry) {
    return catalog().entry(entry.product()).isPresent();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Policy}.
   *
   * <ul>
   *   <li>Required: {@code name}, {@code catalog}, at least one of {@code editions}.
   *   <li>Optional: {@code checks}, {@code recordChecks}, {@code rules}, {@code sources},
   *       {@code interpretations}, {@code citations}, {@code statements},
   *       {@code adverseStatements}, {@code labs}, {@code therapyKinds}, {@code riskFactors},
   *       {@code imagingFindings}, {@code therapyCodes} (empty unless added),
   *       {@code familyMemberSource} (absent unless set), {@code texts} ({@link
   *       PolicyTexts#LITERAL} unless set).
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming a required attribute not set,
   * and {@link IllegalArgumentException} when the name is not upper snake case, no edition is
   * given, an edition or rule ID is listed twice, an adverse statement is not a declared
   * statement, or a therapy code's kind is not a declared therapy kind.
   */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(NAME.matcher(name()).matches(), "policy.name: not upper snake case: \"%s\"", name());
    checkArgument(!editions().isEmpty(), "policy.editions: %s has no edition", name());
    Set<String> names = new HashSet<>();
    for (Edition e : editions()) {
      checkArgument(names.add(e.name()), "policy.editions: %s listed twice in %s", e.name(), name());
    }
    Set<String> ids = new HashSet<>();
    for (Rule r : rules()) {
      checkArgument(ids.add(r.id()), "policy.rules: %s listed twice in %s", r.id(), name());
    }
    for (NoteStatement s : adverseStatements()) {
      checkArgument(
          statements().contains(s),
          "policy.adverseStatements: %s is not a statement of %s",
          s,
          name());
    }
    for (TherapyCode c : therapyCodes()) {
      checkArgument(
          therapyKinds().contains(c.kind()),
          "policy.therapyCodes: %s is not a therapy kind of %s",
          c.kind(),
          name());
    }
  }

  @Override
  public final String toString() {
    return name();
  }
}

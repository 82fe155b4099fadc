package org.coveragepolicy.core.drug;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.finding.Source;
import org.immutables.value.Value;

/**
 * A drug product in the catalog: its family (the reference product whose rules it follows), how it
 * is billed (HCPCS, billing unit, NDCs, container), how it is labeled (dose, route, dosing interval,
 * loading doses, safety facts), the facts the Part B drug benefit (Pub. 100-02, Ch. 15, §50) needs,
 * and the source the entry cites. Catalog entries are data: a new product, such as a biosimilar, is a
 * new entry.
 *
 * <p>Required: {@code product}, {@code hcpcs}, {@code billingUnitMg}, {@code labeledDoseMg}, {@code
 * dosingInterval}, {@code singleDoseContainer}, {@code label}. Optional: {@code family} (default:
 * the product itself, a reference product), {@code displayName} (default: {@link
 * Product#displayName()}), {@code nonproprietaryName} (default: none), {@code ndcs}, {@code
 * labeledRoute} (default subcutaneous), {@code loadingDoseDays}, {@code safetyFacts}, {@code source}
 * (default: the label), {@code fdaApproved} (default true), {@code selfAdministration}, {@code
 * excludedImmunization}, {@code lessThanEffective}, {@code statutoryException}, {@code
 * dosesOfOneDateAdded} (default false).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CatalogEntry {
  CatalogEntry() {}

  /**
   * Returns the product.
   *
   * @return the product
   */
  public abstract Product product();

  /**
   * Returns the product's family: the reference product whose indications, dose, route, frequency
   * and safety rules it follows. A reference product is its own family; a biosimilar names its
   * reference product.
   *
   * @return the family's reference product
   */
  @Value.Default
  public Product family() {
    return product();
  }

  /**
   * Returns whether this product is the reference product of its family.
   *
   * @return true for a reference product, false for a biosimilar
   */
  public final boolean isReferenceProduct() {
    return family().equals(product());
  }

  /**
   * Returns the product's brand name as written, such as "Prolia".
   *
   * @return the brand name
   */
  @Value.Default
  public String displayName() {
    return product().displayName();
  }

  /**
   * Returns the nonproprietary name, such as "denosumab-bbdz", if the catalog names it.
   *
   * @return the nonproprietary name
   */
  public abstract Optional<String> nonproprietaryName();

  /**
   * Returns the product as messages name it: the brand name, and for a product that is not its
   * family's reference product the nonproprietary name and the family, as in "Jubbonti
   * (denosumab-bbdz, Prolia family)".
   *
   * @return the product in words
   */
  public final String describe() {
    if (isReferenceProduct()) {
      return displayName();
    }
    return displayName()
        + " ("
        + nonproprietaryName().map(n -> n + ", ").orElse("")
        + family().displayName()
        + " family)";
  }

  /**
   * Returns the HCPCS code the product is billed under.
   *
   * @return the HCPCS code
   */
  public abstract Hcpcs hcpcs();

  /**
   * Returns how many mg one billing unit is (such as 1 for a code "per 1 mg").
   *
   * @return the billing unit in mg, at least 1
   */
  public abstract int billingUnitMg();

  /**
   * Returns the product's 11-digit NDCs.
   *
   * @return the NDCs
   */
  public abstract ImmutableSet<Ndc> ndcs();

  /**
   * Returns the labeled dose in mg.
   *
   * @return the labeled dose
   */
  public abstract int labeledDoseMg();

  /**
   * Returns the labeled route.
   *
   * @return the route; subcutaneous by default
   */
  @Value.Default
  public Route labeledRoute() {
    return Route.SUBCUTANEOUS;
  }

  /**
   * Returns the labeled interval between maintenance doses, such as 6 months or 28 days.
   *
   * @return the dosing interval
   */
  public abstract Period dosingInterval();

  /**
   * Returns the loading doses of the labeled schedule, in days after the first dose, such as 7 and
   * 14 (label days 8 and 15). Whether an indication uses them is the policy's to say.
   *
   * @return the days after the first dose, ascending; empty when the label has no loading doses
   */
  public abstract ImmutableList<Integer> loadingDoseDays();

  /**
   * Returns the safety facts of the label that safety rules read.
   *
   * @return the safety facts
   */
  public abstract ImmutableSet<SafetyFact> safetyFacts();

  /**
   * Returns whether the product comes in a single-dose container (so the JZ/JW modifiers apply).
   *
   * @return true for a single-dose vial or syringe
   */
  public abstract boolean singleDoseContainer();

  /**
   * Returns whether one dose is given as several injections: the administration records of one
   * date are then one dose, their milligrams added, and doses are counted by date.
   *
   * @return true when the records of one date make one dose; false by default
   */
  @Value.Default
  public boolean dosesOfOneDateAdded() {
    return false;
  }

  /**
   * Returns the source of the product's labeling facts.
   *
   * @return the prescribing information
   */
  public abstract Source label();

  /**
   * Returns the source the catalog entry cites for the product and its code.
   *
   * @return the entry's source; the label by default
   */
  @Value.Default
  public Source source() {
    return label();
  }

  /**
   * Returns whether the product meets the definition of a drug or biological approved by the FDA
   * (§50.1).
   *
   * @return true if an FDA-approved drug or biological
   */
  @Value.Default
  public boolean fdaApproved() {
    return true;
  }

  /**
   * Returns the self-administration determinations (§50.2), any order, at most one per effective
   * date; the latest one effective on or before a date of service applies. None: not usually
   * self-administered.
   *
   * @return the determinations
   */
  public abstract ImmutableList<SelfAdministration> selfAdministration();

  /**
   * Returns whether the product is an immunization excluded from Part B (§50.4.4.2).
   *
   * @return true for an excluded immunization
   */
  @Value.Default
  public boolean excludedImmunization() {
    return false;
  }

  /**
   * Returns whether the FDA determined the product less than effective (§50.4.6, DESI).
   *
   * @return true if less than effective
   */
  @Value.Default
  public boolean lessThanEffective() {
    return false;
  }

  /**
   * Returns the statutory exception category of §50.5 the product belongs to, if any.
   *
   * @return the exception category
   */
  public abstract Optional<StatutoryException> statutoryException();

  /**
   * Returns whether the product is usually self-administered on the date of service.
   *
   * @param dateOfService the date of service
   * @return the status of the latest determination effective on or before that date; false if none
   */
  public final boolean usuallySelfAdministeredOn(LocalDate dateOfService) {
    checkNotNull(dateOfService, "dateOfService");
    SelfAdministration latest = null;
    for (SelfAdministration s : selfAdministration()) {
      if (!s.effectiveFrom().isAfter(dateOfService)
          && (latest == null || s.effectiveFrom().isAfter(latest.effectiveFrom()))) {
        latest = s;
      }
    }
    return latest != null && latest.usuallySelfAdministered();
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
   * Builds a {@link CatalogEntry}.
   *
   * <ul>
   *   <li>Required: {@code product}, {@code hcpcs}, {@code billingUnitMg}, {@code labeledDoseMg},
   *       {@code dosingInterval}, {@code singleDoseContainer}, {@code label}.</li>
   *   <li>Optional: {@code family} (default: the product itself, a reference product),
   *       {@code displayName} (default {@link Product#displayName()}),
   *       {@code nonproprietaryName} (absent unless set), {@code labeledRoute} (default
   *       subcutaneous), {@code loadingDoseDays} (empty unless added), {@code safetyFacts} (empty
   *       unless added), {@code source} (default: the label), {@code ndcs} (empty unless added),
   *       {@code fdaApproved} (default {@code true}),
   *       {@code selfAdministration} (empty unless added), {@code excludedImmunization} (default
   *       {@code false}), {@code lessThanEffective} (default {@code false}), {@code statutoryException}
   *       (absent unless set), {@code dosesOfOneDateAdded} (default {@code false}).</li>
   * </ul>
   *
   * <p>{@link #build()} throws {@link IllegalStateException} naming each required attribute not
   * set, and {@link IllegalArgumentException} when a value breaks the structure: {@code
   * billingUnitMg} and {@code labeledDoseMg} must be at least 1, {@code dosingInterval} positive and
   * {@code loadingDoseDays} positive and ascending.
   */
  public static final class Builder extends ImmutableCatalogEntry.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    InvalidInputException.check(
        billingUnitMg() >= 1,
        "catalogEntry.billingUnitMg",
        "must be >= 1, was %s (product %s)",
        billingUnitMg(),
        product());
    InvalidInputException.check(
        labeledDoseMg() >= 1,
        "catalogEntry.labeledDoseMg",
        "must be >= 1, was %s (product %s)",
        labeledDoseMg(),
        product());
    InvalidInputException.check(
        !dosingInterval().isNegative() && !dosingInterval().isZero(),
        "catalogEntry.dosingInterval",
        "must be positive, was %s (product %s)",
        dosingInterval(),
        product());
    int previous = 0;
    for (int day : loadingDoseDays()) {
      InvalidInputException.check(
          day > previous,
          "catalogEntry.loadingDoseDays",
          "must be positive and ascending, was %s (product %s)",
          loadingDoseDays(),
          product());
      previous = day;
    }
    InvalidInputException.check(
        !displayName().isBlank(),
        "catalogEntry.displayName",
        "must not be blank (product %s)",
        product());
    Set<LocalDate> dates = new HashSet<>();
    for (SelfAdministration s : selfAdministration()) {
      InvalidInputException.check(
          dates.add(s.effectiveFrom()),
          "catalogEntry.selfAdministration",
          "two determinations effective from %s (product %s)",
          s.effectiveFrom(),
          product());
    }
  }

  @Override
  public final String toString() {
    return "CatalogEntry{" + product() + ", " + hcpcs() + "}";
  }
}

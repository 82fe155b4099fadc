package org.coveragepolicy.core.evidence;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.claim.Route;
import org.jspecify.annotations.Nullable;

/**
 * An RxNorm ingredient that codes a therapy kind in a coded record (a FHIR MedicationStatement),
 * optionally only when given by one route: a policy declares the codes of its therapy kinds, so
 * that a reader of coded records needs to know none. Ibandronate, for example, codes an intravenous
 * bisphosphonate when given intravenously and an oral one otherwise: two codes, the one with the
 * route first.
 *
 * @since 0.2.0
 */
public final class TherapyCode {
  private static final Pattern RXCUI = Pattern.compile("[0-9]{1,10}");

  private final String rxNorm;
  private final @Nullable Route route;
  private final TherapyKind kind;

  private TherapyCode(String rxNorm, @Nullable Route route, TherapyKind kind) {
    checkNotNull(rxNorm, "rxNorm");
    checkNotNull(kind, "kind");
    if (!RXCUI.matcher(rxNorm).matches()) {
      throw new InvalidInputException("rxNorm", "not an RxNorm concept ID: \"" + rxNorm + "\"");
    }
    this.rxNorm = rxNorm;
    this.route = route;
    this.kind = kind;
  }

  /**
   * Returns the code of a therapy kind by an RxNorm ingredient, whatever the route.
   *
   * @param rxNorm the ingredient's RxNorm concept ID, digits
   * @param kind the therapy kind
   * @return the code
   * @throws InvalidInputException if the ID is not 1 to 10 digits
   */
  public static TherapyCode of(String rxNorm, TherapyKind kind) {
    return new TherapyCode(rxNorm, null, kind);
  }

  /**
   * Returns the code of a therapy kind by an RxNorm ingredient given by one route.
   *
   * @param rxNorm the ingredient's RxNorm concept ID, digits
   * @param route the route
   * @param kind the therapy kind
   * @return the code
   * @throws InvalidInputException if the ID is not 1 to 10 digits
   */
  public static TherapyCode of(String rxNorm, Route route, TherapyKind kind) {
    return new TherapyCode(rxNorm, checkNotNull(route, "route"), kind);
  }

  /**
   * Returns the RxNorm concept ID of the ingredient.
   *
   * @return the ID
   */
  public String rxNorm() {
    return rxNorm;
  }

  /**
   * Returns the route the ingredient must be given by for this code to apply, if any.
   *
   * @return the route; empty for any route
   */
  public Optional<Route> route() {
    return Optional.ofNullable(route);
  }

  /**
   * Returns the therapy kind the ingredient codes.
   *
   * @return the kind
   */
  public TherapyKind kind() {
    return kind;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TherapyCode c
        && c.rxNorm.equals(rxNorm)
        && Objects.equals(c.route, route)
        && c.kind.equals(kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rxNorm, route, kind);
  }

  @Override
  public String toString() {
    return "RxNorm " + rxNorm + (route != null ? " " + route : "") + ": " + kind;
  }
}

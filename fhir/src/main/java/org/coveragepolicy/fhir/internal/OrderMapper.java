package org.coveragepolicy.fhir.internal;

import static org.coveragepolicy.fhir.internal.FhirValues.build;
import static org.coveragepolicy.fhir.internal.FhirValues.day;
import static org.coveragepolicy.fhir.internal.FhirValues.statusOf;
import static org.coveragepolicy.fhir.internal.FhirValues.wholeNumber;

import java.time.LocalDate;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.review.Order;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;

/** Maps a MedicationRequest to an order of the medical record. */
public final class OrderMapper {
  private OrderMapper() {}

  /** Reads an order: signed when active or completed, a draft otherwise. */
  static Order read(MedicationRequest r, String at, Products products) {
    boolean signed =
        switch (statusOf(r.getStatus() == null ? null : r.getStatus().toCode(), at)) {
          case "active", "completed" -> true;
          case "draft" -> false;
          default ->
              throw new InvalidInputException(
                  at + ".status", "must be active, completed or draft, was " + r.getStatus().toCode());
        };
    if (!r.hasAuthoredOnElement()) {
      throw new InvalidInputException(at + ".authoredOn", "missing: the date of the order");
    }
    Product product =
        products.product(
            r.hasMedicationCodeableConcept() ? r.getMedicationCodeableConcept() : null,
            at + ".medicationCodeableConcept");
    Quantity q = doseQuantity(r, at);
    int dose = wholeNumber(q, "mg", at + ".dosageInstruction[0].doseAndRate[0].doseQuantity");
    LocalDate date = day(r.getAuthoredOnElement(), at + ".authoredOn");
    return build(
        () -> Order.builder().date(date).signed(signed).product(product).doseMg(dose).build(), at);
  }

  /**
   * Returns the dose quantity of an order's first dosage instruction, which must be present; its
   * value and unit are the caller's to check.
   *
   * @param r the order
   * @param at its path
   * @return the quantity at {@code at.dosageInstruction[0].doseAndRate[0].doseQuantity}
   * @throws org.coveragepolicy.core.InvalidInputException if the order has no dose quantity
   */
  public static Quantity doseQuantity(MedicationRequest r, String at) {
    if (r.getDosageInstruction().isEmpty()
        || !r.getDosageInstructionFirstRep().getDoseAndRateFirstRep().hasDoseQuantity()) {
      throw new InvalidInputException(
          at + ".dosageInstruction[0].doseAndRate[0].doseQuantity", "missing: the dose in mg");
    }
    return r.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity();
  }
}

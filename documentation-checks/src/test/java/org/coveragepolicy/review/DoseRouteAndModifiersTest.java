package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.findingsOf;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withClaim;

import java.util.List;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.junit.jupiter.api.Test;

/** The dose's route against the label, and modifiers read whatever their case. */
class DoseRouteAndModifiersTest {

  // ---- dose route, modifiers ----

  @Test
  void anotherRouteContradictsTheLabel() {
    ReviewCase c =
        replacing(
            Baselines.postmenopausal(),
            DocumentKind.ADMINISTRATION_RECORD,
            org.coveragepolicy.review.AdministrationRecord.of(
                dose(DenosumabCatalog.PROLIA, 60, DOS).route(Route.INTRAMUSCULAR).build(), true));

    assertThat(findingsOf(REVIEW.review(c), "DOSE-LABELED"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("intramuscular route").contains("subcutaneous"));
  }

  @Test
  void modifiersAreCaseInsensitive() {
    assertThat(Modifier.parse("jz")).isEqualTo(Modifier.JZ);
    ReviewCase c =
        withClaim(
            Baselines.postmenopausal(),
            ClaimLine.builder()
                .from(Baselines.postmenopausal().claim())
                .modifiers(List.of(Modifier.parse("jz")))
                .build());
    assertThat(findingsOf(REVIEW.review(c), "CLM-JZ-JW")).isEmpty();
  }
}

package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.REQUESTED;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Baselines.postmenopausal;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.withAdr;
import static org.coveragepolicy.review.Fixtures.withClaim;

import java.util.Optional;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
import org.junit.jupiter.api.Test;

/**
 * Which policy reviews a case ({@link ClaimReview#policyOf(ReviewCase)}, the policy a reader checks
 * a case's vocabulary against): the dose under review's product decides, then the claim NDC's
 * product, then the claim's HCPCS code, then the edition the case names, then the first policy —
 * and, for a case that names no edition, it is the policy whose default edition the review used.
 */
class PolicySelectionTest {
  private static final Policy DENOSUMAB = DenosumabPolicy.POLICY;
  private static final Policy ROMOSOZUMAB = RomosozumabPolicy.POLICY;
  private static final Hcpcs UNLISTED = Hcpcs.parse("J3590");

  @Test
  void aProliaCaseBilledUnderJ0897IsDenosumabs() {
    assertPolicy(noEdition(postmenopausal()), DENOSUMAB);
  }

  @Test
  void anEvenityDoseUnderReviewDecidesEvenWhenBilledUnderAnotherDrugsCode() {
    ReviewCase c =
        replacing(
            noEdition(postmenopausal()),
            DocumentKind.ADMINISTRATION_RECORD,
            administered(RomosozumabPolicy.EVENITY, 210, DOS));
    assertPolicy(c, ROMOSOZUMAB);
  }

  @Test
  void aProliaDoseUnderReviewDecidesUnderEvenitysCode() {
    ReviewCase c = withClaim(noEdition(postmenopausal()), j3111(noEdition(postmenopausal())));
    assertPolicy(c, DENOSUMAB);
  }

  @Test
  void ofTwoDosesOnTheDateOfServiceTheOneBilledUnderTheClaimsCodeDecides() {
    ReviewCase base = noEdition(postmenopausal());
    ReviewCase both = plus(base, administered(RomosozumabPolicy.EVENITY, 210, DOS));
    assertPolicy(both, DENOSUMAB); // J0897 with the Prolia NDC
    ReviewCase underJ3111 =
        withClaim(
            both,
            ClaimLine.builder().from(j3111(both)).ndc(Optional.empty()).build());
    assertPolicy(underJ3111, ROMOSOZUMAB);
  }

  @Test
  void anEarlierDoseOfAnotherPolicysDrugDoesNotDecide() {
    ReviewCase c =
        plus(
            noEdition(postmenopausal()),
            administered(RomosozumabPolicy.EVENITY, 210, DOS.minusDays(40)));
    assertPolicy(c, DENOSUMAB);
  }

  @Test
  void withoutReturnedRecordsTheClaimNdcDecidesBeforeTheCode() {
    ReviewCase notReturned = withAdr(noEdition(postmenopausal()), REQUESTED, null);
    assertPolicy(notReturned, DENOSUMAB);
    ReviewCase underJ3111 = withClaim(notReturned, j3111(notReturned));
    assertThat(underJ3111.claim().ndc()).isPresent();
    assertPolicy(underJ3111, DENOSUMAB);
    ReviewCase noNdc =
        withClaim(notReturned, ClaimLine.builder().from(j3111(notReturned)).ndc(Optional.empty()).build());
    assertPolicy(noNdc, ROMOSOZUMAB);
  }

  @Test
  void anUnlistedCodeFallsBackToTheDoseThenTheEditionThenTheFirstPolicy() {
    ReviewCase evenityDose =
        replacing(
            noEdition(postmenopausal()),
            DocumentKind.ADMINISTRATION_RECORD,
            administered(RomosozumabPolicy.EVENITY, 210, DOS));
    ReviewCase unlisted =
        withClaim(evenityDose, ClaimLine.builder().from(evenityDose.claim()).hcpcs(UNLISTED).ndc(Optional.empty()).build());
    assertPolicy(unlisted, ROMOSOZUMAB);

    ReviewCase nothing =
        withClaim(
            Fixtures.without(noEdition(postmenopausal()), DocumentKind.ADMINISTRATION_RECORD),
            ClaimLine.builder().from(postmenopausal().claim()).hcpcs(UNLISTED).ndc(Optional.empty()).build());
    assertThat(REVIEW.policyOf(nothing)).isSameAs(Policies.load().first());
    ReviewCase named =
        ReviewCase.builder().from(nothing).edition(RomosozumabPolicy.ROMOSOZUMAB_FDA_LABEL).build();
    assertThat(REVIEW.policyOf(named)).isSameAs(ROMOSOZUMAB);
  }

  @Test
  void aProliaNdcOnAnEvenityClaimWithoutADoseIsDenosumabs() {
    ReviewCase c =
        withClaim(
            Fixtures.without(noEdition(postmenopausal()), DocumentKind.ADMINISTRATION_RECORD),
            j3111(postmenopausal()));
    assertThat(c.claim().ndc()).isPresent();
    assertPolicy(c, DENOSUMAB);
  }

  /** The claim billed under J3111, 210 units, the NDC kept. */
  private static ClaimLine j3111(ReviewCase c) {
    return ClaimLine.builder().from(c.claim()).hcpcs(RomosozumabPolicy.J3111).units(210).build();
  }

  private static ReviewCase noEdition(ReviewCase c) {
    return ReviewCase.builder().from(c).edition(Optional.empty()).build();
  }

  /** The policy chosen, and the one whose default edition the review used. */
  private static void assertPolicy(ReviewCase c, Policy expected) {
    assertThat(REVIEW.policyOf(c).name()).isEqualTo(expected.name());
    assertThat(REVIEW.policyOf(c)).isSameAs(expected);
    ReviewResult result = REVIEW.review(c);
    assertThat(result.edition()).isEqualTo(expected.defaultEdition());
  }
}

package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For every product of the built-in catalog and every approved baseline case of its family: the
 * product, billed under its own code, gives the reference product's result except the product and
 * the messages that name it; billed under another code of its family, it fails {@code CLM-HCPCS}.
 */
class BiosimilarPropertiesTest {
  private static final long SEED = 20261202L;

  /** The product given in the order and the administration records, the claim's code and no NDC. */
  private static ReviewCase as(ReviewCase c, Product product, Hcpcs hcpcs) {
    List<Document> docs = new ArrayList<>();
    for (Document d : c.record().documents()) {
      if (d instanceof Order) {
        docs.add(Order.builder().from((Order) d).product(product).build());
      } else if (d instanceof AdministrationRecord) {
        AdministrationRecord r = (AdministrationRecord) d;
        Administration a = Administration.builder().from(r.administration()).product(product).build();
        docs.add(AdministrationRecord.of(a, r.signed()));
      } else {
        docs.add(d);
      }
    }
    ClaimLine claim =
        ClaimLine.builder()
            .from(c.claim())
            .hcpcs(hcpcs)
            .ndc(java.util.Optional.empty())
            .build();
    return Fixtures.withClaim(Fixtures.withDocuments(c, docs), claim);
  }

  /** A finding without its message: what must be equal across a family. */
  private static List<String> shape(ReviewResult r) {
    return r.findings().stream()
        .map(
            f ->
                f.rule().id()
                    + " "
                    + f.severity()
                    + " "
                    + f.category().map(Category::name).orElse("-")
                    + " "
                    + f.citation())
        .collect(Collectors.toList());
  }

  /** Pairs of an approved baseline case and a product of the baseline's family. */
  private static Gen<ReviewCase[]> baselineAndMember() {
    List<ReviewCase[]> pairs = new ArrayList<>();
    for (ReviewCase baseline : Fixtures.baselines()) {
      ReviewResult reference = Fixtures.REVIEW.review(baseline);
      Product family = reference.product().orElseThrow();
      for (CatalogEntry member : DenosumabCatalog.BUILT_IN.familyMembers(family)) {
        pairs.add(new ReviewCase[] {baseline, as(baseline, member.product(), member.hcpcs())});
      }
    }
    return Generate.pick(pairs);
  }

  @Test
  void everyFamilyMemberUnderItsOwnCodeGivesTheReferenceResult() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(baselineAndMember())
        .checkAssert(
            pair -> {
              ReviewCase baseline = pair[0];
              ReviewCase member = pair[1];
              Product product =
                  member.record().documents().stream()
                      .filter(d -> d instanceof Order)
                      .map(d -> ((Order) d).product())
                      .findFirst()
                      .orElseThrow();
              // the reference product under its own code, without the NDC the member lacks
              Product family = Fixtures.REVIEW.review(baseline).product().orElseThrow();
              ReviewResult reference =
                  Fixtures.REVIEW.review(as(baseline, family, baseline.claim().hcpcs()));
              ReviewResult result = Fixtures.REVIEW.review(member);

              assertThat(result.product()).contains(product);
              assertThat(result.decision()).isEqualTo(reference.decision());
              assertThat(result.denialReason()).isEqualTo(reference.denialReason());
              assertThat(result.indication()).isEqualTo(reference.indication());
              assertThat(shape(result)).isEqualTo(shape(reference));
            });
  }

  @Test
  void everyFamilyMemberUnderAnotherCodeFailsClmHcpcs() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(baselineAndMember())
        .checkAssert(
            pair -> {
              ReviewCase member = pair[1];
              Hcpcs own = member.claim().hcpcs();
              Hcpcs other =
                  own.equals(DenosumabCatalog.J0897) ? Hcpcs.parse("Q5136") : DenosumabCatalog.J0897;
              ReviewResult result =
                  Fixtures.REVIEW.review(
                      Fixtures.withClaim(
                          member, ClaimLine.builder().from(member.claim()).hcpcs(other).build()));

              assertThat(result.findings())
                  .filteredOn(f -> f.rule().id().equals("CLM-HCPCS"))
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.category()).contains(Category.INCORRECT_CODING);
                        assertThat(f.message()).contains("bill " + own);
                      });
              assertThat(result.denialReason()).isPresent();
            });
  }

  @Test
  void theCatalogHoldsSixPairsBesidesTheReferenceProducts() {
    assertThat(DenosumabCatalog.BUILT_IN.familyMembers(DenosumabCatalog.PROLIA)).hasSize(7);
    assertThat(DenosumabCatalog.BUILT_IN.familyMembers(DenosumabCatalog.XGEVA)).hasSize(7);
    for (CatalogEntry e : DenosumabCatalog.BUILT_IN.entries()) {
      if (!e.isReferenceProduct()) {
        assertThat(DenosumabCatalog.BUILT_IN.entriesForHcpcs(e.hcpcs()))
            .as(e.hcpcs().code())
            .hasSize(2)
            .extracting(CatalogEntry::family)
            .containsExactlyInAnyOrder(DenosumabCatalog.PROLIA, DenosumabCatalog.XGEVA);
      }
    }
  }
}

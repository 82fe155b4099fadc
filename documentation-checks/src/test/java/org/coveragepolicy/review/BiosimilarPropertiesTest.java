package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every product of the built-in catalog and every approved baseline case of its family: the
 * product, billed under its own code, gives the reference product's result except the product and
 * the messages that name it; billed under another code of its family, it fails {@code CLM-HCPCS}.
 */
class BiosimilarPropertiesTest {

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

  /**
   * Every pair of an approved baseline case and a product of the baseline's family, the product as
   * the catalog lists it: the baseline, the product's case, and a name for the report.
   */
  static Stream<Arguments> baselineAndMember() {
    List<Arguments> pairs = new ArrayList<>();
    List<ReviewCase> baselines = Baselines.baselines();
    for (int i = 0; i < baselines.size(); i++) {
      ReviewCase baseline = baselines.get(i);
      Product family = Fixtures.REVIEW.review(baseline).product().orElseThrow();
      for (CatalogEntry member : DenosumabCatalog.BUILT_IN.familyMembers(family)) {
        pairs.add(
            Arguments.of(
                "baseline " + i + " (" + family + ") as " + member.product() + " " + member.hcpcs(),
                baseline,
                as(baseline, member.product(), member.hcpcs())));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("baselineAndMember")
  void everyFamilyMemberUnderItsOwnCodeGivesTheReferenceResult(
      String name, ReviewCase baseline, ReviewCase member) {
    Product product =
        member.record().documents().stream()
            .filter(d -> d instanceof Order)
            .map(d -> ((Order) d).product())
            .findFirst()
            .orElseThrow();
    // the reference product under its own code, without the NDC the member lacks
    Product family = Fixtures.REVIEW.review(baseline).product().orElseThrow();
    ReviewResult reference = Fixtures.REVIEW.review(as(baseline, family, baseline.claim().hcpcs()));
    ReviewResult result = Fixtures.REVIEW.review(member);

    assertThat(result.product()).contains(product);
    assertThat(result.decision()).isEqualTo(reference.decision());
    assertThat(result.denialReason()).isEqualTo(reference.denialReason());
    assertThat(result.indication()).isEqualTo(reference.indication());
    assertThat(shape(result)).isEqualTo(shape(reference));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("baselineAndMember")
  void everyFamilyMemberUnderAnotherCodeFailsClmHcpcs(
      String name, ReviewCase baseline, ReviewCase member) {
    Hcpcs own = member.claim().hcpcs();
    Hcpcs other =
        DenosumabCatalog.BUILT_IN.hcpcsCodes().stream()
            .filter(h -> !h.equals(own))
            .findFirst()
            .orElseThrow();
    ReviewResult result =
        Fixtures.REVIEW.review(
            Fixtures.withClaim(member, ClaimLine.builder().from(member.claim()).hcpcs(other).build()));

    assertThat(result.findings())
        .filteredOn(f -> f.rule().id().equals("CLM-HCPCS"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.category()).contains(Category.INCORRECT_CODING);
              assertThat(f.message()).contains("bill " + own);
            });
    assertThat(result.denialReason()).isPresent();
  }

  /**
   * Each family holds its reference product and, for every biosimilar code, exactly one product; a
   * biosimilar code is shared by one product of each family. Counted against the catalog's
   * declaration, so a new pair is a new entry, not an edited count.
   */
  @Test
  void everyBiosimilarCodeHoldsOneProductOfEachFamily() {
    Set<Product> families = Set.of(DenosumabCatalog.PROLIA, DenosumabCatalog.XGEVA);
    List<CatalogEntry> biosimilars =
        DenosumabCatalog.ENTRIES.stream()
            .filter(e -> !e.isReferenceProduct())
            .collect(Collectors.toList());
    assertThat(biosimilars).as("the catalog declares biosimilars").isNotEmpty();
    for (Product family : families) {
      assertThat(DenosumabCatalog.BUILT_IN.familyMembers(family))
          .as(family.toString())
          .containsExactlyInAnyOrderElementsOf(
              DenosumabCatalog.ENTRIES.stream()
                  .filter(e -> e.family().equals(family))
                  .collect(Collectors.toList()))
          .filteredOn(CatalogEntry::isReferenceProduct)
          .extracting(CatalogEntry::product)
          .containsExactly(family);
    }
    for (CatalogEntry e : biosimilars) {
      assertThat(DenosumabCatalog.BUILT_IN.entriesForHcpcs(e.hcpcs()))
          .as(e.hcpcs().code())
          .hasSameSizeAs(families)
          .extracting(CatalogEntry::family)
          .containsExactlyInAnyOrderElementsOf(families);
    }
  }
}

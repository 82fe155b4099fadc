package org.coveragepolicy.indications.denosumab;

import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.IndicationRequest;
import org.coveragepolicy.core.policy.Thresholds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.core.finding.Category.MEDICAL_NECESSITY;
import static org.coveragepolicy.indications.denosumab.J0897Cases.dxa;
import static org.coveragepolicy.indications.denosumab.J0897Cases.errorCategories;
import static org.coveragepolicy.indications.denosumab.J0897Cases.evaluate;
import static org.coveragepolicy.indications.denosumab.J0897Cases.maleOsteoporosis;
import static org.coveragepolicy.indications.denosumab.J0897Cases.pmo;
import static org.coveragepolicy.indications.denosumab.J0897Cases.withEdition;
import static org.coveragepolicy.indications.denosumab.J0897Cases.withEvidence;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.junit.jupiter.api.Test;
import org.coveragepolicy.core.policy.internal.IndicationResult;

/**
 * A new edition and a new product are data: built here from the library's public parts, with no
 * edit of the library, and reviewed.
 */
class PolicyAsDataTest {
  /** The default edition without male osteoporosis and with a stricter osteoporosis T-score. */
  private static final Edition STRICT =
      Edition.builder()
          .from(DenosumabPolicy.NORIDIAN_JF_2026)
          .name("STRICT_2027")
          .indications(
              DenosumabPolicy.NORIDIAN_JF_2026.indications().stream()
                  .filter(i -> i != DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS)
                  .collect(ImmutableList.toImmutableList()))
          .thresholds(
              Thresholds.builder()
                  .from(Thresholds.defaults())
                  .osteoporosisTScore(new BigDecimal("-3.0"))
                  .build())
          .build();

  @Test
  void anEditionBuiltFromPublicPartsDropsAnIndication() {
    assertThat(evaluate(maleOsteoporosis()).supported())
        .contains(DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS);

    IndicationResult strict = evaluate(withEdition(maleOsteoporosis(), STRICT));

    assertThat(strict.candidates()).isEmpty();
    assertThat(errorCategories(strict, DenosumabRules.NO_INDICATION))
        .containsExactly(MEDICAL_NECESSITY);
  }

  @Test
  void anEditionBuiltFromPublicPartsChangesAThreshold() {
    IndicationRequest tScore29 = withEvidence(pmo(), e -> e.imaging(List.of(dxa("-2.9"))));
    IndicationRequest tScore30 = withEvidence(pmo(), e -> e.imaging(List.of(dxa("-3.0"))));

    assertThat(evaluate(tScore29).supported()).isPresent();
    assertThat(evaluate(withEdition(tScore29, STRICT)).supported()).isEmpty();
    assertThat(
            errorCategories(
                evaluate(withEdition(tScore29, STRICT)),
                DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS.rule()))
        .containsExactly(MEDICAL_NECESSITY);
    assertThat(evaluate(withEdition(tScore30, STRICT)).supported())
        .contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void theEditionNamesItselfAndKeepsTheOtherParts() {
    assertThat(STRICT.name()).isEqualTo("STRICT_2027");
    assertThat(STRICT.limitations()).isEqualTo(DenosumabPolicy.NORIDIAN_JF_2026.limitations());
    assertThat(STRICT.thresholds().lowBoneMassTScore())
        .isEqualByComparingTo(Thresholds.defaults().lowBoneMassTScore());
  }

  @Test
  void aNewBiosimilarIsACatalogEntryWithItsFamilysRules() {
    Product evenden = Product.of("EVENDEN");
    CatalogEntry entry =
        DenosumabCatalog.familyMember(evenden, DenosumabCatalog.PROLIA, DenosumabCatalog.BUILT_IN)
            .nonproprietaryName("denosumab-test")
            .hcpcs(Hcpcs.parse("Q9999"))
            .addNdcs(Ndc.parse("12345-6789-01"))
            .build();
    DrugCatalog catalog = DenosumabCatalog.BUILT_IN.withEntries(List.of(entry));

    IndicationResult result =
        evaluate(IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(pmo()).product(entry).catalog(catalog).build());

    assertThat(entry.labeledDoseMg()).isEqualTo(60);
    assertThat(entry.describe()).isEqualTo("Evenden (denosumab-test, Prolia family)");
    assertThat(catalog.entryForNdc(Ndc.parse("12345678901"))).contains(entry);
    assertThat(result.supported()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void aNewBiosimilarsDosesCountWithItsFamily() {
    CatalogEntry entry =
        DenosumabCatalog.familyMember(
                Product.of("EVENDEN"), DenosumabCatalog.PROLIA, DenosumabCatalog.BUILT_IN)
            .hcpcs(Hcpcs.parse("Q9999"))
            .build();
    DrugCatalog catalog = DenosumabCatalog.BUILT_IN.withEntries(List.of(entry));
    IndicationRequest afterProlia =
        J0897Cases.withPriorDoses(
            IndicationRequest.builder().policy(DenosumabPolicy.POLICY).from(pmo()).product(entry).catalog(catalog).build(),
            J0897Cases.dose(DenosumabCatalog.PROLIA, J0897Cases.DOS.minusMonths(5), 60));

    assertThat(errorCategories(evaluate(afterProlia), DenosumabRules.FREQ_PROLIA))
        .containsExactly(MEDICAL_NECESSITY);
  }
}

package org.coveragepolicy.core.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.junit.jupiter.api.Test;

class DrugCatalogTest {

  @Test
  void proliaIs60MgEverySixMonthsUnderJ0897() {
    CatalogEntry prolia = DrugCatalog.J0897.entry(Product.PROLIA).orElseThrow();
    assertThat(prolia.hcpcs()).isEqualTo(Hcpcs.J0897);
    assertThat(prolia.billingUnitMg()).isEqualTo(1);
    assertThat(prolia.labeledDoseMg()).isEqualTo(60);
    assertThat(prolia.dosingInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(prolia.singleDoseContainer()).isTrue();
  }

  @Test
  void xgevaIs120MgEvery28DaysUnderJ0897() {
    CatalogEntry xgeva = DrugCatalog.J0897.entry(Product.XGEVA).orElseThrow();
    assertThat(xgeva.hcpcs()).isEqualTo(Hcpcs.J0897);
    assertThat(xgeva.labeledDoseMg()).isEqualTo(120);
    assertThat(xgeva.dosingInterval()).isEqualTo(Period.ofDays(28));
    assertThat(xgeva.singleDoseContainer()).isTrue();
  }

  @Test
  void bothProliaNdcsNameProlia() {
    assertThat(DrugCatalog.J0897.entryForNdc(Ndc.parse("55513-0710-01"))).contains(DrugCatalog.PROLIA);
    assertThat(DrugCatalog.J0897.entryForNdc(Ndc.parse("55513071021"))).contains(DrugCatalog.PROLIA);
  }

  @Test
  void xgevaNdcNamesXgeva() {
    assertThat(DrugCatalog.J0897.entryForNdc(Ndc.parse("55513-0730-01"))).contains(DrugCatalog.XGEVA);
  }

  @Test
  void unknownNdcNamesNoEntry() {
    assertThat(DrugCatalog.J0897.entryForNdc(Ndc.parse("55513-0720-01"))).isEmpty();
  }

  @Test
  void neitherDenosumabProductIsUsuallySelfAdministered() {
    LocalDate dos = LocalDate.of(2025, 11, 3);
    assertThat(DrugCatalog.PROLIA.usuallySelfAdministeredOn(dos)).isFalse();
    assertThat(DrugCatalog.XGEVA.usuallySelfAdministeredOn(dos)).isFalse();
  }

  @Test
  void proliaIsInTheHomeHealthOsteoporosisExceptionAndXgevaInNone() {
    assertThat(DrugCatalog.PROLIA.statutoryException())
        .contains(StatutoryException.HOME_HEALTH_OSTEOPOROSIS);
    assertThat(DrugCatalog.XGEVA.statutoryException()).isEmpty();
  }

  @Test
  void catalogListsItsProducts() {
    assertThat(DrugCatalog.J0897.products()).containsExactly(Product.PROLIA, Product.XGEVA);
  }

  @Test
  void unknownProductHasNoEntry() {
    assertThat(DrugCatalog.J0897.entry(Product.of("EVENITY"))).isEmpty();
  }

  @Test
  void productListedTwiceIsRejected() {
    assertThatThrownBy(() -> DrugCatalog.of(DrugCatalog.PROLIA, DrugCatalog.PROLIA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROLIA");
  }

  @Test
  void ndcListedTwiceIsRejected() {
    CatalogEntry copy =
        CatalogEntry.builder()
            .from(DrugCatalog.XGEVA)
            .product(Product.of("XGEVA_COPY"))
            .build();
    assertThatThrownBy(() -> DrugCatalog.of(DrugCatalog.XGEVA, copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("55513-0730-01");
  }
  @Test
  void productsOrderByName() {
    assertThat(Product.PROLIA).isLessThan(Product.XGEVA);
  }

  @Test
  void catalogAndEntryPrintTheirProducts() {
    assertThat(DrugCatalog.J0897).hasToString("DrugCatalog[PROLIA, XGEVA]");
    assertThat(DrugCatalog.XGEVA).hasToString("CatalogEntry{XGEVA, J0897}");
  }
}

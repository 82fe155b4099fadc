package org.coveragepolicy.core.drug;

import org.coveragepolicy.core.TestCatalog;

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
    CatalogEntry prolia = TestCatalog.CATALOG.entry(TestCatalog.PROLIA).orElseThrow();
    assertThat(prolia.hcpcs()).isEqualTo(TestCatalog.J0897);
    assertThat(prolia.billingUnitMg()).isEqualTo(1);
    assertThat(prolia.labeledDoseMg()).isEqualTo(60);
    assertThat(prolia.dosingInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(prolia.singleDoseContainer()).isTrue();
  }

  @Test
  void xgevaIs120MgEvery28DaysUnderJ0897() {
    CatalogEntry xgeva = TestCatalog.CATALOG.entry(TestCatalog.XGEVA).orElseThrow();
    assertThat(xgeva.hcpcs()).isEqualTo(TestCatalog.J0897);
    assertThat(xgeva.labeledDoseMg()).isEqualTo(120);
    assertThat(xgeva.dosingInterval()).isEqualTo(Period.ofDays(28));
    assertThat(xgeva.singleDoseContainer()).isTrue();
  }

  @Test
  void bothProliaNdcsNameProlia() {
    assertThat(TestCatalog.CATALOG.entryForNdc(Ndc.parse("55513-0710-01"))).contains(TestCatalog.PROLIA_ENTRY);
    assertThat(TestCatalog.CATALOG.entryForNdc(Ndc.parse("55513071021"))).contains(TestCatalog.PROLIA_ENTRY);
  }

  @Test
  void xgevaNdcNamesXgeva() {
    assertThat(TestCatalog.CATALOG.entryForNdc(Ndc.parse("55513-0730-01"))).contains(TestCatalog.XGEVA_ENTRY);
  }

  @Test
  void unknownNdcNamesNoEntry() {
    assertThat(TestCatalog.CATALOG.entryForNdc(Ndc.parse("55513-0720-01"))).isEmpty();
  }

  @Test
  void neitherDenosumabProductIsUsuallySelfAdministered() {
    LocalDate dos = LocalDate.of(2025, 11, 3);
    assertThat(TestCatalog.PROLIA_ENTRY.usuallySelfAdministeredOn(dos)).isFalse();
    assertThat(TestCatalog.XGEVA_ENTRY.usuallySelfAdministeredOn(dos)).isFalse();
  }

  @Test
  void proliaIsInTheHomeHealthOsteoporosisExceptionAndXgevaInNone() {
    assertThat(TestCatalog.PROLIA_ENTRY.statutoryException())
        .contains(StatutoryException.HOME_HEALTH_OSTEOPOROSIS);
    assertThat(TestCatalog.XGEVA_ENTRY.statutoryException()).isEmpty();
  }

  @Test
  void catalogListsItsProducts() {
    assertThat(TestCatalog.CATALOG.products()).containsExactly(TestCatalog.PROLIA, TestCatalog.XGEVA);
  }

  @Test
  void unknownProductHasNoEntry() {
    assertThat(TestCatalog.CATALOG.entry(Product.of("EVENITY"))).isEmpty();
  }

  @Test
  void productListedTwiceIsRejected() {
    assertThatThrownBy(() -> DrugCatalog.of(TestCatalog.PROLIA_ENTRY, TestCatalog.PROLIA_ENTRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROLIA");
  }

  @Test
  void ndcListedTwiceIsRejected() {
    CatalogEntry copy =
        CatalogEntry.builder()
            .from(TestCatalog.XGEVA_ENTRY)
            .product(Product.of("XGEVA_COPY"))
            .build();
    assertThatThrownBy(() -> DrugCatalog.of(TestCatalog.XGEVA_ENTRY, copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("55513-0730-01");
  }
  @Test
  void productsOrderByName() {
    assertThat(TestCatalog.PROLIA).isLessThan(TestCatalog.XGEVA);
  }

  @Test
  void catalogAndEntryPrintTheirProducts() {
    assertThat(TestCatalog.CATALOG).hasToString("DrugCatalog[PROLIA, XGEVA]");
    assertThat(TestCatalog.XGEVA_ENTRY).hasToString("CatalogEntry{XGEVA, J0897}");
  }
}

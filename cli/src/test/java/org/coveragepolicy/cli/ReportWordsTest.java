package org.coveragepolicy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.indications.DenosumabIndications;
import org.coveragepolicy.indications.Edition;
import org.junit.jupiter.api.Test;

/** The words a report shows for a result's names; the expected words come from the catalog and the labels. */
class ReportWordsTest {
  private static final ReportWords WORDS = ReportWords.standard();

  @Test
  void everyCategoryHasItsOwnWordsWithoutTheConstant() {
    assertThat(Arrays.stream(Category.values()).map(WORDS::category))
        .doesNotHaveDuplicates()
        .allSatisfy(w -> assertThat(w).doesNotContain("_").matches("[A-Z][a-z].*"));
    assertThat(WORDS.category(Category.MEDICAL_NECESSITY)).isEqualTo("Not medically necessary");
    assertThat(WORDS.category(Category.NOT_PART_B_BENEFIT)).isEqualTo("Not a Part B benefit");
  }

  @Test
  void productIsNamedAsTheCatalogGivesIt() {
    assertThat(WORDS.product("PROLIA")).isEqualTo("Prolia");
    assertThat(WORDS.product("JUBBONTI")).isEqualTo("Jubbonti (denosumab-bbdz, Prolia family)");
  }

  @Test
  void productOutsideTheCatalogIsItsNameAsABrandIsWritten() {
    assertThat(WORDS.product("ACME_BRAND")).isEqualTo("Acme brand");
    assertThat(WORDS.product("not a product")).isEqualTo("not a product");
  }

  @Test
  void indicationIsItsDescriptionAndFamily() {
    assertThat(WORDS.indication(DenosumabIndications.XGEVA_GIANT_CELL_TUMOR.name()))
        .startsWith(
            Character.toUpperCase(DenosumabIndications.XGEVA_GIANT_CELL_TUMOR.description().charAt(0))
                + DenosumabIndications.XGEVA_GIANT_CELL_TUMOR.description().substring(1))
        .endsWith(" (Xgeva family)");
    assertThat(WORDS.indication("PROLIA_MALE_OSTEOPOROSIS"))
        .isEqualTo("Men with osteoporosis at high risk for fracture (Prolia family)");
    assertThat(WORDS.indication("NO_SUCH_INDICATION")).isEqualTo("NO_SUCH_INDICATION");
  }

  @Test
  void editionIsItsTitle() {
    assertThat(WORDS.edition(Edition.NORIDIAN_JF_2026.name()))
        .isEqualTo("The Noridian JF edition (2026)");
    assertThat(WORDS.edition(Edition.FDA_LABEL_2024.name()))
        .isEqualTo("The FDA label edition (2024)");
    assertThat(WORDS.edition("STRICT_2027")).isEqualTo("STRICT_2027");
  }
}

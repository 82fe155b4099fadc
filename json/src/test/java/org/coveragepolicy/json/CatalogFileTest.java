package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import java.util.stream.Collectors;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.indications.denosumab.DenosumabIndications;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A catalog file extends or replaces the catalog by data; a malformed entry names entry and field. */
class CatalogFileTest {
  private static final String NEW_BIOSIMILAR =
      """
      { "entries": [
          { "product": "EVENDEN", "family": "PROLIA", "nonproprietaryName": "denosumab-test",
            "hcpcs": "Q9999", "ndcs": ["12345-6789-01"],
            "source": { "key": "FDA-PURPLE-2027", "title": "FDA Purple Book, 2027" } } ] }
      """;

  /** The approved Prolia case given as the new biosimilar under its own code and NDC. */
  private static String evendenCase() {
    String c = with(APPROVED_CASE, "claim.hcpcs", "Q9999");
    c = with(c, "claim.ndc", "12345-6789-01");
    c = with(c, "record.documents[0].product", "EVENDEN");
    return with(c, "record.documents[4].product", "EVENDEN");
  }

  @Test
  void aNewBiosimilarAndItsNdcAreData() {
    DrugCatalog catalog = CatalogFile.read(NEW_BIOSIMILAR);

    CatalogEntry entry = catalog.entry(Product.of("EVENDEN")).orElseThrow();
    assertThat(entry.family()).isEqualTo(DenosumabCatalog.PROLIA);
    assertThat(entry.labeledDoseMg()).isEqualTo(60);
    assertThat(entry.source().key()).isEqualTo("FDA-PURPLE-2027");
    assertThat(catalog.entryForNdc(Ndc.parse("12345678901"))).contains(entry);
    assertThat(catalog.products())
        .hasSize(org.coveragepolicy.core.policy.Policies.load().catalog().products().size() + 1);
  }

  @Test
  void aCaseOfTheNewBiosimilarIsReadAndReviewedUnderTheExtendedCatalog() {
    DrugCatalog catalog = CatalogFile.read(NEW_BIOSIMILAR);

    assertThatThrownBy(() -> CaseReader.standard().read(evendenCase()))
        .hasMessageStartingWith("claim.hcpcs: not a HCPCS code of the catalog");
    ReviewResult r =
        ClaimReview.withCatalog(catalog)
            .review(CaseReader.standard().withCatalog(catalog).read(evendenCase()));

    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
    assertThat(r.product()).contains(Product.of("EVENDEN"));
    assertThat(r.indication()).contains(DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS);
  }

  @Test
  void ndcsAddedToABuiltInBiosimilarAreCheckedAgainstTheDose() {
    DrugCatalog catalog =
        CatalogFile.read(
            "{\"entries\":[{\"product\":\"JUBBONTI\",\"family\":\"PROLIA\",\"hcpcs\":\"Q5136\","
                + "\"displayName\":\"Jubbonti\",\"nonproprietaryName\":\"denosumab-bbdz\","
                + "\"ndcs\":[\"11111-2222-33\"]}]}");
    String jubbonti = with(APPROVED_CASE, "claim.hcpcs", "Q5136");
    jubbonti = with(jubbonti, "record.documents[0].product", "JUBBONTI");
    jubbonti = with(jubbonti, "record.documents[4].product", "JUBBONTI");
    String wrongNdc = with(jubbonti, "claim.ndc", "11111-2222-34");

    ClaimReview review = ClaimReview.withCatalog(catalog);
    CaseReader reader = CaseReader.standard().withCatalog(catalog);
    assertThat(review.review(reader.read(with(jubbonti, "claim.ndc", "11111-2222-33"))).decision())
        .isEqualTo(Decision.APPROVE);
    assertThat(review.review(reader.read(wrongNdc)).findings())
        .extracting(f -> f.rule().id() + " " + f.severity())
        .contains("CLM-NDC WARNING");
    assertThat(
            ClaimReview.standard().review(CaseReader.standard().read(wrongNdc)).findings().stream()
                .filter(f -> f.rule().id().equals("CLM-NDC"))
                .map(f -> f.severity().name())
                .collect(Collectors.toList()))
        .containsExactly("INFO");
  }

  @Test
  void aCorrectedCodeReplacesTheEntrysCode() {
    DrugCatalog catalog =
        CatalogFile.read(
            "{\"entries\":[{\"product\":\"WYOST\",\"family\":\"XGEVA\",\"hcpcs\":\"Q5200\"}]}");
    assertThat(catalog.entry(Product.of("WYOST")).orElseThrow().hcpcs())
        .isEqualTo(Hcpcs.parse("Q5200"));
    assertThat(catalog.entriesForHcpcs(Hcpcs.parse("Q5136"))).hasSize(1);
  }

  @Test
  void replaceModeKeepsOnlyTheFilesEntries() {
    DrugCatalog catalog =
        CatalogFile.read(
            "{\"mode\":\"replace\",\"entries\":[{\"product\":\"PROLIA\",\"family\":\"PROLIA\","
                + "\"hcpcs\":\"J0897\"}]}");
    assertThat(catalog.products()).containsExactly(DenosumabCatalog.PROLIA);
    assertThat(catalog.entry(DenosumabCatalog.PROLIA).orElseThrow().ndcs())
        .isEqualTo(DenosumabCatalog.PROLIA_ENTRY.ndcs());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\"}]}"
            + "|entries[0].hcpcs: required (entry EVENDEN)",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q99\"}]}"
            + "|entries[0].hcpcs: not a HCPCS code: \"Q99\" (entry EVENDEN)",
        "{\"entries\":[{\"ndcs\":[\"55513-0710\"],\"product\":\"EVENDEN\",\"family\":\"PROLIA\","
            + "\"hcpcs\":\"Q9999\"}]}|entries[0].ndcs[0]: ",
        "{\"entries\":[{\"ndcs\":[\"55513-0710\"],\"product\":\"EVENDEN\",\"family\":\"PROLIA\","
            + "\"hcpcs\":\"Q9999\"}]}|(entry EVENDEN)",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"TYMLOS\",\"hcpcs\":\"Q9999\"}]}"
            + "|entries[0].family: not a family of the catalog (PROLIA, XGEVA, EVENITY), was \"TYMLOS\""
            + " (entry EVENDEN)",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q9999\","
            + "\"price\":1}]}|entries[0].price: unknown field",
        "{\"entries\":[{\"family\":\"PROLIA\",\"hcpcs\":\"Q9999\"}]}|entries[0].product: required",
        "{\"mode\":\"merge\",\"entries\":[]}|mode: must be \"extend\" or \"replace\", was \"merge\"",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q9999\"},"
            + "{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q9998\"}]}"
            + "|entries[1].product: listed twice, was \"EVENDEN\"",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q9999\","
            + "\"ndcs\":[\"55513-0710-01\"]}]}|entries: catalog: NDC 55513-0710-01 listed for both",
        "{\"entries\":[{\"product\":\"EVENDEN\",\"family\":\"PROLIA\",\"hcpcs\":\"Q9999\","
            + "\"source\":\"NOPE\"}]}|entries[0].source: not a citation key the review cites",
        "{}|entries: required",
        "[1]|must be an object",
      })
  void aMalformedFileNamesTheEntryAndTheField(String json, String message) {
    assertThatThrownBy(() -> CatalogFile.read(json))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message);
  }
}

package org.coveragepolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader reads for the policies it is given, and finds a case's policy through its own
 * catalog: a product a catalog file adds to a family is checked against that family's policy.
 */
class ReaderPoliciesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Policies ROMOSOZUMAB_ONLY = Policies.of(RomosozumabPolicy.POLICY);

  /** A biosimilar of Evenity that only a catalog file knows, under an HCPCS code of no policy. */
  private static final String CATALOG =
      "{\"mode\": \"extend\", \"entries\": [{\"product\": \"ROMOBIO\", \"family\": \"EVENITY\","
          + " \"displayName\": \"Romobio\", \"hcpcs\": \"Q9991\"}]}";

  private static ObjectNode example(String name) throws IOException {
    return (ObjectNode)
        JSON.readTree(JsonFixtures.repositoryRoot().resolve("examples/" + name + ".json").toFile());
  }

  /** The 12th Evenity dose, of Romobio billed under Q9991, with a statement added to its note. */
  private static String romobioCase(String statement) throws IOException {
    ObjectNode c = example("romosozumab-12th-dose-approved");
    ((ObjectNode) c.get("claim")).put("hcpcs", "Q9991");
    c.get("record").get("documents").forEach(d -> {
      if (d.has("product")) {
        ((ObjectNode) d).put("product", "ROMOBIO");
      }
      if (statement != null && d.get("kind").asText().equals("PROGRESS_NOTE")) {
        ((ObjectNode) d).putObject("statements").put(statement, false);
      }
    });
    return JSON.writeValueAsString(c);
  }

  @Test
  void aProductACatalogFileAddsToAFamilyIsReadWithThatFamilysPolicysVocabulary() throws IOException {
    DrugCatalog catalog = CatalogFile.read(CATALOG);
    CaseReader reader = CaseReader.standard().withCatalog(catalog);
    // "pregnant" is a statement of the denosumab policy (the first), not of romosozumab's
    assertThat(Policies.load().first().statements()).contains(org.coveragepolicy.core.evidence.NoteStatement.of("pregnant"));
    assertThatExceptionOfType(InvalidCaseException.class)
        .isThrownBy(() -> reader.read(romobioCase("pregnant")))
        .satisfies(e -> assertThat(e.path()).isEqualTo("record.documents[1].statements.pregnant"))
        .withMessageContaining("ROMOSOZUMAB");
  }

  @Test
  void aProductACatalogFileAddsToAFamilyIsReviewedByThatFamilysPolicy() throws IOException {
    DrugCatalog catalog = CatalogFile.read(CATALOG);
    ReviewCase c = CaseReader.standard().withCatalog(catalog).read(romobioCase(null));
    ReviewResult r = ClaimReview.standard().overCatalog(catalog).review(c);
    assertThat(r.product()).contains(Product.of("ROMOBIO"));
    assertThat(r.edition().name()).isEqualTo(RomosozumabPolicy.POLICY.defaultEdition().name());
    assertThat(r.decision()).isEqualTo(Decision.APPROVE);
  }

  @Test
  void aReaderOfGivenPoliciesReadsTheirCases() throws IOException {
    ReviewCase c =
        CaseReader.of(ROMOSOZUMAB_ONLY)
            .read(JSON.writeValueAsString(example("romosozumab-12th-dose-approved")));
    assertThat(ClaimReview.of(ROMOSOZUMAB_ONLY).review(c).decision()).isEqualTo(Decision.APPROVE);
    assertThat(CaseReader.of(ROMOSOZUMAB_ONLY).policies()).isSameAs(ROMOSOZUMAB_ONLY);
  }

  @Test
  void aReaderOfGivenPoliciesKnowsNoOtherPolicysHcpcsCode() throws IOException {
    String prolia = JSON.writeValueAsString(example("approved-prolia-pmo"));
    assertThat(CaseReader.standard().read(prolia).claim().hcpcs().code()).isEqualTo("J0897");
    assertThatExceptionOfType(InvalidCaseException.class)
        .isThrownBy(() -> CaseReader.of(ROMOSOZUMAB_ONLY).read(prolia))
        .satisfies(e -> assertThat(e.path()).isEqualTo("claim.hcpcs"))
        .withMessageContaining("J3111");
  }

  @Test
  void aReaderOfGivenPoliciesKnowsOnlyTheirEditions() throws IOException {
    ObjectNode c = example("romosozumab-12th-dose-approved");
    c.put("edition", "NORIDIAN_JF_2026");
    String text = JSON.writeValueAsString(c);
    assertThatExceptionOfType(InvalidCaseException.class)
        .isThrownBy(() -> CaseReader.of(ROMOSOZUMAB_ONLY).read(text))
        .satisfies(e -> assertThat(e.path()).isEqualTo("edition"))
        .withMessageContaining(RomosozumabPolicy.POLICY.defaultEdition().name());
  }

  @Test
  void theStandardReaderReadsForThePoliciesOnTheClassPath() {
    assertThat(CaseReader.standard().policies()).isSameAs(ClaimReview.standard().policies());
  }

  @Test
  void aCatalogFileReadForGivenPoliciesExtendsTheirCatalog() {
    DrugCatalog catalog = CatalogFile.read(CATALOG, ROMOSOZUMAB_ONLY);
    assertThat(catalog.products())
        .containsExactlyInAnyOrder(RomosozumabPolicy.EVENITY, Product.of("ROMOBIO"));
  }
}

package org.coveragepolicy.json;

import org.coveragepolicy.indications.denosumab.DenosumabCatalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every source a case can be read from, the reader's settings, and its null checks. */
class CaseReaderTest {
  private static final ReviewCase EXPECTED = ReviewJson.readCase(APPROVED_CASE);

  @TempDir Path dir;

  @Test
  void everySourceGivesTheSameCase() throws IOException {
    CaseReader reader = CaseReader.standard();
    byte[] utf8 = APPROVED_CASE.getBytes(UTF_8);
    Path file = Files.write(dir.resolve("case.json"), utf8);

    assertThat(reader.read(utf8)).isEqualTo(EXPECTED);
    assertThat(reader.read(new ByteArrayInputStream(utf8))).isEqualTo(EXPECTED);
    assertThat(reader.read(new StringReader(APPROVED_CASE))).isEqualTo(EXPECTED);
    assertThat(reader.read(file)).isEqualTo(EXPECTED);
    assertThat(ReviewJson.readCase(file)).isEqualTo(EXPECTED);
    assertThat(ReviewJson.readCase(new ByteArrayInputStream(utf8))).isEqualTo(EXPECTED);
    assertThat(ReviewJson.readCase(new StringReader(APPROVED_CASE))).isEqualTo(EXPECTED);
  }

  @Test
  void oneLineOfALargerBufferIsReadInPlace() {
    String line = JsonFixtures.approvedLine();
    byte[] buffer = ("{\"not\": \"this\"}\n" + line + "\nrest").getBytes(UTF_8);
    int offset = buffer.length - line.length() - "\nrest".length();
    assertThat(CaseReader.standard().read(buffer, offset, line.length())).isEqualTo(EXPECTED);
  }

  @Test
  void rangeOutsideTheBufferIsAnIndexError() {
    assertThatThrownBy(() -> CaseReader.standard().read(new byte[4], 2, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void inputOfExactlyTheLimitIsRead() {
    byte[] utf8 = APPROVED_CASE.getBytes(UTF_8);
    assertThat(CaseReader.standard().withMaxBytes(utf8.length).read(utf8)).isEqualTo(EXPECTED);
  }

  @Test
  void inputOneByteOverTheLimitIsTooLarge() {
    byte[] utf8 = APPROVED_CASE.getBytes(UTF_8);
    CaseReader reader = CaseReader.standard().withMaxBytes(utf8.length - 1);
    String message = "too large: more than " + (utf8.length - 1) + " bytes, the reader's limit";
    assertThatThrownBy(() -> reader.read(utf8)).hasMessage(message);
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(utf8))).hasMessage(message);
    assertThatThrownBy(() -> reader.read(APPROVED_CASE)).hasMessage(message);
    assertThatThrownBy(() -> reader.read(new StringReader(APPROVED_CASE))).hasMessage(message);
  }

  @Test
  void limitCountsUtf8BytesOfText() {
    String id = "\u00e9".repeat(400); // 400 characters, 800 bytes
    String json = JsonFixtures.with(APPROVED_CASE, "id", "x");
    CaseReader reader = CaseReader.standard().withMaxBytes(json.length() + 500);
    assertThatThrownBy(() -> reader.read(json.replace("\"x\"", "\"" + id + "\"")))
        .hasMessageStartingWith("too large");
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> CaseReader.standard().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be ≥ 1, was 0");
  }

  @Test
  void directoryIsAnIoErrorNotInvalidInput() {
    assertThatThrownBy(() -> CaseReader.standard().read(dir)).isInstanceOf(IOException.class);
  }

  @Test
  void standardReaderUsesTheStandardCatalog() {
    assertThat(CaseReader.standard().catalog()).isSameAs(ClaimReview.standard().catalog());
    assertThat(CaseReader.standard().maxBytes()).isEqualTo(CaseReader.DEFAULT_MAX_BYTES);
  }

  @Test
  void hcpcsIsCheckedAgainstTheReadersCatalog() {
    CatalogEntry qCode =
        CatalogEntry.builder()
            .from(DenosumabCatalog.PROLIA_ENTRY)
            .product(Product.of("BIOSIMILAR_TEST"))
            .hcpcs(Hcpcs.parse("Q5136"))
            .build();
    CaseReader reader = CaseReader.standard().withCatalog(DrugCatalog.of(qCode));
    assertThat(reader.catalog().hcpcsCodes()).containsExactly(Hcpcs.parse("Q5136"));
    assertThatThrownBy(() -> reader.read(APPROVED_CASE))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessage("claim.hcpcs: not a HCPCS code of the catalog (Q5136), was \"J0897\"");
  }

  @Test
  void unknownProductIsNotInvalidInput() {
    ReviewCase c = ReviewJson.readCase(JsonFixtures.with(APPROVED_CASE, "record.documents[0].product", "EVENITY"));
    assertThat(c.record().documents()).hasSize(5);
  }

  @Test
  void nullArgumentsAreRejectedNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ReviewJson.class);
    tester.testAllPublicInstanceMethods(CaseReader.standard());
    assertThatThrownBy(() -> CaseReader.standard().read((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
  }

  @Test
  void errorCarriesTheCaseIdEvenWhenTheIdComesLater() {
    String json = "{\"claim\": 7, \"id\": \"late-id\"}";
    InvalidCaseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidCaseException.class, () -> ReviewJson.readCase(json));
    assertThat(e).hasMessage("claim: must be an object, was 7");
    assertThat(e.caseId()).contains("late-id");
  }
}

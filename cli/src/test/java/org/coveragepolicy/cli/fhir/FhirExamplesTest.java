package org.coveragepolicy.cli.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.fhir.BundleCases;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The FHIR Bundles in {@code examples/fhir/} against the JSON cases they are the FHIR form of:
 * reviewing a Bundle gives exactly the result of its JSON case (the case ID included: a Bundle's
 * identifier is the case ID), and the file is exactly what the writer gives for the case.
 */
class FhirExamplesTest {
  private static final ClaimReview REVIEW = ClaimReview.standard();
  private static final Path EXAMPLES = locate();

  private static Path locate() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples/fhir"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/fhir above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void atLeastTenBundlesAndEachIsListedAndNamedAfterACase() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(EXAMPLES.resolve("fhir"))) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .map(n -> n.substring(0, n.length() - ".json".length()))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    assertThat(files).containsExactlyInAnyOrderElementsOf(FhirExamples.NAMES);
    for (String name : files) {
      assertThat(EXAMPLES.resolve(name + ".json")).isRegularFile();
    }
  }

  @TestFactory
  Stream<DynamicTest> reviewingTheBundleGivesTheResultOfTheJsonCase() {
    return FhirExamples.NAMES.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      ReviewCase fromJson =
                          ReviewJson.readCase(read(EXAMPLES.resolve(name + ".json")));
                      ReviewCase fromBundle =
                          BundleCases.toCase(read(EXAMPLES.resolve("fhir/" + name + ".json")));
                      assertThat(fromBundle).isEqualTo(fromJson);
                      ReviewResult want = REVIEW.review(fromJson);
                      ReviewResult got = REVIEW.review(fromBundle);
                      assertThat(ReviewJson.resultToPrettyJson(got))
                          .isEqualTo(ReviewJson.resultToPrettyJson(want));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachBundleFileIsWhatTheWriterGives() {
    return FhirExamples.NAMES.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertThat(read(EXAMPLES.resolve("fhir/" + name + ".json")))
                            .as("regenerate with FhirExamples.main")
                            .isEqualTo(FhirExamples.fhirForm(EXAMPLES, name))));
  }

  @TestFactory
  Stream<DynamicTest> everyProjectExampleRoundTripsThroughFhir() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      cases =
          s.filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(p -> !p.getFileName().toString().equals("expected.json"))
              .sorted()
              .toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    return cases.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      ReviewCase c = ReviewJson.readCase(read(p));
                      ReviewCase back = BundleCases.toCase(BundleCases.toJson(c));
                      assertThat(back).isEqualTo(c);
                      assertThat(REVIEW.review(back)).isEqualTo(REVIEW.review(c));
                    }));
  }
}

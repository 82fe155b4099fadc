package org.coveragepolicy.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.fhir.BundleCases;
import org.coveragepolicy.fhir.Fhir;
import org.hl7.fhir.r4.model.Bundle;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewResult;
import org.coveragepolicy.review.ReviewCase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review CASE.json}: prints the review result of one case as indented JSON. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews one case (a JSON review case, docs/json-contract.md in the repository) and prints"
          + " the result as JSON on standard output: product, decision, denial reason, indication and"
          + " findings.",
      "An invalid case prints what is wrong, with its JSON path, on standard error and nothing on"
          + " standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reviewed (whatever the decision: APPROVE or DENY)",
      "1:the result cannot be written (standard output full or closed), or an internal error (a"
          + " fault of the program, not of the input)",
      "2:invalid input: not a valid case, not UTF-8, larger than 1 MiB, file missing or"
          + " unreadable, a directory, or bad usage"
    },
    footer = {
      "%nExamples:",
      "  coverage-review review case.json",
      "  coverage-review review --edition FDA_LABEL_2024 - < case.json",
      "  coverage-review review --format fhir bundle.json"
    })
final class ReviewCommand implements Callable<Integer> {
  /** The largest FHIR Bundle read, in characters: a Bundle is larger than its JSON case. */
  static final int FHIR_MAX_CHARS = 16 * 1024 * 1024;

  private final Io io;
  private final Function<ReviewCase, ReviewResult> review;

  @Parameters(
      index = "0",
      paramLabel = "CASE.json",
      description = "The case to review; - reads standard input.")
  private String file = Inputs.STDIO;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      converter = EditionConverter.class,
      description =
          "Reviews under this edition instead of the case's own: NORIDIAN_JF_2026 (the default"
              + " of a case) or FDA_LABEL_2024.")
  private @Nullable Edition edition;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "The form of the case: json (a review case, docs/json-contract.md; the default) or fhir"
              + " (a FHIR R4 Bundle, fhir/README.md).")
  private String format = "json";

  @Option(names = "--catalog", paramLabel = "FILE", description = Catalogs.DESCRIPTION)
  private @Nullable String catalogFile;

  ReviewCommand(Io io, Function<ReviewCase, ReviewResult> review) {
    this.io = io;
    this.review = review;
  }

  @Override
  public Integer call() throws Exception {
    ReviewCase reviewCase;
    Function<ReviewCase, ReviewResult> reviewer = review;
    CaseReader reader = CaseReader.standard();
    if (catalogFile != null) {
      try {
        DrugCatalog catalog = Catalogs.read(catalogFile);
        reader = reader.withCatalog(catalog);
        reviewer = ClaimReview.withCatalog(catalog)::review;
      } catch (Inputs.UnusableFile | InvalidInputException e) {
        io.err.println("coverage-review: --catalog " + e.getMessage());
        return CoverageReview.INVALID_INPUT;
      }
    }
    try {
      switch (format) {
        case "json":
          reviewCase = Inputs.readCase(file, io.in, reader);
          break;
        case "fhir":
          reviewCase =
              BundleCases.toCase(
                  Fhir.parse(Bundle.class, Inputs.readText(file, io.in, FHIR_MAX_CHARS)),
                  reader.catalog());
          break;
        default:
          io.err.println("coverage-review: --format must be json or fhir, was " + format);
          return CoverageReview.INVALID_INPUT;
      }
    } catch (InvalidCaseException e) {
      io.err.println(Inputs.displayName(file) + ": " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    } catch (InvalidInputException e) {
      io.err.println(Inputs.displayName(file) + ": " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    } catch (Inputs.UnusableFile e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    }
    if (edition != null) {
      reviewCase = reviewCase.withEdition(edition);
    }
    String json;
    try {
      json = ReviewJson.resultToPrettyJson(reviewer.apply(reviewCase));
    } catch (InvalidInputException e) {
      // invalid for the policy that reviews it: an edition of another policy than the product's
      io.err.println(Inputs.displayName(file) + ": " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    }
    // standard output as batch writes it: a write error (a full disk, a closed pipe), which a
    // PrintStream only records, is exit 1 with a message naming standard output
    OutputFile out = OutputFile.open(Inputs.STDIO, io.out);
    try {
      out.stream().write((json + "\n").getBytes(StandardCharsets.UTF_8));
      out.commit();
    } catch (OutputFile.WriteFailed e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INTERNAL_ERROR;
    } finally {
      out.close();
    }
    return CoverageReview.OK;
  }
}

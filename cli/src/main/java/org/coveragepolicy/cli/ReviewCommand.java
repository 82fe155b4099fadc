package org.coveragepolicy.cli;

import java.io.Writer;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.indications.Edition;
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
      "Reviews one case (a JSON review case, REVIEW-CASE.md) and prints the result as JSON on"
          + " standard output: product, decision, denial reason, indication and findings.",
      "An invalid case prints what is wrong, with its JSON path, on standard error and nothing on"
          + " standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reviewed (whatever the decision: APPROVE or DENY)",
      "1:internal error (a fault of the program, not of the input)",
      "2:invalid input: not a valid case, not UTF-8, larger than 1 MiB, file missing or"
          + " unreadable, a directory, or bad usage"
    },
    footer = {
      "%nExamples:",
      "  coverage-review review examples/approved-prolia-pmo.json",
      "  coverage-review review --edition FDA_LABEL_2024 - < case.json"
    })
final class ReviewCommand implements Callable<Integer> {
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

  ReviewCommand(Io io, Function<ReviewCase, ReviewResult> review) {
    this.io = io;
    this.review = review;
  }

  @Override
  public Integer call() throws Exception {
    ReviewCase reviewCase;
    try {
      reviewCase = Inputs.readCase(file, io.in, CaseReader.standard());
    } catch (Inputs.UnusableFile e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    } catch (InvalidCaseException e) {
      io.err.println(Inputs.displayName(file) + ": " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    }
    if (edition != null) {
      reviewCase = reviewCase.withEdition(edition);
    }
    String json = ReviewJson.resultToPrettyJson(review.apply(reviewCase));
    Writer out = Inputs.writer(Inputs.STDIO, io.out);
    out.write(json);
    out.write('\n');
    out.flush();
    return CoverageReview.OK;
  }
}

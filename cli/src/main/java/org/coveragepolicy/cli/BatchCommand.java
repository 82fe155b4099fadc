package org.coveragepolicy.cli;

import java.io.BufferedReader;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.coveragepolicy.indications.Edition;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch CASES.jsonl}: reviews JSON Lines as a stream and writes the summary. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews JSON Lines, one case per line, as a stream: writes one result line per input line,"
          + " in input order, and a Markdown summary (reviewed, approved, denied, invalid, the claim"
          + " denial rate, Top Denial Reasons, and the rules that fired most).",
      "A line that is not a valid case - blank lines included - gives"
          + " {\"line\": n, \"id\": \"...\" or null, \"error\": \"...\"} and the batch goes on.",
      "Shows progress on standard error when run at a terminal.",
      "The forms of cases, results and error lines: docs/json-contract.md in the repository."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line done (invalid lines are reported in the output, not by the exit code)",
      "1:internal error (a line whose review failed says so in its output line)",
      "2:bad usage, input file missing or output not writable"
    },
    footer = {
      "%nExamples:",
      "  coverage-review batch cases.jsonl --out results.jsonl --summary summary.md",
      "  cat cases.jsonl | coverage-review batch - --edition FDA_LABEL_2024 > results.jsonl"
    })
final class BatchCommand implements Callable<Integer> {
  private final Io io;
  private final Function<ReviewCase, ReviewResult> review;

  @Parameters(
      index = "0",
      paramLabel = "CASES.jsonl",
      description = "The cases, one JSON object a line; - reads standard input.")
  private String input = Inputs.STDIO;

  @Option(
      names = "--out",
      paramLabel = "RESULTS.jsonl",
      description = "Where the result lines go; - (the default) is standard output.")
  private String out = Inputs.STDIO;

  @Option(
      names = "--summary",
      paramLabel = "SUMMARY.md",
      description = "Writes the Markdown batch summary to this file.")
  private @Nullable String summaryFile;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      converter = EditionConverter.class,
      description =
          "Reviews every case under this edition instead of its own: NORIDIAN_JF_2026 or"
              + " FDA_LABEL_2024.")
  private @Nullable Edition edition;

  BatchCommand(Io io, Function<ReviewCase, ReviewResult> review) {
    this.io = io;
    this.review = review;
  }

  @Override
  public Integer call() throws Exception {
    BatchSummary summary;
    LongConsumer progress =
        io.interactive ? n -> io.err.printf(Locale.ROOT, "\rreviewed %,d lines", n).flush() : n -> {};
    try (BufferedReader in = Inputs.reader(input, io.in);
        Writer results = Inputs.writer(out, io.out)) {
      if (summaryFile != null) {
        // fail before the work, not after it
        Inputs.writer(summaryFile, io.out).close();
      }
      summary = new Batch(review, Optional.ofNullable(edition), progress).run(in, results);
    } catch (Inputs.UnusableFile e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INVALID_INPUT;
    }
    if (io.interactive && summary.lines() >= Batch.PROGRESS_EVERY) {
      io.err.printf(Locale.ROOT, "\rreviewed %,d lines%n", summary.lines()).flush();
    }
    if (summaryFile != null) {
      try (Writer w = Inputs.writer(summaryFile, io.out)) {
        w.write(summary.toMarkdown());
      }
    }
    return summary.failed() > 0 ? CoverageReview.INTERNAL_ERROR : CoverageReview.OK;
  }
}

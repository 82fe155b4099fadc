package org.coveragepolicy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch CASES.jsonl}: reviews JSON Lines on all cores and writes the summary and report. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews JSON Lines, one case per line, on all cores: writes one result line per input line,"
          + " in input order, a Markdown summary (reviewed, approved, denied, invalid, the claim"
          + " denial rate, Top Denial Reasons, denials by product and indication, and the rules"
          + " that fired most, in words with their IDs; the input, editions and range of dates of"
          + " service the batch covers) and an HTML report of the same.",
      "A line that is not a valid case - blank lines included - gives"
          + " {\"line\": n, \"id\": \"...\" or null, \"error\": \"...\"} and the batch goes on."
          + " Lines end at LF or CRLF; a CR inside a line is whitespace.",
      "Each output file appears complete or not at all: it is written to a temporary file beside it"
          + " and renamed into place at the end, so a failed or stopped batch leaves the previous"
          + " file as it was. No output may be the input or another output.",
      "Shows progress on standard error when it is a terminal, unless --quiet.",
      "The forms of cases, results and error lines: docs/json-contract.md in the repository."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line done (invalid lines are reported in the output, not by the exit code)",
      "1:internal error, or an output could not be written (disk full, closed pipe)",
      "2:bad usage, input file missing, an output that is the input or another output, or an"
          + " output that cannot be created"
    },
    footer = {
      "%nExamples:",
      "  coverage-review batch cases.jsonl --out results.jsonl --summary summary.md"
          + " --report report.html",
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
      names = "--report",
      paramLabel = "REPORT.html",
      description =
          "Writes the batch summary as one self-contained HTML page (bar chart of Top Denial"
              + " Reasons; no network or script needed) to this file.")
  private @Nullable String reportFile;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      converter = EditionConverter.class,
      description =
          "Reviews every case under this edition instead of its own: NORIDIAN_JF_2026 or"
              + " FDA_LABEL_2024.")
  private @Nullable Edition edition;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Reviews on this many threads; default: the available processors (${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-q", "--quiet"},
      description = "Shows no progress, even at a terminal.")
  private boolean quiet;

  @Option(names = "--catalog", paramLabel = "FILE", description = Catalogs.DESCRIPTION)
  private @Nullable String catalogFile;

  BatchCommand(Io io, Function<ReviewCase, ReviewResult> review) {
    this.io = io;
    this.review = review;
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      return usage("--threads must be at least 1, was " + threads);
    }
    Optional<String> clash = clash();
    if (clash.isPresent()) {
      return usage(clash.get());
    }
    LineReview lineReview;
    ReportWords words;
    try {
      if (catalogFile == null) {
        lineReview = new LineReview(review, Optional.ofNullable(edition));
        words = ReportWords.standard();
      } else {
        DrugCatalog catalog = Catalogs.read(catalogFile);
        words = new ReportWords(catalog);
        lineReview =
            new LineReview(
                ClaimReview.withCatalog(catalog)::review,
                Optional.ofNullable(edition),
                CaseReader.standard().withCatalog(catalog));
      }
    } catch (Inputs.UnusableFile | InvalidInputException e) {
      return usage("--catalog " + e.getMessage());
    }
    List<OutputFile> opened = new ArrayList<>();
    try (InputStream in = Inputs.stream(input, io.in)) {
      // every output is opened (as a temporary file) before any work, so a bad path fails first
      OutputFile results = open(out, opened);
      OutputFile summaryOut = summaryFile == null ? null : open(summaryFile, opened);
      OutputFile reportOut = reportFile == null ? null : open(reportFile, opened);

      TerminalProgress progress =
          io.interactive && !quiet
              ? new TerminalProgress(io.err, inputSize(), System::nanoTime)
              : null;
      Batch batch =
          new Batch(
              lineReview,
              threads,
              progress == null ? Batch.Progress.NONE : progress);
      BatchSummary summary = batch.run(in, results.stream());
      if (summaryOut != null) {
        summaryOut.stream().write(summary.toMarkdown(input, words).getBytes(StandardCharsets.UTF_8));
      }
      if (reportOut != null) {
        reportOut.stream().write(HtmlReport.render(summary, input, words).getBytes(StandardCharsets.UTF_8));
      }
      // all together: a batch stopped by a signal (even one whose input ends at the same moment)
      // commits either every output, before the stop began, or none
      OutputFile.commitAll(opened);
      if (progress != null) {
        progress.finish(summary.lines(), inputSize());
      }
      return summary.failed() > 0 ? CoverageReview.INTERNAL_ERROR : CoverageReview.OK;
    } catch (Inputs.UnusableFile e) {
      return usage(e.getMessage());
    } catch (OutputFile.WriteFailed e) {
      io.err.println("coverage-review: " + e.getMessage());
      return CoverageReview.INTERNAL_ERROR;
    } catch (IOException e) {
      io.err.println(
          "coverage-review: "
              + Inputs.displayName(input)
              + ": cannot be read ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")");
      return CoverageReview.INTERNAL_ERROR;
    } finally {
      // whatever was not committed is discarded: those targets keep their previous content
      for (OutputFile f : opened) {
        f.close();
      }
      io.err.flush();
    }
  }

  private int usage(@Nullable String message) {
    io.err.println("coverage-review: " + message);
    return CoverageReview.INVALID_INPUT;
  }

  private OutputFile open(String name, List<OutputFile> opened) throws Inputs.UnusableFile {
    OutputFile f = OutputFile.open(name, io.out);
    opened.add(f);
    return f;
  }

  private long inputSize() {
    if (Inputs.STDIO.equals(input)) {
      return 0;
    }
    try {
      return Files.size(Path.of(input));
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Returns why the named files cannot go together: an output that is the input, or two outputs
   * that are one file. Paths are compared as files (links and relative names resolved), not as
   * text.
   */
  private Optional<String> clash() {
    Map<String, String> files = new LinkedHashMap<>();
    if (!Inputs.STDIO.equals(input)) {
      files.put("the input " + input, input);
    }
    if (!Inputs.STDIO.equals(out)) {
      files.put("--out " + out, out);
    }
    if (summaryFile != null) {
      files.put("--summary " + summaryFile, summaryFile);
    }
    if (reportFile != null) {
      files.put("--report " + reportFile, reportFile);
    }
    List<Map.Entry<String, String>> list = new ArrayList<>(files.entrySet());
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        if (sameFile(list.get(i).getValue(), list.get(j).getValue())) {
          return Optional.of(
              list.get(j).getKey()
                  + " is the same file as "
                  + list.get(i).getKey()
                  + ": refusing to overwrite it (nothing was written)");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sameFile(String a, String b) {
    try {
      Path p = Path.of(a).toAbsolutePath().normalize();
      Path q = Path.of(b).toAbsolutePath().normalize();
      return p.equals(q) || Files.exists(p) && Files.exists(q) && Files.isSameFile(p, q);
    } catch (IOException | InvalidPathException e) {
      // a name that is not a path is refused when it is opened
      return false;
    }
  }
}

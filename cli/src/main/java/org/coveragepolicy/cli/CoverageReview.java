package org.coveragepolicy.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code coverage-review} command: reviews Part B drug claims given as JSON review cases
 * ({@code docs/json-contract.md} in the repository) or FHIR R4 Bundles ({@code fhir/README.md}).
 * {@code review CASE.json} prints one result; {@code batch CASES.jsonl} streams JSON Lines and
 * writes the TPE batch summary; {@code serve} starts the CDS Hooks service; {@code rules} writes
 * the policies' rules documents.
 *
 * <p>Exit codes: 0 done (whatever the decisions), 1 internal error, 2 invalid input or usage,
 * including a policy on the class path that fails to load ({@code Policies.load()}).
 *
 * <p>The policies are the ones on the class path: the built-in ones and those of any policy jar
 * started with it, {@code java -cp coverage-review.jar:policy.jar
 * org.coveragepolicy.cli.CoverageReview} (what {@code bin/coverage-review} runs when {@code
 * COVERAGE_REVIEW_POLICIES} names jars).
 *
 * @since 0.1.0
 */
@Command(
    name = "coverage-review",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews Medicare Part B drug claims under the coverage policies on the class path (the"
          + " built-in ones and any policy jar's) as a TPE review does: covered or not, and if not,"
          + " exactly why and what to fix."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (whatever the decisions)",
      "1:internal error",
      "2:invalid input or usage, or a policy jar that fails to load"
    },
    footer = {
      "%nExamples:",
      "  coverage-review review case.json",
      "  coverage-review batch cases.jsonl --out results.jsonl --summary summary.md",
      "  coverage-review review --format fhir bundle.json",
      "  coverage-review serve --port 8080",
      "  coverage-review rules --out docs"
    })
public final class CoverageReview implements Callable<Integer> {
  /** Exit code: done, whatever the decisions. */
  static final int OK = 0;

  /** Exit code: an internal error. */
  static final int INTERNAL_ERROR = 1;

  /** Exit code: invalid input or usage. */
  static final int INVALID_INPUT = 2;

  @Spec private @org.jspecify.annotations.Nullable CommandSpec spec;

  private CoverageReview() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments, such as {@code review case.json}
   */
  public static void main(String[] args) {
    // HAPI FHIR logs through SLF4J; the command line ships no SLF4J provider and prints nothing
    // of SLF4J's own about it (its notices would go to standard error on every run)
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    // the policies first: a policy jar that fails to load stops every command with one line naming
    // the provider class and the reason (Policies.load), exit 2 as for any other unusable input
    try {
      Policies.load();
    } catch (IllegalStateException e) {
      PrintWriter err =
          new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
      err.println("coverage-review: " + e.getMessage());
      System.exit(INVALID_INPUT);
      return;
    }
    ClaimReview review = ClaimReview.standard();
    System.exit(
        run(args, review::review, System.in, System.out, System.err, Terminal.stderrIsTerminal()));
  }

  /**
   * Runs the command with the given review and streams; nothing is read from or written to the
   * process's own.
   */
  static int run(
      String[] args,
      Function<ReviewCase, ReviewResult> review,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Io io = new Io(in, out, errWriter, interactive);
    CommandLine cmd =
        new CommandLine(new CoverageReview())
            .addSubcommand(new ReviewCommand(io, review))
            .addSubcommand(new BatchCommand(io, review))
            .addSubcommand(new ServeCommand(io))
            .addSubcommand(new RulesCommand(io))
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                  commandLine.getErr().println(internalError(e));
                  return INTERNAL_ERROR;
                });
    int code = cmd.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /** Describes an unexpected exception in one line, without a stack trace. */
  static String internalError(Throwable e) {
    return "internal error: "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public Integer call() {
    CommandSpec s = java.util.Objects.requireNonNull(spec);
    s.commandLine()
        .getErr()
        .println("coverage-review: a command is required (review, batch, serve or rules)");
    s.commandLine().usage(s.commandLine().getErr());
    return INVALID_INPUT;
  }
}

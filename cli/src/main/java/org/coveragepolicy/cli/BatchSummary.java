package org.coveragepolicy.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * The counts of a batch — the TPE "edit effectiveness" view — which {@link MarkdownReport} and
 * {@link HtmlReport} write, and the phrases both reports share. Holds counts
 * only (per denial reason, product, indication, rule and edition, all bounded by the policy, the
 * first and last date of service, and the first few invalid lines), never results, so a batch of
 * any length uses the same memory. It counts by the names the results give; {@link ReportWords}
 * turns them into words when the summary is written.
 *
 * <p>Not thread-safe: a batch counts each chunk of lines in a summary of its own and {@linkplain
 * #add adds} the chunks' summaries in input order.
 */
final class BatchSummary {
  /** How many invalid lines the summary lists. */
  static final int LISTED_INVALID_LINES = 10;

  /** The key of denials whose product or indication could not be determined. */
  static final String NONE = "(not determined)";

  private long lines;
  private long approved;
  private long denied;
  private long invalid;
  private long failed;
  private final EnumMap<Category, Long> denialReasons = new EnumMap<>(Category.class);
  private final Map<String, long[]> rules = new HashMap<>();
  private final Map<String, Long> deniedByProduct = new HashMap<>();
  private final Map<String, Long> deniedByIndication = new HashMap<>();
  private final Map<String, Long> byEdition = new HashMap<>();
  private @Nullable LocalDate firstDateOfService;
  private @Nullable LocalDate lastDateOfService;
  private final List<String[]> firstProblems = new ArrayList<>();

  /**
   * Counts a reviewed claim.
   *
   * @param result the claim's result
   * @param dateOfService the case's date of service, which the result does not carry
   */
  void reviewed(ReviewResult result, LocalDate dateOfService) {
    lines++;
    byEdition.merge(result.edition().name(), 1L, Long::sum);
    dateOfService(dateOfService);
    if (result.decision() == Decision.APPROVE) {
      approved++;
    } else {
      denied++;
      result.denialReason().ifPresent(c -> denialReasons.merge(c, 1L, Long::sum));
      deniedByProduct.merge(result.product().map(p -> p.name()).orElse(NONE), 1L, Long::sum);
      deniedByIndication.merge(
          result.indication().map(i -> i.name()).orElse(NONE), 1L, Long::sum);
    }
    // a rule counts once per claim and severity, however many findings it gave
    List<Finding> findings = result.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity() == Severity.INFO || countedBefore(findings, i)) {
        continue;
      }
      long[] counts = rules.computeIfAbsent(f.rule().id(), id -> new long[2]);
      counts[f.severity() == Severity.ERROR ? 0 : 1]++;
    }
  }

  private void dateOfService(@Nullable LocalDate date) {
    if (date == null) {
      return;
    }
    if (firstDateOfService == null || date.isBefore(firstDateOfService)) {
      firstDateOfService = date;
    }
    if (lastDateOfService == null || date.isAfter(lastDateOfService)) {
      lastDateOfService = date;
    }
  }

  /** Whether a finding before the i-th has the same rule and severity (a claim has a few). */
  private static boolean countedBefore(List<Finding> findings, int i) {
    Finding f = findings.get(i);
    for (int j = 0; j < i; j++) {
      Finding earlier = findings.get(j);
      if (earlier.severity() == f.severity() && earlier.rule().id().equals(f.rule().id())) {
        return true;
      }
    }
    return false;
  }

  void invalid(long line, @Nullable String id, String error) {
    lines++;
    invalid++;
    listProblem(line, id, error);
  }

  void failed(long line, String id, String error) {
    lines++;
    failed++;
    listProblem(line, id, error);
  }

  private void listProblem(long line, @Nullable String id, String error) {
    if (firstProblems.size() < LISTED_INVALID_LINES) {
      firstProblems.add(new String[] {Long.toString(line), id == null ? "" : id, error});
    }
  }

  /**
   * Adds the counts of another summary, whose lines come after this one's: the invalid lines it
   * lists follow this one's, up to {@link #LISTED_INVALID_LINES}.
   */
  void add(BatchSummary later) {
    lines += later.lines;
    approved += later.approved;
    denied += later.denied;
    invalid += later.invalid;
    failed += later.failed;
    later.denialReasons.forEach((k, v) -> denialReasons.merge(k, v, Long::sum));
    later.deniedByProduct.forEach((k, v) -> deniedByProduct.merge(k, v, Long::sum));
    later.deniedByIndication.forEach((k, v) -> deniedByIndication.merge(k, v, Long::sum));
    later.byEdition.forEach((k, v) -> byEdition.merge(k, v, Long::sum));
    dateOfService(later.firstDateOfService);
    dateOfService(later.lastDateOfService);
    later.rules.forEach(
        (k, v) -> {
          long[] counts = rules.computeIfAbsent(k, id -> new long[2]);
          counts[0] += v[0];
          counts[1] += v[1];
        });
    for (String[] p : later.firstProblems) {
      if (firstProblems.size() < LISTED_INVALID_LINES) {
        firstProblems.add(p);
      }
    }
  }

  long lines() {
    return lines;
  }

  long reviewed() {
    return approved + denied;
  }

  long approved() {
    return approved;
  }

  long denied() {
    return denied;
  }

  long invalid() {
    return invalid;
  }

  long failed() {
    return failed;
  }

  /** Returns the denials by reason, most frequent first, ties in precedence order. */
  List<Map.Entry<Category, Long>> denialReasons() {
    return byCount(denialReasons);
  }

  /**
   * Returns the denials by product name, most frequent first, ties by name; {@link #NONE} counts
   * denials whose product could not be determined.
   */
  List<Map.Entry<String, Long>> deniedByProduct() {
    return byCount(deniedByProduct);
  }

  /**
   * Returns the denials by indication name, most frequent first, ties by name; {@link #NONE} counts
   * denials for which no indication was determined.
   */
  List<Map.Entry<String, Long>> deniedByIndication() {
    return byCount(deniedByIndication);
  }

  /** Returns the reviewed claims by edition name, most first, ties by name. */
  List<Map.Entry<String, Long>> byEdition() {
    return byCount(byEdition);
  }

  /** Returns the earliest date of service of the reviewed claims; empty when none was reviewed. */
  Optional<LocalDate> firstDateOfService() {
    return Optional.ofNullable(firstDateOfService);
  }

  /** Returns the latest date of service of the reviewed claims; empty when none was reviewed. */
  Optional<LocalDate> lastDateOfService() {
    return Optional.ofNullable(lastDateOfService);
  }

  /**
   * Returns the range of dates of service in words: "2026-01-05 to 2026-03-14", one date when all
   * are the same, or "none (no claim was reviewed)".
   */
  String datesOfService() {
    if (firstDateOfService == null || lastDateOfService == null) {
      return "none (no claim was reviewed)";
    }
    return firstDateOfService.equals(lastDateOfService)
        ? firstDateOfService.toString()
        : firstDateOfService + " to " + lastDateOfService;
  }

  /** What the date range is, for a reader who might take it for the date of the report. */
  static final String DATES_OF_SERVICE_NOTE =
      "the earliest and latest date of service of the reviewed claims; the report itself is not"
          + " dated";

  /** The input's name as a report gives it: the file name as given, or "standard input". */
  static String inputName(String input) {
    return Inputs.STDIO.equals(input) ? "standard input" : input;
  }

  /** The counts, most first, ties in the keys' natural order. */
  private static <K extends Comparable<K>> List<Map.Entry<K, Long>> byCount(Map<K, Long> counts) {
    List<Map.Entry<K, Long>> byCount = new ArrayList<>(counts.entrySet());
    byCount.sort(
        Comparator.comparing((Map.Entry<K, Long> e) -> e.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return byCount;
  }

  /** Returns the first invalid or failed lines, in line order, as {line, id or "", error}. */
  List<String[]> listedProblems() {
    return firstProblems;
  }

  /** Returns the rules that fired, as {rule, claims with an ERROR, claims with a WARNING}. */
  List<Map.Entry<String, long[]>> rules() {
    List<Map.Entry<String, long[]>> byCount = new ArrayList<>(rules.entrySet());
    byCount.sort(
        Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[0])
            .thenComparing(e -> e.getValue()[1])
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return byCount;
  }

  /**
   * Returns the summary as Markdown ({@link MarkdownReport}), {@code \n} line ends; the same counts
   * give the same text.
   *
   * @param input the batch's input as the user named it, {@code -} for standard input
   * @param words the words for the names the results give
   * @return the summary
   */
  String toMarkdown(String input, ReportWords words) {
    return MarkdownReport.render(this, input, words);
  }

  /** "1 claim", "12 claims". */
  static String claims(long n) {
    return n + (n == 1 ? " claim" : " claims");
  }

  /** A share as a percentage with one decimal, half up; {@code n/a} of nothing. */
  static String percent(long part, long whole) {
    if (whole == 0) {
      return "n/a";
    }
    return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }
}

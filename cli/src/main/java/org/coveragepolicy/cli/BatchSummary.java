package org.coveragepolicy.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * The counts of a batch — the TPE "edit effectiveness" view — and their Markdown form. Holds counts
 * only (per denial reason, product, indication and rule, all bounded by the policy, and the first
 * few invalid lines), never results, so a batch of any length uses the same memory.
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
  private final List<String[]> firstProblems = new ArrayList<>();

  void reviewed(ReviewResult result) {
    lines++;
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
    List<Map.Entry<Category, Long>> byCount = new ArrayList<>(denialReasons.entrySet());
    byCount.sort(
        Comparator.comparing((Map.Entry<Category, Long> e) -> e.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return byCount;
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

  private static List<Map.Entry<String, Long>> byCount(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> byCount = new ArrayList<>(counts.entrySet());
    byCount.sort(
        Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
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

  /** Returns the summary as Markdown, {@code \n} line ends; the same counts give the same text. */
  String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Batch review summary\n\n");
    md.append("| | lines |\n| --- | ---: |\n");
    row(md, "reviewed", reviewed());
    row(md, "approved", approved);
    row(md, "denied", denied);
    row(md, "invalid", invalid);
    if (failed > 0) {
      row(md, "failed (internal error)", failed);
    }
    row(md, "total lines", lines);
    md.append('\n');
    md.append("Claim denial rate: ")
        .append(percent(denied, reviewed()))
        .append(" (")
        .append(denied)
        .append(" of ")
        .append(reviewed())
        .append(" reviewed claims denied; invalid lines are not claims and are not counted).\n\n");

    md.append("## Top Denial Reasons\n\n");
    if (denialReasons.isEmpty()) {
      md.append("No claim was denied.\n\n");
    } else {
      md.append("| rank | denial reason | denials | share of denials |\n");
      md.append("| ---: | --- | ---: | ---: |\n");
      int rank = 0;
      for (Map.Entry<Category, Long> e : denialReasons()) {
        md.append("| ")
            .append(++rank)
            .append(" | ")
            .append(e.getKey().name())
            .append(" | ")
            .append(e.getValue())
            .append(" | ")
            .append(percent(e.getValue(), denied))
            .append(" |\n");
      }
      md.append('\n');
    }

    if (denied > 0) {
      countTable(md, "Denials by Product", "product", deniedByProduct());
      countTable(md, "Denials by Indication", "indication", deniedByIndication());
    }

    md.append("## Rules That Fired Most\n\n");
    if (rules.isEmpty()) {
      md.append("No rule gave an ERROR or a WARNING.\n\n");
    } else {
      md.append("Claims on which each rule gave an ERROR or a WARNING, most ERRORs first.\n\n");
      md.append("| rule | ERROR | WARNING |\n| --- | ---: | ---: |\n");
      for (Map.Entry<String, long[]> e : rules()) {
        md.append("| ")
            .append(e.getKey())
            .append(" | ")
            .append(e.getValue()[0])
            .append(" | ")
            .append(e.getValue()[1])
            .append(" |\n");
      }
      md.append('\n');
    }

    if (!firstProblems.isEmpty()) {
      md.append("## Invalid Lines\n\n");
      if (invalid + failed > firstProblems.size()) {
        md.append("The first ").append(firstProblems.size()).append(" of ").append(invalid + failed)
            .append(".\n\n");
      }
      md.append("| line | id | error |\n| ---: | --- | --- |\n");
      for (String[] p : firstProblems) {
        md.append("| ").append(p[0]).append(" | ").append(cell(p[1])).append(" | ")
            .append(cell(p[2])).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private void countTable(
      StringBuilder md, String title, String what, List<Map.Entry<String, Long>> counts) {
    md.append("## ").append(title).append("\n\n");
    md.append("| ").append(what).append(" | denials | share of denials |\n");
    md.append("| --- | ---: | ---: |\n");
    for (Map.Entry<String, Long> e : counts) {
      md.append("| ")
          .append(cell(e.getKey()))
          .append(" | ")
          .append(e.getValue())
          .append(" | ")
          .append(percent(e.getValue(), denied))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, String label, long count) {
    md.append("| ").append(label).append(" | ").append(count).append(" |\n");
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

  /** Makes text safe in a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }
}

package org.coveragepolicy.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coveragepolicy.core.finding.Category;

/**
 * The batch summary as Markdown, the text a batch writes with {@code --summary}: what the summary is
 * for (the input, the editions, the range of dates of service), totals, the claim denial rate, Top
 * Denial Reasons, denials by product and by indication, the rules that fired most, and the first
 * invalid lines. Categories, products, indications and editions are shown in words ({@link
 * ReportWords}), each with the ID the results give beside it; every value from the input is made
 * safe as Markdown. It is a function of the summary's counts and the input's name only.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Returns the summary as Markdown, {@code \n} line ends.
   *
   * @param s the batch's counts
   * @param input the batch's input as the user named it, {@code -} for standard input
   * @param words the words for the names the results give
   * @return the summary
   */
  static String render(BatchSummary s, String input, ReportWords words) {
    List<Map.Entry<String, Long>> editions = s.byEdition();
    List<Map.Entry<Category, Long>> reasons = s.denialReasons();
    List<Map.Entry<String, long[]>> rules = s.rules();
    List<String[]> problems = s.listedProblems();
    long denied = s.denied();
    long reviewed = s.reviewed();
    StringBuilder md = new StringBuilder();
    md.append("# Batch review summary\n\n");
    md.append("- Input: ").append(inline(BatchSummary.inputName(input))).append('\n');
    md.append(editions.size() > 1 ? "- Editions: " : "- Edition: ");
    if (editions.isEmpty()) {
      md.append("none (no claim was reviewed)");
    }
    String separator = "";
    for (Map.Entry<String, Long> e : editions) {
      md.append(separator)
          .append(inline(words.edition(e.getKey())))
          .append(", `")
          .append(e.getKey())
          .append("`: ")
          .append(BatchSummary.claims(e.getValue()));
      separator = "; ";
    }
    md.append('\n');
    md.append("- Dates of service: ")
        .append(s.datesOfService())
        .append(
            s.firstDateOfService().isEmpty() ? "" : " (" + BatchSummary.DATES_OF_SERVICE_NOTE + ")")
        .append("\n\n");
    md.append("| | lines |\n| --- | ---: |\n");
    row(md, "reviewed", reviewed);
    row(md, "approved", s.approved());
    row(md, "denied", denied);
    row(md, "invalid", s.invalid());
    if (s.failed() > 0) {
      row(md, "failed (internal error)", s.failed());
    }
    row(md, "total lines", s.lines());
    md.append('\n');
    md.append("Claim denial rate: ")
        .append(BatchSummary.percent(denied, reviewed))
        .append(" (")
        .append(denied)
        .append(" of ")
        .append(reviewed)
        .append(" reviewed claims denied; invalid lines are not claims and are not counted).\n\n");

    md.append("## Top Denial Reasons\n\n");
    if (reasons.isEmpty()) {
      md.append("No claim was denied.\n\n");
    } else {
      md.append("| rank | denial reason | ID | denials | share of denials |\n");
      md.append("| ---: | --- | --- | ---: | ---: |\n");
      int rank = 0;
      for (Map.Entry<Category, Long> e : reasons) {
        md.append("| ")
            .append(++rank)
            .append(" | ")
            .append(cell(words.category(e.getKey())))
            .append(" | `")
            .append(e.getKey().name())
            .append("` | ")
            .append(e.getValue())
            .append(" | ")
            .append(BatchSummary.percent(e.getValue(), denied))
            .append(" |\n");
      }
      md.append('\n');
    }

    if (denied > 0) {
      countTable(md, "Denials by Product", "product", s.deniedByProduct(), words::product, denied);
      countTable(
          md, "Denials by Indication", "indication", s.deniedByIndication(), words::indication, denied);
    }

    md.append("## Rules That Fired Most\n\n");
    if (rules.isEmpty()) {
      md.append("No rule gave an ERROR or a WARNING.\n\n");
    } else {
      md.append("Claims on which each rule gave an ERROR or a WARNING, most ERRORs first.\n\n");
      md.append("| rule | ERROR | WARNING |\n| --- | ---: | ---: |\n");
      for (Map.Entry<String, long[]> e : rules) {
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

    if (!problems.isEmpty()) {
      md.append("## Invalid Lines\n\n");
      if (s.invalid() + s.failed() > problems.size()) {
        md.append("The first ").append(problems.size()).append(" of ").append(s.invalid() + s.failed())
            .append(".\n\n");
      }
      md.append("| line | id | error |\n| ---: | --- | --- |\n");
      for (String[] p : problems) {
        md.append("| ").append(p[0]).append(" | ").append(cell(p[1])).append(" | ")
            .append(cell(p[2])).append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static void countTable(
      StringBuilder md,
      String title,
      String what,
      List<Map.Entry<String, Long>> counts,
      Function<String, String> words,
      long denied) {
    md.append("## ").append(title).append("\n\n");
    md.append("| ").append(what).append(" | ID | denials | share of denials |\n");
    md.append("| --- | --- | ---: | ---: |\n");
    for (Map.Entry<String, Long> e : counts) {
      boolean none = BatchSummary.NONE.equals(e.getKey());
      md.append("| ")
          .append(cell(none ? BatchSummary.NONE : words.apply(e.getKey())))
          .append(" | ")
          .append(none ? "" : "`" + e.getKey() + "`")
          .append(" | ")
          .append(e.getValue())
          .append(" | ")
          .append(BatchSummary.percent(e.getValue(), denied))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, String label, long count) {
    md.append("| ").append(label).append(" | ").append(count).append(" |\n");
  }

  /** Makes text safe as inline Markdown: its punctuation shows as it is. */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }

  /** Makes text safe in a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }
}

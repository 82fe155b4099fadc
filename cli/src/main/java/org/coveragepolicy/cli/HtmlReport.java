package org.coveragepolicy.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coveragepolicy.core.finding.Category;

/**
 * The batch summary as one self-contained HTML page, the TPE view a compliance team reads: what
 * the report is for (the input, the editions, the range of dates of service), totals, the claim
 * denial rate, Top Denial Reasons as a bar chart in inline SVG, denials by product and by
 * indication, the rules that fired most, and the invalid lines. Categories, products, indications
 * and editions are shown in words ({@link ReportWords}), each with the ID the results give beside
 * it.
 *
 * <p>The page needs nothing else: no network, no script, no font or image files; its style sheet
 * is inline. Every value from the input (case IDs, error messages) and every name is HTML-escaped.
 * It is a function of the summary's counts and the input's name only — no clock, no locale, no host
 * name — so the same batch gives the same bytes; the only dates it shows are the claims' dates of
 * service. Every figure sits in an element with a stable {@code id} or {@code
 * data-*} attribute, so that tests and scripts can read the page back.
 */
final class HtmlReport {
  /** The width in SVG units of the longest bar. */
  static final int BAR_WIDTH = 420;

  private static final int LABEL_WIDTH = 250;
  private static final int ROW_HEIGHT = 28;

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
          + "margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2933;line-height:1.4}"
          + "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;"
          + "border-bottom:1px solid #d9dee3;padding-bottom:.2rem}"
          + "table{border-collapse:collapse;margin:.5rem 0}"
          + "th,td{padding:.25rem .75rem;border-bottom:1px solid #e4e7eb;text-align:left;"
          + "vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".rate{font-size:2rem;font-weight:600;margin:.5rem 0 0}.muted{color:#616e7c}"
          + "svg text{font-size:13px;fill:#1f2933}svg rect{fill:#c2410c}"
          + ".totals td.n{font-size:1.1rem}code{font-size:.9em;color:#52606d}";

  private HtmlReport() {}

  /**
   * Returns the report's HTML, {@code \n} line ends.
   *
   * @param summary the batch's counts
   * @param input the batch's input as the user named it, {@code -} for standard input
   * @param words the words for the names the results give
   * @return the page
   */
  static String render(BatchSummary summary, String input, ReportWords words) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Batch review report: ")
        .append(escape(BatchSummary.inputName(input)))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>Batch review report</h1>\n")
        .append("<p class=\"muted\">The TPE edit-effectiveness view of one batch of review cases.")
        .append(" Invalid lines are not claims and are not counted in the denial rate.</p>\n");

    reportFor(h, summary, input, words);
    totals(h, summary);
    topDenialReasons(h, summary, words);
    counts(
        h, "Denials by Product", "by-product", "product", summary.deniedByProduct(), summary,
        words::product);
    counts(
        h, "Denials by Indication", "by-indication", "indication", summary.deniedByIndication(),
        summary, words::indication);
    rules(h, summary);
    invalidLines(h, summary);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** The input, the editions of the results and the range of dates of service. */
  private static void reportFor(
      StringBuilder h, BatchSummary s, String input, ReportWords words) {
    List<Map.Entry<String, Long>> editions = s.byEdition();
    h.append("<table id=\"report-for\">\n<tbody>\n<tr><th>input</th><td id=\"input\">")
        .append(escape(BatchSummary.inputName(input)))
        .append("</td></tr>\n<tr><th>")
        .append(editions.size() > 1 ? "editions" : "edition")
        .append("</th><td id=\"editions\">");
    if (editions.isEmpty()) {
      h.append("none (no claim was reviewed)");
    }
    String separator = "";
    for (Map.Entry<String, Long> e : editions) {
      h.append(separator)
          .append("<span data-edition=\"")
          .append(escape(e.getKey()))
          .append("\" data-count=\"")
          .append(e.getValue())
          .append("\">")
          .append(escape(words.edition(e.getKey())))
          .append(" <code>")
          .append(escape(e.getKey()))
          .append("</code>: ")
          .append(escape(BatchSummary.claims(e.getValue())))
          .append("</span>");
      separator = "<br>\n";
    }
    h.append("</td></tr>\n<tr><th>dates of service</th><td><span id=\"dates-of-service\"");
    s.firstDateOfService().ifPresent(d -> h.append(" data-first=\"").append(d).append('"'));
    s.lastDateOfService().ifPresent(d -> h.append(" data-last=\"").append(d).append('"'));
    h.append('>').append(escape(s.datesOfService())).append("</span>");
    if (s.firstDateOfService().isPresent()) {
      h.append(" <span class=\"muted\">(")
          .append(escape(BatchSummary.DATES_OF_SERVICE_NOTE))
          .append(")</span>");
    }
    h.append("</td></tr>\n</tbody>\n</table>\n");
  }

  private static void totals(StringBuilder h, BatchSummary s) {
    h.append("<p class=\"rate\" id=\"denial-rate\">")
        .append(escape(BatchSummary.percent(s.denied(), s.reviewed())))
        .append("</p>\n<p class=\"muted\">claim denial rate: <span id=\"denied-of\">")
        .append(count(s.denied()))
        .append("</span> of <span id=\"reviewed-of\">")
        .append(count(s.reviewed()))
        .append("</span> reviewed claims denied</p>\n");
    h.append("<h2>Totals</h2>\n<table class=\"totals\" id=\"totals\">\n<tbody>\n");
    total(h, "reviewed", "reviewed", s.reviewed());
    total(h, "approved", "approved", s.approved());
    total(h, "denied", "denied", s.denied());
    total(h, "invalid", "invalid", s.invalid());
    if (s.failed() > 0) {
      total(h, "failed", "failed (internal error)", s.failed());
    }
    total(h, "lines", "total lines", s.lines());
    h.append("</tbody>\n</table>\n");
  }

  private static void total(StringBuilder h, String key, String label, long value) {
    h.append("<tr><th>")
        .append(escape(label))
        .append("</th><td class=\"n\" data-total=\"")
        .append(key)
        .append("\">")
        .append(count(value))
        .append("</td></tr>\n");
  }

  private static void topDenialReasons(StringBuilder h, BatchSummary s, ReportWords words) {
    h.append("<h2>Top Denial Reasons</h2>\n");
    List<Map.Entry<Category, Long>> reasons = s.denialReasons();
    if (reasons.isEmpty()) {
      h.append("<p id=\"no-denials\">No claim was denied.</p>\n");
      return;
    }
    long max = reasons.get(0).getValue();
    int height = ROW_HEIGHT * reasons.size() + 8;
    int width = LABEL_WIDTH + BAR_WIDTH + 90;
    h.append("<svg id=\"denial-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .append(" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"denial-chart-title\">\n")
        .append("<title id=\"denial-chart-title\">Denials by reason, most frequent first</title>\n");
    int y = 4;
    for (Map.Entry<Category, Long> e : reasons) {
      long denials = e.getValue();
      double bar = Math.max(1.0, BAR_WIDTH * (double) denials / max);
      h.append("<g class=\"bar\" data-reason=\"")
          .append(escape(e.getKey().name()))
          .append("\" data-count=\"")
          .append(denials)
          .append("\">")
          .append("<text x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(y + 18)
          .append("\" text-anchor=\"end\">")
          .append(escape(words.category(e.getKey())))
          .append("</text><rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", bar))
          .append("\" height=\"")
          .append(ROW_HEIGHT - 8)
          .append("\"></rect><text x=\"")
          .append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + bar + 6))
          .append("\" y=\"")
          .append(y + 18)
          .append("\">")
          .append(count(denials))
          .append(" (")
          .append(escape(BatchSummary.percent(denials, s.denied())))
          .append(")</text></g>\n");
      y += ROW_HEIGHT;
    }
    h.append("</svg>\n");
    h.append("<table id=\"denial-reasons\">\n<thead><tr><th class=\"n\">rank</th>")
        .append("<th>denial reason</th><th>ID</th><th class=\"n\">denials</th>")
        .append("<th class=\"n\">share of denials</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (Map.Entry<Category, Long> e : reasons) {
      h.append("<tr><td class=\"n\">")
          .append(++rank)
          .append("</td><td>")
          .append(escape(words.category(e.getKey())))
          .append("</td><td><code>")
          .append(escape(e.getKey().name()))
          .append("</code></td><td class=\"n\">")
          .append(count(e.getValue()))
          .append("</td><td class=\"n\">")
          .append(escape(BatchSummary.percent(e.getValue(), s.denied())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void counts(
      StringBuilder h,
      String title,
      String id,
      String what,
      List<Map.Entry<String, Long>> counts,
      BatchSummary s,
      Function<String, String> words) {
    h.append("<h2>").append(escape(title)).append("</h2>\n");
    if (counts.isEmpty()) {
      h.append("<p>No claim was denied.</p>\n");
      return;
    }
    h.append("<table id=\"")
        .append(id)
        .append("\">\n<thead><tr><th>")
        .append(escape(what))
        .append("</th><th>ID</th><th class=\"n\">denials</th>")
        .append("<th class=\"n\">share of denials</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (Map.Entry<String, Long> e : counts) {
      boolean none = BatchSummary.NONE.equals(e.getKey());
      h.append("<tr><td>")
          .append(escape(none ? BatchSummary.NONE : words.apply(e.getKey())))
          .append("</td><td>")
          .append(none ? "" : "<code>" + escape(e.getKey()) + "</code>")
          .append("</td><td class=\"n\">")
          .append(count(e.getValue()))
          .append("</td><td class=\"n\">")
          .append(escape(BatchSummary.percent(e.getValue(), s.denied())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void rules(StringBuilder h, BatchSummary s) {
    h.append("<h2>Rules That Fired Most</h2>\n");
    List<Map.Entry<String, long[]>> rules = s.rules();
    if (rules.isEmpty()) {
      h.append("<p>No rule gave an ERROR or a WARNING.</p>\n");
      return;
    }
    h.append("<p class=\"muted\">Claims on which each rule gave an ERROR or a WARNING,")
        .append(" most ERRORs first.</p>\n")
        .append("<table id=\"rules\">\n<thead><tr><th>rule</th><th class=\"n\">ERROR</th>")
        .append("<th class=\"n\">WARNING</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, long[]> e : rules) {
      h.append("<tr><td><code>")
          .append(escape(e.getKey()))
          .append("</code></td><td class=\"n\">")
          .append(count(e.getValue()[0]))
          .append("</td><td class=\"n\">")
          .append(count(e.getValue()[1]))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void invalidLines(StringBuilder h, BatchSummary s) {
    h.append("<h2>Invalid Lines</h2>\n");
    List<String[]> problems = s.listedProblems();
    long all = s.invalid() + s.failed();
    if (problems.isEmpty()) {
      h.append("<p>Every line was a valid case.</p>\n");
      return;
    }
    if (all > problems.size()) {
      h.append("<p class=\"muted\">The first ")
          .append(problems.size())
          .append(" of ")
          .append(count(all))
          .append("; the output has an error line for each.</p>\n");
    }
    h.append("<table id=\"invalid-lines\">\n<thead><tr><th class=\"n\">line</th><th>id</th>")
        .append("<th>error</th></tr></thead>\n<tbody>\n");
    for (String[] p : problems) {
      h.append("<tr><td class=\"n\">")
          .append(escape(p[0]))
          .append("</td><td>")
          .append(escape(p[1]))
          .append("</td><td>")
          .append(escape(p[2]))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

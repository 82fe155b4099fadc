package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.testing.JsonFixtures.APPROVED_CASE;
import static org.coveragepolicy.testing.JsonFixtures.REMOVE;
import static org.coveragepolicy.testing.JsonFixtures.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.testing.JsonFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, read back with an HTML parser: its figures are the summary's, its values are
 * escaped, and it needs nothing outside itself.
 */
class HtmlReportTest {
  @TempDir Path dir;

  private static final ReportWords WORDS = ReportWords.standard();

  private static final String HOSTILE_ID = "<script>alert('x')</script> & \"quoted\"";

  /** Approvals, denials for several reasons, products and indications, and invalid lines. */
  private static String mixedBatch() {
    String approved = JsonFixtures.approvedLine();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lines.add(with(approved, "id", "ok-" + i));
    }
    for (int i = 0; i < 3; i++) {
      lines.add(with(with(APPROVED_CASE, "id", "jz-" + i), "claim.modifiers", REMOVE));
    }
    lines.add(with(with(APPROVED_CASE, "id", "unsigned"), "record.documents[1].signed", false));
    lines.add(with(with(APPROVED_CASE, "id", "no-records"), "record.documents", List.of()));
    lines.add(with(with(APPROVED_CASE, "id", HOSTILE_ID), "claim.units", 0));
    lines.add("{not json <b>bold</b>");
    lines.add("");
    return String.join("\n", lines) + "\n";
  }

  private static BatchSummary summaryOf(String jsonl, int threads) throws IOException {
    return new Batch(new LineReview(ClaimReview.standard()::review, Optional.empty()), threads, Batch.Progress.NONE)
        .run(new ByteArrayInputStream(jsonl.getBytes(UTF_8)), OutputStream.nullOutputStream());
  }

  private static long number(String text) {
    return Long.parseLong(text.replace(",", "").trim());
  }

  @Test
  void totalsAndDenialRateAreTheSummarys() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s, "cases.jsonl", WORDS));
    assertThat(number(page.selectFirst("[data-total=reviewed]").text())).isEqualTo(s.reviewed());
    assertThat(number(page.selectFirst("[data-total=approved]").text())).isEqualTo(s.approved());
    assertThat(number(page.selectFirst("[data-total=denied]").text())).isEqualTo(s.denied());
    assertThat(number(page.selectFirst("[data-total=invalid]").text())).isEqualTo(s.invalid());
    assertThat(number(page.selectFirst("[data-total=lines]").text())).isEqualTo(s.lines());
    assertThat(page.getElementById("denial-rate").text())
        .isEqualTo(BatchSummary.percent(s.denied(), s.reviewed()));
    assertThat(number(page.getElementById("denied-of").text())).isEqualTo(s.denied());
    assertThat(s.denied()).isGreaterThan(0);
    assertThat(s.approved()).isGreaterThan(0);
    assertThat(s.invalid()).isGreaterThan(0);
  }

  @Test
  void barChartHasOneBarPerDenialReasonMostFrequentFirstWithTheSummarysCounts() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s, "cases.jsonl", WORDS));
    List<Element> bars = page.select("svg#denial-chart g.bar");
    List<Map.Entry<Category, Long>> reasons = s.denialReasons();
    assertThat(reasons).hasSizeGreaterThan(1);
    assertThat(bars).hasSameSizeAs(reasons);
    double longest = Double.parseDouble(bars.get(0).selectFirst("rect").attr("width"));
    assertThat(longest).isEqualTo(HtmlReport.BAR_WIDTH);
    for (int i = 0; i < reasons.size(); i++) {
      Element bar = bars.get(i);
      assertThat(bar.attr("data-reason")).isEqualTo(reasons.get(i).getKey().name());
      assertThat(bar.selectFirst("text").text()).isEqualTo(WORDS.category(reasons.get(i).getKey()));
      assertThat(number(bar.attr("data-count"))).isEqualTo(reasons.get(i).getValue());
      double width = Double.parseDouble(bar.selectFirst("rect").attr("width"));
      assertThat(width)
          .isCloseTo(
              HtmlReport.BAR_WIDTH * (double) reasons.get(i).getValue() / reasons.get(0).getValue(),
              org.assertj.core.data.Offset.offset(0.05));
    }
    List<Element> rows = page.select("#denial-reasons tbody tr");
    assertThat(rows).hasSameSizeAs(reasons);
    for (int i = 0; i < reasons.size(); i++) {
      assertThat(rows.get(i).child(1).text()).isEqualTo(WORDS.category(reasons.get(i).getKey()));
      assertThat(rows.get(i).child(2).text()).isEqualTo(reasons.get(i).getKey().name());
      assertThat(number(rows.get(i).child(3).text())).isEqualTo(reasons.get(i).getValue());
    }
  }

  @Test
  void denialsByProductAndIndicationAreTheSummarys() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s, "cases.jsonl", WORDS));
    assertTable(page.select("#by-product tbody tr"), s.deniedByProduct(), WORDS::product);
    assertTable(page.select("#by-indication tbody tr"), s.deniedByIndication(), WORDS::indication);
    long byProduct = s.deniedByProduct().stream().mapToLong(Map.Entry::getValue).sum();
    assertThat(byProduct).isEqualTo(s.denied());
  }

  private static void assertTable(
      List<Element> rows, List<Map.Entry<String, Long>> counts, Function<String, String> words) {
    assertThat(counts).isNotEmpty();
    assertThat(rows).hasSameSizeAs(counts);
    for (int i = 0; i < counts.size(); i++) {
      String id = counts.get(i).getKey();
      boolean none = id.equals(BatchSummary.NONE);
      assertThat(rows.get(i).child(0).text()).isEqualTo(none ? BatchSummary.NONE : words.apply(id));
      assertThat(rows.get(i).child(1).text()).isEqualTo(none ? "" : id);
      assertThat(number(rows.get(i).child(2).text())).isEqualTo(counts.get(i).getValue());
    }
  }

  /**
   * What a reader sees, written here from the catalog and the policy rather than copied from the
   * page: the denial for a missing JZ modifier is "Incorrect coding", the product "Prolia", the
   * indication the Prolia label's words; each ID stands beside its words in a {@code code} cell.
   */
  @Test
  void categoriesProductsAndIndicationsAreShownInWordsWithTheirIdsBeside() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(mixedBatch(), 2), "cases.jsonl", WORDS));
    assertThat(row(page, "#denial-reasons", "INCORRECT_CODING").child(1).text())
        .isEqualTo("Incorrect coding");
    assertThat(page.select("g.bar[data-reason=INCORRECT_CODING] text").first().text())
        .isEqualTo("Incorrect coding");
    assertThat(row(page, "#denial-reasons", "INSUFFICIENT_DOCUMENTATION").child(1).text())
        .isEqualTo("Insufficient documentation");
    assertThat(row(page, "#by-product", "PROLIA").child(0).text()).isEqualTo("Prolia");
    assertThat(row(page, "#by-indication", "PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS").child(0).text())
        .isEqualTo(
            "Postmenopausal women with osteoporosis at high risk for fracture (Prolia family)");
  }

  /** The row of a table whose ID cell holds the given ID. */
  private static Element row(Document page, String table, String id) {
    return page.select(table + " tbody tr").stream()
        .filter(r -> r.select("code").text().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table + " has no row for " + id));
  }

  /** An enumeration constant or catalog name: upper-case words joined by underscores. */
  private static final java.util.regex.Pattern CONSTANT =
      java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

  @Test
  void noConstantIsShownOutsideTheIdBesideItsWords() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(mixedBatch(), 2), "cases.jsonl", WORDS));
    page.select("code").remove();
    assertThat(CONSTANT.matcher(page.body().text()).find())
        .as("a constant in: %s", page.body().text())
        .isFalse();
    // the same test catches the constants the page showed before
    assertThat(CONSTANT.matcher("MEDICAL_NECESSITY PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS").find())
        .isTrue();
  }

  @Test
  void reportSaysWhichInputEditionsAndDatesOfServiceItIsFor() throws IOException {
    String approved = JsonFixtures.approvedLine(); // NORIDIAN_JF_2026, date of service 2025-11-03
    String batch =
        String.join(
            "\n",
            with(approved, "id", "a"),
            with(with(approved, "id", "b"), "edition", "FDA_LABEL_2024"),
            with(with(approved, "id", "c"), "claim.dateOfService", "2025-11-10"),
            with(with(approved, "id", "d"), "claim.dateOfService", "2025-10-28"),
            "not a case")
            + "\n";
    BatchSummary s = summaryOf(batch, 1);
    Document page = Jsoup.parse(HtmlReport.render(s, "in/batch 1.jsonl", WORDS));

    assertThat(page.getElementById("input").text()).isEqualTo("in/batch 1.jsonl");
    assertThat(page.title()).isEqualTo("Batch review report: in/batch 1.jsonl");
    List<Element> editions = page.select("#editions [data-edition]");
    assertThat(editions).extracting(e -> e.attr("data-edition"))
        .containsExactly("NORIDIAN_JF_2026", "FDA_LABEL_2024");
    assertThat(editions).extracting(e -> e.attr("data-count")).containsExactly("3", "1");
    assertThat(editions.get(0).text()).isEqualTo("The Noridian JF edition (2026) NORIDIAN_JF_2026: 3 claims");
    assertThat(editions.get(1).text()).isEqualTo("The FDA label edition (2024) FDA_LABEL_2024: 1 claim");
    Element dates = page.getElementById("dates-of-service");
    assertThat(dates.attr("data-first")).isEqualTo("2025-10-28");
    assertThat(dates.attr("data-last")).isEqualTo("2025-11-10");
    assertThat(dates.text()).isEqualTo("2025-10-28 to 2025-11-10");
    assertThat(dates.parent().text()).contains("the earliest and latest date of service");
  }

  @Test
  void standardInputIsNamedSo() throws IOException {
    BatchSummary s = summaryOf(JsonFixtures.approvedLine() + "\n", 1);
    Document page = Jsoup.parse(HtmlReport.render(s, "-", WORDS));
    assertThat(page.getElementById("input").text()).isEqualTo("standard input");
    assertThat(page.getElementById("dates-of-service").text()).isEqualTo("2025-11-03");
  }

  @Test
  void batchWithoutReviewedClaimsHasNoEditionOrDates() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf("\n", 1), "cases.jsonl", WORDS));
    assertThat(page.select("[data-edition]")).isEmpty();
    assertThat(page.getElementById("editions").text()).isEqualTo("none (no claim was reviewed)");
    assertThat(page.getElementById("dates-of-service").text())
        .isEqualTo("none (no claim was reviewed)");
    assertThat(page.getElementById("dates-of-service").hasAttr("data-first")).isFalse();
  }

  @Test
  void rulesThatFiredAreTheSummarys() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s, "cases.jsonl", WORDS));
    List<Element> rows = page.select("#rules tbody tr");
    List<Map.Entry<String, long[]>> rules = s.rules();
    assertThat(rules).isNotEmpty();
    assertThat(rows).hasSameSizeAs(rules);
    for (int i = 0; i < rules.size(); i++) {
      assertThat(rows.get(i).child(0).text()).isEqualTo(rules.get(i).getKey());
      assertThat(number(rows.get(i).child(1).text())).isEqualTo(rules.get(i).getValue()[0]);
      assertThat(number(rows.get(i).child(2).text())).isEqualTo(rules.get(i).getValue()[1]);
    }
  }

  @Test
  void invalidLinesAreListedWithTheirTextEscaped() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    String html = HtmlReport.render(s, "cases.jsonl", WORDS);
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>bold");
    Document page = Jsoup.parse(html);
    List<Element> rows = page.select("#invalid-lines tbody tr");
    List<String[]> listed = s.listedProblems();
    assertThat(rows).hasSameSizeAs(listed).hasSize((int) s.invalid());
    for (int i = 0; i < listed.size(); i++) {
      assertThat(rows.get(i).child(0).text()).isEqualTo(listed.get(i)[0]);
      assertThat(rows.get(i).child(1).wholeText()).isEqualTo(listed.get(i)[1]);
      assertThat(rows.get(i).child(2).wholeText()).isEqualTo(listed.get(i)[2]);
    }
    assertThat(page.select("#invalid-lines td").eachText()).contains(HOSTILE_ID);
    assertThat(page.select("script")).isEmpty();
  }

  @Test
  void pageNeedsNothingOutsideItself() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(mixedBatch(), 2), "cases.jsonl", WORDS));
    assertThat(page.select("script, link, img, iframe, object, embed, use, image")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.charset().name()).isEqualTo("UTF-8");
  }

  @Test
  void sameBatchGivesTheSameBytesOnAnyNumberOfThreads() throws IOException {
    String batch = mixedBatch();
    assertThat(HtmlReport.render(summaryOf(batch, 3), "cases.jsonl", WORDS))
        .isEqualTo(HtmlReport.render(summaryOf(batch, 1), "cases.jsonl", WORDS));
  }

  @Test
  void batchWithoutDenialsSaysSoInsteadOfAnEmptyChart() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(JsonFixtures.approvedLine() + "\n", 1), "cases.jsonl", WORDS));
    assertThat(page.select("svg")).isEmpty();
    assertThat(page.getElementById("no-denials").text()).isEqualTo("No claim was denied.");
    assertThat(page.getElementById("denial-rate").text()).isEqualTo("0.0%");
  }

  @Test
  void commandWritesTheReportOfItsSummary() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), mixedBatch());
    Path report = dir.resolve("report.html");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run("", "batch", in.toString(), "--out", dir.resolve("out.jsonl").toString(), "--report", report.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readString(report)).isEqualTo(HtmlReport.render(summaryOf(mixedBatch(), 1), in.toString(), WORDS));
  }

  /**
   * The sample {@code examples/report.html} is the report of {@code examples/batch.jsonl} as the
   * code gives it today. When the review's results change, regenerate it with the command in
   * examples/README.md.
   */
  @Test
  void sampleReportInExamplesIsUpToDate() throws IOException {
    Optional<Path> examples = JsonFixtures.projectExamples();
    org.junit.jupiter.api.Assumptions.assumeTrue(examples.isPresent());
    Path sample = examples.get().resolve("report.html");
    String batch = Files.readString(examples.get().resolve("batch.jsonl"));
    assertThat(Files.readString(sample))
        .as("examples/report.html is stale: regenerate it as examples/README.md says")
        .isEqualTo(HtmlReport.render(summaryOf(batch, 2), "examples/batch.jsonl", WORDS));
  }
}

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.cli.CliFixtures.APPROVED_CASE;
import static org.coveragepolicy.cli.CliFixtures.REMOVE;
import static org.coveragepolicy.cli.CliFixtures.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.review.ClaimReview;
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

  private static final String HOSTILE_ID = "<script>alert('x')</script> & \"quoted\"";

  /** Approvals, denials for several reasons, products and indications, and invalid lines. */
  private static String mixedBatch() {
    String approved = CliFixtures.approvedLine();
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
    Document page = Jsoup.parse(HtmlReport.render(s));
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
    Document page = Jsoup.parse(HtmlReport.render(s));
    List<Element> bars = page.select("svg#denial-chart g.bar");
    List<Map.Entry<Category, Long>> reasons = s.denialReasons();
    assertThat(reasons).hasSizeGreaterThan(1);
    assertThat(bars).hasSameSizeAs(reasons);
    double longest = Double.parseDouble(bars.get(0).selectFirst("rect").attr("width"));
    assertThat(longest).isEqualTo(HtmlReport.BAR_WIDTH);
    for (int i = 0; i < reasons.size(); i++) {
      Element bar = bars.get(i);
      assertThat(bar.attr("data-reason")).isEqualTo(reasons.get(i).getKey().name());
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
      assertThat(rows.get(i).child(1).text()).isEqualTo(reasons.get(i).getKey().name());
      assertThat(number(rows.get(i).child(2).text())).isEqualTo(reasons.get(i).getValue());
    }
  }

  @Test
  void denialsByProductAndIndicationAreTheSummarys() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s));
    assertTable(page.select("#by-product tbody tr"), s.deniedByProduct());
    assertTable(page.select("#by-indication tbody tr"), s.deniedByIndication());
    long byProduct = s.deniedByProduct().stream().mapToLong(Map.Entry::getValue).sum();
    assertThat(byProduct).isEqualTo(s.denied());
  }

  private static void assertTable(List<Element> rows, List<Map.Entry<String, Long>> counts) {
    assertThat(counts).isNotEmpty();
    assertThat(rows).hasSameSizeAs(counts);
    for (int i = 0; i < counts.size(); i++) {
      assertThat(rows.get(i).child(0).text()).isEqualTo(counts.get(i).getKey());
      assertThat(number(rows.get(i).child(1).text())).isEqualTo(counts.get(i).getValue());
    }
  }

  @Test
  void rulesThatFiredAreTheSummarys() throws IOException {
    BatchSummary s = summaryOf(mixedBatch(), 2);
    Document page = Jsoup.parse(HtmlReport.render(s));
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
    String html = HtmlReport.render(s);
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
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(mixedBatch(), 2)));
    assertThat(page.select("script, link, img, iframe, object, embed, use, image")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(page.charset().name()).isEqualTo("UTF-8");
  }

  @Test
  void sameBatchGivesTheSameBytesOnAnyNumberOfThreads() throws IOException {
    String batch = mixedBatch();
    assertThat(HtmlReport.render(summaryOf(batch, 3))).isEqualTo(HtmlReport.render(summaryOf(batch, 1)));
  }

  @Test
  void batchWithoutDenialsSaysSoInsteadOfAnEmptyChart() throws IOException {
    Document page = Jsoup.parse(HtmlReport.render(summaryOf(CliFixtures.approvedLine() + "\n", 1)));
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
    assertThat(Files.readString(report)).isEqualTo(HtmlReport.render(summaryOf(mixedBatch(), 1)));
  }

  /**
   * The sample {@code examples/report.html} is the report of {@code examples/batch.jsonl} as the
   * code gives it today. When the review's results change, regenerate it with the command in
   * examples/README.md.
   */
  @Test
  void sampleReportInExamplesIsUpToDate() throws IOException {
    Optional<Path> examples = CliFixtures.projectExamples();
    org.junit.jupiter.api.Assumptions.assumeTrue(examples.isPresent());
    Path sample = examples.get().resolve("report.html");
    String batch = Files.readString(examples.get().resolve("batch.jsonl"));
    assertThat(Files.readString(sample))
        .as("examples/report.html is stale: regenerate it as examples/README.md says")
        .isEqualTo(HtmlReport.render(summaryOf(batch, 2)));
  }
}

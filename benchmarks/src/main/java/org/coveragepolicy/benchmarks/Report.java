package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff results.json}) into the Markdown tables of
 * {@code benchmarks/README.md}: per case review and parse time and their ratio, the totals over all
 * cases, and the batch throughput.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.coveragepolicy.benchmarks.Report
 * results.json}.
 *
 * @since 0.1.0
 */
public final class Report {
  private Report() {}

  /**
   * Prints the tables for a JMH JSON result file.
   *
   * @param args the result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report results.json");
      System.exit(2);
    }
    JsonNode results = JsonMapper.builder().build().readTree(Paths.get(args[0]).toFile());
    Map<String, double[]> perCase = new TreeMap<>(); // case -> {review, reviewError, parse, parseError}
    StringBuilder batch = new StringBuilder();
    for (JsonNode r : results) {
      String benchmark = r.get("benchmark").asText();
      JsonNode primary = r.get("primaryMetric");
      if (benchmark.endsWith("CaseBenchmark.review") || benchmark.endsWith("CaseBenchmark.parse")) {
        double[] row = perCase.computeIfAbsent(r.get("params").get("caseName").asText(), k -> new double[6]);
        int at = benchmark.endsWith(".review") ? 0 : 2;
        row[at] = primary.get("score").asDouble();
        row[at + 1] = primary.get("scoreError").asDouble();
        JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
        if (!alloc.isMissingNode() && at == 0) {
          row[4] = alloc.get("score").asDouble();
          row[5] = 1;
        }
      } else if (benchmark.endsWith("BatchBenchmark.batch")) {
        JsonNode cases = r.get("secondaryMetrics").get("cases");
        batch.append(
            String.format(
                Locale.ROOT,
                "| batch of every example, in memory (cli `Batch`) | %,.0f ± %s cases/s |%n",
                cases.get("score").asDouble(),
                error(cases.get("scoreError").asDouble())));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| case | review µs/op | parse µs/op | review ÷ parse | review B/op |\n");
    md.append("| --- | ---: | ---: | ---: | ---: |\n");
    double reviewSum = 0;
    double parseSum = 0;
    double reviewMax = 0;
    for (Map.Entry<String, double[]> e : perCase.entrySet()) {
      double[] v = e.getValue();
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %.2f ± %s | %.2f ± %s | %.2f | %s |%n",
              e.getKey(),
              v[0],
              error(v[1]),
              v[2],
              error(v[3]),
              v[0] / v[2],
              v[5] > 0 ? String.format(Locale.ROOT, "%,.0f", v[4]) : "—"));
      reviewSum += v[0];
      parseSum += v[2];
      reviewMax = Math.max(reviewMax, v[0]);
    }
    int n = perCase.size();
    if (n > 0) {
      md.append(
          String.format(
              Locale.ROOT,
              "| **all %d cases (mean)** | **%.2f** (max %.2f) | **%.2f** | **%.2f** | |%n",
              n, reviewSum / n, reviewMax, parseSum / n, reviewSum / parseSum));
    }
    if (batch.length() > 0) {
      md.append("\n| batch | throughput |\n| --- | ---: |\n").append(batch);
    }
    System.out.print(md);
  }

  /** A score error, or a dash when JMH could not compute one (a single iteration). */
  private static String error(double error) {
    return Double.isNaN(error) ? "—" : String.format(Locale.ROOT, "%.2f", error);
  }
}

package org.coveragepolicy.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user runs to add a policy without rebuilding the library (README, "A policy of your
 * own"): the runnable jar ({@code cli/target/coverage-review.jar}) in a {@code java} process of its
 * own with the consumer project's built policy jar (Injectafer, J1439, built by maven-invoker in
 * this module's integration-test phase) on the class path, directly and through {@code
 * bin/coverage-review} with {@code COVERAGE_REVIEW_POLICIES}: review, batch, serve's discovery and
 * a broken policy jar. Every check reads the exit code and what the output means: decision,
 * product, edition, the rules that fired, the products the service asks records of.
 *
 * <p>Runs in the verify phase (the {@code policy-jar} execution of surefire in this module's POM),
 * after the invoker has built the consumer. Time limits only stop a hang.
 */
class PolicyJarIT {
  private static final long HANG_MINUTES = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path cliJar;
  private static Path policyJar;
  private static Path cases;
  private static Path launcher;

  @TempDir static Path tmp;

  @BeforeAll
  static void jars() {
    cliJar = existing("coverage-review.jar");
    policyJar = existing("policy.jar");
    cases = existing("policy.cases");
    launcher = existing("launcher");
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property %s (set by the module's POM)", property).isNotNull();
    Path path = Path.of(value).toAbsolutePath().normalize();
    assertThat(path).as("%s: build it first (./mvnw -B verify builds both jars)", property).exists();
    return path;
  }

  /** The exit code, standard output and standard error of a finished process. */
  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + ", stdout " + out + ", stderr " + err;
    }
  }

  private static Run run(List<String> command, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close(); // nothing on standard input
    if (!p.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("no exit after " + HANG_MINUTES + " minutes: " + command);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** java -cp JARS org.coveragepolicy.cli.CoverageReview ARGS. */
  private static Run java(List<Path> classPath, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    command.add("org.coveragepolicy.cli.CoverageReview");
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private static Path injectafer(String name) {
    return cases.resolve(name + ".json");
  }

  private static TreeSet<String> rules(JsonNode result, String severity) {
    TreeSet<String> rules = new TreeSet<>();
    for (JsonNode f : result.path("findings")) {
      if (severity == null || severity.equals(f.path("severity").asText())) {
        rules.add(f.path("rule").asText());
      }
    }
    return rules;
  }

  private static boolean noStackTrace(String err) {
    return !err.contains("\tat ") && !err.contains("Exception in thread");
  }

  @Test
  void anInjectaferCaseIsApprovedByTheConsumersPolicyOnTheClassPath() throws Exception {
    Run r = java(List.of(cliJar, policyJar), "review", injectafer("approved-iron-deficiency-anemia").toString());
    assertThat(r.code).as("%s", r).isZero();
    assertThat(r.err).isEmpty();
    JsonNode result = JSON.readTree(r.out);
    assertThat(result.path("decision").asText()).as("%s", r).isEqualTo("APPROVE");
    assertThat(result.path("product").asText()).isEqualTo("INJECTAFER");
    assertThat(result.path("edition").asText()).isEqualTo("INJECTAFER_LABEL_2025");
    assertThat(rules(result, "ERROR")).isEmpty();
  }

  @Test
  void anInjectaferCaseOnDialysisIsDeniedByThePolicysOwnIndicationRule() throws Exception {
    Run r = java(List.of(cliJar, policyJar), "review", injectafer("denied-ckd-on-dialysis").toString());
    assertThat(r.code).as("%s", r).isZero();
    JsonNode result = JSON.readTree(r.out);
    assertThat(result.path("decision").asText()).as("%s", r).isEqualTo("DENY");
    assertThat(rules(result, "ERROR")).containsExactly("IND-INJECTAFER-NON-DIALYSIS-CKD");
  }

  @Test
  void rulesPrintsThePolicyJarsRulesPageWithItsOwnRulesOnly() throws Exception {
    Run r = java(List.of(cliJar, policyJar), "rules", "--policy", "injectafer");
    assertThat(r.code).as("%s", r).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out)
        .startsWith("# Rules: INJECTAFER\n")
        .contains(
            "| `IND-INJECTAFER-NON-DIALYSIS-CKD` |",
            "| `INJ-DOSE` |",
            "| `INJ-FREQ-COURSE` |",
            "| `INJ-SAFE-HYPOPHOSPHATEMIA` |",
            "### `INJECTAFER_LABEL_2025` (default)",
            "| `INJECTAFER_COURSE` |")
        .doesNotContain("SAFE-HYPOCALCEMIA", "SAFE-OTHER-DENOSUMAB", "DOC-SUPPLEMENTATION", "EVENITY");

    Path docs = tmp.resolve("docs");
    Run all = java(List.of(cliJar, policyJar), "rules", "--out", docs.toString());
    assertThat(all.code).as("%s", all).isZero();
    assertThat(Files.readString(docs.resolve("rules.md")))
        .contains("(rules/denosumab.md)", "(rules/romosozumab.md)", "(rules/injectafer.md)");
    assertThat(Files.readString(docs.resolve("rules/injectafer.md"))).isEqualTo(r.out);
  }

  @Test
  void withoutThePolicyJarTheSameCaseIsInvalidInputNamingTheHcpcsCode() throws Exception {
    Run r = java(List.of(cliJar), "review", injectafer("approved-iron-deficiency-anemia").toString());
    assertThat(r.code).as("%s", r).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("claim.hcpcs").contains("J1439");
    assertThat(noStackTrace(r.err)).as(r.err).isTrue();
  }

  @Test
  void theLauncherAddsTheJarsOfCoverageReviewPolicies() throws Exception {
    Run r =
        run(
            List.of(launcher.toString(), "review", injectafer("denied-ckd-on-dialysis").toString()),
            Map.of(
                "COVERAGE_REVIEW_JAR", cliJar.toString(),
                "COVERAGE_REVIEW_POLICIES", policyJar.toString()));
    assertThat(r.code).as("%s", r).isZero();
    JsonNode result = JSON.readTree(r.out);
    assertThat(result.path("decision").asText()).isEqualTo("DENY");
    assertThat(rules(result, "ERROR")).containsExactly("IND-INJECTAFER-NON-DIALYSIS-CKD");
  }

  @Test
  void theLauncherRejectsAPolicyJarThatIsNotThere() throws Exception {
    Run r =
        run(
            List.of(launcher.toString(), "--version"),
            Map.of(
                "COVERAGE_REVIEW_JAR", cliJar.toString(),
                "COVERAGE_REVIEW_POLICIES", tmp.resolve("absent.jar").toString()));
    assertThat(r.code).as("%s", r).isEqualTo(2);
    assertThat(r.err).contains("COVERAGE_REVIEW_POLICIES").contains("absent.jar");
  }

  @Test
  void aBatchReviewsInjectaferAndBuiltInLinesTogetherInInputOrder() throws Exception {
    Path lines = tmp.resolve("mixed.jsonl");
    String injectafer = JSON.readTree(injectafer("approved-iron-deficiency-anemia").toFile()).toString();
    String prolia =
        JSON.readTree(Path.of(System.getProperty("examples"), "approved-prolia-pmo.json").toFile())
            .toString();
    Files.writeString(lines, injectafer + "\n" + prolia + "\n", StandardCharsets.UTF_8);
    Run r = java(List.of(cliJar, policyJar), "batch", lines.toString(), "--quiet");
    assertThat(r.code).as("%s", r).isZero();
    List<JsonNode> results = new ArrayList<>();
    for (String line : r.out.split("\n")) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).extracting(n -> n.path("product").asText()).containsExactly("INJECTAFER", "PROLIA");
    assertThat(results).extracting(n -> n.path("decision").asText()).containsExactly("APPROVE", "APPROVE");
  }

  @Test
  void aPolicyJarWhoseProviderIsNotAProviderStopsWithOneLineNamingTheClass() throws Exception {
    // a jar that lists a class of the consumer's jar that is not a PolicyProvider
    Path bad = tmp.resolve("bad-policy.jar");
    try (OutputStream file = Files.newOutputStream(bad);
        JarOutputStream jar = new JarOutputStream(file)) {
      jar.putNextEntry(new JarEntry("META-INF/services/org.coveragepolicy.core.policy.PolicyProvider"));
      jar.write("com.example.consumer.FirstReview\n".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    Run r = java(List.of(cliJar, policyJar, bad), "review", injectafer("approved-iron-deficiency-anemia").toString());
    assertThat(r.code).as("%s", r).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("coverage-review: policy provider").contains("com.example.consumer.FirstReview");
    assertThat(r.err.strip()).doesNotContain("\n");
    assertThat(noStackTrace(r.err)).as(r.err).isTrue();
  }

  @Test
  void serveWithThePolicyJarAsksForTheRecordsOfThePolicysProductAndLabs() throws Exception {
    Path err = Files.createTempFile(tmp, "serve", ".err");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            cliJar + File.pathSeparator + policyJar,
            "org.coveragepolicy.cli.CoverageReview",
            "serve",
            "--port",
            "0");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    try {
      p.getOutputStream().close();
      // the service names its address on standard error once it listens (a bound on a hang only)
      java.util.regex.Pattern listening =
          java.util.regex.Pattern.compile("(http://[^ /]+:\\d+)/cds-services");
      String base = null;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_MINUTES);
      while (base == null && p.isAlive() && System.nanoTime() < deadline) {
        java.util.regex.Matcher m = listening.matcher(Files.readString(err, StandardCharsets.UTF_8));
        if (m.find()) {
          base = m.group(1);
        } else {
          Thread.sleep(100);
        }
      }
      assertThat(base).as("serve did not listen: %s", Files.readString(err, StandardCharsets.UTF_8)).isNotNull();
      java.net.http.HttpResponse<String> discovery =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/cds-services"))
                      .timeout(java.time.Duration.ofMinutes(HANG_MINUTES))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
      // a service prefetches the administrations of the catalog's products: Injectafer's too
      JsonNode services = JSON.readTree(discovery.body()).path("services");
      List<String> administrations = new ArrayList<>();
      services.forEach(sv -> administrations.add(sv.path("prefetch").path("administrations").asText()));
      assertThat(administrations).as(discovery.body()).anyMatch(a -> a.contains("|INJECTAFER"));
      // and the observations of the labs the policy reads: hemoglobin, ferritin, TSAT, phosphate
      services.forEach(
          sv ->
              assertThat(sv.path("prefetch").path("observations").asText())
                  .as(discovery.body())
                  .contains("loinc.org|718-7", "loinc.org|2276-4", "loinc.org|2502-3", "loinc.org|2777-1"));
    } finally {
      p.destroy();
      if (!p.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly().waitFor();
      }
    }
    assertThat(noStackTrace(Files.readString(err, StandardCharsets.UTF_8))).isTrue();
  }
}

package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one place rules are listed, each rule ID is written once in main code, the
 * shipped rules document is generated from the registry, and core names no product.
 */
class RuleRegistryTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final Path RULES_DOC = ROOT.resolve("docs/rules.md");

  private static List<Path> mainSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path module : modules.collect(Collectors.toList())) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> files = Files.walk(main)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
          }
        }
      }
    }
    return sources;
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void citedRulesAreEachPolicysRulesAndTheSharedOnesAsItCitesThem() {
    Policies policies = Policies.load();
    List<Rule> cited = RuleRegistry.citedRules(policies);
    int expected = 0;
    for (Policy policy : policies.all()) {
      assertThat(cited).containsAll(policy.rules());
      for (Rule shared : ReviewRules.ALL) {
        assertThat(cited).contains(policy.cited(shared));
      }
      expected += ReviewRules.ALL.size() + policy.rules().size();
    }
    assertThat(cited).hasSize(expected);
    // a records rule once per policy, each with its policy's source
    assertThat(cited.stream().filter(r -> r.id().equals("DOC-ORDER")).map(Rule::source).distinct())
        .hasSize(policies.all().size());
  }

  @Test
  void everyRuleIdIsWrittenExactlyOnceInMainCode() throws IOException {
    List<Path> sources = mainSources();
    for (Rule rule : RuleRegistry.rules()) {
      String literal = "\"" + rule.id() + "\"";
      long count = sources.stream().mapToLong(p -> occurrences(read(p), literal)).sum();
      assertThat(count).as(rule.id()).isEqualTo(1);
    }
  }

  @Test
  void everyRuleIdLiteralInMainCodeIsInTheRegistry() throws IOException {
    Pattern id = Pattern.compile("\"((?:DOC|CLM|PARTB|IND|FREQ|SAFE|DOSE)-[A-Z0-9-]+)\"");
    for (Path p : mainSources()) {
      Matcher m = id.matcher(read(p));
      while (m.find()) {
        assertThat(RuleRegistry.rule(m.group(1))).as(p + ": " + m.group(1)).isPresent();
      }
    }
  }

  @Test
  void coreNamesNoProductAndNoCode() throws IOException {
    Pattern denosumab = Pattern.compile("J0897|PROLIA|XGEVA");
    try (Stream<Path> files = Files.walk(ROOT.resolve("core/src/main"))) {
      for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        assertThat(denosumab.matcher(read(p)).find()).as(p.toString()).isFalse();
      }
    }
  }

  @Test
  void everyRuleCitesARegisteredSource() {
    for (Rule rule : RuleRegistry.rules()) {
      assertThat(RuleRegistry.source(rule.source().key())).as(rule.id()).contains(rule.source());
    }
  }

  @Test
  void everyInterpretationCitesARegisteredSource() {
    RuleRegistry.interpretations()
        .forEach(i -> assertThat(RuleRegistry.source(i.source().key())).as(i.name()).isPresent());
  }

  /**
   * The shipped rules documents are the ones the registry generates: the index {@code
   * docs/rules.md} and one page per policy the ServiceLoader finds, and no other page. With {@code
   * -Drules.write=true} the test writes them instead (then fails nothing).
   */
  @Test
  void theShippedRulesDocumentsAreGeneratedForEveryLoadedPolicy() throws IOException {
    Policies policies = Policies.load();
    Map<Path, String> generated = new LinkedHashMap<>();
    generated.put(RULES_DOC, RulesDocument.index(policies));
    for (Policy policy : policies.all()) {
      generated.put(ROOT.resolve("docs").resolve(RulesDocument.page(policy)), RulesDocument.markdown(policy));
    }
    if (Boolean.getBoolean("rules.write")) {
      for (Map.Entry<Path, String> page : generated.entrySet()) {
        Files.createDirectories(page.getKey().getParent());
        Files.write(page.getKey(), page.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    for (Map.Entry<Path, String> page : generated.entrySet()) {
      assertThat(page.getKey()).exists();
      assertThat(read(page.getKey())).as(page.getKey().toString()).isEqualTo(page.getValue());
    }
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs/rules"))) {
      assertThat(pages.collect(Collectors.toList()))
          .as("docs/rules holds exactly one page per loaded policy")
          .containsExactlyInAnyOrderElementsOf(
              generated.keySet().stream().filter(p -> !p.equals(RULES_DOC)).collect(Collectors.toList()));
    }
    for (Policy policy : policies.all()) {
      assertThat(generated.get(RULES_DOC)).contains("(" + RulesDocument.page(policy) + ")");
      String page = generated.get(ROOT.resolve("docs").resolve(RulesDocument.page(policy)));
      for (Rule rule : RuleRegistry.rules(Policies.of(policy))) {
        // each page lists the shared rules too, with this policy's citation
        String row = "| `" + rule.id() + "` |";
        assertThat(page.lines().filter(l -> l.startsWith(row)))
            .as(policy + ": " + rule.id())
            .singleElement()
            .asString()
            .endsWith(" | " + policy.citation(rule).key() + " |");
      }
    }
  }

  private static long occurrences(String text, String literal) {
    long n = 0;
    for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
      n++;
    }
    return n;
  }
}

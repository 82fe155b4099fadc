package org.coveragepolicy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine names no drug: no class of the engine's packages (core, the review, json, fhir, cli,
 * server) depends on a policy's package ({@code org.coveragepolicy.indications..}), and the engine's
 * main sources name none of the drugs of the built-in policies outside comments (the grep of issue
 * 24). The policies' own packages (the indications module) and the benchmarks, whose JMH harness
 * names example files, are not the engine.
 */
class PoliciesArePlugInsTest {
  static final Pattern DRUG_NAMES =
      Pattern.compile("denosumab|prolia|xgeva|J0897|evenity|romosozumab", Pattern.CASE_INSENSITIVE);

  static final List<String> ENGINE_MODULES =
      List.of("core", "documentation-checks", "json", "fhir", "cli", "server");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = MainClasses.get();
  }

  static ArchRule engineDoesNotDependOnAPolicy() {
    return noClasses()
        .that()
        .resideInAnyPackage(
            "org.coveragepolicy.core..",
            "org.coveragepolicy.review..",
            "org.coveragepolicy.json..",
            "org.coveragepolicy.fhir..",
            "org.coveragepolicy.cli..",
            "org.coveragepolicy.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.coveragepolicy.indications..");
  }

  @Test
  void noEngineClassDependsOnAPolicyPackage() {
    assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.coveragepolicy.indications.")))
        .as("a policy is on the class path, so the rule is not vacuous")
        .isTrue();
    engineDoesNotDependOnAPolicy().check(classes);
  }

  @Test
  void theEnginesMainSourcesNameNoDrugOutsideComments() throws IOException {
    Path root = repositoryRoot();
    List<String> hits = new ArrayList<>();
    for (String module : ENGINE_MODULES) {
      Path main = root.resolve(module).resolve("src/main/java");
      assertThat(main).isDirectory();
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String code = withoutComments(Files.readString(file));
          Matcher m = DRUG_NAMES.matcher(code);
          while (m.find()) {
            hits.add(root.relativize(file) + ": " + m.group());
          }
        }
      }
    }
    assertThat(hits).isEmpty();
  }

  @Test
  void theCommentStripperKeepsCodeAndStrings() {
    String source =
        "/** Prolia, in Javadoc */ class A { // xgeva in a line comment\n"
            + " String s = \"J0897 // not a comment\"; /* evenity */ }";
    String code = withoutComments(source);
    assertThat(DRUG_NAMES.matcher(code).results().map(r -> r.group()).toList())
        .containsExactly("J0897");
  }

  /** The source with its comments blanked out; string and character literals kept. */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(source, i, Math.min(j + 1, source.length()));
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("core"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}

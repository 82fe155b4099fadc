package org.coveragepolicy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each public builder's Javadoc lists every attribute it sets, as required or optional: the
 * attributes are read from the builder's setters, the Javadoc from the source. One test for the
 * builders of core, indications and this module (all three on this module's test class path).
 */
class BuilderDocumentationTest {
  // the main sources of core, indications and this module, from this module's directory
  private static final Path CORE = Path.of("../core/src/main/java");
  private static final Path INDICATIONS = Path.of("../indications/src/main/java");
  private static final Path REVIEW = Path.of("src/main/java");
  private static final List<Path> SOURCES = List.of(CORE, INDICATIONS, REVIEW);
  private static final Pattern BUILDER_DOC =
      Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final class Builder", Pattern.DOTALL);

  @Test
  void everyBuilderListsItsRequiredAndOptionalAttributes() throws Exception {
    assertThat(builderSources(CORE)).as("core's builders").isNotEmpty();
    assertThat(builderSources(REVIEW)).as("this module's builders").isNotEmpty();
    for (Path root : SOURCES) {
      for (Path file : builderSources(root)) {
        String source = Files.readString(file);
        Matcher doc = BUILDER_DOC.matcher(source);
        assertThat(doc.find()).as("%s: Javadoc of Builder", file).isTrue();
        String javadoc = doc.group(1);
        assertThat(javadoc).as("%s", file).contains("Required:").contains("Optional:");
        for (String attribute : attributes(builderOf(root, file))) {
          assertThat(javadoc).as("%s: attribute %s", file, attribute).contains("{@code " + attribute + "}");
        }
      }
    }
  }

  private static List<Path> builderSources(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).contains("public static final class Builder"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Class<?> builderOf(Path root, Path file) throws ClassNotFoundException {
    String relative = root.relativize(file).toString();
    String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    return Class.forName(name + "$Builder");
  }

  /** The attributes a builder sets: its public one-argument setters, less add/put variants. */
  private static Set<String> attributes(Class<?> builder) {
    Set<String> names = new TreeSet<>();
    for (Method m : builder.getMethods()) {
      String n = m.getName();
      if (m.getParameterCount() == 1
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && !n.startsWith("add")
          && !n.startsWith("put")
          && !n.equals("from")) {
        names.add(n);
      }
    }
    assertThat(names).as("setters of %s", builder).isNotEmpty();
    return names;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

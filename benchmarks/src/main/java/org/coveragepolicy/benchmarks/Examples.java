package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's example review cases ({@code examples/*.json}), read from the repository: the data
 * every benchmark runs on.
 *
 * <p>The directory is the system property {@value #DIRECTORY_PROPERTY} when set, else {@code
 * examples} or {@code ../examples} relative to the working directory, whichever holds {@code
 * expected.json} (so both the repository root and {@code benchmarks/} work).
 *
 * @since 0.1.0
 */
public final class Examples {
  /** The system property that names the examples directory. */
  public static final String DIRECTORY_PROPERTY = "coveragepolicy.examples";

  /** Not a case file: the expected outcomes. */
  private static final String EXPECTED = "expected.json";

  private Examples() {}

  /**
   * Returns the examples directory.
   *
   * @return the directory
   * @throws IllegalStateException if no examples directory is found
   */
  public static Path directory() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    if (configured != null) {
      Path dir = Paths.get(configured);
      if (!Files.isRegularFile(dir.resolve(EXPECTED))) {
        throw new IllegalStateException(
            DIRECTORY_PROPERTY + ": not an examples directory (no " + EXPECTED + "), was " + dir.toAbsolutePath());
      }
      return dir;
    }
    for (String candidate : List.of("examples", "../examples")) {
      Path dir = Paths.get(candidate);
      if (Files.isRegularFile(dir.resolve(EXPECTED))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "examples directory not found from "
            + Paths.get("").toAbsolutePath()
            + ": run from the repository root or set -D"
            + DIRECTORY_PROPERTY
            + "=path/to/examples");
  }

  /**
   * Returns the case names (file names without {@code .json}), sorted.
   *
   * @return the names
   */
  public static List<String> caseNames() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals(EXPECTED))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one case's JSON text, as the file holds it.
   *
   * @param name the case name, without {@code .json}
   * @return the text
   */
  public static String caseJson(String name) {
    Path file = directory().resolve(name + ".json");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example case " + file, e);
    }
  }

  /**
   * Returns every case as one line of JSON, with a line end after each: JSON Lines for a batch.
   *
   * @return the text
   */
  public static String jsonLines() {
    JsonMapper mapper = JsonMapper.builder().build();
    StringBuilder lines = new StringBuilder();
    for (String name : caseNames()) {
      try {
        lines.append(mapper.writeValueAsString(mapper.readTree(caseJson(name)))).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot compact example case " + name, e);
      }
    }
    return lines.toString();
  }
}

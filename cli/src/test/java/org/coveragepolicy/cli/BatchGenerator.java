package org.coveragepolicy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a large JSON Lines batch for the streaming measurement (not a unit test): the example
 * cases of a directory, compacted, repeated in name order with a numbered id, and every 50th line
 * invalid. Usage: {@code BatchGenerator EXAMPLES_DIR LINES OUT.jsonl}.
 */
public final class BatchGenerator {
  private BatchGenerator() {}

  /**
   * Writes the batch.
   *
   * @param args the examples directory, the number of lines, the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long lines = Long.parseLong(args[1]);
    ObjectMapper mapper = new ObjectMapper();
    List<ObjectNode> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("expected.json")).sorted().toList()) {
        JsonNode node = mapper.readTree(f.toFile());
        cases.add((ObjectNode) node);
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (long i = 0; i < lines; i++) {
        ObjectNode c = cases.get((int) (i % cases.size())).deepCopy();
        c.put("id", c.get("id").asText() + "-" + i);
        if (i % 50 == 49) {
          ((ObjectNode) c.get("claim")).put("units", 0);
        }
        out.write(mapper.writeValueAsString(c));
        out.write('\n');
      }
    }
  }
}

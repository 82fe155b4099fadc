package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a batch's output against its input, as a program: one output line per input line, in
 * input order — each result carries its input line's case ID, each error line its input line's
 * number. Prints the counts and exits 1 at the first line out of place. Usage: {@code BatchCheck
 * IN.jsonl OUT.jsonl}.
 */
public final class BatchCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BatchCheck() {}

  /**
   * Compares the two files line by line.
   *
   * @param args the batch's input and its output
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long line = 0;
    long results = 0;
    long errors = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedReader out = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String input; (input = in.readLine()) != null; ) {
        line++;
        String output = out.readLine();
        if (output == null) {
          fail("output ends at line " + (line - 1) + ", input goes on");
        }
        JsonNode o = MAPPER.readTree(output);
        if (o.has("error")) {
          errors++;
          if (o.get("line").asLong() != line) {
            fail("line " + line + ": error line says line " + o.get("line"));
          }
        } else {
          results++;
          String id = idOf(input);
          if (!o.get("id").asText().equals(id)) {
            fail("line " + line + ": result for " + o.get("id") + ", input is " + id);
          }
        }
      }
      if (out.readLine() != null) {
        fail("output has more lines than the input's " + line);
      }
    }
    System.out.printf(
        "ok: %d input lines, %d output lines in input order (%d results, %d error lines)%n",
        line, line, results, errors);
  }

  private static String idOf(String input) {
    try {
      return MAPPER.readTree(input).get("id").asText();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static void fail(String message) {
    System.out.println("FAIL: " + message);
    System.exit(1);
  }
}

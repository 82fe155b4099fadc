package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parse-and-write floor of a batch, as a program to time: reads JSON Lines, parses each line
 * into a Jackson tree and writes the tree back as one line, on one thread, and does nothing else.
 * A batch cannot cost less CPU than this with a tree-building reader; the batch's CPU time is
 * compared with it. Usage: {@code ParseAndWrite IN.jsonl OUT.jsonl}.
 */
public final class ParseAndWrite {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ParseAndWrite() {}

  /**
   * Copies the lines through a Jackson tree.
   *
   * @param args the input and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      for (String line; (line = in.readLine()) != null; ) {
        out.write(copy(line));
        out.write('\n');
        lines++;
      }
    }
    System.err.println(lines + " lines");
  }

  /**
   * Parses one line into a tree and writes the tree back; an invalid line is written as it came.
   *
   * @param line one line of JSON
   * @return the tree as compact JSON, UTF-8
   */
  public static byte[] copy(String line) {
    try {
      JsonNode tree = MAPPER.readTree(line);
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      return line.getBytes(StandardCharsets.UTF_8);
    }
  }
}

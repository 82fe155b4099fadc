package org.coveragepolicy.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coveragepolicy.json.CaseReader;
import org.coveragepolicy.json.InvalidCaseException;
import org.coveragepolicy.json.ReviewJson;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.review.ReviewResult;

/**
 * Where a batch line's CPU goes, as a program: the CPU time of this thread per line for reading
 * a case from its bytes, reviewing it, writing its result, and the parse-and-write floor, over
 * the lines of a JSON Lines file in turn (every kind of case alternating, as in a real batch),
 * in rounds until the JIT has settled. Thread CPU time, unlike wall-clock time, holds up when
 * other processes share the machine. Usage: {@code BatchParts CASES.jsonl [ROUNDS]}.
 *
 * <p>Beside reading it prints the cost of only walking each line's tokens with Jackson's streaming
 * parser, field names and string values as strings: the part of reading that any reader built on
 * that parser pays, so the rest is the reader's own.
 */
public final class BatchParts {
  private static final int PASSES = 300;
  private static final JsonFactory JSON = new JsonFactory();

  private BatchParts() {}

  /**
   * Prints one line of figures per round.
   *
   * @param args the JSON Lines file and, optionally, the number of rounds (default 14)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 14;
    List<byte[]> bytes = new ArrayList<>();
    for (String l : lines) {
      bytes.add(l.getBytes(StandardCharsets.UTF_8));
    }
    CaseReader reader = CaseReader.standard();
    ClaimReview review = ClaimReview.standard();
    List<ReviewCase> cases = new ArrayList<>();
    List<ReviewResult> results = new ArrayList<>();
    for (byte[] b : bytes) {
      try {
        ReviewCase c = reader.read(b, 0, b.length);
        cases.add(c);
        results.add(review.review(c));
      } catch (InvalidCaseException e) {
        // an invalid line is read, not reviewed
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 1; round <= rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        for (byte[] b : bytes) {
          try {
            sink += reader.read(b, 0, b.length).id().length();
          } catch (InvalidCaseException e) {
            sink++;
          }
        }
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        for (ReviewCase c : cases) {
          sink += review.review(c).findings().size();
        }
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        for (ReviewResult r : results) {
          sink += ReviewJson.resultToJson(r).length();
        }
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        for (String l : lines) {
          sink += ParseAndWrite.copy(l).length;
        }
      }
      long t4 = cpu.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        for (byte[] b : bytes) {
          sink += tokens(b);
        }
      }
      long t5 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          "round %2d: read %6.2f µs/line (Jackson's tokens %5.2f), review %6.2f µs/case,"
              + " write %5.2f µs/result, parse-and-write floor %6.2f µs/line%n",
          round,
          micros(t1 - t0, bytes.size()),
          micros(t5 - t4, bytes.size()),
          micros(t2 - t1, cases.size()),
          micros(t3 - t2, results.size()),
          micros(t4 - t3, lines.size()));
    }
    System.out.println("(checksum " + sink + ")");
  }

  /**
   * The least a reader built on Jackson's streaming parser does with a line: every token, with
   * each field name and string value as a string. The rest of reading a case is the reader's own.
   */
  private static long tokens(byte[] line) {
    long n = 0;
    try (JsonParser p = JSON.createParser(line)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          n += p.getText().length();
        } else {
          n++;
        }
      }
    } catch (IOException e) {
      n--;  // a line that is not JSON counts its tokens up to the error
    }
    return n;
  }

  private static double micros(long nanos, int perPass) {
    return nanos / 1e3 / PASSES / perPass;
  }
}

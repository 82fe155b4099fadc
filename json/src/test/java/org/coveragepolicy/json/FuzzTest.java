package org.coveragepolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/**
 * A fuzz test in plain JUnit: a fixed corpus of valid cases (the contract example and every example
 * case) and mutants generated from it with a fixed seed, byte-level and value-level.
 *
 * <p>The invariant, in words: whatever bytes arrive, the reader returns a case or throws {@link
 * InvalidCaseException}, never another exception; its message is one line of bounded length that
 * names no parser class or setting and never shows the birth date; and a case it returns can be
 * reviewed and written without an exception. Every run checks the same {@link #MUTANTS} mutants,
 * however fast the machine is (a time budget made the set of mutants depend on the machine's load, so
 * a failure on one run need not recur on the next); about 6 s on an idle 2-core machine.
 */
class FuzzTest {
  private static final int MUTANTS = 60_000;
  private static final int MAX_MESSAGE = 400;

  /** A birth date that appears nowhere else in the corpus: a message showing it leaked it. */
  private static final String SENTINEL = "1931-07-19";

  private static final Pattern BIRTH_DATE = Pattern.compile("\"birthDate\"\\s*:\\s*\"[0-9-]*\"");

  /** A quoted value in a message. */
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");

  /** A JSON scalar value after a colon or in an array: what value-level mutants replace. */
  private static final Pattern VALUE =
      Pattern.compile(
          "(?<=[:\\[,]\\s{0,3})(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?[0-9][0-9.eE+-]*+|true|false|null)");

  private static final String[] INTERESTING_VALUES = {
    "1E+2147483648", "1E-99999999", "-1e300", "1e300", "0", "-0", "-1", "0.0000001", "2147483648",
    "9223372036854775808", "1" + "0".repeat(1200), "NaN", "Infinity", "\"\"", "\" \"", "null",
    "true", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "{\"a\":{\"b\":{}}}", "\"\\uD800\"", "\"\\uDC00x\"",
    "\"\\u0000\"", "\"\\u001b[2J\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"2025-02-29\"",
    "\"1899-12-31\"", "\"2101-01-01\"", "\"J1234\"", "\"Q5136\"", "\"PROLIA\"", "\"EVENITY\"",
    "\"x\"", "\"" + "M".repeat(5000) + "\"", "\"\\\"\"", "\"\u202E\"", "1.5", "60.0", "-2.500",
    "12.51", "\"" + SENTINEL + "\""
  };

  private static final byte[][] INTERESTING_BYTES = {
    {0}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {'"'}, {'\\'}, {'{'}, {'}'}, {'['}, {']'}, {','}, {':'}, {'\n'}, {0x1B}, {'-'}, {'e'}, {'9'},
    "\\u".getBytes(UTF_8), "\\uD800".getBytes(UTF_8), "1E+2147483648".getBytes(UTF_8)
  };

  @Test
  void anyBytesGiveACaseOrTheDocumentedException() throws IOException {
    List<Seed> corpus = new ArrayList<>();
    for (String text : corpus()) {
      corpus.add(new Seed(text));
    }
    assertThat(corpus).hasSizeGreaterThan(10);
    Random random = new Random(20261202L);
    ClaimReview review = ClaimReview.standard();
    int cases = 0;
    int invalid = 0;
    int utf8 = 0;
    int n = 0;
    long start = System.nanoTime();
    for (; n < MUTANTS; n++) {
      Seed seed = corpus.get(random.nextInt(corpus.size()));
      byte[] mutant = random.nextInt(3) == 0 ? valueMutant(seed, random) : byteMutant(seed, random);
      if (isUtf8(mutant)) {
        utf8++;
        assertSameOutcome(mutant);
      }
      try {
        ReviewCase c = ReviewJson.readCase(mutant);
        cases++;
        // a case the reader accepts can be reviewed and written back
        assertThat(ReviewJson.resultToJson(review.review(c))).isNotEmpty();
        assertThat(ReviewJson.caseToJson(c)).isNotEmpty();
      } catch (InvalidCaseException e) {
        invalid++;
        check(e, mutant);
      } catch (Throwable t) {
        throw new AssertionError(
            "mutant " + n + " gave " + t + "\n" + HexFormat.of().formatHex(mutant, 0, Math.min(mutant.length, 4000)), t);
      }
    }
    System.out.printf("fuzz: %d mutants in %d ms: %d cases, %d invalid%n",
        n, (System.nanoTime() - start) / 1_000_000, cases, invalid);
    assertThat(cases).isPositive();
    assertThat(invalid).isPositive();
    assertThat(utf8).isGreaterThan(n / 4);
  }

  /**
   * A document read from its bytes and from its text gives the same case or the same message: the
   * reader parses every form as UTF-8 bytes.
   */
  private static void assertSameOutcome(byte[] utf8) {
    String fromBytes;
    String fromText;
    try {
      fromBytes = ReviewJson.caseToJson(ReviewJson.readCase(utf8));
    } catch (InvalidCaseException e) {
      fromBytes = "invalid: " + e.getMessage() + " id " + e.caseId();
    }
    try {
      fromText = ReviewJson.caseToJson(ReviewJson.readCase(new String(utf8, UTF_8)));
    } catch (InvalidCaseException e) {
      fromText = "invalid: " + e.getMessage() + " id " + e.caseId();
    }
    assertThat(fromBytes).as("read from bytes and from text").isEqualTo(fromText);
  }

  /** Whether the bytes are well-formed UTF-8 without NUL, so that a string holds them exactly. */
  private static boolean isUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return false;
      }
    }
    try {
      UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void check(InvalidCaseException e, byte[] mutant) {
    String message = e.getMessage();
    // outside the quoted values from the input: no parser class, setting or limit name
    String own = QUOTED.matcher(message).replaceAll("\"\"");
    boolean ok =
        !message.isBlank()
            && message.length() <= MAX_MESSAGE
            && message.indexOf('\n') < 0
            && message.indexOf('\r') < 0
            && message.indexOf('\u001b') < 0
            && !own.contains("Feature")
            && !own.contains("Constraints")
            && !own.contains("Exception")
            && !own.contains("jackson")
            && !own.contains("enable")
            && message.equals(e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem())
            && !(onlyAsBirthDate(new String(mutant, UTF_8))
                && (message.contains(SENTINEL) || message.contains("1931-07")));
    if (!ok) {
      throw new AssertionError(
          "bad message: " + message + "\nfor "
              + HexFormat.of().formatHex(mutant, 0, Math.min(mutant.length, 2000)));
    }
  }

  /** Whether every occurrence of the sentinel is the value of a {@code birthDate} field. */
  private static boolean onlyAsBirthDate(String text) {
    int all = count(text, "1931");
    int asBirthDate =
        count(text, "\"birthDate\": \"" + SENTINEL + "\"")
            + count(text, "\"birthDate\":\"" + SENTINEL + "\"");
    return all > 0 && all == asBirthDate;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static byte[] byteMutant(Seed seed, Random random) {
    byte[] b = seed.bytes.clone();
    int edits = 1 + random.nextInt(4);
    for (int k = 0; k < edits && b.length > 0; k++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(6)) {
        case 0: // flip a bit
          b[at] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1: // replace a byte
          b[at] = (byte) random.nextInt(256);
          break;
        case 2: // insert interesting bytes
          b = insert(b, at, INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)]);
          break;
        case 3: // delete a slice
          b = delete(b, at, Math.min(b.length - at, 1 + random.nextInt(16)));
          break;
        case 4: // truncate
          b = java.util.Arrays.copyOf(b, at);
          break;
        default: // duplicate a slice
          int len = Math.min(b.length - at, 1 + random.nextInt(64));
          b = insert(b, at, java.util.Arrays.copyOfRange(b, at, at + len));
      }
    }
    return b;
  }

  /** A corpus entry with its bytes and the places of its scalar values, found once. */
  private static final class Seed {
    final String text;
    final byte[] bytes;
    final List<int[]> values = new ArrayList<>();

    Seed(String text) {
      this.text = text;
      this.bytes = text.getBytes(UTF_8);
      Matcher m = VALUE.matcher(text);
      while (m.find()) {
        values.add(new int[] {m.start(), m.end()});
      }
    }
  }

  /** Replaces one or two scalar values with interesting ones, the later place first. */
  private static byte[] valueMutant(Seed seed, Random random) {
    int[] first = seed.values.get(random.nextInt(seed.values.size()));
    int[] second = seed.values.get(random.nextInt(seed.values.size()));
    String text = seed.text;
    if (random.nextBoolean() && second[0] != first[0]) {
      int[] later = first[0] > second[0] ? first : second;
      int[] earlier = later == first ? second : first;
      text = replace(text, later, random);
      text = replace(text, earlier, random);
    } else {
      text = replace(text, first, random);
    }
    return text.getBytes(UTF_8);
  }

  private static String replace(String text, int[] place, Random random) {
    return text.substring(0, place[0])
        + INTERESTING_VALUES[random.nextInt(INTERESTING_VALUES.length)]
        + text.substring(place[1]);
  }

  private static byte[] insert(byte[] b, int at, byte[] part) {
    byte[] out = new byte[b.length + part.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(part, 0, out, at, part.length);
    System.arraycopy(b, at, out, at + part.length, b.length - at);
    return out;
  }

  private static byte[] delete(byte[] b, int at, int len) {
    byte[] out = new byte[b.length - len];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, at + len, out, at, b.length - at - len);
    return out;
  }

  /** The fixed corpus: every example case, one line and indented, with the sentinel birth date. */
  static List<String> corpus() throws IOException {
    List<String> corpus = new ArrayList<>();
    corpus.add(JsonFixtures.APPROVED_CASE);
    for (Optional<Path> dir : List.of(JsonFixtures.projectExamples(), JsonFixtures.sharedExamples())) {
      if (dir.isEmpty()) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir.get())) {
        for (Path f : files.sorted().toList()) {
          if (f.toString().endsWith(".json") && !f.endsWith("expected.json")) {
            corpus.add(Files.readString(f));
          }
        }
      }
    }
    List<String> withSentinel = new ArrayList<>();
    for (String c : corpus) {
      String s = BIRTH_DATE.matcher(c).replaceAll("\"birthDate\": \"" + SENTINEL + "\"");
      assertThat(count(s, "1931")).isEqualTo(1);
      withSentinel.add(s);
      withSentinel.add(JsonFixtures.with(s, "id", JsonFixtures.tree(s).get("id").asText()));
    }
    return withSentinel;
  }
}

package org.coveragepolicy.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coveragepolicy.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Makes text from the input safe to show in a one-line message: quoted, escaped and cut. Nothing
 * that reaches a message can move the cursor, start a new line or reorder what a terminal shows.
 */
final class Text {
  /** The most characters of a bad value a message shows. */
  static final int MAX_ECHO = 60;

  /** The most characters of a parser's own description a message keeps. */
  private static final int MAX_PARSER_PROBLEM = 120;

  /** A hint that names a parser setting, such as {@code enable `JsonReadFeature.X` to allow}. */
  static final Pattern SETTING_HINT =
      Pattern.compile("[\\s:;,]*(?:(?:enable|disable|use|set|from)\\b[^()`]*?)?`[^`]*`(?:\\s*to allow)?");

  /** A parenthesized aside naming a parser class, feature or constraint. */
  static final Pattern CLASS_ASIDE =
      Pattern.compile(
          "\\s*\\([^()]*(?:Feature|Constraints|Exception|Parser|Factory|jackson)[^()]*\\)",
          Pattern.CASE_INSENSITIVE);

  /** A bare class or feature name. */
  static final Pattern CLASS_NAME =
      Pattern.compile(
          "\\b(?:com\\.fasterxml\\S*|[A-Za-z]*(?:Feature|Constraints|Exception|JsonParser|JsonFactory)"
              + "(?:\\.[A-Za-z_]+(?:\\(\\))?)*)",
          Pattern.CASE_INSENSITIVE);

  /** Every word one of the two patterns above requires, lower case. */
  private static final String[] PARSER_WORDS = {
    "fasterxml", "feature", "constraints", "exception", "parser", "factory", "jackson"
  };

  private Text() {}

  /**
   * Returns a value as a message shows it: in double quotes, with JSON escapes for quotes,
   * backslashes and every character a terminal would act on, cut to {@link #MAX_ECHO} characters
   * and then marked with {@code …}.
   */
  static String quote(String value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 8).append('"');
    int shown = 0;
    int i = 0;
    int n = value.length();
    while (i < n && shown < MAX_ECHO) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        b.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        escape(b, c);
        i++;
      }
      shown++;
    }
    b.append('"');
    if (i < n) {
      b.append('…');
    }
    return b.toString();
  }

  /** Returns text made safe for one line, escaped as {@link #quote} does, without quotes or cut. */
  static String escaped(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else if (c == '"' || c == '\\') {
        b.append(c);
      } else {
        escape(b, c);
      }
    }
    return b.toString();
  }

  /** Returns the text of a number as a message shows it, cut to {@link #MAX_ECHO} characters. */
  static String number(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
  }

  private static void escape(StringBuilder b, char c) {
    switch (c) {
      case '"':
        b.append("\\\"");
        return;
      case '\\':
        b.append("\\\\");
        return;
      case '\n':
        b.append("\\n");
        return;
      case '\r':
        b.append("\\r");
        return;
      case '\t':
        b.append("\\t");
        return;
      default:
        if (needsEscape(c)) {
          b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
    }
  }

  /**
   * Whether a character is escaped in messages: C0 and C1 controls, DEL, lone surrogates, line and
   * paragraph separators, bidirectional controls and the byte order mark.
   */
  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || c == 0xFEFF;
  }

  /** Whether a field name can stand unquoted in a path. */
  static boolean isSimpleName(String name) {
    if (name.isEmpty() || name.length() > MAX_ECHO) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Returns a field name as a path shows it: bare when simple, else quoted and escaped. */
  static String key(String name) {
    return isSimpleName(name) ? name : quote(name);
  }

  /** Returns the index of the first unpaired surrogate in the text, or -1 when there is none. */
  static int loneSurrogate(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether the text holds a control character (C0, DEL or C1). */
  static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the parser's setting hints, asides naming its classes, and class names (as "a limit").
   * Each pattern is tried only where it can match: most problems name no setting and no class.
   */
  static String withoutInternals(String problem) {
    String m = problem;
    if (m.indexOf('`') >= 0) {
      m = SETTING_HINT.matcher(m).replaceAll("");
    }
    if (namesParserInternals(m)) {
      m = CLASS_ASIDE.matcher(m).replaceAll("");
      m = CLASS_NAME.matcher(m).replaceAll("a limit");
    }
    return m;
  }

  /**
   * Whether a problem holds one of the words that {@link #CLASS_ASIDE} and {@link #CLASS_NAME}
   * need, in any case: without one neither can match.
   */
  private static boolean namesParserInternals(String problem) {
    String lower = problem.toLowerCase(Locale.ROOT);
    for (String word : PARSER_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a JSON parser's description of a syntax error as a message shows it: its first line,
   * without the names of parser settings, classes or limits, escaped and cut.
   */
  static String parserProblem(@Nullable String original) {
    String m = original == null ? "" : original;
    int newline = m.indexOf('\n');
    if (newline >= 0) {
      m = m.substring(0, newline);
    }
    if (m.length() > 4 * MAX_PARSER_PROBLEM) {
      m = m.substring(0, 4 * MAX_PARSER_PROBLEM);
    }
    m = escaped(withoutInternals(m).strip());
    if (m.isEmpty()) {
      m = "malformed";
    }
    return m.length() <= MAX_PARSER_PROBLEM ? m : m.substring(0, MAX_PARSER_PROBLEM) + "…";
  }

  /**
   * Parses a strict ISO date, {@code uuuu-MM-dd}, from {@code length} characters at {@code offset};
   * null if malformed or not a calendar date.
   */
  static @Nullable LocalDate isoDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, offset + 4);
    int month = digits(text, offset + 5, offset + 7);
    int day = digits(text, offset + 8, offset + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static String problemOf(IllegalArgumentException e) {
    return e instanceof InvalidInputException
        ? ((InvalidInputException) e).problem()
        : String.valueOf(e.getMessage());
  }

  /**
   * Makes a domain check's problem safe for a message: the raw value it quotes is shown as {@link
   * Text#quote} shows it, the rest is escaped, and the whole is kept short.
   */
  static String safeProblem(String problem, @Nullable String raw) {
    if (raw != null) {
      String quoted = "\"" + raw + "\"";
      int at = problem.indexOf(quoted);
      if (at >= 0) {
        return cut(Text.escaped(problem.substring(0, at)))
            + Text.quote(raw)
            + cut(Text.escaped(problem.substring(at + quoted.length())));
      }
    }
    return cut(Text.escaped(problem));
  }

  private static String cut(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}

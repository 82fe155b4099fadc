package org.coveragepolicy.core.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A choice this library made where its sources are silent or ambiguous: a stable name, the choice in
 * one sentence and the source it resolves. A policy keeps its interpretations in one place and the
 * rules that rest on one refer to it, so a user can see every choice; this class holds the one the
 * generic Part B drug benefit makes.
 *
 * @since 0.1.0
 */
public final class Interpretation {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * DIRECT supervision means the physician is present in the office suite; virtual (audio-video)
   * direct supervision, which CMS has allowed for some periods, is not accepted (Pub. 100-02, Ch. 15,
   * §60).
   */
  public static final Interpretation DIRECT_SUPERVISION_IN_PERSON =
      of(
          "DIRECT_SUPERVISION_IN_PERSON",
          Source.IOM_15_60,
          "direct supervision means the physician present in the office suite; virtual direct"
              + " supervision is not accepted");

  private final String name;
  private final Source source;
  private final String summary;

  private Interpretation(String name, Source source, String summary) {
    this.name = name;
    this.source = source;
    this.summary = summary;
  }

  /**
   * Returns an interpretation.
   *
   * @param name a stable name, upper snake case
   * @param source the source whose silence or ambiguity the choice resolves
   * @param summary the choice in one sentence
   * @return the interpretation
   * @throws IllegalArgumentException if the name is malformed or the summary blank
   */
  public static Interpretation of(String name, Source source, String summary) {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(summary, "summary");
    checkArgument(NAME.matcher(name).matches(), "interpretation.name: not upper snake case: \"%s\"", name);
    checkArgument(!summary.isBlank(), "interpretation.summary: must not be blank, for %s", name);
    return new Interpretation(name, source, summary);
  }

  /**
   * Returns the interpretation's stable name, such as {@code DIRECT_SUPERVISION_IN_PERSON}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the source whose silence or ambiguity the choice resolves.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the choice in one sentence.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Interpretation && ((Interpretation) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}

package org.coveragepolicy.indications;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.coveragepolicy.core.finding.Source;
import org.immutables.value.Value;

/**
 * A policy edition, as a value: its name, the source it follows, the indications it applies (in the
 * order that picks the result's indication when several are supported), its limitations of use and
 * its thresholds. A new edition is a new value built from public parts, for example the default one
 * with an indication dropped and a threshold changed:
 *
 * <pre>{@code
 * Edition strict =
 *     Edition.builder()
 *         .from(Edition.NORIDIAN_JF_2026)
 *         .name("STRICT_2027")
 *         .indications(
 *             Edition.NORIDIAN_JF_2026.indications().stream()
 *                 .filter(i -> i != DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS)
 *                 .collect(ImmutableList.toImmutableList()))
 *         .thresholds(
 *             Thresholds.builder().from(Thresholds.defaults())
 *                 .osteoporosisTScore(new BigDecimal("-3.0")).build())
 *         .build();
 * }</pre>
 *
 * <p>Required: {@code name}, {@code source}. Optional: {@code indications}, {@code limitations},
 * {@code thresholds} (default {@link Thresholds#defaults()}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Edition {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * The seed (default): exactly the indications the Noridian JF TPE article lists, four for the
   * Prolia family and three for the Xgeva family, and the multiple-myeloma limitation of use.
   */
  public static final Edition NORIDIAN_JF_2026 =
      builder()
          .name("NORIDIAN_JF_2026")
          .source(DenosumabSources.SEED)
          .addIndications(
              DenosumabIndications.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS,
              DenosumabIndications.PROLIA_MALE_OSTEOPOROSIS,
              DenosumabIndications.PROLIA_ADT_PROSTATE_CANCER,
              DenosumabIndications.PROLIA_AI_BREAST_CANCER,
              DenosumabIndications.XGEVA_SRE_BONE_METASTASES,
              DenosumabIndications.XGEVA_GIANT_CELL_TUMOR,
              DenosumabIndications.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY)
          .addLimitations(DenosumabIndications.XGEVA_MULTIPLE_MYELOMA_LIMITATION)
          .build();

  /**
   * The current FDA labels: adds glucocorticoid-induced osteoporosis (Prolia family) and multiple
   * myeloma (Xgeva family), with no multiple-myeloma limitation (dropped from the Xgeva label in
   * January 2018).
   */
  public static final Edition FDA_LABEL_2024 =
      builder()
          .name("FDA_LABEL_2024")
          .source(DenosumabSources.FDA_XGEVA)
          .indications(DenosumabIndications.ALL)
          .build();

  /** The default edition: {@link #NORIDIAN_JF_2026}. */
  public static final Edition DEFAULT = NORIDIAN_JF_2026;

  private static final ImmutableList<Edition> BUILT_IN =
      ImmutableList.of(NORIDIAN_JF_2026, FDA_LABEL_2024);

  Edition() {}

  /**
   * Returns the edition's name as the result names it, upper snake case.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the edition in words, for messages and reports: "the Noridian JF edition (2026)" for
   * {@code NORIDIAN_JF_2026}, "the FDA label edition (2024)" for {@code FDA_LABEL_2024}, and for
   * another edition its name in lower case words ("the strict 2027 edition").
   *
   * @return the edition in words
   */
  public final String title() {
    switch (name()) {
      case "NORIDIAN_JF_2026":
        return "the Noridian JF edition (2026)";
      case "FDA_LABEL_2024":
        return "the FDA label edition (2024)";
      default:
        return "the " + name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " edition";
    }
  }

  /**
   * Returns the source the edition follows.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns the indications of the edition, in the order that picks the result's indication.
   *
   * @return the indications
   */
  public abstract ImmutableList<Indication> indications();

  /**
   * Returns the limitations of use of the edition.
   *
   * @return the limitations
   */
  public abstract ImmutableList<Limitation> limitations();

  /**
   * Returns the thresholds the edition's rules use.
   *
   * @return the thresholds; {@link Thresholds#defaults()} by default
   */
  @Value.Default
  public Thresholds thresholds() {
    return Thresholds.defaults();
  }

  /**
   * Returns the built-in edition of the given name.
   *
   * @param name {@code NORIDIAN_JF_2026} or {@code FDA_LABEL_2024}
   * @return the edition
   * @throws IllegalArgumentException if no built-in edition has that name
   */
  public static Edition named(String name) {
    for (Edition edition : BUILT_IN) {
      if (edition.name().equals(name)) {
        return edition;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Edition e : BUILT_IN) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw new IllegalArgumentException(
        "not an edition: \"" + name + "\" (expected one of " + names + ")");
  }

  /**
   * Returns the built-in editions.
   *
   * @return the editions, the default first
   */
  public static ImmutableList<Edition> all() {
    return BUILT_IN;
  }

  /**
   * Returns whether the edition includes an indication.
   *
   * @param indication the indication
   * @return true if included
   */
  public final boolean includes(Indication indication) {
    return indications().contains(indication);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Edition}.
   *
   * <ul>
   *   <li>Required: {@code name}, {@code source}.
   *   <li>Optional: {@code indications} and {@code limitations} (empty unless added),
   *       {@code thresholds} (default {@link Thresholds#defaults()}).
   * </ul>
   *
   * <p>{@code build()} throws {@link IllegalStateException} naming a required attribute not set,
   * and {@link IllegalArgumentException} when the name is not upper snake case or an indication is
   * listed twice.
   */
  public static final class Builder extends ImmutableEdition.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    checkArgument(
        NAME.matcher(name()).matches(), "edition.name: not upper snake case: \"%s\"", name());
    Set<String> names = new HashSet<>();
    for (Indication i : indications()) {
      checkArgument(
          names.add(i.name()), "edition.indications: %s listed twice in %s", i.name(), name());
    }
  }

  @Override
  public final String toString() {
    return name();
  }
}

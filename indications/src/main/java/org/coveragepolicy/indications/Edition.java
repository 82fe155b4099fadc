package org.coveragepolicy.indications;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.coveragepolicy.core.finding.Source;

/**
 * A policy edition: which indications (in the policy's order) and which limitations of use an
 * evaluation applies. An edition is data; a new edition is a new value, not a branch in the rules.
 *
 * @since 0.1.0
 */
public final class Edition {
  /**
   * The seed (default): exactly the indications the Noridian JF TPE article lists, four for Prolia
   * and three for Xgeva, and the multiple-myeloma limitation of use.
   */
  public static final Edition NORIDIAN_JF_2026 =
      new Edition(
          "NORIDIAN_JF_2026",
          Source.SEED,
          ImmutableList.of(
              Indication.PROLIA_POSTMENOPAUSAL_OSTEOPOROSIS,
              Indication.PROLIA_MALE_OSTEOPOROSIS,
              Indication.PROLIA_ADT_PROSTATE_CANCER,
              Indication.PROLIA_AI_BREAST_CANCER,
              Indication.XGEVA_SRE_BONE_METASTASES,
              Indication.XGEVA_GIANT_CELL_TUMOR,
              Indication.XGEVA_HYPERCALCEMIA_OF_MALIGNANCY),
          ImmutableSet.of(Limitation.XGEVA_MULTIPLE_MYELOMA));

  /**
   * The current FDA labels: adds glucocorticoid-induced osteoporosis (Prolia) and multiple myeloma
   * (Xgeva), with no multiple-myeloma limitation (dropped from the Xgeva label in January 2018).
   */
  public static final Edition FDA_LABEL_2024 =
      new Edition(
          "FDA_LABEL_2024",
          Source.FDA_XGEVA,
          ImmutableList.copyOf(Indication.values()),
          ImmutableSet.of());

  /** The default edition: {@link #NORIDIAN_JF_2026}. */
  public static final Edition DEFAULT = NORIDIAN_JF_2026;

  private static final ImmutableList<Edition> ALL = ImmutableList.of(NORIDIAN_JF_2026, FDA_LABEL_2024);

  private final String name;
  private final Source source;
  private final ImmutableList<Indication> indications;
  private final ImmutableSet<Limitation> limitations;

  private Edition(
      String name,
      Source source,
      ImmutableList<Indication> indications,
      ImmutableSet<Limitation> limitations) {
    this.name = name;
    this.source = source;
    this.indications = ImmutableList.sortedCopyOf(indications);
    this.limitations = limitations;
  }

  /**
   * Returns the edition of the given name.
   *
   * @param name {@code NORIDIAN_JF_2026} or {@code FDA_LABEL_2024}
   * @return the edition
   * @throws IllegalArgumentException if no edition has that name
   */
  public static Edition named(String name) {
    for (Edition edition : ALL) {
      if (edition.name.equals(name)) {
        return edition;
      }
    }
    throw new IllegalArgumentException(
        "not an edition: \"" + name + "\" (expected one of " + names() + ")");
  }

  /**
   * Returns every edition this library knows.
   *
   * @return the editions, the default first
   */
  public static ImmutableList<Edition> all() {
    return ALL;
  }

  private static String names() {
    StringBuilder s = new StringBuilder();
    for (Edition e : ALL) {
      s.append(s.length() == 0 ? "" : ", ").append(e.name);
    }
    return s.toString();
  }

  /**
   * Returns the edition's name as the result names it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the source the edition follows.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * Returns the indications of the edition, in the policy's order.
   *
   * @return the indications
   */
  public ImmutableList<Indication> indications() {
    return indications;
  }

  /**
   * Returns the limitations of use of the edition.
   *
   * @return the limitations
   */
  public ImmutableSet<Limitation> limitations() {
    return limitations;
  }

  /**
   * Returns whether the edition includes an indication.
   *
   * @param indication the indication
   * @return true if included
   */
  public boolean includes(Indication indication) {
    return indications.contains(indication);
  }

  /**
   * Returns whether the edition carries a limitation.
   *
   * @param limitation the limitation
   * @return true if carried
   */
  public boolean has(Limitation limitation) {
    checkArgument(limitation != null, "limitation: must not be null");
    return limitations.contains(limitation);
  }

  @Override
  public String toString() {
    return name;
  }
}

package org.coveragepolicy.json;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.partb.PartBRules;
import org.coveragepolicy.indications.Indication;
import org.coveragepolicy.indications.J0897Rules;
import org.coveragepolicy.indications.Limitation;
import org.coveragepolicy.review.ReviewRules;

/**
 * The rules a review of this library version can report, by ID, so that a result read back names
 * the same {@link Rule} values the review created. The one place to change when the rules gain a
 * registry of their own.
 */
final class KnownRules {
  private static final ImmutableMap<String, Rule> BY_ID = build();

  private KnownRules() {}

  private static ImmutableMap<String, Rule> build() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (Rule r :
        new Rule[] {
          PartBRules.DRUG_DEFINITION,
          PartBRules.NOT_SELF_ADMINISTERED,
          PartBRules.INCIDENT_TO,
          PartBRules.REASONABLE_NECESSARY,
          PartBRules.NOT_IMMUNIZATION,
          PartBRules.NOT_LESS_THAN_EFFECTIVE,
          J0897Rules.NO_INDICATION,
          J0897Rules.DOSE_LABELED,
          J0897Rules.FREQ_PROLIA,
          J0897Rules.FREQ_XGEVA,
          J0897Rules.SAFE_OTHER_DENOSUMAB,
          J0897Rules.SAFE_HYPOCALCEMIA,
          J0897Rules.SAFE_PREGNANCY,
          J0897Rules.SAFE_ADVANCED_CKD,
          ReviewRules.RECORDS_RETURNED,
          ReviewRules.ORDER,
          ReviewRules.ADMINISTRATION,
          ReviewRules.PROGRESS_NOTE,
          ReviewRules.IMAGING,
          ReviewRules.UNSIGNED,
          ReviewRules.SUPPLEMENTATION,
          ReviewRules.UNITS,
          ReviewRules.NDC,
          ReviewRules.JZ_JW,
          ReviewRules.DIAGNOSIS,
          ReviewRules.PRODUCT
        }) {
      rules.putIfAbsent(r.id(), r);
    }
    for (Indication i : Indication.values()) {
      rules.putIfAbsent(i.rule().id(), i.rule());
    }
    for (Limitation l : Limitation.values()) {
      rules.putIfAbsent(l.rule().id(), l.rule());
    }
    return ImmutableMap.copyOf(rules);
  }

  static Map<String, Rule> byId() {
    return BY_ID;
  }
}

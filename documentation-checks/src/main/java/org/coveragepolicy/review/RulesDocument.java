package org.coveragepolicy.review;

import org.coveragepolicy.core.finding.Interpretation;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Indication;

/**
 * The project's rules document, {@code docs/rules.md}, generated from the {@link RuleRegistry}:
 * every rule with its ID, summary, default severity and category and source, the editions and the
 * indications they apply, the interpretations and the sources. A test keeps the shipped document
 * equal to {@link #markdown()}, so the two cannot drift.
 *
 * @since 0.2.0
 */
final class RulesDocument {
  private RulesDocument() {}

  /**
   * Returns the rules document as Markdown.
   *
   * @return the document, ending with a newline
   */
  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Rules\n\n")
        .append("<!-- Generated from RuleRegistry by RulesDocument.markdown(); do not edit by hand.")
        .append(" Regenerate: ./mvnw -B -q -pl documentation-checks -am test")
        .append(" -Dtest=RuleRegistryTest -Drules.write=true -Dsurefire.failIfNoSpecifiedTests=false")
        .append(" -->\n\n")
        .append("Every finding a review reports names one of these rules. A rule that fails")
        .append(" reports an ERROR with its default category unless the row says WARNING; a")
        .append(" particular finding may report another category (a missing element is")
        .append(" INSUFFICIENT_DOCUMENTATION where a contradicting one is MEDICAL_NECESSITY),")
        .append(" and a shortfall of an indication that is not needed because another is")
        .append(" supported is reported as INFO.\n\n")
        .append("| ID | summary | severity | default category | source |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Rule rule : RuleRegistry.rules()) {
      md.append("| `")
          .append(rule.id())
          .append("` | ")
          .append(escape(rule.summary()))
          .append(" | ")
          .append(rule.defaultSeverity())
          .append(" | ")
          .append(rule.defaultCategory().map(Enum::name).orElse("—"))
          .append(" | ")
          .append(rule.source().key())
          .append(" |\n");
    }
    md.append("\n## Editions\n\n")
        .append("A review runs under one edition; the result names it. In each edition the")
        .append(" result's indication is the first supported one in this order.\n\n");
    for (Edition edition : Policies.load().editions()) {
      boolean isDefault =
          Policies.load().policyOf(edition).map(p -> p.defaultEdition().equals(edition)).orElse(false);
      md.append("### `").append(edition.name()).append("`")
          .append(isDefault ? " (default)" : "")
          .append("\n\nFollows ").append(edition.source().key()).append(". Indications:\n\n");
      for (Indication indication : edition.indications()) {
        md.append("- `")
            .append(indication.name())
            .append("` (")
            .append(indication.family().displayName())
            .append(" family; anchor ")
            .append(indication.anchorFamily())
            .append(indication.sex().map(s -> ", " + s).orElse(""))
            .append(indication.needsImaging() ? "; imaging needed" : "; no imaging needed")
            .append("): ")
            .append(escape(indication.description()))
            .append('\n');
      }
      md.append("\nLimitations of use: ");
      if (edition.limitations().isEmpty()) {
        md.append("none");
      }
      for (int i = 0; i < edition.limitations().size(); i++) {
        md.append(i == 0 ? "" : ", ").append('`').append(edition.limitations().get(i)).append('`');
      }
      md.append(".\n\n");
    }
    md.append("## Interpretations\n\n")
        .append("Where a source is silent or ambiguous, the rules rest on these choices.\n\n")
        .append("| name | choice | resolves |\n| --- | --- | --- |\n");
    for (Interpretation interpretation : RuleRegistry.interpretations()) {
      md.append("| `")
          .append(interpretation.name())
          .append("` | ")
          .append(escape(interpretation.summary()))
          .append(" | ")
          .append(interpretation.source().key())
          .append(" |\n");
    }
    md.append("\n## Sources\n\n| key | source |\n| --- | --- |\n");
    for (Source source : RuleRegistry.sources()) {
      md.append("| ").append(source.key()).append(" | ").append(escape(source.title())).append(" |\n");
    }
    return md.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}

package org.coveragepolicy.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.review.ReviewResult;

/**
 * The CDS Hooks card that tells the ordering clinician what the review of one order found: "info"
 * when the coverage requirements are met, else "warning" when only documentation is missing and
 * "critical" otherwise; the detail lists each finding (informational ones left out) with its rule
 * and citation, and the source names the policy that reviewed the order.
 */
final class CoverageCard {
  private CoverageCard() {}

  /**
   * The card for an order reviewed: its summary (at most 140 characters), indicator, detail and
   * source.
   */
  static ObjectNode of(ReviewResult result, CatalogEntry entry) {
    List<Finding> shown =
        result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    boolean errors = shown.stream().anyMatch(Finding::isError);
    ObjectNode card = JsonNodeFactory.instance.objectNode();
    String product = entry.product().name();
    String summary;
    String indicator;
    if (!errors) {
      summary = product + ": Medicare Part B coverage requirements met";
      indicator = "info";
    } else {
      summary =
          product + ": " + result.denialReason().map(Enum::name).orElse("")
              .toLowerCase(Locale.ROOT).replace('_', ' ')
              + " (" + shown.stream().filter(Finding::isError).count() + " to resolve)";
      indicator =
          result.findings().stream()
                  .filter(Finding::isError)
                  .allMatch(f -> f.category().map(c -> c.name().endsWith("DOCUMENTATION")).orElse(false))
              ? "warning"
              : "critical";
    }
    card.put("summary", summary.length() > 140 ? summary.substring(0, 140) : summary);
    card.put("indicator", indicator);
    StringBuilder detail = new StringBuilder();
    detail.append("Decision under ").append(result.edition().name()).append(": **")
        .append(result.decision().name()).append("**");
    result.indication().ifPresent(i -> detail.append(", indication ").append(i.name()));
    detail.append(".\n");
    for (Finding f : shown) {
      detail.append("\n- **").append(f.rule().id()).append("** (").append(f.severity().name())
          .append(f.category().map(c -> ", " + c.name()).orElse(""))
          .append("; cites ").append(f.citation().key()).append(": ").append(f.citation().title())
          .append("): ").append(f.message());
    }
    card.put("detail", detail.toString());
    ObjectNode source = card.putObject("source");
    // the policy that reviewed the order (its edition's), else the services' own
    String policy =
        Policies.load()
            .policyOf(result.edition())
            .map(p -> p.name().toLowerCase(Locale.ROOT))
            .orElse(CdsServices.POLICY);
    source.put("label", "coverage-policy, Medicare Part B " + policy + " policy");
    return card;
  }
}

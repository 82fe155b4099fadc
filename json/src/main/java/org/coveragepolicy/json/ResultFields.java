package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Decision;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.review.RuleRegistry;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link ReviewResult} from a token stream, as {@link ResultWriter} writes it and
 * docs/json-contract.md fixes the form. A finding's rule must be one this library version reports, and
 * its citation a source the rule registry knows (an INFO shortfall cites what the same shortfall
 * cites as an ERROR, which may differ from its rule's own source).
 */
final class ResultFields extends CaseParser {
  private @Nullable String caseId;

  ResultFields(JsonParser p) {
    super(p);
  }

  @Nullable String caseId() {
    return caseId;
  }

  ReviewResult read() throws IOException {
    startRoot();
    ReviewResult.Builder b = ReviewResult.builder();
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "id":
          seen = field(seen, 1);
          if (!isNull()) {
            caseId = CaseFields.id(this);
            b.id(caseId);
          }
          break;
        case "edition":
          seen = field(seen, 2);
          if (!isNull()) {
            b.edition(edition());
          }
          break;
        case "product":
          seen = field(seen, 4);
          if (!isNull()) {
            b.product(parsed(Product::of));
          }
          break;
        case "decision":
          seen = field(seen, 8);
          if (!isNull()) {
            b.decision(enumValue(Decision.class));
          }
          break;
        case "denialReason":
          seen = field(seen, 16);
          if (!isNull()) {
            b.denialReason(enumValue(Category.class));
          }
          break;
        case "indication":
          seen = field(seen, 32);
          if (!isNull()) {
            b.indication(indication());
          }
          break;
        case "findings":
          seen = field(seen, 64);
          if (!isNull()) {
            b.findings(list(this::finding));
          }
          break;
        default:
          throw unknownField();
      }
    }
    if (caseId == null) {
      throw missing("id");
    }
    if ((seen & 2) == 0) {
      throw missing("edition");
    }
    if ((seen & 8) == 0) {
      throw missing("decision");
    }
    if ((seen & 64) == 0) {
      throw missing("findings");
    }
    ReviewResult r = build(b::build);
    endRoot();
    return r;
  }

  private Edition edition() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      for (Edition e : Policies.load().editions()) {
        if (e.name().equals(p.getText())) {
          return e;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (Edition e : Policies.load().editions()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(path(), "must be one of " + names + was());
  }

  private Finding finding() throws IOException {
    object();
    Rule rule = null;
    Severity severity = null;
    Category category = null;
    String message = null;
    Source citation = null;
    int seen = 0;
    while (nextField()) {
      switch (name()) {
        case "rule":
          seen = field(seen, 1);
          if (!isNull()) {
            String id = string();
            rule = RuleRegistry.rule(id).orElse(null);
            if (rule == null) {
              throw error(path(), "not a rule this library reports" + was());
            }
          }
          break;
        case "severity":
          seen = field(seen, 2);
          if (!isNull()) {
            severity = enumValue(Severity.class);
          }
          break;
        case "category":
          seen = field(seen, 4);
          if (!isNull()) {
            category = enumValue(Category.class);
          }
          break;
        case "message":
          seen = field(seen, 8);
          if (!isNull()) {
            message = string();
            if (message.isBlank()) {
              throw error(path(), "must not be empty");
            }
          }
          break;
        case "citation":
          seen = field(seen, 16);
          if (!isNull()) {
            citation = citation();
          }
          break;
        default:
          throw unknownField();
      }
    }
    if (rule == null) {
      throw missing("rule");
    }
    if (severity == null) {
      throw missing("severity");
    }
    if (message == null) {
      throw missing("message");
    }
    if (citation == null) {
      throw missing("citation");
    }
    // a rule ID several policies share is the rule as the policy citing that source declares it
    rule = RuleRegistry.rule(rule.id(), citation).orElse(rule);
    if (severity == Severity.ERROR) {
      if (category == null) {
        throw error(join(path(), "category"), "required for an ERROR");
      }
      return rule.error(category, message, citation);
    }
    if (category != null) {
      throw error(join(path(), "category"), "must be null for a " + severity + ", was " + category);
    }
    return severity == Severity.WARNING
        ? rule.warning(message, citation)
        : rule.info(message, citation);
  }

  /** An indication of the policies on the class path, by its name. */
  private Indication indication() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      for (Indication i : Policies.load().indications()) {
        if (i.name().equals(p.getText())) {
          return i;
        }
      }
    }
    throw error(path(), "not an indication of this library" + was());
  }

  private Source citation() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      Optional<Source> known = RuleRegistry.source(p.getText());
      if (known.isPresent()) {
        return known.get();
      }
    }
    StringBuilder keys = new StringBuilder();
    for (Source s : RuleRegistry.sources()) {
      keys.append(keys.length() == 0 ? "" : ", ").append(s.key());
    }
    throw error(path(), "must be one of " + keys + was());
  }
}

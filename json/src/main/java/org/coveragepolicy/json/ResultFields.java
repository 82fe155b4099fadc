package org.coveragepolicy.json;

import static java.util.Objects.requireNonNull;

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
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.json.FieldTable.Required;
import org.coveragepolicy.review.ReviewResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link ReviewResult} from a token stream, as {@link ResultWriter} writes it and
 * docs/json-contract.md fixes the form. Its edition and indication must be of the reader's policies
 * ({@link ResultNames}), a finding's rule one they report, and its citation a source they cite (an
 * INFO shortfall cites what the same shortfall cites as an ERROR, which may differ from its rule's
 * own source).
 */
final class ResultFields {
  /** The fields of a result, in contract order. */
  enum Field implements FieldTable.Field {
    @Required ID,
    @Required EDITION,
    PRODUCT,
    @Required DECISION,
    DENIAL_REASON,
    INDICATION,
    @Required FINDINGS
  }

  /** The fields of a finding, in contract order. */
  enum FindingField implements FieldTable.Field {
    @Required RULE,
    @Required SEVERITY,
    CATEGORY,
    @Required MESSAGE,
    @Required CITATION
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);
  private static final FieldTable<FindingField> FINDING_FIELDS = FieldTable.of(FindingField.class);

  private final JsonCursor in;
  private final ResultNames names;

  ResultFields(JsonParser p, ResultNames names) {
    this.in = new JsonCursor(p);
    this.names = names;
  }

  /** The cursor the reader reads through. */
  JsonCursor cursor() {
    return in;
  }

  /** The result's case ID once read, so that an error can name the case. */
  @Nullable String caseId() {
    return in.caseId();
  }

  ReviewResult read() throws IOException {
    in.startRoot();
    ReviewResult.Builder b = ReviewResult.builder();
    int seen = 0;
    int present = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        // a null edition, decision or findings is present, and fails when the result is built
        if (f != Field.ID) {
          present |= FieldTable.bit(f);
        }
        continue;
      }
      present |= FieldTable.bit(f);
      switch (f) {
        case ID:
          String id = CaseFields.id(in);
          in.caseId(id);
          b.id(id);
          break;
        case EDITION:
          b.edition(edition());
          break;
        case PRODUCT:
          b.product(in.parsed(Product::of));
          break;
        case DECISION:
          b.decision(in.enumValue(Decision.class));
          break;
        case DENIAL_REASON:
          b.denialReason(in.enumValue(Category.class));
          break;
        case INDICATION:
          b.indication(indication());
          break;
        case FINDINGS:
          b.findings(in.list(this::finding));
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    ReviewResult r = in.build(b::build);
    in.endRoot();
    return r;
  }

  private Edition edition() throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      Optional<Edition> e = names.edition(in.p.getText());
      if (e.isPresent()) {
        return e.get();
      }
    }
    throw in.error(in.path(), "must be one of " + names.editionNames() + in.was());
  }

  private Finding finding() throws IOException {
    in.object();
    Rule rule = null;
    Severity severity = null;
    Category category = null;
    String message = null;
    Source citation = null;
    int seen = 0;
    int present = 0;
    while (in.nextField()) {
      FindingField f = FINDING_FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        continue;
      }
      present |= FieldTable.bit(f);
      switch (f) {
        case RULE:
          rule = names.rule(in.string()).orElse(null);
          if (rule == null) {
            throw in.error(in.path(), "not a rule this library reports" + in.was());
          }
          break;
        case SEVERITY:
          severity = in.enumValue(Severity.class);
          break;
        case CATEGORY:
          category = in.enumValue(Category.class);
          break;
        case MESSAGE:
          message = in.string();
          if (message.isBlank()) {
            throw in.error(in.path(), "must not be empty");
          }
          break;
        case CITATION:
          citation = citation();
          break;
      }
    }
    FINDING_FIELDS.requirePresent(in, present);
    return finding(
        requireNonNull(rule),
        requireNonNull(severity),
        category,
        requireNonNull(message),
        requireNonNull(citation));
  }

  private Finding finding(
      Rule ruleRead,
      Severity severity,
      @Nullable Category category,
      String message,
      Source citation) {
    // a rule ID several policies share is the rule as the policy citing that source declares it
    Rule rule = names.rule(ruleRead.id(), citation).orElse(ruleRead);
    if (severity == Severity.ERROR) {
      if (category == null) {
        throw in.error(
            JsonPath.join(in.path(), FindingField.CATEGORY.json()), "required for an ERROR");
      }
      return rule.error(category, message, citation);
    }
    if (category != null) {
      throw in.error(
          JsonPath.join(in.path(), FindingField.CATEGORY.json()),
          "must be null for a " + severity + ", was " + category);
    }
    return severity == Severity.WARNING
        ? rule.warning(message, citation)
        : rule.info(message, citation);
  }

  /** An indication of the reader's policies, by its name. */
  private Indication indication() throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      Optional<Indication> i = names.indication(in.p.getText());
      if (i.isPresent()) {
        return i.get();
      }
    }
    throw in.error(in.path(), "not an indication of this library" + in.was());
  }

  private Source citation() throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      Optional<Source> known = names.source(in.p.getText());
      if (known.isPresent()) {
        return known.get();
      }
    }
    throw in.error(in.path(), "must be one of " + names.sourceKeys() + in.was());
  }
}

package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Indication;
import org.coveragepolicy.json.ResultFields.Field;
import org.coveragepolicy.json.ResultFields.FindingField;
import org.coveragepolicy.review.ReviewResult;

/**
 * Writes a {@link ReviewResult} with the contract's stable field order: id, edition, product,
 * decision, denialReason, indication, findings (rule, severity, category, message, citation).
 * Absent values are written as {@code null}; findings keep the result's order.
 */
final class ResultWriter {
  private ResultWriter() {}

  static void write(JsonGenerator g, ReviewResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField(Field.ID.json(), r.id());
    g.writeStringField(Field.EDITION.json(), r.edition().name());
    g.writeStringField(Field.PRODUCT.json(), r.product().map(p -> p.name()).orElse(null));
    g.writeStringField(Field.DECISION.json(), r.decision().name());
    g.writeStringField(Field.DENIAL_REASON.json(), r.denialReason().map(Enum::name).orElse(null));
    g.writeStringField(Field.INDICATION.json(), r.indication().map(Indication::name).orElse(null));
    g.writeArrayFieldStart(Field.FINDINGS.json());
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField(FindingField.RULE.json(), f.rule().id());
      g.writeStringField(FindingField.SEVERITY.json(), f.severity().name());
      g.writeStringField(FindingField.CATEGORY.json(), f.category().map(Enum::name).orElse(null));
      g.writeStringField(FindingField.MESSAGE.json(), f.message());
      g.writeStringField(FindingField.CITATION.json(), f.citation().key());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

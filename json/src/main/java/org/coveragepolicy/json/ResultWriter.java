package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.policy.Indication;
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
    g.writeStringField("id", r.id());
    g.writeStringField("edition", r.edition().name());
    g.writeStringField("product", r.product().map(p -> p.name()).orElse(null));
    g.writeStringField("decision", r.decision().name());
    g.writeStringField("denialReason", r.denialReason().map(Enum::name).orElse(null));
    g.writeStringField("indication", r.indication().map(Indication::name).orElse(null));
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule().id());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("category", f.category().map(Enum::name).orElse(null));
      g.writeStringField("message", f.message());
      g.writeStringField("citation", f.citation().key());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}

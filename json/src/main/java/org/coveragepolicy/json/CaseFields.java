package org.coveragepolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.json.FieldTable.Required;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.review.ReviewCase;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link ReviewCase} from a token stream, field by field, as docs/json-contract.md fixes the
 * form. Fields may come in any order; the first problem in document order is the one reported, and
 * a field required but absent is reported at the end of its object, in the contract's order.
 *
 * <p>This reads the top-level object; {@link ClaimFields}, {@link PatientFields} and {@link
 * RecordFields} read the objects inside it, all through the same {@link JsonCursor}, and the names
 * of the open vocabulary they meet are checked against the case's policy at the end.
 */
final class CaseFields {
  /** The fields of a case, in contract order. */
  enum Field implements FieldTable.Field {
    @Required ID,
    EDITION,
    @Required CLAIM,
    @Required PATIENT,
    @Required RECORD
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;
  /** The policies and catalog names are resolved through: editions, a case's policy. */
  private final ClaimReview review;
  private final Vocabulary vocabulary;
  private final ClaimFields claim;
  private final PatientFields patient;
  private final RecordFields record;

  CaseFields(JsonParser p, ClaimReview review, ImmutableSet<Hcpcs> hcpcsCodes, String hcpcsNames) {
    this.in = new JsonCursor(p);
    this.review = review;
    this.vocabulary = new Vocabulary(in);
    this.claim = new ClaimFields(in, hcpcsCodes, hcpcsNames);
    this.patient = new PatientFields(in);
    this.record = new RecordFields(in, vocabulary);
  }

  /** The cursor the readers share. */
  JsonCursor cursor() {
    return in;
  }

  /** The case's ID once read, so that an error can name the case. */
  @Nullable String caseId() {
    return in.caseId();
  }

  ReviewCase read() throws IOException {
    in.startRoot();
    ReviewCase.Builder b = ReviewCase.builder();
    int seen = 0;
    int present = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        continue;
      }
      present |= FieldTable.bit(f);
      switch (f) {
        case ID:
          String id = id(in);
          b.id(id);
          in.caseId(id);
          break;
        case EDITION:
          b.edition(edition());
          break;
        case CLAIM:
          b.claim(claim.read());
          break;
        case PATIENT:
          b.patient(patient.read());
          break;
        case RECORD:
          b.record(record.read());
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    ReviewCase c = in.build(b::build);
    if (!vocabulary.isEmpty()) {
      vocabulary.check(review.policyOf(c));
    }
    in.endRoot();
    return c;
  }

  /** Reads a case ID: a string, not blank, at most 256 characters, no control characters. */
  static String id(JsonCursor in) throws IOException {
    String id = in.string();
    if (id.isBlank()) {
      throw in.error(in.path(), "must not be empty");
    }
    if (id.length() > Limits.MAX_ID_CHARS) {
      throw in.error(
          in.path(), "must be at most " + Limits.MAX_ID_CHARS + " characters" + in.was());
    }
    if (Text.hasControl(id)) {
      throw in.error(in.path(), "must not hold control characters" + in.was());
    }
    return id;
  }

  private Edition edition() throws IOException {
    if (in.p.currentToken() == JsonToken.VALUE_STRING) {
      String name = in.p.getText();
      for (Edition e : review.policies().editions()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
    }
    StringBuilder names = new StringBuilder();
    for (Edition e : review.policies().editions()) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw in.error(in.path(), "must be one of " + names + in.was());
  }
}

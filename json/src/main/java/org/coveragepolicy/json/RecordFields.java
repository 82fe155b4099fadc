package org.coveragepolicy.json;

import java.io.IOException;
import org.coveragepolicy.json.FieldTable.Required;
import org.coveragepolicy.review.MedicalRecord;

/** Reads a case's {@code record} object: the record's dates and its documents. */
final class RecordFields {
  /** The fields of a medical record, in contract order. */
  enum Field implements FieldTable.Field {
    REQUESTED_ON,
    RECEIVED_ON,
    @Required DOCUMENTS
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;
  private final DocumentFields documents;

  RecordFields(JsonCursor in, Vocabulary vocabulary) {
    this.in = in;
    this.documents = new DocumentFields(in, vocabulary);
  }

  MedicalRecord read() throws IOException {
    in.object();
    MedicalRecord.Builder b = MedicalRecord.builder();
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
        case REQUESTED_ON:
          b.requestedOn(in.date());
          break;
        case RECEIVED_ON:
          b.receivedOn(in.date());
          break;
        case DOCUMENTS:
          b.documents(
              in.list(
                  Limits.MAX_DOCUMENTS,
                  "must hold at most " + Limits.MAX_DOCUMENTS + " documents",
                  documents::read));
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    return in.build(b::build);
  }
}

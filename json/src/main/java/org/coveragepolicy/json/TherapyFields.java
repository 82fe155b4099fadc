package org.coveragepolicy.json;

import java.io.IOException;
import java.math.BigDecimal;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.evidence.TherapyKind;
import org.coveragepolicy.json.FieldTable.Required;

/** Reads a therapy of a progress note's {@code therapies}, its kind a name of the vocabulary. */
final class TherapyFields {
  /** The fields of a therapy, in contract order. */
  enum Field implements FieldTable.Field {
    @Required KIND,
    @Required START,
    END,
    DOSE_MG_PER_DAY,
    EXPECTED_MONTHS
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;
  private final Vocabulary vocabulary;

  TherapyFields(JsonCursor in, Vocabulary vocabulary) {
    this.in = in;
    this.vocabulary = vocabulary;
  }

  Therapy read() throws IOException {
    in.object();
    Therapy.Builder b = Therapy.builder();
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
        case KIND:
          b.kind(TherapyKind.of(vocabulary.term("therapy", "a therapy kind name")));
          break;
        case START:
          b.start(in.date());
          break;
        case END:
          b.end(in.date());
          break;
        case DOSE_MG_PER_DAY:
          b.doseMgPerDay(in.decimal(BigDecimal.ZERO, Limits.MAX_DAILY_DOSE_MG));
          break;
        case EXPECTED_MONTHS:
          b.expectedMonths(in.integer(0, Limits.MAX_EXPECTED_MONTHS));
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    return in.build(b::build);
  }
}

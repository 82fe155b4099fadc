package org.coveragepolicy.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.json.FieldTable.Required;

/** Reads a case's {@code claim} object: the claim line, its HCPCS code one of the catalog's. */
final class ClaimFields {
  /** The fields of a claim, in contract order. */
  enum Field implements FieldTable.Field {
    @Required DATE_OF_SERVICE,
    @Required HCPCS,
    @Required UNITS,
    MODIFIERS,
    NDC,
    @Required PLACE_OF_SERVICE,
    @Required DIAGNOSIS_CODES
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  private final JsonCursor in;
  private final ImmutableSet<Hcpcs> hcpcsCodes;
  private final String hcpcsNames;

  ClaimFields(JsonCursor in, ImmutableSet<Hcpcs> hcpcsCodes, String hcpcsNames) {
    this.in = in;
    this.hcpcsCodes = hcpcsCodes;
    this.hcpcsNames = hcpcsNames;
  }

  ClaimLine read() throws IOException {
    in.object();
    ClaimLine.Builder b = ClaimLine.builder();
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
        case DATE_OF_SERVICE:
          b.dateOfService(in.date());
          break;
        case HCPCS:
          b.hcpcs(hcpcs());
          break;
        case UNITS:
          b.units(in.integer(1, Limits.MAX_UNITS));
          break;
        case MODIFIERS:
          b.modifiers(in.list(() -> in.parsed(Modifier::parse)));
          break;
        case NDC:
          b.ndc(in.parsed(Ndc::parse));
          break;
        case PLACE_OF_SERVICE:
          b.placeOfService(in.parsed(PlaceOfService::parse));
          break;
        case DIAGNOSIS_CODES:
          b.diagnosisCodes(diagnosisCodes());
          break;
      }
    }
    FIELDS.requirePresent(in, present);
    return in.build(b::build);
  }

  private ImmutableList<Icd10Code> diagnosisCodes() throws IOException {
    // final, so a constant: neither message is built while a valid claim is read
    final String range = "must hold 1 to " + ClaimLine.MAX_DIAGNOSES + " codes, had ";
    ImmutableList<Icd10Code> codes =
        in.list(
            ClaimLine.MAX_DIAGNOSES,
            range + "more than " + ClaimLine.MAX_DIAGNOSES,
            () -> in.parsed(Icd10Code::parse));
    if (codes.isEmpty()) {
      throw in.error(in.path(), range + "0");
    }
    return codes;
  }

  private Hcpcs hcpcs() throws IOException {
    Hcpcs code = in.parsed(Hcpcs::parse);
    if (!hcpcsCodes.contains(code)) {
      throw in.error(
          in.path(), "not a HCPCS code of the catalog (" + hcpcsNames + ")" + in.was());
    }
    return code;
  }
}

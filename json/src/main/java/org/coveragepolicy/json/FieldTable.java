package org.coveragepolicy.json;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one kind of JSON object, declared once as the constants of an enumeration: their
 * names, which are required, and a lookup from a name to its field. A reader finds each field name
 * it meets here, lets the table reject a duplicate or an unknown name and, at the object's end, a
 * required field that was absent; the writer writes the same names.
 *
 * <p>Which fields were seen is a bit set of the fields' ordinals in an {@code int}, so reading an
 * object allocates nothing; the lookup is an open-addressing table on the name's (cached) hash,
 * as a {@code switch} on a string compiles to.
 */
final class FieldTable<F extends Enum<F> & FieldTable.Field> {
  /** A field of a JSON object: its name and whether the object must have it. */
  interface Field {
    /** The field's name in the JSON form. */
    String json();

    /** Whether an object without the field, or with {@code null} there, is invalid. */
    boolean required();
  }

  private final F[] fields;
  private final String[] names;
  private final F[] slots;
  private final int mask;
  /** The required fields, by {@link #bit}. */
  private final int required;

  private FieldTable(Class<F> type) {
    fields = type.getEnumConstants();
    if (fields.length > Integer.SIZE) {
      throw new IllegalArgumentException(type + " has more than " + Integer.SIZE + " fields");
    }
    int size = Integer.highestOneBit(Math.max(fields.length, 1) * 4 - 1) << 1;
    names = new String[size];
    slots = Arrays.copyOf(fields, size);
    Arrays.fill(slots, null);
    mask = size - 1;
    int requiredBits = 0;
    for (F f : fields) {
      if (f.required()) {
        requiredBits |= bit(f);
      }
      int i = f.json().hashCode() & mask;
      while (names[i] != null) {
        if (names[i].equals(f.json())) {
          throw new IllegalArgumentException(type + " declares " + f.json() + " twice");
        }
        i = (i + 1) & mask;
      }
      names[i] = f.json();
      slots[i] = f;
    }
    required = requiredBits;
  }

  /** The table of an enumeration's fields. */
  static <F extends Enum<F> & Field> FieldTable<F> of(Class<F> type) {
    return new FieldTable<>(type);
  }

  /** The field of a name, or null if the object has no such field. */
  @Nullable F get(String name) {
    int i = name.hashCode() & mask;
    for (String n = names[i]; n != null; n = names[i]) {
      if (n.equals(name)) {
        return slots[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /**
   * Reads the field name at the cursor: rejects an unknown name and a second occurrence of a
   * field, then moves to the field's value.
   *
   * @param seen the fields seen so far in this object, by {@link #bit}
   * @return the field; the caller adds its {@link #bit} to {@code seen}
   */
  F next(JsonCursor in, int seen) throws IOException {
    F f = get(in.name());
    if (f == null) {
      throw in.unknownField();
    }
    if ((seen & bit(f)) != 0) {
      throw in.error(in.path(), "duplicate field");
    }
    in.p.nextToken();
    return f;
  }

  /** The bit of a field in a set of fields. */
  static int bit(Enum<?> field) {
    return 1 << field.ordinal();
  }

  /**
   * At the end of an object, reports the first required field, in declaration order, that is not
   * in {@code present}.
   */
  void requirePresent(JsonCursor in, int present) {
    if ((present & required) == required) {
      return;
    }
    for (F f : fields) {
      if (f.required() && (present & bit(f)) == 0) {
        throw in.missing(f.json());
      }
    }
  }

  /** The field declared at an ordinal. */
  F field(int ordinal) {
    return fields[ordinal];
  }
}

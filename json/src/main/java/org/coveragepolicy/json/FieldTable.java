package org.coveragepolicy.json;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one kind of JSON object, declared once as the constants of an enumeration that
 * implements {@link Field}: their names, which are required, and a lookup from a name to its field.
 * There is one table per enumeration ({@link #of}), which the reader, the writer and the schema
 * test share. A reader finds each field name it meets here, lets the table reject a duplicate or an
 * unknown name and, at the object's end, a required field that was absent; the writer writes the
 * same names.
 *
 * <p>A field's name in the JSON form is its constant's name in lower camel case: {@code
 * DATE_OF_SERVICE} is {@code dateOfService}, {@code T_SCORE} is {@code tScore}. A field is required
 * when its constant is marked {@link Required}.
 *
 * <p>Which fields were seen is a bit set of the fields' ordinals in an {@code int}, so reading an
 * object allocates nothing; the lookup is an open-addressing table on the name's (cached) hash,
 * as a {@code switch} on a string compiles to.
 */
final class FieldTable<F extends Enum<F> & FieldTable.Field> {
  /**
   * A field of a JSON object, a constant of an enumeration: its name and whether the object must
   * have it both come from the constant, through the enumeration's table.
   */
  interface Field {
    /** The constant's name, as {@link Enum#name()} gives it. */
    String name();

    /** The constant's position in its enumeration, as {@link Enum#ordinal()} gives it. */
    int ordinal();

    /** The enumeration, as {@link Enum#getDeclaringClass()} gives it. */
    Class<?> getDeclaringClass();

    /** The field's name in the JSON form: the constant's name in lower camel case. */
    default String json() {
      return TABLES.get(getDeclaringClass()).names[ordinal()];
    }

    /** Whether an object without the field, or with {@code null} there, is invalid. */
    default boolean required() {
      return (TABLES.get(getDeclaringClass()).required & (1 << ordinal())) != 0;
    }
  }

  /** Marks a field an object must have: one absent, or {@code null}, makes the object invalid. */
  @Retention(RUNTIME)
  @Target(FIELD)
  @interface Required {}

  /** The table of each enumeration of fields, built when first asked for. */
  private static final ClassValue<FieldTable<?>> TABLES =
      new ClassValue<>() {
        @Override
        protected FieldTable<?> computeValue(Class<?> type) {
          return new FieldTable<>(type);
        }
      };

  /** The fields, in declaration order. */
  private final Enum<?>[] fields;
  /** The fields' JSON names, by ordinal. */
  private final String[] names;
  /** The lookup's slots: a name, and its field at the same index. */
  private final String[] slotNames;
  private final Enum<?>[] slots;
  private final int mask;
  /** The required fields, by {@link #bit}. */
  private final int required;

  private FieldTable(Class<?> type) {
    fields = (Enum<?>[]) type.getEnumConstants();
    if (fields.length > Integer.SIZE) {
      throw new IllegalArgumentException(type + " has more than " + Integer.SIZE + " fields");
    }
    names = new String[fields.length];
    int size = Integer.highestOneBit(Math.max(fields.length, 1) * 4 - 1) << 1;
    slotNames = new String[size];
    slots = new Enum<?>[size];
    mask = size - 1;
    int requiredBits = 0;
    for (Enum<?> f : fields) {
      if (marked(f)) {
        requiredBits |= bit(f);
      }
      // interned, as Jackson interns the field names it reads: the lookup's equals is then a
      // reference comparison, as it was when the readers switched on string constants
      String name = lowerCamel(f.name()).intern();
      names[f.ordinal()] = name;
      int i = name.hashCode() & mask;
      while (slotNames[i] != null) {
        if (slotNames[i].equals(name)) {
          throw new IllegalArgumentException(type + " declares " + name + " twice");
        }
        i = (i + 1) & mask;
      }
      slotNames[i] = name;
      slots[i] = f;
    }
    required = requiredBits;
  }

  /** Whether a constant is marked {@link Required}. */
  private static boolean marked(Enum<?> constant) {
    try {
      return constant
          .getDeclaringClass()
          .getField(constant.name())
          .isAnnotationPresent(Required.class);
    } catch (NoSuchFieldException e) {
      throw new AssertionError("an enum constant is a public field of its enumeration", e);
    }
  }

  /** The table of an enumeration's fields. */
  @SuppressWarnings("unchecked") // the table of F holds the constants of F
  static <F extends Enum<F> & Field> FieldTable<F> of(Class<F> type) {
    return (FieldTable<F>) TABLES.get(type);
  }

  /** A constant's name in lower camel case: {@code DATE_OF_SERVICE} is {@code dateOfService}. */
  static String lowerCamel(String constant) {
    StringBuilder name = new StringBuilder(constant.length());
    boolean wordStart = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        wordStart = true;
      } else {
        name.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
        wordStart = false;
      }
    }
    return name.toString();
  }

  /** The field of a name, or null if the object has no such field. */
  @SuppressWarnings("unchecked") // the table of F holds the constants of F
  @Nullable F get(String name) {
    int i = name.hashCode() & mask;
    for (String n = slotNames[i]; n != null; n = slotNames[i]) {
      if (n.equals(name)) {
        return (F) slots[i];
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
    for (Enum<?> f : fields) {
      if ((required & bit(f)) != 0 && (present & bit(f)) == 0) {
        throw in.missing(names[f.ordinal()]);
      }
    }
  }

  /** The JSON name of the field declared at an ordinal. */
  String json(int ordinal) {
    return names[ordinal];
  }
}

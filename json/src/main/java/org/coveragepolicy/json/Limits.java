package org.coveragepolicy.json;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits the JSON reader holds input to, each in one place; the package documentation lists
 * them as a table. A value outside a limit is invalid input, never a crash or an unbounded message.
 */
final class Limits {
  /** The default largest case or result, in bytes of UTF-8: 1 MiB. */
  static final int DEFAULT_MAX_BYTES = 1 << 20;

  /** The most characters a JSON number may be written with. */
  static final int MAX_NUMBER_CHARS = 24;

  /** The most digits after the decimal point a number may have. */
  static final int MAX_SCALE = 6;

  /** The earliest date any date field may hold. */
  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date any date field may hold. */
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  /** The longest case ID, in characters. */
  static final int MAX_ID_CHARS = 256;

  /** The most documents a record may hold. */
  static final int MAX_DOCUMENTS = 1_000;

  /** The most items any other list (codes, modifiers, therapies, results, findings) may hold. */
  static final int MAX_ITEMS = 100;

  /** Units billed: 1 to 10,000. */
  static final int MAX_UNITS = 10_000;

  /** A dose in mg: 1 to 10,000. */
  static final int MAX_DOSE_MG = 10_000;

  /** A therapy's expected duration: 0 to 1,200 months. */
  static final int MAX_EXPECTED_MONTHS = 1_200;

  /** A daily dose in mg: 0 to 10,000. */
  static final BigDecimal MAX_DAILY_DOSE_MG = BigDecimal.valueOf(10_000);

  /** A DXA T-score: −10 to +10. */
  static final BigDecimal MIN_T_SCORE = BigDecimal.valueOf(-10);

  /** A DXA T-score: −10 to +10. */
  static final BigDecimal MAX_T_SCORE = BigDecimal.valueOf(10);

  /** A calcium value: 0 to 30 mg/dL. */
  static final BigDecimal MAX_CALCIUM = BigDecimal.valueOf(30);

  /** An eGFR value: 0 to 300 mL/min/1.73 m². */
  static final BigDecimal MAX_EGFR = BigDecimal.valueOf(300);

  /** A lab value of a test without its own range: 0 to 10,000. */
  static final BigDecimal MAX_OTHER_LAB = BigDecimal.valueOf(10_000);

  /** The highest body weight, kg. */
  static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(700);

  private Limits() {}
}

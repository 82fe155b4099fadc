package org.coveragepolicy.core.claim;

/**
 * The level of physician supervision of auxiliary personnel (Pub. 100-02, Ch. 15, §60).
 *
 * @since 0.1.0
 */
public enum Supervision {
  /** The physician is present in the office suite and immediately available. */
  DIRECT,
  /** The physician directs and controls but need not be present. */
  GENERAL,
  /** No supervision. */
  NONE
}

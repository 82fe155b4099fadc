package org.coveragepolicy.core.evidence;

/**
 * A yes-or-no clinical statement a progress note can make; absent means not documented.
 *
 * @since 0.1.0
 */
public enum NoteStatement {
  /** The patient is postmenopausal. */
  POSTMENOPAUSAL,
  /** The patient is pregnant. */
  PREGNANT,
  /** The patient is skeletally mature. */
  SKELETALLY_MATURE,
  /** The tumor is unresectable, or resection is likely to cause severe morbidity. */
  UNRESECTABLE
}

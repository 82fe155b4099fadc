package org.coveragepolicy.json;

import com.google.common.collect.ImmutableList;

/**
 * The statement fields of a progress note, in contract order (docs/json-contract.md): each is the
 * shorthand of the {@code statements} object's entry of the same name. They are JSON syntax, not a
 * vocabulary: which statements a case may make is its policy's, checked like any other name.
 */
final class Statements {
  /** The statement fields, in contract order. */
  static final ImmutableList<String> FIELDS =
      ImmutableList.of("postmenopausal", "pregnant", "skeletallyMature", "unresectable");

  private Statements() {}
}

package org.coveragepolicy.json;

import com.google.common.collect.ImmutableList;
import org.coveragepolicy.core.evidence.NoteStatement;

/** The yes-or-no statements of a progress note and their JSON field names, in contract order. */
final class Statements {
  /** A statement and its field. */
  static final class Entry {
    private final String field;
    private final NoteStatement statement;

    private Entry(String field, NoteStatement statement) {
      this.field = field;
      this.statement = statement;
    }

    String field() {
      return field;
    }

    NoteStatement statement() {
      return statement;
    }
  }

  static final ImmutableList<Entry> ALL =
      ImmutableList.of(
          new Entry("postmenopausal", NoteStatement.POSTMENOPAUSAL),
          new Entry("pregnant", NoteStatement.PREGNANT),
          new Entry("skeletallyMature", NoteStatement.SKELETALLY_MATURE),
          new Entry("unresectable", NoteStatement.UNRESECTABLE));

  private Statements() {}
}

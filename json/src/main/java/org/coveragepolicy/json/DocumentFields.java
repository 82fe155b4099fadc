package org.coveragepolicy.json;

import static org.coveragepolicy.review.DocumentKind.ADMINISTRATION_RECORD;
import static org.coveragepolicy.review.DocumentKind.IMAGING_REPORT;
import static org.coveragepolicy.review.DocumentKind.LAB_REPORT;
import static org.coveragepolicy.review.DocumentKind.ORDER;
import static org.coveragepolicy.review.DocumentKind.PROGRESS_NOTE;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingFinding;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.RiskFactor;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.json.FieldTable.Required;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.DocumentKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document of a record's {@code documents}: its fields whatever its kind, then checks that
 * its kind allows each field it has; {@link Documents} builds the document of that kind.
 */
final class DocumentFields {
  /**
   * The fields of a document, in contract order, each with the kinds of document that have it. Only
   * the kind is required of every document; the kind decides what else is.
   */
  enum Field implements FieldTable.Field {
    @Required KIND(EnumSet.allOf(DocumentKind.class)),
    DATE(EnumSet.allOf(DocumentKind.class)),
    SIGNED(EnumSet.complementOf(EnumSet.of(LAB_REPORT))),
    PRODUCT(EnumSet.of(ORDER, ADMINISTRATION_RECORD)),
    DOSE_MG(EnumSet.of(ORDER, ADMINISTRATION_RECORD)),
    DIAGNOSES(EnumSet.of(PROGRESS_NOTE)),
    // the statement fields: each the shorthand of the statements object's entry of its name
    POSTMENOPAUSAL(EnumSet.of(PROGRESS_NOTE)),
    PREGNANT(EnumSet.of(PROGRESS_NOTE)),
    SKELETALLY_MATURE(EnumSet.of(PROGRESS_NOTE)),
    UNRESECTABLE(EnumSet.of(PROGRESS_NOTE)),
    RISK_FACTORS(EnumSet.of(PROGRESS_NOTE)),
    THERAPIES(EnumSet.of(PROGRESS_NOTE)),
    MODALITY(EnumSet.of(IMAGING_REPORT)),
    T_SCORE(EnumSet.of(IMAGING_REPORT)),
    FINDINGS(EnumSet.of(IMAGING_REPORT)),
    RESULTS(EnumSet.of(LAB_REPORT)),
    ROUTE(EnumSet.of(ADMINISTRATION_RECORD)),
    ADMINISTERED_BY(EnumSet.of(ADMINISTRATION_RECORD)),
    SUPERVISION(EnumSet.of(ADMINISTRATION_RECORD)),
    DRUG_SOURCE(EnumSet.of(ADMINISTRATION_RECORD)),
    STATEMENTS(EnumSet.of(PROGRESS_NOTE));

    /**
     * The statement fields, in contract order. They are JSON syntax, not a vocabulary: which
     * statements a case may make is its policy's, checked like any other name.
     */
    static final ImmutableList<Field> STATEMENT_FIELDS =
        ImmutableList.of(POSTMENOPAUSAL, PREGNANT, SKELETALLY_MATURE, UNRESECTABLE);

    private final EnumSet<DocumentKind> kinds;

    Field(EnumSet<DocumentKind> kinds) {
      this.kinds = kinds;
    }

    /** The kinds of document that have the field. */
    java.util.Set<DocumentKind> kinds() {
      return java.util.Collections.unmodifiableSet(kinds);
    }
  }

  private static final FieldTable<Field> FIELDS = FieldTable.of(Field.class);

  /** The fields each kind allows, by the kind's ordinal, as bits of {@link FieldTable#bit}. */
  private static final int[] ALLOWED = allowed();

  private static int[] allowed() {
    int[] allowed = new int[DocumentKind.values().length];
    for (Field f : Field.values()) {
      for (DocumentKind kind : f.kinds) {
        allowed[kind.ordinal()] |= FieldTable.bit(f);
      }
    }
    return allowed;
  }

  /** The fields of a document, read whatever its kind; the kind then decides which are allowed. */
  static final class Values {
    @Nullable DocumentKind kind;
    @Nullable LocalDate date;
    @Nullable Boolean signed;
    @Nullable Product product;
    @Nullable Integer doseMg;
    @Nullable ImmutableList<Icd10Code> diagnoses;
    /** The statements of the statement fields and of the {@code statements} object. */
    final TreeMap<NoteStatement, Boolean> statements = new TreeMap<>();
    @Nullable ImmutableList<RiskFactor> riskFactors;
    @Nullable ImmutableList<Therapy> therapies;
    @Nullable ImmutableList<ImagingFinding> findings;
    @Nullable ImagingModality modality;
    @Nullable BigDecimal tScore;
    @Nullable ImmutableList<LabValueFields.LabValue> results;
    @Nullable Route route;
    @Nullable AdministeredBy administeredBy;
    @Nullable Supervision supervision;
    @Nullable DrugSource drugSource;
    /** The fields present, in document order, by their ordinal. */
    final int[] order = new int[Integer.SIZE];
    int count;
  }

  private static final Pattern STATEMENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

  private final JsonCursor in;
  private final Vocabulary vocabulary;
  private final TherapyFields therapies;
  private final LabValueFields labValues;
  private final Documents documents;

  DocumentFields(JsonCursor in, Vocabulary vocabulary) {
    this.in = in;
    this.vocabulary = vocabulary;
    this.therapies = new TherapyFields(in, vocabulary);
    this.labValues = new LabValueFields(in, vocabulary);
    this.documents = new Documents(in);
  }

  Document read() throws IOException {
    in.object();
    Values v = new Values();
    int seen = 0;
    int present = 0;
    while (in.nextField()) {
      Field f = FIELDS.next(in, seen);
      seen |= FieldTable.bit(f);
      if (in.isNull()) {
        continue;
      }
      present |= FieldTable.bit(f);
      v.order[v.count++] = f.ordinal();
      readField(v, f);
    }
    FIELDS.requirePresent(in, present);
    DocumentKind kind = Objects.requireNonNull(v.kind);
    int allowed = ALLOWED[kind.ordinal()];
    for (int i = 0; i < v.count; i++) {
      if ((allowed & (1 << v.order[i])) == 0) {
        throw in.error(
            JsonPath.join(in.path(), FIELDS.json(v.order[i])),
            "unknown field for a document of kind " + kind);
      }
    }
    return documents.build(v, kind);
  }

  private void readField(Values v, Field f) throws IOException {
    switch (f) {
      case KIND:
        v.kind = in.enumValue(DocumentKind.class);
        break;
      case DATE:
        v.date = in.date();
        break;
      case SIGNED:
        v.signed = in.bool();
        break;
      case PRODUCT:
        v.product = in.parsed(Product::of);
        break;
      case DOSE_MG:
        v.doseMg = in.integer(1, Limits.MAX_DOSE_MG);
        break;
      case DIAGNOSES:
        v.diagnoses = in.list(() -> in.parsed(Icd10Code::parse));
        break;
      case POSTMENOPAUSAL:
      case PREGNANT:
      case SKELETALLY_MATURE:
      case UNRESECTABLE:
        // a statement field is the contract's shorthand for an entry of the statements object
        vocabulary.statement(in.mark(), f.json());
        v.statements.put(NoteStatement.of(f.json()), in.bool());
        break;
      case RISK_FACTORS:
        v.riskFactors =
            in.list(() -> RiskFactor.of(vocabulary.term("riskFactor", "a risk factor name")));
        break;
      case THERAPIES:
        v.therapies = in.list(therapies::read);
        break;
      case MODALITY:
        v.modality = in.enumValue(ImagingModality.class);
        break;
      case T_SCORE:
        v.tScore = in.decimal(Limits.MIN_T_SCORE, Limits.MAX_T_SCORE);
        break;
      case FINDINGS:
        v.findings =
            in.list(() -> ImagingFinding.of(vocabulary.term("finding", "an imaging finding name")));
        break;
      case RESULTS:
        v.results = in.list(labValues::read);
        break;
      case ROUTE:
        v.route = in.enumValue(Route.class);
        break;
      case ADMINISTERED_BY:
        v.administeredBy = in.enumValue(AdministeredBy.class);
        break;
      case SUPERVISION:
        v.supervision = in.enumValue(Supervision.class);
        break;
      case DRUG_SOURCE:
        v.drugSource = in.enumValue(DrugSource.class);
        break;
      case STATEMENTS:
        statementsObject(v);
        break;
    }
  }

  /**
   * Reads a progress note's {@code statements} object: names to true or false. A name that is a
   * statement field ({@code postmenopausal}) is the same statement as the field; the case's policy
   * must declare every name.
   */
  private void statementsObject(Values v) throws IOException {
    in.object();
    int n = 0;
    while (in.nextField()) {
      String name = in.name();
      if (++n > Limits.MAX_ITEMS) {
        throw in.error(in.path(), "at most " + Limits.MAX_ITEMS + " statements");
      }
      if (!STATEMENT_NAME.matcher(name).matches()) {
        throw in.error(in.path(), "not a statement name (a letter, then letters and digits)");
      }
      vocabulary.statement(in.mark(), name);
      in.p.nextToken();
      if (in.isNull()) {
        continue;
      }
      boolean value = in.bool();
      Boolean before = v.statements.put(NoteStatement.of(name), value);
      if (before != null) {
        throw in.error(in.path(), "duplicate field");
      }
    }
  }
}

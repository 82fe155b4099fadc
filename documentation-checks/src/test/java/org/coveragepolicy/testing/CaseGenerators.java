package org.coveragepolicy.testing;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.CodeFamilies;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.core.CoreGenerators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabResult;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.NoteStatement;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.AdministrationRecord;
import org.coveragepolicy.review.Document;
import org.coveragepolicy.review.ImagingReport;
import org.coveragepolicy.review.LabReport;
import org.coveragepolicy.review.MedicalRecord;
import org.coveragepolicy.review.Order;
import org.coveragepolicy.review.ProgressNote;
import org.coveragepolicy.review.ReviewCase;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of valid review cases, built from the domain types: diagnosis codes drawn from the
 * denosumab policy's code families, products and NDCs from its catalog, statements, risk factors,
 * therapies and findings from its vocabulary, documents of every kind.
 */
public final class CaseGenerators {
  private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

  private CaseGenerators() {}

  public static Gen<LocalDate> dates() {
    return integers().between(0, 1200).map(BASE::plusDays);
  }

  /** Codes of the denosumab policy's code families, drawn from each family's definition. */
  public static Gen<Icd10Code> codes() {
    return CoreGenerators.codesOf(CoreGenerators.familiesOf(CodeFamilies.class));
  }

  public static Gen<BigDecimal> decimals() {
    return integers().between(-400, 1600).map(n -> BigDecimal.valueOf(n, 1));
  }

  /** T-scores within the reader's plausible range, −10.0 to 10.0. */
  public static Gen<BigDecimal> tScores() {
    return integers().between(-100, 100).map(n -> BigDecimal.valueOf(n, 1));
  }

  /** Lab values plausible for every test, 0.00 to 30.00. */
  public static Gen<BigDecimal> labValues() {
    return integers().between(0, 3000).map(n -> BigDecimal.valueOf(n, 2));
  }

  public static Gen<ClaimLine> claims() {
    Gen<Optional<Ndc>> ndcs =
        Generate.pick(List.of("55513-0710-01", "55513-0730-01")).map(Ndc::parse).toOptionals(30);
    Gen<List<Modifier>> modifiers =
        lists().of(Generate.pick(List.of(Modifier.JZ, Modifier.JW))).ofSizeBetween(0, 2);
    Gen<PlaceOfService> places =
        Generate.pick(List.of(PlaceOfService.OFFICE, PlaceOfService.HOME, PlaceOfService.OUTPATIENT_HOSPITAL));
    return dates()
        .zip(
            integers().between(1, 240),
            modifiers,
            ndcs,
            lists().of(codes()).ofSizeBetween(1, 12),
            (dos, units, mods, ndc, dx) ->
                ClaimLine.builder()
                    .dateOfService(dos)
                    .hcpcs(DenosumabCatalog.J0897)
                    .units(units)
                    .modifiers(mods)
                    .ndc(ndc)
                    .diagnosisCodes(dx)
                    .placeOfService(PlaceOfService.OFFICE)
                    .build())
        .zip(places, (c, pos) -> ClaimLine.builder().from(c).placeOfService(pos).build());
  }

  public static Gen<Document> orders() {
    return dates()
        .zip(Generate.booleans(), Generate.pick(List.of(DenosumabCatalog.PROLIA, DenosumabCatalog.XGEVA)), integers().between(1, 240),
            (d, s, p, dose) -> Order.builder().date(d).signed(s).product(p).doseMg(dose).build());
  }

  public static Gen<Therapy> therapies() {
    return Generate.pick(DenosumabPolicy.POLICY.therapyKinds().asList())
        .zip(dates(), integers().between(0, 400).toOptionals(50), decimals().toOptionals(30),
            (k, start, days, dose) ->
                Therapy.builder()
                    .kind(k)
                    .start(start)
                    .end(days.map(start::plusDays))
                    .doseMgPerDay(dose.map(BigDecimal::abs))
                    .build())
        .zip(integers().between(0, 60).toOptionals(30), (t, months) -> Therapy.builder().from(t).expectedMonths(months).build());
  }

  public static Gen<Document> notes() {
    Gen<java.util.Map<NoteStatement, Boolean>> statements =
        lists().of(Generate.pick(DenosumabPolicy.POLICY.statements().asList()).zip(Generate.booleans(), java.util.Map::entry))
            .ofSizeBetween(0, 4)
            .map(entries -> {
              java.util.Map<NoteStatement, Boolean> m = new java.util.TreeMap<>();
              entries.forEach(e -> m.put(e.getKey(), e.getValue()));
              return m;
            });
    return dates()
        .zip(Generate.booleans(), lists().of(codes()).ofSizeBetween(0, 4), statements,
            lists().of(Generate.pick(DenosumabPolicy.POLICY.riskFactors().asList())).ofSizeBetween(0, 3),
            (d, s, dx, st, risks) ->
                ProgressNote.builder().date(d).signed(s).diagnoses(dx).statements(st).riskFactors(risks).build())
        .zip(lists().of(therapies()).ofSizeBetween(0, 3),
            (n, t) -> ProgressNote.builder().from(n).therapies(t).build());
  }

  public static Gen<Document> imaging() {
    return dates()
        .zip(Generate.booleans(), Generate.enumValues(ImagingModality.class), tScores().toOptionals(70),
            lists().of(Generate.pick(DenosumabPolicy.POLICY.imagingFindings().asList())).ofSizeBetween(0, 2),
            (d, s, m, t, f) ->
                ImagingReport.builder().date(d).signed(s).modality(m)
                    .tScore(m == ImagingModality.DXA ? t : Optional.empty())
                    .findings(f).build());
  }

  public static Gen<Document> labs() {
    return dates()
        .zip(lists().of(Generate.enumValues(LabTest.class).zip(labValues(), (t, v) -> new Object[] {t, v}))
                .ofSizeBetween(0, 3),
            (d, rs) -> {
              LabReport.Builder b = LabReport.builder().date(d);
              rs.forEach(r -> b.addResults(LabResult.of(d, (LabTest) r[0], (BigDecimal) r[1])));
              return b.build();
            });
  }

  public static Gen<Document> administrations() {
    return dates()
        .zip(Generate.pick(List.of(DenosumabCatalog.PROLIA, DenosumabCatalog.XGEVA)), integers().between(1, 240),
            Generate.enumValues(Route.class), Generate.enumValues(AdministeredBy.class),
            (d, p, dose, route, by) ->
                Administration.builder().date(d).product(p).doseMg(dose).route(route).administeredBy(by)
                    .drugSource(DrugSource.PRACTICE_PURCHASED).build())
        .zip(Generate.enumValues(Supervision.class).toOptionals(70), Generate.enumValues(DrugSource.class),
            Generate.booleans(),
            (a, sup, src, signed) ->
                AdministrationRecord.of(Administration.builder().from(a).supervision(sup).drugSource(src).build(), signed));
  }

  public static Gen<Document> documents() {
    return Generate.oneOf(orders(), notes(), imaging(), labs(), administrations());
  }

  public static Gen<MedicalRecord> records() {
    return dates()
        .zip(integers().between(0, 90).toOptionals(60), Generate.booleans(), lists().of(documents()).ofSizeBetween(0, 6),
            (requested, daysToReceive, preSubmission, docs) ->
                preSubmission
                    ? MedicalRecord.builder().documents(docs).build()
                    : MedicalRecord.builder()
                        .requestedOn(requested)
                        .receivedOn(daysToReceive.map(requested::plusDays))
                        .documents(docs)
                        .build());
  }

  /** Valid review cases: any claim, patient born before the date of service, any record. */
  public static Gen<ReviewCase> cases() {
    return claims()
        .zip(Generate.enumValues(Sex.class), integers().between(0, 36_500), records(),
            Generate.pick(DenosumabPolicy.POLICY.editions()),
            (claim, sex, ageDays, record, edition) ->
                ReviewCase.builder()
                    .id("case-" + ageDays)
                    .edition(edition)
                    .claim(claim)
                    .patient(Patient.of(sex, claim.dateOfService().minusDays(ageDays)))
                    .record(record)
                    .build());
  }
}

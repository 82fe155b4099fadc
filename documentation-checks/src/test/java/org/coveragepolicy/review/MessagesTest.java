package org.coveragepolicy.review;

import org.coveragepolicy.indications.common.BoneHealthTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coveragepolicy.review.Fixtures.DOS;
import static org.coveragepolicy.review.Fixtures.NOTE_DATE;
import static org.coveragepolicy.review.Fixtures.REVIEW;
import static org.coveragepolicy.review.Fixtures.administered;
import static org.coveragepolicy.review.Fixtures.dose;
import static org.coveragepolicy.review.Fixtures.lab;
import static org.coveragepolicy.review.Fixtures.note;
import static org.coveragepolicy.review.Fixtures.plus;
import static org.coveragepolicy.review.Fixtures.replacing;
import static org.coveragepolicy.review.Fixtures.without;
import static org.quicktheories.QuickTheory.qt;

import org.coveragepolicy.indications.denosumab.DenosumabPolicy;
import org.coveragepolicy.indications.denosumab.DenosumabTerms;
import org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.ClaimLine;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Patient;
import org.coveragepolicy.core.claim.Sex;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.evidence.ImagingModality;
import org.coveragepolicy.core.evidence.LabTest;
import org.coveragepolicy.core.evidence.Therapy;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.indications.denosumab.DenosumabCatalog;
import org.coveragepolicy.core.policy.Edition;
import org.junit.jupiter.api.Test;

/**
 * Every message the rules can produce, each rule driven to fire (the baselines, each with a document
 * of each kind dropped, and one case per rule and per message variant), read as a billing clerk
 * reads it (POLICY.md revision 3, "Findings a clerk can act on"): no enumeration constant ({@code
 * [A-Z]+_[A-Z_]+}) and no catalog constant ({@code PROLIA}, {@code JUBBONTI}) in it, full sentences
 * starting with a capital letter and ending with a full stop, and no sentence or clause repeated.
 */
class MessagesTest {
  private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z]+_[A-Z_]+");
  private static final Pattern CATALOG_CONSTANT = catalogConstants();
  private static final Product JUBBONTI = Product.of("JUBBONTI");
  private static final Product BOMYNTRA = Product.of("BOMYNTRA");

  private static Pattern catalogConstants() {
    StringBuilder names = new StringBuilder();
    for (Product p : DenosumabCatalog.BUILT_IN.products()) {
      names.append(names.length() == 0 ? "" : "|").append(p.name());
    }
    return Pattern.compile("\\b(" + names + ")\\b");
  }

  /** What is wrong with a message as a clerk reads it; empty if nothing. */
  static List<String> problems(String message) {
    List<String> problems = new ArrayList<>();
    Matcher constant = ENUM_CONSTANT.matcher(message);
    if (constant.find()) {
      problems.add("names the constant " + constant.group());
    }
    Matcher product = CATALOG_CONSTANT.matcher(message);
    if (product.find()) {
      problems.add("names the catalog constant " + product.group());
    }
    if (!Character.isUpperCase(message.charAt(0))) {
      problems.add("does not start with a capital letter");
    }
    if (!message.endsWith(".")) {
      problems.add("does not end with a full stop");
    }
    Set<String> seen = new HashSet<>();
    for (String sentence : message.split("(?<=\\.)\\s+(?=[A-Z])")) {
      if (!seen.add(sentence.trim())) {
        problems.add("repeats the sentence \"" + sentence.trim() + "\"");
      }
    }
    Set<String> clauses = new HashSet<>();
    for (String clause : message.toLowerCase(Locale.ROOT).split("[.;:(),]")) {
      String c = clause.trim().replaceAll("\\s+", " ");
      if (c.split(" ").length >= 4 && !clauses.add(c)) {
        problems.add("repeats \"" + c + "\"");
      }
    }
    return problems;
  }

  // ---- the cases that drive every rule ----

  private static ReviewCase claim(ReviewCase c, UnaryOperator<ClaimLine.Builder> change) {
    return Fixtures.withClaim(c, change.apply(ClaimLine.builder().from(c.claim())).build());
  }

  private static ReviewCase givenBy(ReviewCase c, Product product, int mg, UnaryOperator<org.coveragepolicy.core.claim.Administration.Builder> change) {
    return replacing(
        c,
        DocumentKind.ADMINISTRATION_RECORD,
        AdministrationRecord.of(change.apply(dose(product, mg, DOS)).build(), true));
  }

  private static ReviewCase pmo() {
    return Baselines.postmenopausal();
  }

  private static ReviewCase jubbonti() {
    ReviewCase c = replacing(pmo(), DocumentKind.ORDER, Fixtures.order(JUBBONTI, 60));
    c = givenBy(c, JUBBONTI, 60, b -> b);
    return claim(c, b -> b.hcpcs(Hcpcs.parse("Q5136")).ndc(Optional.empty()));
  }

  private static Map<String, ReviewCase> namedCases() {
    Map<String, ReviewCase> cases = new LinkedHashMap<>();
    for (ReviewCase base : Baselines.baselines()) {
      String name = base.id();
      cases.put(name, base);
      for (DocumentKind kind : DocumentKind.values()) {
        cases.put(name + " without " + kind, without(base, kind));
      }
      for (Edition edition : List.of(DenosumabPolicy.NORIDIAN_JF_2026, DenosumabPolicy.FDA_LABEL_2024)) {
        cases.put(name + " under " + edition, base.withEdition(edition));
      }
      cases.put(name + " no claim diagnoses", claim(base, b -> b.diagnosisCodes(List.of(Icd10Code.parse("Z00.00")))));
    }
    ReviewCase pmo = pmo();
    // the second policy: Evenity (romosozumab), its own rules driven to fire
    ReviewCase evenity =
        claim(
            replacing(
                replacing(pmo, DocumentKind.ORDER, Fixtures.order(RomosozumabPolicy.EVENITY, 210)),
                DocumentKind.ADMINISTRATION_RECORD,
                Fixtures.administered(RomosozumabPolicy.EVENITY, 210, DOS)),
            b -> b.hcpcs(RomosozumabPolicy.J3111).units(210).ndc(java.util.Optional.empty()));
    cases.put("Evenity", evenity);
    cases.put("Evenity without notes", without(evenity, DocumentKind.PROGRESS_NOTE));
    cases.put(
        "Evenity too soon",
        Fixtures.plus(evenity, Fixtures.administered(RomosozumabPolicy.EVENITY, 210, DOS.minusDays(10))));
    ReviewCase thirteenth = evenity;
    for (int i = 1; i <= 12; i++) {
      thirteenth =
          Fixtures.plus(
              thirteenth,
              Fixtures.administered(RomosozumabPolicy.EVENITY, 210, DOS.minusDays(30L * i)));
    }
    cases.put("Evenity 13th dose", thirteenth);
    cases.put("Evenity MI", Fixtures.plus(evenity, note(DOS.minusMonths(3), "I21.4").build()));
    cases.put("Evenity CV history", Fixtures.plus(evenity, note(NOTE_DATE, "Z86.73").build()));
    // records
    cases.put("records late", Fixtures.withAdr(pmo, DOS.plusDays(1), DOS.plusDays(60)));
    cases.put("records never", Fixtures.withAdr(pmo, DOS.plusDays(1), null));
    cases.put("order for Xgeva", replacing(pmo, DocumentKind.ORDER, Fixtures.order(DenosumabCatalog.XGEVA, 120)));
    cases.put("order unsigned", replacing(pmo, DocumentKind.ORDER, Fixtures.order(DenosumabCatalog.PROLIA, 60, NOTE_DATE, false)));
    cases.put("order late", replacing(pmo, DocumentKind.ORDER, Fixtures.order(DenosumabCatalog.PROLIA, 60, DOS.plusDays(2), true)));
    cases.put("note without diagnosis", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE).build()));
    cases.put("note unsigned", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0").signed(false).build()));
    cases.put("no supplementation", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0", "Z87.310").therapies(List.of()).putStatements(BoneHealthTerms.POSTMENOPAUSAL, true).addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE).build()));
    // claim coding
    cases.put("units 120", claim(pmo, b -> b.units(120)));
    cases.put("units 61", claim(pmo, b -> b.units(61)));
    cases.put("Xgeva NDC", claim(pmo, b -> b.ndc(Fixtures.XGEVA_NDC)));
    cases.put("unknown NDC", claim(pmo, b -> b.ndc(Ndc.parse("12345-6789-01"))));
    cases.put("Jubbonti with an NDC", claim(jubbonti(), b -> b.ndc(Ndc.parse("12345-6789-01"))));
    cases.put("Jubbonti with Prolia's NDC", claim(jubbonti(), b -> b.ndc(Fixtures.PROLIA_NDC)));
    cases.put("Jubbonti as J0897, 6 units", claim(jubbonti(), b -> b.hcpcs(DenosumabCatalog.J0897).units(6)));
    cases.put("Prolia as Q5136", claim(pmo, b -> b.hcpcs(Hcpcs.parse("Q5136"))));
    cases.put("no JZ", claim(pmo, b -> b.modifiers(List.of())));
    cases.put("JZ and JW", claim(pmo, b -> b.modifiers(List.of(Modifier.JZ, Modifier.JW))));
    cases.put("no product", claim(without(pmo, DocumentKind.ADMINISTRATION_RECORD), b -> b.ndc(Optional.empty())));
    cases.put("unknown product, unknown NDC", claim(givenBy(pmo, Product.of("ACME_BRAND"), 60, b -> b), b -> b.ndc(Ndc.parse("12345-6789-01"))));
    // Part B
    for (AdministeredBy by : AdministeredBy.values()) {
      cases.put("Jubbonti given by " + by, givenBy(jubbonti(), JUBBONTI, 60, b -> b.administeredBy(by)));
      cases.put("Prolia given by " + by, givenBy(pmo, DenosumabCatalog.PROLIA, 60, b -> b.administeredBy(by)));
    }
    for (Supervision s : Supervision.values()) {
      cases.put("supervision " + s, givenBy(pmo, DenosumabCatalog.PROLIA, 60, b -> b.supervision(s)));
    }
    cases.put("supervision undocumented", givenBy(pmo, DenosumabCatalog.PROLIA, 60, b -> b.supervision(Optional.empty())));
    cases.put("patient supplied", givenBy(pmo, DenosumabCatalog.PROLIA, 60, b -> b.drugSource(DrugSource.PATIENT_SUPPLIED)));
    cases.put("at home", claim(pmo, b -> b.placeOfService(PlaceOfService.HOME)));
    // dose, frequency, safety
    cases.put("Prolia 120 mg IM", givenBy(pmo, DenosumabCatalog.PROLIA, 120, b -> b.route(org.coveragepolicy.core.claim.Route.INTRAMUSCULAR)));
    cases.put("Prolia 3 months ago", plus(pmo, administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(3))));
    cases.put("Prolia the day before, none on the DOS", replacing(pmo, DocumentKind.ADMINISTRATION_RECORD, administered(DenosumabCatalog.PROLIA, 60, DOS.minusDays(1))));
    cases.put("Xgeva 2 weeks ago", plus(Baselines.boneMetastases(), administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(14))));
    cases.put("GCTB Xgeva 10 days ago", plus(Baselines.giantCellTumor(), administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(10))));
    cases.put("Xgeva on Prolia", plus(pmo, administered(DenosumabCatalog.XGEVA, 120, DOS.minusDays(10))));
    cases.put("Prolia on Xgeva", plus(Baselines.boneMetastases(), administered(DenosumabCatalog.PROLIA, 60, DOS.minusMonths(2))));
    cases.put("Jubbonti on Bomyntra", plus(jubbonti(), administered(BOMYNTRA, 120, DOS.minusDays(3))));
    cases.put("low calcium", replacing(pmo, DocumentKind.LAB_REPORT, lab(DOS.minusDays(3), LabTest.TOTAL_CALCIUM, "8.1")));
    cases.put("low corrected calcium and hypocalcemia", claim(replacing(pmo, DocumentKind.LAB_REPORT, lab(DOS.minusDays(3), LabTest.CORRECTED_CALCIUM, "8.1")), b -> b.diagnosisCodes(List.of(Icd10Code.parse("M81.0"), Icd10Code.parse("E83.51")))));
    cases.put("pregnant", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0", "Z87.310").putStatements(BoneHealthTerms.POSTMENOPAUSAL, true).putStatements(DenosumabTerms.PREGNANT, true).addRiskFactors(BoneHealthTerms.PRIOR_FRAGILITY_FRACTURE).build()));
    cases.put("low eGFR and CKD", claim(plus(pmo, lab(DOS.minusDays(40), LabTest.EGFR, "25")), b -> b.diagnosisCodes(List.of(Icd10Code.parse("M81.0"), Icd10Code.parse("N18.4")))));
    // indications
    cases.put("not postmenopausal", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0", "Z87.310").putStatements(BoneHealthTerms.POSTMENOPAUSAL, false).build()));
    cases.put("postmenopausal unstated, no risk", replacing(pmo, DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0").build()));
    cases.put("T-score -1.2", replacing(pmo, DocumentKind.IMAGING_REPORT, Fixtures.dxa(Fixtures.IMAGING_DATE, "-1.2")));
    cases.put("ADT with bone metastases", plus(Baselines.adtProstateCancer(), Fixtures.imaging(ImagingModality.BONE_SCAN, NOTE_DATE, DenosumabTerms.BONE_METASTASES)));
    cases.put("ADT with a bone metastases code", claim(Baselines.adtProstateCancer(), b -> b.diagnosisCodes(List.of(Icd10Code.parse("C61"), Icd10Code.parse("C79.51")))));
    cases.put("AI ended", replacing(Baselines.aiBreastCancer(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C50.911").addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS).addTherapies(Therapy.builder().kind(BoneHealthTerms.AROMATASE_INHIBITOR).start(LocalDate.of(2024, 1, 1)).end(DOS.minusDays(1)).build()).build()));
    cases.put("GIOP 5 mg", replacing(Baselines.glucocorticoidOsteoporosis(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "M81.0").addRiskFactors(BoneHealthTerms.MULTIPLE_RISK_FACTORS).addTherapies(Therapy.builder().kind(BoneHealthTerms.SYSTEMIC_GLUCOCORTICOID).start(LocalDate.of(2025, 9, 1)).doseMgPerDay(new java.math.BigDecimal("5")).expectedMonths(3).build()).build()));
    cases.put("bone metastases without solid tumor", replacing(claim(Baselines.boneMetastases(), b -> b.diagnosisCodes(List.of(Icd10Code.parse("C79.51")))), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C79.51").build()));
    cases.put("bone metastases with myeloma", claim(Baselines.boneMetastases(), b -> b.diagnosisCodes(List.of(Icd10Code.parse("C79.51"), Icd10Code.parse("C34.90"), Icd10Code.parse("C90.00")))));
    cases.put("myeloma without lesions", replacing(Baselines.multipleMyeloma(), DocumentKind.IMAGING_REPORT, Fixtures.imaging(ImagingModality.CT, NOTE_DATE, BoneHealthTerms.FRAGILITY_FRACTURE)));
    cases.put("myeloma under the seed", Baselines.multipleMyeloma().withEdition(DenosumabPolicy.NORIDIAN_JF_2026));
    ReviewCase gctb = without(Baselines.giantCellTumor(), DocumentKind.PROGRESS_NOTE);
    cases.put("GCTB age 11", plus(ReviewCase.builder().from(gctb).patient(Patient.of(Sex.FEMALE, DOS.minusYears(11))).build(), note(NOTE_DATE, "D48.0").putStatements(DenosumabTerms.UNRESECTABLE, true).putStatements(DenosumabTerms.SKELETALLY_MATURE, true).build()));
    cases.put("GCTB age 15, maturity unstated, resectable", plus(ReviewCase.builder().from(gctb).patient(Patient.of(Sex.FEMALE, DOS.minusYears(15))).build(), note(NOTE_DATE, "D48.0").putStatements(DenosumabTerms.UNRESECTABLE, false).build()));
    cases.put("GCTB age 15, immature", plus(ReviewCase.builder().from(gctb).patient(Patient.of(Sex.FEMALE, DOS.minusYears(15))).build(), note(NOTE_DATE, "D48.0").putStatements(DenosumabTerms.SKELETALLY_MATURE, false).build()));
    cases.put("HCM calcium 12.5", replacing(Baselines.hypercalcemiaOfMalignancy(), DocumentKind.LAB_REPORT, lab(LocalDate.of(2025, 10, 29), LabTest.CORRECTED_CALCIUM, "12.5")));
    cases.put("HCM no bisphosphonate", replacing(Baselines.hypercalcemiaOfMalignancy(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C34.90", "E83.52").build()));
    cases.put("HCM no malignancy", claim(replacing(Baselines.hypercalcemiaOfMalignancy(), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "E83.52").build()), b -> b.diagnosisCodes(List.of(Icd10Code.parse("E83.52")))));
    cases.put("Xgeva for osteoporosis", claim(givenBy(replacing(pmo, DocumentKind.ORDER, Fixtures.order(DenosumabCatalog.XGEVA, 120)), DenosumabCatalog.XGEVA, 120, b -> b), b -> b.units(120).ndc(Fixtures.XGEVA_NDC)));
    cases.put("Bomyntra for osteoporosis", claim(givenBy(replacing(pmo, DocumentKind.ORDER, Fixtures.order(BOMYNTRA, 120)), BOMYNTRA, 120, b -> b), b -> b.units(120).ndc(Optional.empty()).hcpcs(Hcpcs.parse("Q5158"))));
    cases.put("uncoded bone metastases", replacing(claim(Baselines.boneMetastases(), b -> b.diagnosisCodes(List.of(Icd10Code.parse("C34.90")))), DocumentKind.PROGRESS_NOTE, note(NOTE_DATE, "C34.90").build()));
    return cases;
  }

  /** A catalog whose Prolia entry breaks every generic Part B requirement. */
  private static ClaimReview unusualCatalogReview() {
    CatalogEntry prolia = DenosumabCatalog.BUILT_IN.entry(DenosumabCatalog.PROLIA).orElseThrow();
    CatalogEntry broken =
        CatalogEntry.builder()
            .from(prolia)
            .fdaApproved(false)
            .excludedImmunization(true)
            .lessThanEffective(true)
            .selfAdministration(List.of(SelfAdministration.of(LocalDate.of(2020, 1, 1), true)))
            .build();
    DrugCatalog catalog = DenosumabCatalog.BUILT_IN.withEntries(List.of(broken));
    return ClaimReview.withCatalog(catalog);
  }

  private static List<Finding> allFindings() {
    List<Finding> findings = new ArrayList<>();
    for (ReviewCase c : namedCases().values()) {
      findings.addAll(REVIEW.review(c).findings());
    }
    findings.addAll(unusualCatalogReview().review(pmo()).findings());
    return findings;
  }

  @Test
  void everyRuleIsDrivenToFire() {
    Set<String> fired = new TreeSet<>();
    for (Finding f : allFindings()) {
      fired.add(f.rule().id());
    }
    Set<String> all = new TreeSet<>();
    for (Rule r : RuleRegistry.rules()) {
      all.add(r.id());
    }
    assertThat(fired).containsAll(all);
  }

  @Test
  void everyMessageIsWordsAClerkCanAct() {
    Map<String, List<String>> bad = new LinkedHashMap<>();
    for (Finding f : allFindings()) {
      List<String> problems = problems(f.message());
      if (!problems.isEmpty()) {
        bad.put(f.rule().id() + ": " + f.message(), problems);
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void generatedCasesGiveMessagesAClerkCanAct() {
    qt().withExamples(300)
        .forAll(Baselines.cases(), Fixtures.ignoredDocuments())
        .checkAssert(
            (c, ignored) -> {
              ReviewCase withIgnored = c;
              for (Document d : ignored) {
                withIgnored = plus(withIgnored, d);
              }
              for (Finding f : REVIEW.review(withIgnored).findings()) {
                assertThat(problems(f.message())).as(f.rule().id() + ": " + f.message()).isEmpty();
              }
            });
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    assertThat(problems("The claim bills 60 units.")).isEmpty();
    assertThat(problems("this dose of PROLIA was given.")).hasSize(2);
    assertThat(problems("The exception HOME_HEALTH_OSTEOPOROSIS does not apply.")).hasSize(1);
    assertThat(problems("The claim bills 60 units")).hasSize(1);
    assertThat(problems("The dose was late. The dose was late.")).isNotEmpty();
    assertThat(
            problems(
                "Given under general supervision; incident-to requires direct supervision (incident-to"
                    + " requires direct supervision)."))
        .isNotEmpty();
    assertThat(problems("Under NORIDIAN_JF_2026 it is not indicated.")).hasSize(1);
  }
}

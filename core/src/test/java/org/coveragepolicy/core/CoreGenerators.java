package org.coveragepolicy.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coveragepolicy.core.claim.AdministeredBy;
import org.coveragepolicy.core.claim.Administration;
import org.coveragepolicy.core.claim.DrugSource;
import org.coveragepolicy.core.claim.Route;
import org.coveragepolicy.core.claim.Supervision;
import org.coveragepolicy.core.code.CodeFamily;
import org.coveragepolicy.core.code.Hcpcs;
import org.coveragepolicy.core.code.Icd10Code;
import org.coveragepolicy.core.code.Modifier;
import org.coveragepolicy.core.code.Ndc;
import org.coveragepolicy.core.code.PlaceOfService;
import org.coveragepolicy.core.drug.CatalogEntry;
import org.coveragepolicy.core.drug.Product;
import org.coveragepolicy.core.drug.SelfAdministration;
import org.coveragepolicy.core.drug.StatutoryException;
import org.coveragepolicy.core.finding.Category;
import org.coveragepolicy.core.finding.Finding;
import org.coveragepolicy.core.finding.Rule;
import org.coveragepolicy.core.finding.Severity;
import org.coveragepolicy.core.finding.Source;
import org.coveragepolicy.core.partb.BeneficiaryFacts;
import org.coveragepolicy.core.partb.PartBRequest;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The shared QuickTheories generators of the core tests, built from the domain types: codes,
 * findings, catalog entries, beneficiary facts, administrations and Part B requests.
 */
public final class CoreGenerators {
  /** Examples per property. */
  public static final int EXAMPLES = 300;

  /** The date of service every generated Part B request uses. */
  public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2025, 11, 3);

  private static final List<Character> LETTERS =
      IntStream.rangeClosed('A', 'Z').mapToObj(c -> (char) c).collect(Collectors.toList());
  private static final List<Character> DIGITS =
      IntStream.rangeClosed('0', '9').mapToObj(c -> (char) c).collect(Collectors.toList());
  private static final List<Character> ALNUM =
      ImmutableList.<Character>builder().addAll(LETTERS).addAll(DIGITS).build();
  private static final Pattern WELL_FORMED_HEAD = Pattern.compile("[A-Z][0-9][A-Z0-9]{1,5}");

  private CoreGenerators() {}

  // ---- codes

  /** Every well-formed ICD-10-CM code: letter, digit, letter-or-digit, then 0 to 4 more. */
  public static Gen<Icd10Code> icd10Codes() {
    Gen<String> head =
        Generate.pick(LETTERS)
            .zip(Generate.pick(DIGITS), Generate.pick(ALNUM), (a, b, c) -> "" + a + b + c);
    Gen<String> tail =
        lists().of(Generate.pick(ALNUM)).ofSizeBetween(0, 4).map(CoreGenerators::join);
    return head.zip(tail, (h, t) -> Icd10Code.parse(h + t));
  }

  /**
   * Returns the code families a class declares: its public static {@link CodeFamily} constants, in
   * declaration order (a policy's {@code CodeFamilies}).
   *
   * @param holder the class that declares the families
   * @return the families
   */
  public static ImmutableList<CodeFamily> familiesOf(Class<?> holder) {
    ImmutableList.Builder<CodeFamily> families = ImmutableList.builder();
    for (Field field : holder.getFields()) {
      if (field.getType() == CodeFamily.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        try {
          families.add((CodeFamily) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(field.getName(), e);
        }
      }
    }
    return families.build();
  }

  /**
   * Codes of the given families, each family as likely as another (see {@link #codesOf(CodeFamily)}).
   *
   * @param families the families, at least one
   * @return codes each in one of the families
   */
  public static Gen<Icd10Code> codesOf(List<CodeFamily> families) {
    List<Gen<Icd10Code>> gens = families.stream().map(CoreGenerators::codesOf).collect(Collectors.toList());
    return Generate.pick(gens).flatMap(g -> g);
  }

  /**
   * Codes of a family, drawn from its definition rather than from a list of examples: a listed code
   * as it is; a prefix ({@code M80.0*}) followed by 0 or more characters up to seven; a range ({@code
   * C00–C76}) at its low end, its high end or any head between (letters too: C7A lies between C70
   * and C80), followed by 0 or more characters. Every item of the definition is as likely as another,
   * so the ends of a family (C00, C76, C7A.*, C80.*, Z85.0*–Z85.5*) are drawn as often as its middle.
   *
   * @param family the family
   * @return codes the family contains
   */
  public static Gen<Icd10Code> codesOf(CodeFamily family) {
    List<Gen<String>> items = new ArrayList<>();
    for (String item : Splitter.on(',').trimResults().omitEmptyStrings().split(family.definition())) {
      String[] ends = item.split("\\s*[–-]\\s*");
      if (ends.length == 2) {
        String lo = stem(ends[0]);
        String hi = stem(ends[1]);
        Gen<String> heads =
            Generate.oneOf(
                Generate.constant(lo), Generate.constant(hi), Generate.pick(headsBetween(lo, hi)));
        items.add(withTail(heads, lo.length()));
      } else if (item.endsWith("*")) {
        String prefix = stem(item);
        items.add(withTail(Generate.constant(prefix), prefix.length()));
      } else {
        items.add(Generate.constant(item));
      }
    }
    return Generate.pick(items).flatMap(g -> g).map(Icd10Code::parse);
  }

  /** An item's end without its wildcard and dot: {@code M80.0*} is {@code M800}. */
  private static String stem(String end) {
    String s = end.replace("*", "").replace(".", "");
    if (!WELL_FORMED_HEAD.matcher(s).matches()) {
      throw new IllegalArgumentException("not a code head of three or more characters: " + end);
    }
    return s;
  }

  /** Every head of the length of {@code lo} from {@code lo} to {@code hi}, letters included. */
  private static List<String> headsBetween(String lo, String hi) {
    int common = 0;
    while (common < lo.length() - 1 && lo.charAt(common) == hi.charAt(common)) {
      common++;
    }
    List<String> heads = new ArrayList<>();
    heads.add(lo.substring(0, common));
    for (int i = common; i < lo.length(); i++) {
      List<String> longer = new ArrayList<>();
      for (String h : heads) {
        for (char c : ALNUM) {
          longer.add(h + c);
        }
      }
      heads = longer;
    }
    return heads.stream()
        .filter(h -> h.compareTo(lo) >= 0 && h.compareTo(hi) <= 0)
        .filter(h -> WELL_FORMED_HEAD.matcher(h).matches())
        .sorted()
        .collect(Collectors.toList());
  }

  /** The head followed by 0 or more letters or digits, seven characters at most. */
  private static Gen<String> withTail(Gen<String> heads, int headLength) {
    Gen<String> tails =
        lists().of(Generate.pick(ALNUM)).ofSizeBetween(0, 7 - headLength).map(CoreGenerators::join);
    return heads.zip(tails, (h, t) -> h + t);
  }

  /** NDCs of 11 digits. */
  public static Gen<Ndc> ndcs() {
    return lists().of(Generate.pick(DIGITS)).ofSize(11).map(d -> Ndc.parse(join(d)));
  }

  /** HCPCS Level II codes (a letter A to V and four digits) and Level I CPT codes. */
  public static Gen<Hcpcs> hcpcsCodes() {
    Gen<String> four = lists().of(Generate.pick(DIGITS)).ofSize(4).map(CoreGenerators::join);
    Gen<String> levelTwo =
        Generate.pick(LETTERS.subList(0, 'V' - 'A' + 1)).zip(four, (l, d) -> l + d);
    Gen<String> levelOne = four.zip(Generate.pick(ALNUM), (d, c) -> d + c);
    return Generate.oneOf(levelTwo, levelOne).map(Hcpcs::parse);
  }

  /** Two-character modifiers. */
  public static Gen<Modifier> modifiers() {
    return Generate.pick(ALNUM).zip(Generate.pick(ALNUM), (a, b) -> Modifier.parse("" + a + b));
  }

  /** Places of service 01 to 99. */
  public static Gen<PlaceOfService> placesOfService() {
    return integers().between(1, 99).map(n -> PlaceOfService.parse(String.format("%02d", n)));
  }

  // ---- findings

  private static final ImmutableList<Rule> RULES =
      ImmutableList.of(
          Rule.of("DOC-ORDER", "a signed order", Category.MEDICAL_NECESSITY, TestCatalog.SEED),
          Rule.of("CLM-JZ-JW", "JZ or JW", Category.MEDICAL_NECESSITY, Source.JZJW),
          Rule.of("PARTB-INCIDENT-TO", "incident to", Category.MEDICAL_NECESSITY, Source.IOM_15_50),
          Rule.of("FREQ-PROLIA", "not too soon", Category.MEDICAL_NECESSITY, TestCatalog.FDA_PROLIA),
          Rule.of("SAFE-HYPOCALCEMIA", "calcium corrected", Category.MEDICAL_NECESSITY, TestCatalog.A52399));

  /** Findings of any severity; an ERROR always has a category, other severities none. */
  public static Gen<Finding> findings() {
    Gen<Rule> rules = Generate.pick(RULES);
    Gen<Severity> severities = Generate.enumValues(Severity.class);
    Gen<Category> categories = Generate.enumValues(Category.class);
    Gen<String> messages = integers().between(1, 3).map(n -> "shortfall " + n + "; fix it.");
    return rules.zip(
        severities,
        categories,
        messages,
        (rule, severity, category, message) -> {
          switch (severity) {
            case ERROR:
              return rule.error(category, message);
            case WARNING:
              return rule.warning(message);
            default:
              return rule.info(message);
          }
        });
  }

  /** Lists of 0 to 8 findings. */
  public static Gen<List<Finding>> findingLists() {
    return lists().of(findings()).ofSizeBetween(0, 8);
  }

  /**
   * A list of findings paired with a deterministic permutation of it, derived from generated sort
   * keys: the same findings in another order.
   */
  public static Gen<FindingsAndPermutation> findingsAndPermutations() {
    return findingLists()
        .zip(
            lists().of(integers().between(0, 1000)).ofSize(8),
            (list, keys) -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                order.add(i);
              }
              order.sort(Comparator.comparing((Integer i) -> keys.get(i)).thenComparing(i -> -i));
              List<Finding> permuted = new ArrayList<>();
              for (int i : order) {
                permuted.add(list.get(i));
              }
              return new FindingsAndPermutation(
                  ImmutableList.copyOf(list), ImmutableList.copyOf(permuted));
            });
  }

  /** A list of findings and the same findings permuted. */
  public static final class FindingsAndPermutation {
    /** The findings as generated. */
    public final ImmutableList<Finding> original;

    /** The same findings in another order. */
    public final ImmutableList<Finding> permuted;

    FindingsAndPermutation(ImmutableList<Finding> original, ImmutableList<Finding> permuted) {
      this.original = original;
      this.permuted = permuted;
    }

    @Override
    public String toString() {
      return original + " permuted to " + permuted;
    }
  }

  // ---- Part B

  /** Self-administration determinations within a year around {@link #DATE_OF_SERVICE}. */
  public static Gen<SelfAdministration> selfAdministrations() {
    return integers()
        .between(-365, 365)
        .zip(
            Generate.booleans(),
            (offset, usually) -> SelfAdministration.of(DATE_OF_SERVICE.plusDays(offset), usually));
  }

  /** Catalog entries with or without determinations and with or without an exception category. */
  public static Gen<CatalogEntry> catalogEntries() {
    Gen<List<SelfAdministration>> determinations =
        lists().of(selfAdministrations()).ofSizeBetween(0, 3).map(CoreGenerators::uniqueDates);
    Gen<Optional<StatutoryException>> exceptions =
        Generate.enumValues(StatutoryException.class).toOptionals(25);
    Gen<Product> products = Generate.pick(ImmutableList.of("DRUG_A", "DRUG_B")).map(Product::of);
    return products.zip(
        determinations,
        exceptions,
        (product, sa, exception) ->
            CatalogEntry.builder()
                .product(product)
                .hcpcs(Hcpcs.parse("J9999"))
                .billingUnitMg(1)
                .labeledDoseMg(10)
                .dosingInterval(Period.ofDays(28))
                .singleDoseContainer(true)
                .label(Source.IOM_15_50)
                .selfAdministration(sa)
                .statutoryException(exception)
                .build());
  }

  private static List<SelfAdministration> uniqueDates(List<SelfAdministration> determinations) {
    List<SelfAdministration> unique = new ArrayList<>();
    for (SelfAdministration s : determinations) {
      if (unique.stream().noneMatch(u -> u.effectiveFrom().equals(s.effectiveFrom()))) {
        unique.add(s);
      }
    }
    return unique;
  }

  /**
   * Every combination of the eight beneficiary facts; every fact documented (and every fact of the
   * home-health osteoporosis benefit) come up often, so each exception applies in many examples.
   */
  public static Gen<BeneficiaryFacts> beneficiaryFacts() {
    return Generate.frequency(
            Pair.of(4, integers().between(0, 255)),
            Pair.of(1, Generate.constant(255)),
            Pair.of(2, integers().between(0, 15).map(low -> 0b11110000 | low)))
        .map(
            bits ->
                BeneficiaryFacts.builder()
                    .hemophiliaCompetentToSelfAdminister((bits & 1) != 0)
                    .medicareCoveredTransplant((bits & 2) != 0)
                    .onDialysis((bits & 4) != 0)
                    .anticancerRegimen((bits & 8) != 0)
                    .homebound((bits & 16) != 0)
                    .postmenopausalOsteoporoticFractureCertified((bits & 32) != 0)
                    .unableToSelfAdministerCertified((bits & 64) != 0)
                    .noCaregiverAbleAndWilling((bits & 128) != 0)
                    .build());
  }

  /**
   * Doses on {@link #DATE_OF_SERVICE} given by anyone (a home health agency more often, for the
   * home-health osteoporosis benefit), with any supervision and drug source.
   */
  public static Gen<Administration> administrations() {
    Gen<AdministeredBy> givers =
        Generate.frequency(
            Pair.of(3, Generate.enumValues(AdministeredBy.class)),
            Pair.of(1, Generate.constant(AdministeredBy.HOME_HEALTH_AGENCY)));
    return givers
        .zip(
            Generate.enumValues(Supervision.class).toOptionals(25),
            Generate.enumValues(DrugSource.class),
            (by, supervision, source) ->
                Administration.builder()
                    .date(DATE_OF_SERVICE)
                    .product(Product.of("DRUG_A"))
                    .doseMg(10)
                    .route(Route.SUBCUTANEOUS)
                    .administeredBy(by)
                    .supervision(supervision)
                    .drugSource(source)
                    .build());
  }

  /** Part B requests on {@link #DATE_OF_SERVICE}, with or without a documented dose. */
  public static Gen<PartBRequest> partBRequests() {
    Gen<PlaceOfService> places =
        Generate.pick(
            ImmutableList.of(
                PlaceOfService.OFFICE, PlaceOfService.HOME, PlaceOfService.OUTPATIENT_HOSPITAL));
    return catalogEntries()
        .zip(
            beneficiaryFacts(),
            administrations().toOptionals(15),
            places,
            (drug, facts, administration, place) ->
                PartBRequest.builder()
                    .drug(drug)
                    .dateOfService(DATE_OF_SERVICE)
                    .placeOfService(place)
                    .administration(administration)
                    .beneficiary(facts)
                    .build());
  }

  /**
   * Part B requests for a drug that is neither usually self-administered on the date of service (a
   * "not usually self-administered" determination effective that day is added to whatever history
   * the drug has) nor given by the patient or a caregiver (such a giver becomes a professional one).
   */
  public static Gen<PartBRequest> notSelfAdministeredPartBRequests() {
    Gen<AdministeredBy> professionals =
        Generate.pick(
            ImmutableList.of(
                AdministeredBy.PHYSICIAN,
                AdministeredBy.NON_PHYSICIAN_PRACTITIONER,
                AdministeredBy.AUXILIARY_PERSONNEL,
                AdministeredBy.HOME_HEALTH_AGENCY));
    return partBRequests()
        .zip(
            professionals,
            (request, by) -> {
              PartBRequest.Builder b = PartBRequest.builder().from(request);
              b.drug(
                  CatalogEntry.builder()
                      .from(request.drug())
                      .selfAdministration(
                          ImmutableList.<SelfAdministration>builder()
                              .addAll(
                                  request.drug().selfAdministration().stream()
                                      .filter(s -> !s.effectiveFrom().equals(DATE_OF_SERVICE))
                                      .iterator())
                              .add(SelfAdministration.of(DATE_OF_SERVICE, false))
                              .build())
                      .build());
              request
                  .administration()
                  .filter(
                      a ->
                          a.administeredBy() == AdministeredBy.PATIENT
                              || a.administeredBy() == AdministeredBy.CAREGIVER)
                  .ifPresent(
                      a -> b.administration(Administration.builder().from(a).administeredBy(by).build()));
              return b.build();
            });
  }

  /**
   * Part B requests for a self-administered drug: usually self-administered on the date of service
   * (a determination effective up to a year before it), a dose given by the patient or a caregiver,
   * or both.
   */
  public static Gen<PartBRequest> selfAdministeredPartBRequests() {
    Gen<AdministeredBy> selfGivers =
        Generate.pick(ImmutableList.of(AdministeredBy.PATIENT, AdministeredBy.CAREGIVER));
    return partBRequests()
        .zip(
            integers().between(0, 3),
            integers().between(0, 365),
            selfGivers,
            (request, mode, daysBefore, by) -> {
              PartBRequest.Builder b = PartBRequest.builder().from(request);
              if (mode != 1) { // modes 0 and 3: listed; 1: self-given; 2: both
                b.drug(
                    CatalogEntry.builder()
                        .from(request.drug())
                        .selfAdministration(
                            ImmutableList.of(
                                SelfAdministration.of(DATE_OF_SERVICE.minusDays(daysBefore), true)))
                        .build());
              }
              if (mode == 1 || mode == 2) {
                b.administration(
                    Administration.builder()
                        .from(request.administration().orElseGet(CoreGenerators::officeDose))
                        .administeredBy(by)
                        .build());
              }
              return b.build();
            });
  }

  private static Administration officeDose() {
    return Administration.builder()
        .date(DATE_OF_SERVICE)
        .product(Product.of("DRUG_A"))
        .doseMg(10)
        .route(Route.SUBCUTANEOUS)
        .administeredBy(AdministeredBy.AUXILIARY_PERSONNEL)
        .supervision(Supervision.DIRECT)
        .drugSource(DrugSource.PRACTICE_PURCHASED)
        .build();
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }
}

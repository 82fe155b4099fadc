package org.coveragepolicy.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.coveragepolicy.core.CoreGenerators;
import org.junit.jupiter.api.Test;

/**
 * The decision is DENY exactly when an ERROR exists, and the denial reason is the highest-precedence
 * ERROR's category whatever the order in which rules reported.
 */
class DeterminationPropertiesTest {

  @Test
  void denyExactlyWhenAnErrorExists() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.findingLists())
        .checkAssert(
            findings -> {
              boolean anyError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
              assertThat(Determination.of(findings).decision())
                  .isEqualTo(anyError ? Decision.DENY : Decision.APPROVE);
            });
  }

  @Test
  void denialReasonIsTheHighestPrecedenceErrorCategory() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.findingLists())
        .checkAssert(
            findings -> {
              // Category's declaration order is the policy's precedence order.
              Optional<Category> expected =
                  findings.stream()
                      .filter(f -> f.severity() == Severity.ERROR)
                      .map(f -> f.category().orElseThrow())
                      .min(Enum::compareTo);
              assertThat(Determination.of(findings).denialReason()).isEqualTo(expected);
            });
  }

  @Test
  void determinationDoesNotDependOnTheOrderOfFindings() {
    qt()
        .withExamples(CoreGenerators.EXAMPLES)
        .forAll(CoreGenerators.findingsAndPermutations())
        .checkAssert(
            p -> {
              Determination original = Determination.of(p.original);
              Determination permuted = Determination.of(p.permuted);
              assertThat(permuted.denialReason()).isEqualTo(original.denialReason());
              assertThat(permuted.findings()).isEqualTo(original.findings());
            });
  }
}

/**
 * The domain model and the policy plug-in interface: codes, drug catalog, claim, evidence,
 * findings, the Part B drug benefit, and {@code PolicyProvider}, through which {@code
 * Policies.load()} finds policies with {@link java.util.ServiceLoader} (on the module path through
 * {@code provides}, on the class path through {@code META-INF/services}).
 */
// "module": the qualified exports name modules built after this one
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module org.coveragepolicy.core {
  // API types return Guava's immutable collections
  requires transitive com.google.common;
  // annotations on the API, read by a user's javac, not needed at run time (the Maven dependencies
  // are compile scope, so a user's build has them); Immutables has an Automatic-Module-Name
  requires static transitive org.immutables.value.annotations;
  // what the code Immutables generates names: @Generated, @CanIgnoreReturnValue, @Var
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.core;
  exports org.coveragepolicy.core.claim;
  exports org.coveragepolicy.core.code;
  exports org.coveragepolicy.core.drug;
  exports org.coveragepolicy.core.evidence;
  exports org.coveragepolicy.core.finding;
  exports org.coveragepolicy.core.partb;
  exports org.coveragepolicy.core.policy;
  // not API: the Immutables style of the value types of the modules that declare some
  exports org.coveragepolicy.core.internal to
      org.coveragepolicy.indications,
      org.coveragepolicy.review;
  // not API: the indication evaluator that ClaimReview runs
  exports org.coveragepolicy.core.policy.internal to
      org.coveragepolicy.review;

  uses org.coveragepolicy.core.policy.PolicyProvider;
}

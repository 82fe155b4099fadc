/**
 * The claim review: the medical record, the documentation and claim-coding rules, and {@code
 * ClaimReview}, which reviews a case under the policies {@code Policies.load()} finds.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables
module org.coveragepolicy.review {
  requires transitive org.coveragepolicy.core;
  // annotations on the API, read by a user's javac, not needed at run time (the Maven dependencies
  // are compile scope, so a user's build has them); Immutables has an Automatic-Module-Name
  requires static transitive org.immutables.value.annotations;
  // what the code Immutables generates names: @Generated, @CanIgnoreReturnValue, @Var
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.review;
}

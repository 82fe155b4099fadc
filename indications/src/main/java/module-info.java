/**
 * The built-in coverage policies, denosumab and romosozumab, provided to {@code Policies.load()}
 * as {@code PolicyProvider} services, and the constants a case names (catalog products, terms).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables
module org.coveragepolicy.indications {
  requires transitive org.coveragepolicy.core;
  // annotations on the API, read by a user's javac, not needed at run time (the Maven dependencies
  // are compile scope, so a user's build has them); Immutables has an Automatic-Module-Name
  requires static transitive org.immutables.value.annotations;
  // what the code Immutables generates names: @Generated, @CanIgnoreReturnValue, @Var
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.indications.common;
  exports org.coveragepolicy.indications.denosumab;
  exports org.coveragepolicy.indications.romosozumab;

  // the module path's form of META-INF/services/org.coveragepolicy.core.policy.PolicyProvider
  provides org.coveragepolicy.core.policy.PolicyProvider with
      org.coveragepolicy.indications.denosumab.DenosumabPolicy,
      org.coveragepolicy.indications.romosozumab.RomosozumabPolicy;
}

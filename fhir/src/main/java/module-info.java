/** FHIR R4 in and out on HAPI FHIR: a Bundle as a review case, a result as FHIR resources. */
// HAPI FHIR has no module-info and no Automatic-Module-Name: its names come from the jar names
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.coveragepolicy.fhir {
  requires transitive org.coveragepolicy.review;
  // API types take and return HAPI's model (Bundle, OperationOutcome, IBaseResource)
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  // FhirContext.forR4() loads its R4 context from here, reflectively
  requires hapi.fhir.structures.r4;
  // the bounds checked before HAPI parses (nesting, number lengths)
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.fhir;
}

/** The CDS Hooks service: a framework-neutral handler and its Jetty host. */
@SuppressWarnings("requires-automatic") // HAPI has no module-info
module org.coveragepolicy.server {
  requires transitive org.coveragepolicy.review;
  requires org.coveragepolicy.fhir;
  requires org.hl7.fhir.r4;
  requires com.fasterxml.jackson.databind;
  // the host; no API type names a Jetty type
  requires org.eclipse.jetty.server;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.server;
}

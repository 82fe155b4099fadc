/** The command line: review, batch and serve. */
@SuppressWarnings("requires-automatic") // HAPI has no module-info
module org.coveragepolicy.cli {
  requires org.coveragepolicy.review;
  requires org.coveragepolicy.json;
  requires org.coveragepolicy.fhir;
  requires org.coveragepolicy.server;
  requires org.hl7.fhir.r4;
  requires info.picocli;
  requires static org.jspecify;

  exports org.coveragepolicy.cli;
  // picocli reads the commands' annotated fields and methods reflectively
  opens org.coveragepolicy.cli to
      info.picocli;
}

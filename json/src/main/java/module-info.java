/** The JSON form of cases, results and catalog files, on Jackson's streaming core. */
module org.coveragepolicy.json {
  requires transitive org.coveragepolicy.review;
  requires com.fasterxml.jackson.core;
  requires static transitive org.jspecify;

  exports org.coveragepolicy.json;
}

package org.coveragepolicy.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.server.CdsHooksHandler;
import org.coveragepolicy.server.CdsHooksLimits;
import org.coveragepolicy.server.CdsHooksServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --port N}: runs the CDS Hooks service until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs the CDS Hooks service (Da Vinci CRD) for orders of the catalog's products:"
          + " GET /cds-services is the discovery document; POST /cds-services/coverage-order-sign and"
          + " /cds-services/coverage-order-select answer with cards and the coverage-information"
          + " extension (the deprecated IDs POLICY-order-sign and POLICY-order-select, POLICY being"
          + " the first policy's name in lower case, still answer). Stops on Ctrl-C or SIGTERM."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"1:internal error", "2:bad usage or the port cannot be bound"},
    footer = {"%nExamples:", "  coverage-review serve --port 8080"})
final class ServeCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--port", required = true, paramLabel = "N", description = "The TCP port; 0 picks a free one.")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  private String host = "127.0.0.1";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Request threads (default: ${DEFAULT-VALUE}).")
  private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      converter = EditionConverter.class,
      description = "The policy edition orders are reviewed under (default: the policy's default edition).")
  private @org.jspecify.annotations.Nullable Edition edition;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "N",
      description = "The largest request body; larger is a 413 (default: ${DEFAULT-VALUE}).")
  private int maxRequestBytes = CdsHooksLimits.DEFAULT_MAX_REQUEST_BYTES;

  @Option(
      names = "--max-draft-orders",
      paramLabel = "N",
      description = "The most draft orders in a request; more is a 422 (default: ${DEFAULT-VALUE}).")
  private int maxDraftOrders = CdsHooksLimits.DEFAULT_MAX_DRAFT_ORDERS;

  @Option(
      names = "--max-prefetch-resources",
      paramLabel = "N",
      description = "The most prefetched resources in a request; more is a 422 (default: ${DEFAULT-VALUE}).")
  private int maxPrefetchResources = CdsHooksLimits.DEFAULT_MAX_PREFETCH_RESOURCES;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      description = "The most open connections (default: ${DEFAULT-VALUE}).")
  private int maxConnections = 1_000;

  ServeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || threads < 1 || maxRequestBytes < 1 || maxDraftOrders < 1
        || maxPrefetchResources < 1 || maxConnections < 1) {
      io.err.println(
          "coverage-review: --port must be 0–65535; --threads, --max-request-bytes,"
              + " --max-draft-orders, --max-prefetch-resources and --max-connections ≥ 1");
      return CoverageReview.INVALID_INPUT;
    }
    // Jetty and HAPI log through SLF4J: nothing is logged (a log line could carry a request value)
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    CdsHooksHandler.Builder builder = CdsHooksHandler.builder(ClaimReview.standard());
    if (edition != null) {
      builder.edition(edition);
    }
    CdsHooksHandler handler =
        builder
            .limits(
                CdsHooksLimits.builder()
                    .maxRequestBytes(maxRequestBytes)
                    .maxDraftOrders(maxDraftOrders)
                    .maxPrefetchResources(maxPrefetchResources)
                    .build())
            .build();
    CdsHooksServer server =
        CdsHooksServer.builder(handler)
            .host(host)
            .port(port)
            .threads(threads)
            .maxConnections(maxConnections)
            .build();
    try {
      server.start();
    } catch (IOException e) {
      io.err.println("coverage-review: cannot listen on " + host + ":" + port);
      return CoverageReview.INVALID_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    io.err.println(
        "coverage-review: CDS Hooks service on http://" + host + ":" + server.port() + "/cds-services");
    io.err.flush();
    stopped.await();
    return CoverageReview.OK;
  }
}

package org.coveragepolicy.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.server.CdsHooksServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --port N}: runs the CDS Hooks service until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs the CDS Hooks service (Da Vinci CRD) for the orders of the first policy's products:"
          + " GET /cds-services is the discovery document; POST /cds-services/POLICY-order-sign and"
          + " /cds-services/POLICY-order-select (POLICY: the policy's name in lower case) answer"
          + " with cards and the coverage-information extension. Stops on Ctrl-C or SIGTERM."
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

  ServeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535 || threads < 1) {
      io.err.println("coverage-review: --port must be 0–65535 and --threads ≥ 1");
      return CoverageReview.INVALID_INPUT;
    }
    // the JDK server reads these once, when it first loads: a client that takes longer than 30 s
    // to send a request, or to take a response, is disconnected (unless the user set them)
    for (String limit : new String[] {"sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime"}) {
      if (System.getProperty(limit) == null) {
        System.setProperty(limit, "30");
      }
    }
    CdsHooksServer server;
    try {
      server =
          CdsHooksServer.start(
              new InetSocketAddress(host, port),
              ClaimReview.standard(),
              edition,
              threads,
              CdsHooksServer.DEFAULT_MAX_REQUEST_BYTES);
    } catch (IOException e) {
      io.err.println("coverage-review: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
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

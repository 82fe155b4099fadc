package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch command as a separate process, stopped in the middle: each output is either as it was
 * before or complete, never half-written, and a stopped batch commits all its outputs or none; and
 * standard output on a full device is exit 1.
 */
class BatchProcessTest {
  @TempDir Path dir;

  private static final long WAIT_SECONDS = 60;

  /** Starts {@code coverage-review} in a JVM of its own, on the test's class path. */
  private static ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx128m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CoverageReview.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private Path previous(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "previous " + name + "\n");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  /** Waits until the batch has written part of its results to its temporary file. */
  private void awaitPartialResults() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < deadline) {
      for (Path p : temporaryFiles()) {
        if (p.getFileName().toString().startsWith(".out.jsonl.") && Files.size(p) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the batch wrote no results within " + WAIT_SECONDS + " s");
  }

  private Process startBatch(Path out, Path summary, Path report) throws IOException {
    return command(
            "batch", "-", "--out", out.toString(), "--summary", summary.toString(),
            "--report", report.toString(), "--threads", "2")
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  /** Writes enough lines to fill the window of chunks in flight several times. */
  private static void writeCases(OutputStream stdin) throws IOException {
    byte[] line = (JsonFixtures.approvedLine() + "\n").getBytes(UTF_8);
    for (int i = 0; i < 20_000; i++) {
      stdin.write(line);
    }
    stdin.flush();
  }

  /**
   * Runs a batch whose input never ends (standard input kept open until the process has exited),
   * stops it once results are being written, and checks that it left every output as it was.
   *
   * <p>The signal goes through the {@link ProcessHandle}: {@link Process#destroy()} also closes
   * the process's standard input, so the batch would see the end of its input as it is stopped and
   * could legitimately finish first (see {@link #stoppedAsItsInputEndsCommitsEveryOutputOrNone}).
   * With the input open the batch cannot finish, so the previous content is the only right
   * outcome, however slow the machine.
   */
  private void stopMidBatch(boolean forcibly) throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path report = previous("report.html");
    Process p = startBatch(out, summary, report);
    OutputStream stdin = p.getOutputStream();
    try {
      writeCases(stdin);
      awaitPartialResults();
      if (forcibly) {
        p.toHandle().destroyForcibly();
      } else {
        p.toHandle().destroy();
      }
      assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
      try {
        stdin.close(); // only now, when the process is gone
      } catch (IOException e) {
        // the pipe's other end is gone with the process
      }
    }
    assertThat(Files.readString(out)).isEqualTo("previous out.jsonl\n");
    assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
    assertThat(Files.readString(report)).isEqualTo("previous report.html\n");
  }

  @Test
  void killedMidBatchLeavesThePreviousOutputsAndNoTemporaryFile() throws Exception {
    stopMidBatch(false);
    // SIGTERM runs the shutdown hooks, which delete the temporary files
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void killedOutrightMidBatchLeavesThePreviousOutputsWhole() throws Exception {
    stopMidBatch(true);
    // SIGKILL may leave a temporary file, never a half-written output (asserted above)
  }

  /**
   * SIGTERM and the end of the input at once ({@link Process#destroy()} sends the one and closes
   * standard input; so does Ctrl-C on {@code cat cases | coverage-review batch -}): the batch may
   * reach its commit while the JVM is already shutting down. Which comes first depends on the
   * scheduler, so either outcome is allowed — every output complete (committed before the stop
   * began) or every output as it was — but never a mix, and never a temporary file left behind.
   */
  @Test
  void stoppedAsItsInputEndsCommitsEveryOutputOrNone() throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path report = previous("report.html");
    Process p = startBatch(out, summary, report);
    try {
      writeCases(p.getOutputStream());
      awaitPartialResults();
      p.destroy();
      assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    boolean committed = !Files.readString(out).equals("previous out.jsonl\n");
    if (committed) {
      assertThat(Files.readAllLines(out)).hasSize(20_000);
      assertThat(Files.readString(summary)).contains("| total lines | 20000 |");
      assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
    } else {
      assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
      assertThat(Files.readString(report)).isEqualTo("previous report.html\n");
    }
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void batchThatIsNotStoppedLeavesCompleteOutputs() throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path in = dir.resolve("in.jsonl");
    try (OutputStream w = Files.newOutputStream(in)) {
      for (int i = 0; i < 2_000; i++) {
        w.write((JsonFixtures.approvedLine() + "\n").getBytes(UTF_8));
      }
    }
    Process p =
        command("batch", in.toString(), "--out", out.toString(), "--summary", summary.toString())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2_000);
    assertThat(Files.readString(summary)).contains("| total lines | 2000 |");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void standardOutputOnAFullDeviceExitsOneWithAMessage() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full here");
    Path in = Files.writeString(dir.resolve("in.jsonl"), JsonFixtures.approvedLine() + "\n");
    Path summary = previous("summary.md");
    Path err = dir.resolve("stderr.txt");
    Process p =
        command("batch", in.toString(), "--summary", summary.toString())
            .redirectOutput(full)
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(Files.readString(err)).contains("(standard output): cannot be written");
    assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
  }
}

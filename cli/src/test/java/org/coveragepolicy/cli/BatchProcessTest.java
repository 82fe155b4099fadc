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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch command as a separate process, stopped in the middle: each output is either as it was
 * before or complete, never half-written; and standard output on a full device is exit 1.
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

  /**
   * Runs a batch whose input never ends (standard input kept open), stops it once results are
   * being written, and returns what it left.
   */
  private void stopMidBatch(boolean forcibly) throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path report = previous("report.html");
    Process p =
        command(
                "batch", "-", "--out", out.toString(), "--summary", summary.toString(),
                "--report", report.toString(), "--threads", "2")
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    try (OutputStream stdin = p.getOutputStream()) {
      byte[] line = (CliFixtures.approvedLine() + "\n").getBytes(UTF_8);
      // enough lines to fill the window of chunks in flight several times; the stream stays open
      for (int i = 0; i < 20_000; i++) {
        stdin.write(line);
      }
      stdin.flush();
      awaitPartialResults();
      if (forcibly) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
      assertThat(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    } catch (IOException e) {
      // the stopped process closed its end of the pipe
    } finally {
      p.destroyForcibly();
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

  @Test
  void batchThatIsNotStoppedLeavesCompleteOutputs() throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path in = dir.resolve("in.jsonl");
    try (OutputStream w = Files.newOutputStream(in)) {
      for (int i = 0; i < 2_000; i++) {
        w.write((CliFixtures.approvedLine() + "\n").getBytes(UTF_8));
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
    Path in = Files.writeString(dir.resolve("in.jsonl"), CliFixtures.approvedLine() + "\n");
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

package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coveragepolicy.review.ClaimReview;
import org.coveragepolicy.testing.JsonFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch command never loses data: an output that is the input or another output is refused
 * before anything is opened for writing, outputs appear complete or not at all, and a write error
 * anywhere is exit 1 with a message.
 */
class BatchSafetyTest {
  @TempDir Path dir;

  private static final String CASES =
      JsonFixtures.approvedLine() + "\n{not json\n" + JsonFixtures.approvedLine() + "\n";

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.jsonl"), CASES);
  }

  private Path previous(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "previous " + name + "\n");
  }

  private void assertRefusedLeavingFilesAlone(ReviewCommandTest.Run r, Path in, Path... others)
      throws IOException {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is the same file as").contains("refusing");
    assertThat(Files.readAllBytes(in)).isEqualTo(CASES.getBytes(UTF_8));
    for (Path p : others) {
      assertThat(Files.readString(p)).isEqualTo("previous " + p.getFileName() + "\n");
    }
    assertThat(temporaryFiles()).isEmpty();
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void outputThatIsTheInputIsRefusedAndTheInputStaysByteIdentical() throws IOException {
    Path in = input();
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run("", "batch", in.toString(), "--out", in.toString()), in);
  }

  @Test
  void outputNamedDifferentlyOrThroughALinkIsStillTheInput() throws IOException {
    Path in = input();
    String dotted = dir.resolve(".").resolve("in.jsonl").toString();
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run("", "batch", in.toString(), "--out", dotted), in);
    Path link = dir.resolve("link.jsonl");
    try {
      Files.createSymbolicLink(link, in);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run("", "batch", in.toString(), "--summary", link.toString()), in);
  }

  @Test
  void summaryOrReportThatIsTheInputIsRefused() throws IOException {
    Path in = input();
    Path out = previous("out.jsonl");
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--summary", in.toString()),
        in,
        out);
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--report", in.toString()),
        in,
        out);
  }

  @Test
  void twoOutputsThatAreOneFileAreRefused() throws IOException {
    Path in = input();
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--summary", out.toString()),
        in,
        out);
    assertRefusedLeavingFilesAlone(
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--summary", summary.toString(), "--report",
            summary.toString()),
        in,
        summary);
  }

  @Test
  void completedBatchReplacesOutputsWholeAndLeavesNoTemporaryFile() throws IOException {
    Path in = input();
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    Path report = previous("report.html");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", out.toString(), "--summary", summary.toString(),
            "--report", report.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
    assertThat(Files.readString(summary)).startsWith("# Batch review summary");
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void writeErrorOnAnOutputFileExitsOneWithAMessageAndLeavesTheSummaryAlone() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full here");
    Path in = input();
    Path summary = previous("summary.md");
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--out", full.toString(), "--summary", summary.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("/dev/full: cannot be written");
    assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void writeErrorOnStandardOutputExitsOneWithAMessage() throws IOException {
    Path in = input();
    Path summary = previous("summary.md");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CoverageReview.run(
            new String[] {"batch", in.toString(), "--summary", summary.toString()},
            ClaimReview.standard()::review,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(broken, false, UTF_8),
            new PrintStream(err, true, UTF_8),
            false);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(UTF_8)).contains("(standard output): cannot be written");
    assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
  }

  @Test
  void outputInAMissingDirectoryExitsTwoBeforeAnyWork() throws IOException {
    Path in = input();
    ReviewCommandTest.Run r =
        ReviewCommandTest.run(
            "", "batch", in.toString(), "--report", dir.resolve("no/such/report.html").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void threadsBelowOneIsBadUsage() throws IOException {
    ReviewCommandTest.Run r = ReviewCommandTest.run("", "batch", input().toString(), "--threads", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be at least 1, was 0");
  }

  @Test
  void anyNumberOfThreadsGivesTheSameOutputBytes() throws IOException {
    Path in = input();
    String one = ReviewCommandTest.run("", "batch", in.toString(), "--threads", "1").out();
    String four = ReviewCommandTest.run("", "batch", in.toString(), "--threads", "4").out();
    assertThat(four).isEqualTo(one);
    assertThat(one.lines()).hasSize(3);
  }
}

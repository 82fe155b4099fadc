package org.coveragepolicy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output and the process's stop (what the shutdown hook does on {@code kill} or Ctrl-C), in
 * each order, driven explicitly: an output committed before the stop stays; after the stop began,
 * nothing is committed, even when the command reaches its commit while the process shuts down.
 */
class OutputFileStopTest {
  @TempDir Path dir;

  private final PrintStream stdout = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);

  private Path previous(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "previous " + name + "\n");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static OutputFile written(Path target, OutputFile.Stopping stopping, String text)
      throws Exception {
    OutputFile f =
        OutputFile.open(target.toString(), new PrintStream(new ByteArrayOutputStream()), stopping);
    f.stream().write(text.getBytes(UTF_8));
    return f;
  }

  @Test
  void aCommitAfterTheStopBeganIsRefusedAndTheTargetKeepsItsPreviousContent() throws Exception {
    Path out = previous("out.jsonl");
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    try (OutputFile f = written(out, stopping, "complete results\n")) {
      stopping.stop();
      assertThat(temporaryFiles()).isEmpty();
      assertThatThrownBy(f::commit)
          .isInstanceOf(OutputFile.WriteFailed.class)
          .hasMessage(
              out + ": cannot be written (the process is stopping; the previous file is kept)");
    }
    assertThat(Files.readString(out)).isEqualTo("previous out.jsonl\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aCommitBeforeTheStopStaysCommitted() throws Exception {
    Path out = previous("out.jsonl");
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    try (OutputFile f = written(out, stopping, "complete results\n")) {
      f.commit();
      stopping.stop();
    }
    assertThat(Files.readString(out)).isEqualTo("complete results\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void outputsCommittedTogetherAfterTheStopBeganAreAllKeptAsTheyWere() throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    try (OutputFile results = written(out, stopping, "results\n");
        OutputFile sum = written(summary, stopping, "summary\n")) {
      stopping.stop();
      assertThatThrownBy(() -> OutputFile.commitAll(List.of(results, sum)))
          .isInstanceOf(OutputFile.WriteFailed.class);
    }
    assertThat(Files.readString(out)).isEqualTo("previous out.jsonl\n");
    assertThat(Files.readString(summary)).isEqualTo("previous summary.md\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void outputsCommittedTogetherBeforeTheStopAreAllCommitted() throws Exception {
    Path out = previous("out.jsonl");
    Path summary = previous("summary.md");
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    try (OutputFile results = written(out, stopping, "results\n");
        OutputFile sum = written(summary, stopping, "summary\n")) {
      OutputFile.commitAll(List.of(results, sum));
      stopping.stop();
    }
    assertThat(Files.readString(out)).isEqualTo("results\n");
    assertThat(Files.readString(summary)).isEqualTo("summary\n");
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void standardOutputIsStillFlushedAfterTheStop() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    try (OutputFile f = OutputFile.open("-", new PrintStream(bytes, false, UTF_8), stopping)) {
      f.stream().write("line\n".getBytes(UTF_8));
      stopping.stop();
      f.commit(); // nothing to rename: what was written is written
    }
    assertThat(bytes.toString(UTF_8)).isEqualTo("line\n");
  }

  @Test
  void anOutputOpenedAfterTheStopBeganIsRefusedAndLeavesNoTemporaryFile() throws Exception {
    Path out = previous("out.jsonl");
    OutputFile.Stopping stopping = new OutputFile.Stopping();
    stopping.stop();
    assertThatThrownBy(() -> OutputFile.open(out.toString(), stdout, stopping))
        .isInstanceOf(Inputs.UnusableFile.class)
        .hasMessageContaining(out + ": cannot be written");
    assertThat(temporaryFiles()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo("previous out.jsonl\n");
  }
}

package org.coveragepolicy.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * The temporary files an {@link OutputFile} is written to before it is renamed over its target:
 * each in the target's directory, named {@code .NAME.PID.N.tmp}, with the target's permissions
 * when the target exists.
 */
final class TemporaryFiles {
  private TemporaryFiles() {}

  /** Creates a new, empty temporary file for a target. */
  static Path create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = java.util.Objects.requireNonNull(absolute.getParent(), "a file has a directory");
    String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int n = 0; ; n++) {
      Path temporary = dir.resolve(prefix + n + ".tmp");
      try {
        // default permissions (the umask), as for any new file; a replaced file keeps its own
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      copyPermissions(absolute, temporary);
      return temporary;
    }
  }

  private static void copyPermissions(Path from, Path to) {
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (view == null || !Files.isRegularFile(from)) {
      return;
    }
    try {
      PosixFileAttributes existing = Files.readAttributes(from, PosixFileAttributes.class);
      view.setPermissions(existing.permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the new file keeps the default permissions
    }
  }

  /** Deletes a temporary file if it is there; a failure is ignored, as nothing more can be done. */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing more to do
    }
  }
}

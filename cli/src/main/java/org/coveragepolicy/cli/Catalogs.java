package org.coveragepolicy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.coveragepolicy.core.InvalidInputException;
import org.coveragepolicy.core.drug.DrugCatalog;
import org.coveragepolicy.json.CatalogFile;
import org.coveragepolicy.review.ClaimReview;

/** The {@code --catalog FILE} option of the commands: the built-in catalog extended by a file. */
final class Catalogs {
  /** The option's description, shared by the commands. */
  static final String DESCRIPTION =
      "A catalog file (JSON, docs/json-contract.md \"Catalog file\") that extends or replaces the"
          + " built-in product catalog: new biosimilars, NDCs, corrected HCPCS codes.";

  private Catalogs() {}

  /**
   * Reads a catalog file against the built-in catalog.
   *
   * @throws Inputs.UnusableFile if the file cannot be opened
   * @throws InvalidInputException naming the file, the entry and the field when it is malformed
   */
  static DrugCatalog read(String name) throws Inputs.UnusableFile {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Inputs.UnusableFile(name + ": not a valid file name");
    }
    if (!Files.isRegularFile(path)) {
      throw new Inputs.UnusableFile(
          name + (Files.isDirectory(path) ? ": is a directory, not a file" : ": no such file"));
    }
    try {
      return CatalogFile.read(path, ClaimReview.standard().catalog());
    } catch (InvalidInputException e) {
      String at = e.path().isEmpty() ? "" : e.path() + ": ";
      throw new InvalidInputException("", name + ": " + at + e.problem());
    } catch (IOException e) {
      throw new Inputs.UnusableFile(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}

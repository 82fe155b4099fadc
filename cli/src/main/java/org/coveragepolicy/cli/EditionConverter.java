package org.coveragepolicy.cli;

import org.coveragepolicy.indications.Edition;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an {@code --edition} value by name; an unknown name is a usage error. */
final class EditionConverter implements ITypeConverter<Edition> {
  @Override
  public Edition convert(String value) {
    try {
      return Edition.named(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(String.valueOf(e.getMessage()));
    }
  }
}

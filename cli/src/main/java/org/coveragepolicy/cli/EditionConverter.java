package org.coveragepolicy.cli;

import org.coveragepolicy.core.policy.Edition;
import org.coveragepolicy.core.policy.Policies;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an {@code --edition} value by name; an unknown name is a usage error. */
final class EditionConverter implements ITypeConverter<Edition> {
  @Override
  public Edition convert(String value) {
    try {
      return Policies.load().edition(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(String.valueOf(e.getMessage()));
    }
  }
}

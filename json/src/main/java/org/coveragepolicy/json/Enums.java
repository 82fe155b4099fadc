package org.coveragepolicy.json;

import com.google.common.collect.ImmutableMap;
import org.jspecify.annotations.Nullable;

/** Enumerations looked up by name, with the list of names for messages. */
final class Enums {
  private static final ClassValue<Lookup<?>> CACHE =
      new ClassValue<>() {
        @Override
        protected Lookup<?> computeValue(Class<?> type) {
          return lookup(type.asSubclass(Enum.class));
        }
      };

  private Enums() {}

  @SuppressWarnings("unchecked")
  static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
    return (Lookup<E>) CACHE.get(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Lookup<?> lookup(Class<? extends Enum> type) {
    ImmutableMap.Builder<String, Enum<?>> byName = ImmutableMap.builder();
    StringBuilder names = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      byName.put(e.name(), e);
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    return new Lookup(byName.build(), names.toString());
  }

  /** The constants of one enumeration by name. */
  static final class Lookup<E> {
    private final ImmutableMap<String, E> byName;
    private final String names;

    Lookup(ImmutableMap<String, E> byName, String names) {
      this.byName = byName;
      this.names = names;
    }

    @Nullable E get(String name) {
      return byName.get(name);
    }

    String names() {
      return names;
    }
  }
}

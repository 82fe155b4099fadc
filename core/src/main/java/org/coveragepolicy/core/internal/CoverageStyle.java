package org.coveragepolicy.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in this library: generated implementations are
 * package-private and hidden behind the abstract type, which exposes {@code of(...)} or
 * {@code builder()}.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = false))
public @interface CoverageStyle {}

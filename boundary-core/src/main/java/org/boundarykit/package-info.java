/**
 * The BoundaryKit API: the user's {@link org.boundarykit.BoundaryPlan}, the incoming contact, the
 * history of earlier contacts, and the engine that turns them into a recommendation.
 *
 * <p>Every public type here is stable API. Values are immutable and built with builders; nothing in
 * this package accepts or returns {@code null} unless a parameter or return type says
 * {@code @Nullable}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package org.boundarykit;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

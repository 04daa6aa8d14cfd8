/**
 * The BoundaryKit API: the user's {@link org.boundarykit.BoundaryPlan}, the incoming contact, the
 * history of earlier contacts, and the engine that turns them into a recommendation.
 *
 * <p>Every public type here is stable API. Values are immutable and built with builders; nothing in
 * this package accepts or returns {@code null} unless a parameter or return type says
 * {@code @Nullable}.
 */
@NullMarked
@BoundaryStyle
package org.boundarykit;

import org.boundarykit.internal.BoundaryStyle;
import org.jspecify.annotations.NullMarked;

/**
 * The decision table: rows of conditions over a contact's situation, each with an outcome, and
 * the ladder thresholds. The default table ships in the content pack; apps may build their own.
 * Stable API.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package org.boundarykit.rules;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

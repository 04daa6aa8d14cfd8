/**
 * Seams for applications: {@link org.boundarykit.spi.ContactClassifier} turns the text of a
 * contact into a category, topic, safety level and the cues that led there. Stable API.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package org.boundarykit.spi;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

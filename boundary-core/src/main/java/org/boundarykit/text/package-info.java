/**
 * The default, rule-based message classifier: {@link org.boundarykit.text.CueClassifier} reads a
 * message by matching curated {@link org.boundarykit.text.Cue} phrases over normalised tokens. Stable
 * API.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package org.boundarykit.text;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

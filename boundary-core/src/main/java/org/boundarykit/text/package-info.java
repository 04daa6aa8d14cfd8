/**
 * The default, rule-based message classifier: {@link org.boundarykit.text.CueClassifier} reads a
 * message by matching curated {@link org.boundarykit.text.Cue} phrases over normalised tokens. Stable
 * API.
 */
@NullMarked
@BoundaryStyle
package org.boundarykit.text;

import org.boundarykit.internal.BoundaryStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Seams for applications: {@link org.boundarykit.spi.ContactClassifier} turns the text of a
 * contact into a category, topic, safety level and the cues that led there. Stable API.
 */
@NullMarked
@BoundaryStyle
package org.boundarykit.spi;

import org.boundarykit.internal.BoundaryStyle;
import org.jspecify.annotations.NullMarked;

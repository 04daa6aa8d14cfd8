/**
 * The decision table: rows of conditions over a contact's situation, each with an outcome, and
 * the ladder thresholds. The default table ships in the content pack; apps may build their own.
 * Stable API.
 */
@NullMarked
@BoundaryStyle
package org.boundarykit.rules;

import org.boundarykit.internal.BoundaryStyle;
import org.jspecify.annotations.NullMarked;

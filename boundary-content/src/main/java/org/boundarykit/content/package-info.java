/**
 * Content packs: the curated strategies, scripts, decision table, technology steps and safety
 * resources that an engine is built from.
 */
@NullMarked
package org.boundarykit.content;

import org.jspecify.annotations.NullMarked;

/**
 * Runnable examples of the BoundaryKit API, each a {@code main} method that a test runs so that it
 * cannot rot: {@link org.boundarykit.examples.QuickStart}, {@link
 * org.boundarykit.examples.WeekOfMessages}, {@link org.boundarykit.examples.CoParenting}, {@link
 * org.boundarykit.examples.OwnVoicePack} and {@link org.boundarykit.examples.ChainedClassifier}.
 */
@NullMarked
package org.boundarykit.examples;

import org.jspecify.annotations.NullMarked;

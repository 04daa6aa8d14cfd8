/** The {@code boundary} command-line tool: {@code advise}, {@code classify}, {@code eval} and {@code pack}. */
@NullMarked
package org.boundarykit.examples.cli;

import org.jspecify.annotations.NullMarked;

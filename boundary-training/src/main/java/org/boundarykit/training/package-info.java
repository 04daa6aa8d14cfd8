/** The trainer of the understanding model: {@link org.boundarykit.training.Train}. Not published. */
@NullMarked
package org.boundarykit.training;

import org.jspecify.annotations.NullMarked;

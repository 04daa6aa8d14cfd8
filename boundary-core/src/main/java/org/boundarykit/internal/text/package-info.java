/**
 * Text normalisation and token matching behind {@link org.boundarykit.text.CueClassifier}. Not
 * exported; not API.
 */
@NullMarked
package org.boundarykit.internal.text;

import org.jspecify.annotations.NullMarked;

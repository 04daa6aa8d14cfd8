/** Implementation details of the engine. Not exported; not API. */
@NullMarked
package org.boundarykit.internal;

import org.jspecify.annotations.NullMarked;

/** JSON documents and their reading. Not exported; not API. */
@NullMarked
package org.boundarykit.content.internal;

import org.jspecify.annotations.NullMarked;

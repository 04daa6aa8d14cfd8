package org.boundarykit.content.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One classify request line of the wire format. Unknown top-level fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassifyDoc(
    @Nullable String text, @Nullable String at, @Nullable String timeZone, @Nullable String locale) {}

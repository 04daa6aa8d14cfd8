package org.boundarykit.content.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.boundarykit.content.internal.Docs.BoundaryDoc;
import org.boundarykit.content.internal.Docs.ContactDoc;
import org.boundarykit.content.internal.Docs.HistoryDoc;
import org.jspecify.annotations.Nullable;

/**
 * One advise request line of the wire format. Unknown top-level fields (an {@code id}, which is
 * read from the tree, an {@code expect} block, a {@code mode}) are ignored here and only here: the
 * nested documents stay strict.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdviseDoc(
    @Nullable BoundaryDoc boundary,
    @Nullable List<HistoryDoc> history,
    @Nullable ContactDoc contact,
    Docs.@Nullable AnswerDoc answer) {}

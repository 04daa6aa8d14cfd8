package org.boundarykit;

import java.util.List;
import org.boundarykit.rules.LadderPosition;
import org.jspecify.annotations.Nullable;

/**
 * Why the engine recommended what it did. Immutable and safe to share between threads; the list of
 * matched rules is worked out on first access, once.
 */
public abstract class Explanation {

  Explanation() {}

  /** {@return the ids of every rule that matched, in table order} */
  public abstract List<String> matchedRules();

  /** {@return the id of the rule that won (the first that matched)} */
  public abstract String winningRule();

  /** {@return the winning rule's reason, in plain words} */
  public abstract String reason();

  /** {@return where the user stands on the ladder, derived from the history} */
  public abstract LadderPosition ladder();

  /** {@return whether category, topic or safety were read from the text by the classifier} */
  public abstract boolean classified();

  /** {@return the cues the classifier saw in the text} */
  public abstract List<String> cues();

  /** Equal when every attribute is equal. */
  @Override
  public final boolean equals(@Nullable Object another) {
    return this == another
        || (another instanceof Explanation o
            && matchedRules().equals(o.matchedRules())
            && winningRule().equals(o.winningRule())
            && reason().equals(o.reason())
            && ladder() == o.ladder()
            && classified() == o.classified()
            && cues().equals(o.cues()));
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + matchedRules().hashCode();
    h += (h << 5) + winningRule().hashCode();
    h += (h << 5) + reason().hashCode();
    h += (h << 5) + ladder().hashCode();
    h += (h << 5) + Boolean.hashCode(classified());
    h += (h << 5) + cues().hashCode();
    return h;
  }

  @Override
  public final String toString() {
    return "Explanation{matchedRules=" + matchedRules() + ", winningRule=" + winningRule() + ", reason="
        + reason() + ", ladder=" + ladder() + ", classified=" + classified() + ", cues=" + cues() + "}";
  }
}

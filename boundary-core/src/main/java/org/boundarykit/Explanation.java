package org.boundarykit;

import java.util.List;
import org.boundarykit.rules.LadderPosition;
import org.immutables.value.Value;

/** Why the engine recommended what it did. */
@Value.Immutable
public abstract class Explanation {

  Explanation() {}

  static ImmutableExplanation.Builder builder() {
    return ImmutableExplanation.builder();
  }

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
}

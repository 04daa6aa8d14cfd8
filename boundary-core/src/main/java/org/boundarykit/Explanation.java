package org.boundarykit;

import java.util.List;
import java.util.Optional;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.spi.Classification;
import org.jspecify.annotations.Nullable;

/**
 * Why the engine recommended what it did: the rule that decided, the labels the app gave next to
 * what was read in the text, and what in the history raised the safety level. Immutable and safe to
 * share between threads; the list of matched rules is worked out on first access, once.
 */
public abstract class Explanation {

  /**
   * The {@link #winningRule()} of a recommendation to {@link Action#ASK_USER}: no rule decided, the
   * engine asked. No rule may have this id.
   */
  public static final String ASKED = "ask-user";

  Explanation() {}

  /** {@return the ids of every rule that matched, in table order; empty when the engine asked the user} */
  public abstract List<String> matchedRules();

  /** {@return the id of the rule that won (the first that matched), or {@value #ASKED}} */
  public abstract String winningRule();

  /** {@return the winning rule's reason, or why the engine asks, in plain words} */
  public abstract String reason();

  /** {@return where the user stands on the ladder, derived from the history} */
  public abstract LadderPosition ladder();

  /** {@return whether the text was read by the classifier} */
  public abstract boolean classified();

  /** {@return the cues the classifier saw in the text} */
  public abstract List<String> cues();

  /** {@return the category the app gave on the contact, if it gave one} */
  public abstract Optional<ContactCategory> givenCategory();

  /** {@return the safety level the app gave on the contact, if it gave one} */
  public abstract Optional<Safety> givenSafety();

  /**
   * What the classifier read in the text, if it was read: its category, topic, safety,
   * confidence and cues. Next to {@link #givenCategory()} and {@link #givenSafety()}, it shows how
   * the recommendation's own category and safety came about.
   *
   * @return the reading
   */
  public abstract Optional<Classification> reading();

  /**
   * What in the conversation so far raised the safety level above the contact's own, in plain
   * words, the most severe first: "raised to CONCERN: a CONCERN contact 3 hours earlier",
   * "escalation: 6 contacts in the last hour".
   *
   * @return the raises; empty if nothing raised it
   */
  public abstract List<String> raisedBy();

  /**
   * Whether the contact was sent before the newest entry of the history: a message that arrived
   * late (a phone that was offline, a delayed email). It is advised as the newest, with the
   * history's windows measured from the last entry, and never refused.
   *
   * @return true if the contact is older than the last history entry
   */
  public abstract boolean delayed();

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
            && cues().equals(o.cues())
            && givenCategory().equals(o.givenCategory())
            && givenSafety().equals(o.givenSafety())
            && reading().equals(o.reading())
            && raisedBy().equals(o.raisedBy())
            && delayed() == o.delayed());
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
    h += (h << 5) + givenCategory().hashCode();
    h += (h << 5) + givenSafety().hashCode();
    h += (h << 5) + reading().hashCode();
    h += (h << 5) + raisedBy().hashCode();
    h += (h << 5) + Boolean.hashCode(delayed());
    return h;
  }

  @Override
  public final String toString() {
    return "Explanation{matchedRules=" + matchedRules() + ", winningRule=" + winningRule() + ", reason="
        + reason() + ", ladder=" + ladder() + ", classified=" + classified() + ", cues=" + cues()
        + ", givenCategory=" + givenCategory().map(Enum::name).orElse("none")
        + ", givenSafety=" + givenSafety().map(Enum::name).orElse("none")
        + ", reading=" + reading().map(Object::toString).orElse("none")
        + ", raisedBy=" + raisedBy() + ", delayed=" + delayed() + "}";
  }
}

package org.boundarykit;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The engine's answer for one contact: what to do now, the words to use when words are needed,
 * and why.
 */
@Value.Immutable
public abstract class Recommendation {

  Recommendation() {}

  static ImmutableRecommendation.Builder builder() {
    return ImmutableRecommendation.builder();
  }

  /** {@return what the user should do now} */
  public abstract Action action();

  /** {@return the ladder step, if the action is on the ladder} */
  public abstract Optional<EscalationStep> step();

  /** {@return what to do next, after the primary action, in order} */
  public abstract List<Action> followUps();

  /** {@return the contact's category (given, or read from the text)} */
  public abstract ContactCategory category();

  /** {@return the contact's practical topic, if any} */
  public abstract Optional<Topic> topic();

  /** {@return the contact's safety level} */
  public abstract Safety safety();

  /** {@return the script to send, if the action is to reply or to tell friends} */
  public abstract Optional<RenderedScript> script();

  /** {@return other variants of the script, if the user prefers different words} */
  public abstract List<RenderedScript> alternatives();

  /** {@return technology steps for the contact's channel and the advised actions} */
  public abstract List<String> techSteps();

  /** {@return a self-care line, from the user's own reasons when they gave some} */
  public abstract Optional<String> selfCare();

  /** {@return a message to ask a friend or relative for support} */
  public abstract Optional<String> support();

  /** {@return help lines for the user's region; present whenever safety is not NONE} */
  public abstract List<SafetyResource> resources();

  /** {@return the strategies the recommendation rests on} */
  public abstract List<Strategy> strategies();

  /** {@return the general-guidance notice, where legal or crisis matters are involved} */
  public abstract Optional<String> notice();

  /** {@return why} */
  public abstract Explanation explanation();
}

package org.boundarykit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer for one contact: what to do now, the words to use when words are needed,
 * and why.
 *
 * <p>Immutable and safe to share between threads. The script is rendered when the recommendation
 * is made; the {@linkplain #alternatives() alternatives}, the {@linkplain #selfCare() self-care
 * line} and the {@linkplain #support() support line} are rendered on first access to any of them
 * (or to {@code equals}, {@code hashCode} or {@code toString}), once: every later call, from any
 * thread, returns the same values. Two recommendations are equal when every attribute is equal.
 */
public abstract class Recommendation {

  Recommendation() {}

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

  /**
   * The question to ask the user, when the action is {@link Action#ASK_USER}: the message could not
   * be read with confidence, so the user says what it is about and the app asks the engine again
   * with the chosen {@link ReadingQuestion.Choice} as labels.
   *
   * @return the question; present exactly when the action is {@code ASK_USER}
   */
  public abstract Optional<ReadingQuestion> question();

  /** {@return why} */
  public abstract Explanation explanation();

  @Override
  public final boolean equals(@Nullable Object another) {
    return this == another
        || (another instanceof Recommendation o
            && action() == o.action()
            && step().equals(o.step())
            && followUps().equals(o.followUps())
            && category() == o.category()
            && topic().equals(o.topic())
            && safety() == o.safety()
            && script().equals(o.script())
            && alternatives().equals(o.alternatives())
            && techSteps().equals(o.techSteps())
            && selfCare().equals(o.selfCare())
            && support().equals(o.support())
            && resources().equals(o.resources())
            && strategies().equals(o.strategies())
            && notice().equals(o.notice())
            && question().equals(o.question())
            && explanation().equals(o.explanation()));
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + action().hashCode();
    h += (h << 5) + Objects.hashCode(step().orElse(null));
    h += (h << 5) + followUps().hashCode();
    h += (h << 5) + category().hashCode();
    h += (h << 5) + Objects.hashCode(topic().orElse(null));
    h += (h << 5) + safety().hashCode();
    h += (h << 5) + Objects.hashCode(script().orElse(null));
    h += (h << 5) + alternatives().hashCode();
    h += (h << 5) + techSteps().hashCode();
    h += (h << 5) + Objects.hashCode(selfCare().orElse(null));
    h += (h << 5) + Objects.hashCode(support().orElse(null));
    h += (h << 5) + resources().hashCode();
    h += (h << 5) + strategies().hashCode();
    h += (h << 5) + Objects.hashCode(notice().orElse(null));
    h += (h << 5) + Objects.hashCode(question().orElse(null));
    h += (h << 5) + explanation().hashCode();
    return h;
  }

  /** {@return every attribute, absent ones left out} */
  @Override
  public final String toString() {
    StringBuilder out = new StringBuilder("Recommendation{");
    out.append("action=").append(action());
    step().ifPresent(v -> out.append(", step=").append(v));
    out.append(", followUps=").append(followUps());
    out.append(", category=").append(category());
    topic().ifPresent(v -> out.append(", topic=").append(v));
    out.append(", safety=").append(safety());
    script().ifPresent(v -> out.append(", script=").append(v));
    out.append(", alternatives=").append(alternatives());
    out.append(", techSteps=").append(techSteps());
    selfCare().ifPresent(v -> out.append(", selfCare=").append(v));
    support().ifPresent(v -> out.append(", support=").append(v));
    out.append(", resources=").append(resources());
    out.append(", strategies=").append(strategies());
    notice().ifPresent(v -> out.append(", notice=").append(v));
    question().ifPresent(v -> out.append(", question=").append(v));
    out.append(", explanation=").append(explanation());
    return out.append('}').toString();
  }
}

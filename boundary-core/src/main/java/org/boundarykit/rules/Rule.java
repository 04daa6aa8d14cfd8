package org.boundarykit.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.Action;
import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

/**
 * One row of a {@link DecisionTable}: conditions over the situation, and the outcome.
 *
 * <p>Conditions: an empty set means any value; an empty optional means either. A row matches when
 * every condition holds. {@code topicAllowed} is true when the contact has a topic the plan allows;
 * {@code channelAllowed} when the plan allows its channel; {@code lateNight} when it arrived in the
 * table's late-night window, in the plan's time zone; {@code asks} when the message asks the
 * reader for something (a reading that does not tell counts as asking, see {@link
 * org.boundarykit.spi.Classification#asks()}).
 *
 * <p>Outcome: the action, the ladder step (if the action is on the ladder), follow-up actions,
 * the purpose of the script to send (for replies and messages to friends), the ids of the
 * strategies the outcome rests on, and the reason in plain words.
 */
@Value.Immutable
public abstract class Rule {

  Rule() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id}, {@code action} and {@code reason} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the row's id, unique in its table} */
  public abstract String id();

  /** {@return the categories it matches; empty means any} */
  public abstract Set<ContactCategory> categories();

  /** {@return the safety levels it matches; empty means any} */
  public abstract Set<Safety> safety();

  /** {@return the contact levels it matches; empty means any} */
  public abstract Set<ContactLevel> levels();

  /** {@return the channels it matches; empty means any} */
  public abstract Set<Channel> channels();

  /** {@return the ladder positions it matches; empty means any} */
  public abstract Set<LadderPosition> ladder();

  /** {@return whether the contact's topic must be allowed (true) or not (false); empty: either} */
  public abstract Optional<Boolean> topicAllowed();

  /** {@return whether the contact's channel must be allowed (true) or not (false); empty: either} */
  public abstract Optional<Boolean> channelAllowed();

  /** {@return whether the contact must be late at night (true) or not (false); empty: either} */
  public abstract Optional<Boolean> lateNight();

  /** {@return whether the message must ask something of the reader, or either if empty} */
  public abstract Optional<Boolean> asks();

  /** {@return the action to recommend} */
  public abstract Action action();

  /** {@return the ladder step, if the action is on the ladder} */
  public abstract Optional<EscalationStep> step();

  /** {@return actions to take after the primary one} */
  public abstract List<Action> followUps();

  /** {@return the purpose of the script to send, if the outcome sends one} */
  public abstract Optional<ScriptPurpose> script();

  /**
   * {@return the kinds of help line shown first}, in this order, before the region's other lines;
   * empty keeps the pack's order (the emergency number first). A rule that names kinds shows the
   * region's help lines at every safety level, so a rule for legal help can show the legal-aid
   * lines, which name the region's protective orders, even when the contact itself is not
   * dangerous.
   */
  public abstract List<ResourceKind> resourcesFirst();

  /** {@return ids of the strategies the outcome rests on} */
  public abstract List<String> strategies();

  /** {@return the reason for the outcome, in plain words} */
  public abstract String reason();

  @Value.Check
  final void check() {
    if (!IdSyntax.isId(id())) {
      throw new IllegalArgumentException("rule.id: 1 to 80 letters, digits, '.', '_' or '-', but got \"" + id() + "\"");
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("rule " + id() + ".reason: must not be blank");
    }
  }

  /** Builds a {@link Rule}. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }
}

package org.boundarykit.benchmarks;

import java.util.function.Predicate;
import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Safety;
import org.boundarykit.content.ContentPack;
import org.boundarykit.rules.LadderPosition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The default policy in Easy Rules 4.1, written as its documentation recommends at its fastest:
 * lambda conditions, priorities in table order, skip on the first applied rule.
 */
final class EasyRulesPolicy extends Baseline {
  private static final String SITUATION = "situation";
  private static final String WINNER = "winner";

  private final Rules rules = new Rules();
  private final RulesEngine engine =
      new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

  EasyRulesPolicy(ContentPack pack) {
    super(pack);
    add("urgent-self-harm", s -> s.safety == Safety.URGENT && s.category == ContactCategory.SELF_HARM_THREAT);
    add("urgent-threat", s -> s.safety == Safety.URGENT);
    add("self-harm-concern", s -> s.safety == Safety.CONCERN && s.category == ContactCategory.SELF_HARM_THREAT);
    add("concern-after-block", s -> s.safety == Safety.CONCERN
        && (s.ladder == LadderPosition.BLOCKED || s.ladder == LadderPosition.LEGAL_DUE));
    add("concern-co-parent", s -> s.safety == Safety.CONCERN && s.level == ContactLevel.LOGISTICS_ONLY && s.channelOk);
    add("concern", s -> s.safety == Safety.CONCERN);
    add("logistics-with-attack", s -> (s.category == ContactCategory.GUILT_TRIP_PUSHBACK
        || s.category == ContactCategory.DRAMA_CRISIS_BAIT) && s.level != ContactLevel.NO_CONTACT && s.topicOk
        && s.channelOk && s.asks);
    add("logistics-update", s -> s.category == ContactCategory.LEGITIMATE_LOGISTICS
        && s.level != ContactLevel.NO_CONTACT && s.topicOk && s.channelOk && !s.asks);
    add("logistics-allowed", s -> (s.category == ContactCategory.LEGITIMATE_LOGISTICS
        || s.category == ContactCategory.PRETEXT_LOGISTICS) && s.level != ContactLevel.NO_CONTACT && s.topicOk && s.channelOk);
    add("after-block", s -> s.ladder == LadderPosition.BLOCKED);
    add("legal", s -> s.ladder == LadderPosition.LEGAL_DUE);
    add("limited-within", s -> s.level == ContactLevel.LIMITED && s.channelOk && !s.late
        && (s.category == ContactCategory.FRIENDSHIP_CHECK_IN || s.category == ContactCategory.SPECIAL_OCCASION
            || s.category == ContactCategory.OTHER));
    add("social-interaction", s -> s.channel == Channel.SOCIAL_INTERACTION && s.ladder != LadderPosition.BLOCK_DUE);
    add("via-mutual-friend", s -> s.channel == Channel.VIA_MUTUAL_FRIEND);
    add("special-occasion", s -> s.category == ContactCategory.SPECIAL_OCCASION
        && (s.ladder == LadderPosition.STATED || s.ladder == LadderPosition.RESTATED));
    add("late-night-first", s -> s.late && s.ladder == LadderPosition.NOT_STATED
        && (s.category == ContactCategory.LATE_NIGHT || s.category == ContactCategory.NOSTALGIA_HOOVER
            || s.category == ContactCategory.FRIENDSHIP_CHECK_IN));
    add("state-boundary", s -> s.ladder == LadderPosition.NOT_STATED);
    add("restate", s -> s.ladder == LadderPosition.STATED);
    add("final-notice", s -> s.ladder == LadderPosition.RESTATED);
    add("no-response", s -> s.ladder == LadderPosition.FINAL_NOTICE_GIVEN);
    add("mute", s -> s.ladder == LadderPosition.MUTE_DUE);
    add("co-parent-restrict", s -> s.level == ContactLevel.LOGISTICS_ONLY && s.channelOk
        && s.ladder == LadderPosition.BLOCK_DUE);
    add("block", s -> s.ladder == LadderPosition.BLOCK_DUE);
  }

  private void add(String id, Predicate<Situation> when) {
    int index = ruleIndex(id);
    rules.register(new RuleBuilder()
        .name(id)
        .priority(index)
        .when(facts -> when.test(facts.get(SITUATION)))
        .then(facts -> facts.put(WINNER, index))
        .build());
  }

  @Override
  int decide(Situation s) {
    Facts facts = new Facts();
    facts.put(SITUATION, s);
    engine.fire(rules, facts);
    Integer winner = facts.get(WINNER);
    return winner;
  }
}

package org.boundarykit.benchmarks;

import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Safety;
import org.boundarykit.content.ContentPack;
import org.boundarykit.rules.LadderPosition;

/** The default policy as plain if/else: the floor. */
final class HandWritten extends Baseline {
  private final int urgentSelfHarm, urgentThreat, selfHarmConcern, concernAfterBlock, concern, update, logistics, afterBlock, legal, social,
      viaFriend, specialOccasion, lateNightFirst, state, restate, finalNotice, noResponse, mute, block, concernCoParent, withAttack, limitedWithin, coParentRestrict;

  HandWritten(ContentPack pack) {
    super(pack);
    urgentSelfHarm = ruleIndex("urgent-self-harm");
    urgentThreat = ruleIndex("urgent-threat");
    selfHarmConcern = ruleIndex("self-harm-concern");
    concernAfterBlock = ruleIndex("concern-after-block");
    concern = ruleIndex("concern");
    update = ruleIndex("logistics-update");
    logistics = ruleIndex("logistics-allowed");
    afterBlock = ruleIndex("after-block");
    legal = ruleIndex("legal");
    social = ruleIndex("social-interaction");
    viaFriend = ruleIndex("via-mutual-friend");
    specialOccasion = ruleIndex("special-occasion");
    lateNightFirst = ruleIndex("late-night-first");
    state = ruleIndex("state-boundary");
    restate = ruleIndex("restate");
    finalNotice = ruleIndex("final-notice");
    noResponse = ruleIndex("no-response");
    mute = ruleIndex("mute");
    block = ruleIndex("block");
    concernCoParent = ruleIndex("concern-co-parent");
    withAttack = ruleIndex("logistics-with-attack");
    limitedWithin = ruleIndex("limited-within");
    coParentRestrict = ruleIndex("co-parent-restrict");
  }

  @Override
  int decide(Situation s) {
    if (s.safety == Safety.URGENT) {
      return s.category == ContactCategory.SELF_HARM_THREAT ? urgentSelfHarm : urgentThreat;
    }
    if (s.safety == Safety.CONCERN) {
      if (s.category == ContactCategory.SELF_HARM_THREAT) {
        return selfHarmConcern;
      }
      if (s.ladder == LadderPosition.BLOCKED || s.ladder == LadderPosition.LEGAL_DUE) {
        return concernAfterBlock;
      }
      return s.level == ContactLevel.LOGISTICS_ONLY && s.channelOk ? concernCoParent : concern;
    }
    if ((s.category == ContactCategory.GUILT_TRIP_PUSHBACK || s.category == ContactCategory.DRAMA_CRISIS_BAIT)
        && s.level != ContactLevel.NO_CONTACT && s.topicOk && s.channelOk && s.asks) {
      return withAttack;
    }
    if ((s.category == ContactCategory.LEGITIMATE_LOGISTICS || s.category == ContactCategory.PRETEXT_LOGISTICS)
        && s.level != ContactLevel.NO_CONTACT && s.topicOk && s.channelOk) {
      return s.category == ContactCategory.LEGITIMATE_LOGISTICS && !s.asks ? update : logistics;
    }
    if (s.ladder == LadderPosition.BLOCKED) {
      return afterBlock;
    }
    if (s.ladder == LadderPosition.LEGAL_DUE) {
      return legal;
    }
    if (s.level == ContactLevel.LIMITED && s.channelOk && !s.late
        && (s.category == ContactCategory.FRIENDSHIP_CHECK_IN || s.category == ContactCategory.SPECIAL_OCCASION
            || s.category == ContactCategory.OTHER)) {
      return limitedWithin;
    }
    if (s.channel == Channel.SOCIAL_INTERACTION && s.ladder != LadderPosition.BLOCK_DUE) {
      return social;
    }
    if (s.channel == Channel.VIA_MUTUAL_FRIEND) {
      return viaFriend;
    }
    if (s.category == ContactCategory.SPECIAL_OCCASION
        && (s.ladder == LadderPosition.STATED || s.ladder == LadderPosition.RESTATED)) {
      return specialOccasion;
    }
    if (s.late && s.ladder == LadderPosition.NOT_STATED
        && (s.category == ContactCategory.LATE_NIGHT || s.category == ContactCategory.NOSTALGIA_HOOVER
            || s.category == ContactCategory.FRIENDSHIP_CHECK_IN)) {
      return lateNightFirst;
    }
    switch (s.ladder) {
      case NOT_STATED: return state;
      case STATED: return restate;
      case RESTATED: return finalNotice;
      case FINAL_NOTICE_GIVEN: return noResponse;
      case MUTE_DUE: return mute;
      default: return s.level == ContactLevel.LOGISTICS_ONLY && s.channelOk ? coParentRestrict : block;
    }
  }
}

package org.boundarykit;

import static org.boundarykit.Action.*;
import static org.boundarykit.rules.LadderPosition.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.Rule;

/**
 * The default policy of the domain reference, built in code with a small test-only content set,
 * so logic tests do not depend on the shipped content.
 */
final class TestPolicy {
  private TestPolicy() {}

  static List<Rule> rules() {
    return List.of(
        rule("urgent-self-harm", CONTACT_EMERGENCY_SERVICES, null)
            .addCategories(ContactCategory.SELF_HARM_THREAT).addSafety(Safety.URGENT)
            .addFollowUps(DOCUMENT).addStrategies("self-harm").build(),
        rule("urgent-threat", CONTACT_EMERGENCY_SERVICES, EscalationStep.LEGAL)
            .addSafety(Safety.URGENT).addFollowUps(DOCUMENT, SEEK_LEGAL_HELP).addStrategies("safety").build(),
        rule("concern-after-block", SEEK_LEGAL_HELP, EscalationStep.LEGAL)
            .addSafety(Safety.CONCERN).addLadder(BLOCKED, LEGAL_DUE).addFollowUps(DOCUMENT).build(),
        rule("concern", DOCUMENT, EscalationStep.DOCUMENT)
            .addSafety(Safety.CONCERN).addFollowUps(BLOCK, SEEK_LEGAL_HELP).addStrategies("safety").build(),
        rule("logistics", REPLY_LOGISTICS, null)
            .addCategories(ContactCategory.LEGITIMATE_LOGISTICS, ContactCategory.PRETEXT_LOGISTICS)
            .addLevels(ContactLevel.LOGISTICS_ONLY, ContactLevel.LIMITED)
            .topicAllowed(true).channelAllowed(true)
            .script(ScriptPurpose.LOGISTICS).build(),
        rule("after-block", DOCUMENT, EscalationStep.DOCUMENT).addLadder(BLOCKED).addFollowUps(SEEK_LEGAL_HELP).build(),
        rule("legal", SEEK_LEGAL_HELP, EscalationStep.LEGAL).addLadder(LEGAL_DUE).addFollowUps(DOCUMENT).build(),
        rule("social", MUTE, EscalationStep.MUTE)
            .addChannels(Channel.SOCIAL_INTERACTION)
            .addLadder(NOT_STATED, STATED, RESTATED, FINAL_NOTICE_GIVEN, MUTE_DUE).build(),
        rule("via-friend", TELL_FRIENDS, null)
            .addChannels(Channel.VIA_MUTUAL_FRIEND).script(ScriptPurpose.TELL_FRIENDS).build(),
        rule("special-occasion", NO_REPLY, EscalationStep.NO_RESPONSE)
            .addCategories(ContactCategory.SPECIAL_OCCASION).addLadder(STATED, RESTATED).build(),
        rule("state", REPLY, EscalationStep.STATE_BOUNDARY)
            .addLadder(NOT_STATED).script(ScriptPurpose.STATE_BOUNDARY).addStrategies("state-once").build(),
        rule("restate", REPLY, EscalationStep.RESTATE).addLadder(STATED).script(ScriptPurpose.RESTATE).build(),
        rule("final", REPLY, EscalationStep.FINAL_NOTICE).addLadder(RESTATED).script(ScriptPurpose.FINAL_NOTICE).build(),
        rule("no-response", NO_REPLY, EscalationStep.NO_RESPONSE).addLadder(FINAL_NOTICE_GIVEN).build(),
        rule("mute", MUTE, EscalationStep.MUTE).addLadder(MUTE_DUE).build(),
        rule("block", BLOCK, EscalationStep.BLOCK).addLadder(BLOCK_DUE).addFollowUps(DOCUMENT).build());
  }

  static Rule.Builder rule(String id, Action action, EscalationStep step) {
    Rule.Builder b = Rule.builder();
    b.id(id).action(action).reason("because " + id);
    if (step != null) {
      b.step(step);
    }
    return b;
  }

  static DecisionTable table() {
    return DecisionTable.builder().rules(rules()).thresholds(EscalationThresholds.of(3, 5, 3)).build();
  }

  static List<Script> scripts() {
    List<Script> scripts = new ArrayList<>();
    for (ScriptPurpose purpose : List.of(ScriptPurpose.STATE_BOUNDARY, ScriptPurpose.RESTATE, ScriptPurpose.FINAL_NOTICE)) {
      for (int i = 1; i <= 3; i++) {
        scripts.add(script(purpose.name().toLowerCase(java.util.Locale.ROOT) + "-" + i, Audience.EX, purpose,
            "[{exName}, ]" + purpose + " variant " + i + "."));
      }
    }
    scripts.add(Script.builder().id("restate-guilt").audience(Audience.EX).purpose(ScriptPurpose.RESTATE)
        .addCategories(ContactCategory.GUILT_TRIP_PUSHBACK).text("[{exName}, ]guilt restate.").addPlaceholders("exName").build());
    for (LogisticsReply reply : LogisticsReply.values()) {
      for (int i = 1; i <= 2; i++) {
        String name = reply.name().toLowerCase(java.util.Locale.ROOT);
        scripts.add(Script.builder().from(script("logistics-" + name + "-" + i, Audience.EX, ScriptPurpose.LOGISTICS,
            name + " " + i + "[ about {matter}][ at {time}][ in {place}][, or {alternative}][; need {detail}]."))
            .reply(reply).build());
      }
    }
    for (int i = 1; i <= 3; i++) {
      scripts.add(script("friends-" + i, Audience.FRIEND, ScriptPurpose.TELL_FRIENDS, "Please don't pass messages " + i + "."));
    }
    scripts.add(script("support-1", Audience.FRIEND, ScriptPurpose.SUPPORT, "Can I call you if I'm tempted?"));
    scripts.add(script("self-1", Audience.SELF, ScriptPurpose.SELF_CARE, "Protecting your peace is self-respect."));
    scripts.add(script("why-1", Audience.SELF, ScriptPurpose.REMEMBER_WHY, "You chose this because {reasons}."));
    return scripts;
  }

  private static Script script(String id, Audience audience, ScriptPurpose purpose, String text) {
    Script.Builder b = Script.builder().id(id).audience(audience).purpose(purpose).text(text);
    if (purpose == ScriptPurpose.LOGISTICS) {
      b.reply(LogisticsReply.ACKNOWLEDGE); // replaced by the caller
    }
    for (String name : org.boundarykit.internal.Template.NAMES) {
      if (text.contains("{" + name + "}")) {
        b.addPlaceholders(name);
      }
    }
    return b.build();
  }

  static List<Strategy> strategies() {
    return List.of(
        Strategy.builder().id("self-harm").title("Self-harm threats").summary("Take it seriously.").build(),
        Strategy.builder().id("safety").title("Safety first").summary("Safety before anything.").build(),
        Strategy.builder().id("state-once").title("State it once").summary("One clear message.").build());
  }

  static List<SafetyResource> resources() {
    LocalDate checked = LocalDate.of(2026, 11, 1);
    return List.of(
        SafetyResource.builder().id("us-emergency").addRegions("US").kind(ResourceKind.EMERGENCY)
            .name("Emergency").contact("911").lastChecked(checked).build(),
        SafetyResource.builder().id("any-emergency").addRegions(SafetyResource.ANY_REGION).kind(ResourceKind.EMERGENCY)
            .name("Emergency").contact("your local emergency number").lastChecked(checked).build());
  }

  static List<TechStep> techSteps() {
    return List.of(
        TechStep.builder().id("mute-text").addChannels(Channel.TEXT).addActions(MUTE).text("Mute the thread.").build(),
        TechStep.builder().id("block-number").addChannels(Channel.TEXT, Channel.CALL).addActions(BLOCK).text("Block the number.").build(),
        TechStep.builder().id("keep-record").addActions(DOCUMENT).text("Keep a dated record.").build(),
        TechStep.builder().id("plan-first").stage(TechStage.GET_SAFE).addSafety(Safety.CONCERN, Safety.URGENT)
            .text("Make a safety plan first.").build(),
        TechStep.builder().id("device-first").stage(TechStage.GET_SAFE).exMaySeeDevices(true)
            .text("Look for help from a device they cannot see.").build());
  }

  /** English words for topics and channels. */
  static Wording wording() {
    Wording.Builder b = Wording.builder().locale("en").and("and");
    for (Topic topic : Topic.values()) {
      b.putTopics(topic, "the " + topic.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (Channel channel : Channel.values()) {
      b.putChannels(channel, channel.name().toLowerCase(java.util.Locale.ROOT) + "s");
    }
    return b.build();
  }

  static BoundaryEngine.Builder engineBuilder() {
    return BoundaryEngine.builder()
        .wordings(List.of(wording()))
        .table(table())
        .scripts(scripts())
        .strategies(strategies())
        .resources(resources())
        .techSteps(techSteps())
        .notice("General guidance, not legal or clinical advice.");
  }

  static BoundaryEngine engine() {
    return engineBuilder().build();
  }
}

package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Building an engine verifies the table and the content, and names the rows and ids at fault. */
class TableVerificationTest {

  // ---- helpers ------------------------------------------------------------------------------

  private static List<String> problems(BoundaryEngine.Builder builder) {
    EngineConfigurationException e = catchThrowableOfType(EngineConfigurationException.class, builder::build);
    assertThat(e).as("the build should be refused").isNotNull();
    assertThat(e.problems()).isNotEmpty();
    for (String problem : e.problems()) {
      assertThat(e.getMessage()).contains(problem);
    }
    return e.problems();
  }

  private static List<String> problemsWithRules(List<Rule> rules) {
    return problems(TestPolicy.engineBuilder().table(DecisionTable.builder().rules(rules).build()));
  }

  private static List<String> problemsWithScripts(List<Script> scripts) {
    return problems(TestPolicy.engineBuilder().scripts(scripts));
  }

  private static List<Rule> without(List<Rule> rules, String... ids) {
    Set<String> drop = Set.of(ids);
    List<Rule> kept = rules.stream().filter(r -> !drop.contains(r.id())).toList();
    assertThat(kept).hasSize(rules.size() - ids.length);
    return kept;
  }

  private static List<Rule> replacing(List<Rule> rules, Rule replacement) {
    List<Rule> out = new ArrayList<>(rules);
    int at = indexOf(rules, replacement.id());
    out.set(at, replacement);
    return out;
  }

  private static List<Rule> inserting(List<Rule> rules, String afterId, Rule row) {
    List<Rule> out = new ArrayList<>(rules);
    out.add(indexOf(rules, afterId) + 1, row);
    return out;
  }

  private static int indexOf(List<Rule> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static Rule rule(String id) {
    return TestPolicy.rules().get(indexOf(TestPolicy.rules(), id));
  }

  private static List<Script> scriptsPlus(Script... more) {
    List<Script> scripts = new ArrayList<>(TestPolicy.scripts());
    scripts.addAll(Arrays.asList(more));
    return scripts;
  }

  private static Script script(String id, ScriptPurpose purpose, String text, String... declared) {
    return Script.builder().id(id).audience(Audience.EX).purpose(purpose).text(text).addPlaceholders(declared).build();
  }

  // ---- the default policy ------------------------------------------------------------------

  @Test
  void theTestPolicyVerifiesClean() {
    assertThat(new CompiledTable(TestPolicy.table()).verify()).isEmpty();
    BoundaryEngine engine = TestPolicy.engine();
    assertThat(engine.table()).isEqualTo(TestPolicy.table());
  }

  @Test
  void anEngineWithoutStrategiesBuildsWhenNoRuleCitesOneButNeverWithoutAFallbackResource() {
    List<Rule> rules = TestPolicy.rules().stream()
        .map(r -> Rule.builder().from(r).strategies(List.of()).build()).toList();
    BoundaryEngine.Builder builder =
        BoundaryEngine.builder().table(DecisionTable.builder().rules(rules).build()).scripts(TestPolicy.scripts())
            .wordings(List.of(TestPolicy.wording()));
    assertThat(problems(builder)).singleElement().asString().startsWith("resources: no fallback entry");
    assertThat(builder.resources(TestPolicy.resources()).build().table().rules()).hasSize(rules.size());
  }

  @Test
  void aReplyPurposeWithASingleScriptIsRefused() {
    List<Script> scripts = new ArrayList<>(TestPolicy.scripts());
    scripts.removeIf(s -> s.purpose() == ScriptPurpose.FINAL_NOTICE && !s.id().endsWith("-1"));
    assertThat(problems(TestPolicy.engineBuilder().scripts(scripts)))
        .containsExactly("rule final.script: only one FINAL_NOTICE script for the default locale \"en\"; at least two"
            + " are needed so the same words are never sent twice in a row");
  }

  @Test
  void aTableIsRequired() {
    assertThatThrownBy(() -> BoundaryEngine.builder().scripts(TestPolicy.scripts()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("table:");
    assertThatIllegalArgumentException().isThrownBy(() -> DecisionTable.builder().build())
        .withMessage("table.rules: must not be empty");
  }

  // ---- the table -------------------------------------------------------------------------------

  @Test
  void aGapIsRefusedNamingTheUncoveredSituations() {
    List<String> problems = problemsWithRules(without(TestPolicy.rules(), "mute", "block"));
    assertThat(problems).hasSize(6);
    assertThat(problems.subList(0, 5)).allSatisfy(p -> assertThat(p).startsWith("no rule covers the situation category="));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("ladder=" + LadderPosition.MUTE_DUE));
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("ladder=" + LadderPosition.BLOCK_DUE));
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("safety=URGENT"));
    assertThat(problems.get(5)).matches("\\.\\.\\. and \\d+ more situations no rule covers");
  }

  @Test
  void aGapForOneChannelIsFound() {
    // the first statement only for texts: a first call, email or DM is left undecided
    Rule stateForText = Rule.builder().from(rule("state")).addChannels(Channel.TEXT).build();
    List<String> problems = problemsWithRules(replacing(TestPolicy.rules(), stateForText));
    assertThat(problems).first().asString()
        .startsWith("no rule covers the situation")
        .contains("ladder=NOT_STATED")
        .contains("channel=CALL");
  }

  @Test
  void aRowAfterACatchAllIsRefusedAsShadowed() {
    Rule catchAll = TestPolicy.rule("anything-else", Action.NO_REPLY, EscalationStep.NO_RESPONSE).build();
    List<String> problems = problemsWithRules(inserting(TestPolicy.rules(), "state", catchAll));
    assertThat(problems).containsExactly(
        "rule restate can never win: rows before it match every situation it matches",
        "rule final can never win: rows before it match every situation it matches",
        "rule no-response can never win: rows before it match every situation it matches",
        "rule mute can never win: rows before it match every situation it matches",
        "rule block can never win: rows before it match every situation it matches");
  }

  @Test
  void aRowCoveredByAnEarlierRowIsRefused() {
    // "social" covers SOCIAL_INTERACTION up to MUTE_DUE; a later row for SOCIAL_INTERACTION at STATED can never win
    Rule late = TestPolicy.rule("social-stated", Action.NO_REPLY, EscalationStep.NO_RESPONSE)
        .addChannels(Channel.SOCIAL_INTERACTION).addLadder(LadderPosition.STATED).build();
    List<String> problems = problemsWithRules(inserting(TestPolicy.rules(), "via-friend", late));
    assertThat(problems).containsExactly("rule social-stated can never win: rows before it match every situation it matches");
  }

  @ParameterizedTest
  @EnumSource(value = Action.class, names = {"REPLY", "REPLY_LOGISTICS", "TELL_FRIENDS", "NO_REPLY", "MUTE", "BLOCK"})
  void aRowAnsweringUrgentWithAReplyOrSilenceAloneIsRefused(Action action) {
    Rule.Builder unsafe = TestPolicy.rule("urgent-threat", action, null).addSafety(Safety.URGENT);
    switch (action) {
      case REPLY -> unsafe.script(ScriptPurpose.STATE_BOUNDARY);
      case REPLY_LOGISTICS -> unsafe.script(ScriptPurpose.LOGISTICS);
      case TELL_FRIENDS -> unsafe.script(ScriptPurpose.TELL_FRIENDS);
      default -> { }
    }
    List<String> problems = problemsWithRules(replacing(TestPolicy.rules(), unsafe.build()));
    // one problem for the rule, summarising every URGENT situation it answers unsafely
    assertThat(problems).singleElement().asString()
        .matches("rule urgent-threat answers an URGENT contact with " + action + " in \\d+ situations \\(for example .*")
        .contains("safety=URGENT");
  }

  @Test
  void aNarrowUnsafeUrgentRowIsFoundToo() {
    Rule friends = TestPolicy.rule("urgent-via-friend", Action.TELL_FRIENDS, null)
        .addSafety(Safety.URGENT).addChannels(Channel.VIA_MUTUAL_FRIEND).addCategories(ContactCategory.OTHER)
        .addLevels(ContactLevel.LIMITED).script(ScriptPurpose.TELL_FRIENDS).build();
    List<Rule> rules = new ArrayList<>(TestPolicy.rules());
    rules.add(0, friends);
    List<String> problems = problemsWithRules(rules);
    // 1 category x 1 level x 1 channel x 8 ladder positions x 16 flag combinations
    assertThat(problems).singleElement().asString()
        .startsWith("rule urgent-via-friend answers an URGENT contact with TELL_FRIENDS in 128 situations (for example ")
        .contains("category=OTHER", "level=LIMITED", "channel=VIA_MUTUAL_FRIEND");
  }

  @Test
  void aRuleCitingAMissingStrategyIsRefused() {
    Rule restate = Rule.builder().from(rule("restate")).addStrategies("no-such-strategy").build();
    assertThat(problemsWithRules(replacing(TestPolicy.rules(), restate)))
        .containsExactly("rule restate.strategies: no strategy with id \"no-such-strategy\"");
  }

  @Test
  void aRuleWhoseScriptPurposeHasNoScriptIsRefused() {
    List<Script> scripts = TestPolicy.scripts().stream()
        .filter(s -> s.purpose() != ScriptPurpose.FINAL_NOTICE).toList();
    assertThat(problemsWithScripts(scripts))
        .containsExactly("rule final.script: no FINAL_NOTICE script for the default locale \"en\"");
  }

  @Test
  void scriptsOnlyInAnotherLanguageDoNotCount() {
    List<Script> scripts = TestPolicy.scripts().stream()
        .map(s -> s.purpose() == ScriptPurpose.TELL_FRIENDS ? Script.builder().from(s).locale("de").build() : s)
        .toList();
    assertThat(problemsWithScripts(scripts))
        .containsExactly("rule via-friend.script: no TELL_FRIENDS script for the default locale \"en\"");
    // with German as the default locale, every other purpose is missing instead
    assertThat(problems(TestPolicy.engineBuilder().scripts(scripts).defaultLocale(Locale.GERMAN)))
        .contains("rule state.script: no STATE_BOUNDARY script for the default locale \"de\"")
        .noneSatisfy(p -> assertThat(p).startsWith("rule via-friend"));
  }

  @ParameterizedTest
  @EnumSource(value = Action.class, names = {"REPLY", "REPLY_LOGISTICS", "TELL_FRIENDS"})
  void aRuleThatSendsWordsNeedsAScriptPurpose(Action action) {
    Rule state = TestPolicy.rule("state", action, null).addLadder(LadderPosition.NOT_STATED).build();
    assertThat(problemsWithRules(replacing(TestPolicy.rules(), state)))
        .containsExactly("rule state: action " + action + " needs a script purpose");
  }

  @Test
  void duplicateRuleIdsAreRefused() {
    Rule restate = Rule.builder().from(rule("restate")).id("state").build();
    List<Rule> rules = new ArrayList<>(TestPolicy.rules());
    rules.set(indexOf(rules, "restate"), restate);
    assertThat(problemsWithRules(rules)).containsExactly("rule id \"state\" is used twice");
  }

  @Test
  void duplicateScriptIdsAreRefused() {
    Script again = script("restate-1", ScriptPurpose.RESTATE, "Another restatement.");
    assertThat(problemsWithScripts(scriptsPlus(again))).containsExactly("script id \"restate-1\" is used twice");
  }

  @Test
  void duplicateStrategyTechStepAndResourceIdsAreRefused() {
    List<Strategy> strategies = new ArrayList<>(TestPolicy.strategies());
    strategies.add(TestPolicy.strategies().get(0));
    List<TechStep> techSteps = new ArrayList<>(TestPolicy.techSteps());
    techSteps.add(TestPolicy.techSteps().get(1));
    List<SafetyResource> resources = new ArrayList<>(TestPolicy.resources());
    resources.add(TestPolicy.resources().get(1));
    assertThat(problems(TestPolicy.engineBuilder().strategies(strategies).techSteps(techSteps).resources(resources)))
        .containsExactly(
            "strategy id \"self-harm\" is used twice",
            "tech step id \"block-number\" is used twice",
            "resource id \"any-emergency\" is used twice");
  }

  @Test
  void aStepTheExCouldNoticeBeforeASafetyPlanIsRefused() {
    List<TechStep> withoutPlan = new ArrayList<>();
    for (TechStep step : TestPolicy.techSteps()) {
      if (!step.id().equals("plan-first")) {
        withoutPlan.add(step);
      }
    }
    withoutPlan.add(TechStep.builder().id("unfollow").addActions(Action.MUTE).noticeable(true)
        .addSafety(Safety.NONE).text("Unfollow them.").build());
    List<String> problems = problems(TestPolicy.engineBuilder().techSteps(withoutPlan));
    assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).satisfiesAnyOf(
        q -> assertThat(q).matches("tech step block-number: rule \\S+ shows it at safety (CONCERN|URGENT) on (TEXT|CALL)"
            + " with no GET_SAFE step before it; .*"),
        q -> assertThat(q).startsWith("... and ")));
    // the device step covers every level where the ex may see the devices, so the unfollow step
    // (NONE only) passes there; without it, the unfollow step is refused too
    withoutPlan.removeIf(step -> step.id().equals("device-first"));
    assertThat(problems(TestPolicy.engineBuilder().techSteps(withoutPlan)))
        .anySatisfy(p -> assertThat(p).startsWith("tech step unfollow: rule ")
            .contains("at safety NONE where the ex may see the user's devices"));
  }

  @Test
  void aGetSafeStepTheExCouldNoticeIsNoSafetyPlan() {
    // turning off location sharing is a step for getting safe, but the ex may notice it: it does not
    // stand in for a safety plan, so a block after it still has no safe step before it
    List<TechStep> steps = new ArrayList<>();
    steps.add(TechStep.builder().id("stop-sharing").stage(TechStage.GET_SAFE).addSafety(Safety.CONCERN, Safety.URGENT)
        .noticeable(true).text("Stop sharing your location.").build());
    for (TechStep step : TestPolicy.techSteps()) {
      if (!step.id().equals("plan-first")) {
        steps.add(step);
      }
    }
    assertThat(problems(TestPolicy.engineBuilder().techSteps(steps)))
        .anySatisfy(p -> assertThat(p).startsWith("tech step stop-sharing: rule "));
    steps.add(0, TechStep.builder().id("plan").stage(TechStage.GET_SAFE).addSafety(Safety.CONCERN, Safety.URGENT)
        .text("Make a safety plan.").build());
    assertThat(TestPolicy.engineBuilder().techSteps(steps).build()).isNotNull();
  }

  @Test
  void aStepForAPlatformIsShownOnlyWhenThePlanNamesIt() {
    List<TechStep> steps = new ArrayList<>(TestPolicy.techSteps());
    steps.add(TechStep.builder().id("whatsapp-mute").addChannels(Channel.TEXT).addActions(Action.MUTE)
        .addPlatforms("whatsapp").source("https://faq.whatsapp.com/").text("Mute the chat in WhatsApp.").build());
    BoundaryEngine engine = TestPolicy.engineBuilder().techSteps(steps).build();
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).build();
    Contact like = Situations.text(10, ContactCategory.NOSTALGIA_HOOVER);
    List<UserResponse> responses = new ArrayList<>(Situations.ladderTo(EscalationStep.FINAL_NOTICE));
    for (int i = 0; i < 3; i++) {
      responses.add(Situations.IGNORED);
    }
    ContactHistory muteDue = Situations.history(responses.toArray(new UserResponse[0]));
    Recommendation plain = engine.recommend(plan, muteDue, like);
    assertThat(plain.action()).isEqualTo(Action.MUTE);
    assertThat(plain.techSteps()).containsExactly("Mute the thread.");
    Recommendation withApp = engine.recommend(BoundaryPlan.builder().from(plan).addPlatforms("whatsapp").build(), muteDue, like);
    assertThat(withApp.techSteps()).containsExactly("Mute the thread.", "Mute the chat in WhatsApp.");
    Recommendation otherApp = engine.recommend(BoundaryPlan.builder().from(plan).addPlatforms("signal").build(), muteDue, like);
    assertThat(otherApp.techSteps()).containsExactly("Mute the thread.");
  }

  @Test
  void stepsAreShownInTheOrderOfTheirStageWhateverThePackOrder() {
    List<TechStep> reversed = new ArrayList<>(TestPolicy.techSteps());
    java.util.Collections.reverse(reversed);
    BoundaryEngine engine = TestPolicy.engineBuilder().techSteps(reversed).build();
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).build();
    Contact concern = Contact.builder().channel(Channel.TEXT).at(java.time.Instant.parse("2026-10-01T12:00:00Z"))
        .category(ContactCategory.THREAT_HARASSMENT).safety(Safety.CONCERN).build();
    assertThat(engine.recommend(plan, ContactHistory.empty(), concern).techSteps())
        .containsExactly("Make a safety plan first.", "Keep a dated record.", "Block the number.");
    BoundaryPlan seen = BoundaryPlan.builder().from(plan).exMaySeeDevices(true).build();
    // within a stage, the pack's order (here reversed)
    assertThat(engine.recommend(seen, ContactHistory.empty(), concern).techSteps()).containsExactly(
        "Look for help from a device they cannot see.", "Make a safety plan first.", "Keep a dated record.",
        "Block the number.");
    Contact ordinary = Contact.builder().from(concern).category(ContactCategory.FRIENDSHIP_CHECK_IN)
        .safety(Safety.NONE).build();
    Recommendation calm = engine.recommend(plan, ContactHistory.empty(), ordinary);
    assertThat(calm.techSteps()).isEmpty();
    assertThat(calm.resources()).isEmpty();
    Recommendation calmSeen = engine.recommend(seen, ContactHistory.empty(), ordinary);
    assertThat(calmSeen.techSteps()).containsExactly("Look for help from a device they cannot see.");
    assertThat(calmSeen.resources()).as("help lines at every level where the ex may see the devices").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"exName", "matter", "topic"})
  void aPlaceholderThatMayBeMissingMustStandInAnOptionalPart(String name) {
    Script bare = script("bare", ScriptPurpose.STATE_BOUNDARY, "{" + name + "}: I need space.", name);
    assertThat(problemsWithScripts(scriptsPlus(bare))).containsExactly(
        "script bare.text: {" + name + "} may have no value, so it must stand in an optional [...] part");
  }

  @Test
  void reasonsMayStandOutsideAnOptionalPartOnlyInARememberWhyLine() {
    Script selfCare = Script.builder().id("self-2").audience(Audience.SELF).purpose(ScriptPurpose.SELF_CARE)
        .text("Because {reasons}.").addPlaceholders("reasons").build();
    assertThat(problemsWithScripts(scriptsPlus(selfCare))).containsExactly(
        "script self-2.text: {reasons} may have no value, so it must stand in an optional [...] part");
  }

  @Test
  void unbalancedBracketsAreRefusedNamingTheScriptAndTheOffset() {
    Script open = script("open", ScriptPurpose.RESTATE, "[Hi {exName}, I need space.", "exName");
    Script close = script("close", ScriptPurpose.RESTATE, "Hi], I need space.");
    Script brace = script("brace", ScriptPurpose.RESTATE, "[Hi {exName, ]I need space.", "exName");
    assertThat(problemsWithScripts(scriptsPlus(open, close, brace))).containsExactly(
        "script open.text: '[' at offset 0 is never closed",
        "script close.text: ']' without '[' at offset 2",
        "script brace.text: '{' without '}' at offset 4");
  }

  @Test
  void anUnknownPlaceholderIsRefused() {
    Script nickname = script("nickname", ScriptPurpose.RESTATE, "[Hi {nickname}, ]I need space.");
    assertThat(problemsWithScripts(scriptsPlus(nickname))).singleElement().asString()
        .startsWith("script nickname.text: unknown placeholder {nickname} at offset 4");
  }

  @Test
  void declaringAnUnknownPlaceholderIsRefusedWhenTheScriptIsBuilt() {
    assertThatThrownBy(() -> script("nickname", ScriptPurpose.RESTATE, "[Hi {nickname}, ]I need space.", "nickname"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("script nickname.placeholders: unknown placeholder \"nickname\"; known: [allowedChannels, allowedTopics, alternative, channel, detail, exName, matter, place, reasons, time, topic]");
  }

  @Test
  void declaredPlaceholdersMustMatchTheOnesUsed() {
    Script more = script("more", ScriptPurpose.RESTATE, "[Hi {exName}, ]I need space.", "exName", "matter");
    Script fewer = script("fewer", ScriptPurpose.RESTATE, "[Hi {exName}, ]I need space.");
    assertThat(problemsWithScripts(scriptsPlus(more, fewer))).containsExactly(
        "script more.placeholders: declared [exName, matter] but the text uses [exName]",
        "script fewer.placeholders: declared [] but the text uses [exName]");
  }

  @Test
  void resourcesNeedAFallbackEntry() {
    List<SafetyResource> usOnly = TestPolicy.resources().stream()
        .filter(r -> !r.regions().contains(SafetyResource.ANY_REGION)).toList();
    assertThat(problems(TestPolicy.engineBuilder().resources(usOnly)))
        .containsExactly("resources: no fallback entry for region \"*\": every CONCERN or URGENT contact must come with help lines, also in regions with no entry of their own");
  }

  @Test
  void everyProblemIsListedAtOnce() {
    Rule restate = Rule.builder().from(rule("restate")).addStrategies("missing").build();
    List<Rule> rules = replacing(without(TestPolicy.rules(), "block"), restate);
    Script bad = script("bad", ScriptPurpose.RESTATE, "{exName}", "exName");
    List<String> problems = problems(TestPolicy.engineBuilder()
        .table(DecisionTable.builder().rules(rules).build())
        .scripts(scriptsPlus(bad, script("bad", ScriptPurpose.RESTATE, "ok")))
        .resources(List.of(TestPolicy.resources().get(0))));
    assertThat(problems)
        .contains(
            "script id \"bad\" is used twice",
            "script bad.text: {exName} may have no value, so it must stand in an optional [...] part",
            "rule restate.strategies: no strategy with id \"missing\"",
            "resources: no fallback entry for region \"*\": every CONCERN or URGENT contact must come with help lines, also in regions with no entry of their own")
        .anySatisfy(p -> assertThat(p).startsWith("no rule covers the situation").contains("ladder=BLOCK_DUE"));
    EngineConfigurationException e = catchThrowableOfType(EngineConfigurationException.class,
        () -> TestPolicy.engineBuilder().table(DecisionTable.builder().rules(rules).build()).build());
    assertThat(e.getMessage()).startsWith("Cannot build the engine, ").contains(" problems:\n  ");
  }
}

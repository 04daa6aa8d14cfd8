package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.boundarykit.Action;
import org.boundarykit.Audience;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.Safety;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.spi.ContactClassifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DefaultPackTest {

  private final ContentPack pack = ContentPack.defaults();

  @Test
  void theDefaultPackLoadsPassesLintAndBuildsAnEngine() {
    assertThat(pack.id()).isEqualTo("boundarykit-default");
    assertThat(pack.version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(pack.lint()).isEmpty();
    assertThat(pack.engine()).isNotNull();
    assertThat(ContentPack.defaults()).isSameAs(pack);
  }

  @Test
  void aPackBuildsItsEngineOnceAndValidationBuildsThatOne() {
    ContentPack fresh = ContentPack.load(ContentSource.classpath(
        ContentPack.class.getClassLoader(), "org/boundarykit/content/v1"));
    BoundaryEngine verified = fresh.validated().engine();
    assertThat(fresh.engine()).isSameAs(verified);
    assertThat(verified.classifier()).isSameAs(fresh.classifier());
    ContactClassifier none = ContactClassifier.unclassified();
    BoundaryEngine own = fresh.engine(none);
    assertThat(own).isNotSameAs(verified);
    assertThat(own.classifier()).isSameAs(none);
    assertThat(fresh.engine()).isSameAs(verified);
  }

  @Test
  void everyIdeaOfTheDomainReferenceHasAStrategyCitedByARule() {
    assertThat(pack.strategies()).extracting(s -> s.id()).contains(
        "decide-first", "state-once", "short-reason", "prepared-replies", "expect-pushback", "be-consistent",
        "use-technology", "mutual-friends", "unavoidable-contact", "lean-on-your-people", "remember-why",
        "enforce-consequences", "guilt-will-come");
    Set<String> cited = new HashSet<>();
    pack.rules().forEach(r -> cited.addAll(r.strategies()));
    assertThat(cited).containsAll(pack.strategies().stream().map(s -> s.id()).toList());
  }

  @Test
  void scriptsToTheExAreShortAndCoverEveryReplyPurpose() {
    Set<ScriptPurpose> purposes = EnumSet.noneOf(ScriptPurpose.class);
    for (Script s : pack.scripts()) {
      purposes.add(s.purpose());
      if (s.audience() == Audience.EX) {
        assertThat(s.text().replace("[", " ").replace("]", " ").trim().split("\\s+")).as(s.id()).hasSizeLessThanOrEqualTo(40);
      }
    }
    assertThat(purposes).containsAll(EnumSet.allOf(ScriptPurpose.class));
  }

  @Test
  void safetyResourcesCoverTheRequiredRegionsAndAFallback() {
    Set<String> regions = new HashSet<>();
    pack.resources().forEach(r -> regions.addAll(r.regions()));
    assertThat(regions).contains("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", SafetyResource.ANY_REGION);
    assertThat(pack.resources()).filteredOn(r -> r.regions().contains(SafetyResource.ANY_REGION))
        .allSatisfy(r -> assertThat(r.contact()).doesNotContainPattern("\\d"));
  }

  @TestFactory
  Stream<DynamicTest> everyShippedExampleGetsItsExpectedAction() {
    BoundaryEngine engine = pack.engine();
    assertThat(pack.examples()).hasSizeGreaterThanOrEqualTo(12);
    return pack.examples().stream().map(example -> DynamicTest.dynamicTest(example.id(), () -> {
      Recommendation r = engine.recommend(example.plan(), example.history(), example.contact());
      assertThat(r.action()).as(example.description()).isEqualTo(example.expectedAction());
      if (example.expectedStep().isPresent()) {
        assertThat(r.step()).as(example.description()).isEqualTo(example.expectedStep());
      }
      if (r.script().isPresent()) {
        assertThat(r.script().get().text()).doesNotContain("{", "}", "[", "]");
      }
    }));
  }

  private List<RenderedScript> scriptsOf(Recommendation r) {
    List<RenderedScript> all = new ArrayList<>();
    r.script().ifPresent(all::add);
    all.addAll(r.alternatives());
    return all;
  }

  @Test
  void aLogisticsOnlyUserWithUnwantedContactGetsAScriptWrittenForTheirLevel() {
    BoundaryEngine engine = pack.engine();
    Map<String, Script> byId = pack.scripts().stream().collect(Collectors.toMap(Script::id, Function.identity()));
    List<String> ids = List.of("logistics-only-unwanted-first", "logistics-only-unwanted-after-stated");
    List<ExampleSituation> examples = pack.examples().stream().filter(e -> ids.contains(e.id())).toList();
    assertThat(examples).hasSize(2);
    for (ExampleSituation example : examples) {
      assertThat(example.plan().level()).isEqualTo(ContactLevel.LOGISTICS_ONLY);
      Recommendation r = engine.recommend(example.plan(), example.history(), example.contact());
      assertThat(r.action()).as(example.id()).isEqualTo(Action.REPLY);
      assertThat(scriptsOf(r)).as(example.id()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(rendered -> {
        Script script = byId.get(rendered.scriptId());
        assertThat(script.levels()).as(rendered.scriptId()).contains(ContactLevel.LOGISTICS_ONLY);
        assertThat(rendered.text()).as(rendered.scriptId()).doesNotContain("{", "[")
            .doesNotContainIgnoringCase("don't contact me").doesNotContainIgnoringCase("no contact");
      });
    }
  }

  /**
   * Under LOGISTICS_ONLY or LIMITED, a ladder reply never tells the ex to stop all contact: it is
   * either written for the level or written for a practical (logistics) contact. Guards against a
   * category-specific no-contact script outranking the level-specific ones.
   */
  @Test
  void ladderRepliesUnderAPracticalBoundaryKeepThePracticalChannelOpen() {
    BoundaryEngine engine = pack.engine();
    Map<String, Script> byId = pack.scripts().stream().collect(Collectors.toMap(Script::id, Function.identity()));
    Set<ContactCategory> practical = EnumSet.of(ContactCategory.PRETEXT_LOGISTICS, ContactCategory.LEGITIMATE_LOGISTICS);
    List<EscalationStep> sent = List.of(EscalationStep.STATE_BOUNDARY, EscalationStep.RESTATE, EscalationStep.FINAL_NOTICE);
    int checked = 0;
    for (ContactLevel level : List.of(ContactLevel.LOGISTICS_ONLY, ContactLevel.LIMITED)) {
      BoundaryPlan plan = BoundaryPlan.builder().level(level).addTopics(Topic.CHILDREN).addChannels(Channel.TEXT)
          .exName("Jordan").build();
      for (int stage = 0; stage < sent.size(); stage++) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < stage; i++) {
          Contact earlier = Contact.builder().at(Instant.parse("2026-09-01T12:00:00Z").plusSeconds(86_400L * i))
              .channel(Channel.TEXT).category(ContactCategory.NOSTALGIA_HOOVER).build();
          entries.add(HistoryEntry.of(earlier, UserResponse.of(Action.REPLY, sent.get(i))));
        }
        ContactHistory history = ContactHistory.of(entries);
        for (ContactCategory category : ContactCategory.values()) {
          for (String at : List.of("2026-10-01T12:00:00Z", "2026-10-01T23:30:00Z")) {
            Contact contact = Contact.builder().at(Instant.parse(at)).channel(Channel.TEXT).category(category)
                .safety(Safety.NONE).build();
            Recommendation r = engine.recommend(plan, history, contact);
            if (r.action() == Action.REPLY && r.step().isEmpty()) {
              // a message a LIMITED boundary allows is no step over the line: an optional friendly answer
              assertThat(level).isEqualTo(ContactLevel.LIMITED);
              assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.purpose()).isEqualTo(ScriptPurpose.FRIENDLY));
              continue;
            }
            if (r.action() != Action.REPLY) {
              continue;
            }
            checked++;
            String situation = level + ", " + category + ", " + at + ", step " + r.step().orElseThrow();
            assertThat(r.step()).as(situation).contains(sent.get(stage));
            assertThat(scriptsOf(r)).as(situation).isNotEmpty().allSatisfy(rendered -> {
              Script script = byId.get(rendered.scriptId());
              assertThat(script.levels().contains(level) || practical.containsAll(script.categories())
                      && !script.categories().isEmpty())
                  .as(situation + ": " + rendered.scriptId() + " is neither for " + level + " nor for a practical contact")
                  .isTrue();
            });
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
  }
}

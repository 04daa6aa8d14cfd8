package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.boundarykit.internal.Ladder;
import org.boundarykit.rules.EscalationThresholds;
import org.junit.jupiter.api.Test;

/**
 * The parts of a recommendation rendered on first access (alternatives, self-care and support
 * lines, matched rules) hold the values an eager rendering gives, whatever the order and the
 * threads they are first read from; and the ladder facts a history keeps match a walk of it.
 */
class DeferredPartsTest {

  private static final BoundaryEngine ENGINE = TestPolicy.engine();

  private static BoundaryPlan plan() {
    return BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("US")
        .addReasons("I want to heal.").build();
  }

  @Test
  void deferredPartsHoldTheRenderedValues() {
    Recommendation r = ENGINE.recommend(plan(), ContactHistory.empty(), Situations.text(1, ContactCategory.NOSTALGIA_HOOVER));

    assertThat(r.script()).map(RenderedScript::text).contains("Sam, STATE_BOUNDARY variant 1.");
    assertThat(r.alternatives()).extracting(RenderedScript::scriptId).containsExactly("state_boundary-2", "state_boundary-3");
    assertThat(r.alternatives()).extracting(RenderedScript::text)
        .containsExactly("Sam, STATE_BOUNDARY variant 2.", "Sam, STATE_BOUNDARY variant 3.");
    assertThat(r.selfCare()).contains("You chose this because I want to heal.");
    assertThat(r.support()).contains("Can I call you if I'm tempted?");
    assertThat(r.explanation().matchedRules()).containsExactly("state");
    assertThat(r.toString()).contains("alternatives=[RenderedScript{scriptId=state_boundary-2")
        .contains("selfCare=You chose this because I want to heal.")
        .contains("explanation=Explanation{matchedRules=[state], winningRule=state");
  }

  @Test
  void alternativesNeverRepeatTheLastScriptSent() {
    Contact pickup = Contact.builder().from(Situations.text(0, ContactCategory.LEGITIMATE_LOGISTICS))
        .topic(Topic.CHILDREN).build();
    ContactHistory history = ContactHistory.empty().append(pickup,
        UserResponse.builder().action(Action.REPLY_LOGISTICS).scriptId("logistics-acknowledge-1").build());
    Contact next = Contact.builder().from(pickup).at(pickup.at().plusSeconds(7200)).build();
    Recommendation r = ENGINE.recommend(Situations.coParenting(), history, next);

    assertThat(r.action()).isEqualTo(Action.REPLY_LOGISTICS);
    assertThat(r.script()).map(RenderedScript::scriptId).contains("logistics-acknowledge-2");
    assertThat(r.alternatives()).extracting(RenderedScript::scriptId)
        .hasSize(3)
        .doesNotContain("logistics-acknowledge-1");
  }

  @Test
  void readingOrderDoesNotChangeAnyValue() {
    for (Situation s : situations()) {
      Recommendation first = s.recommend();
      Recommendation second = s.recommend();
      String text = first.toString(); // everything at once
      second.explanation().matchedRules(); // then part by part, in another order
      second.support();
      second.alternatives();
      second.selfCare();

      assertThat(second.toString()).isEqualTo(text);
      assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(first.explanation()).isEqualTo(second.explanation()).hasSameHashCodeAs(second.explanation());
    }
  }

  @Test
  void everyThreadSeesTheSameDeferredValues() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Situation s : situations()) {
        Recommendation r = s.recommend();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Object>>> seen = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          seen.add(pool.submit(() -> {
            start.await();
            return List.of(r.alternatives(), r.selfCare().orElse(""), r.support().orElse(""),
                r.explanation().matchedRules());
          }));
        }
        start.countDown();
        List<Object> expected = seen.get(0).get(10, TimeUnit.SECONDS);
        for (Future<List<Object>> other : seen) {
          List<Object> got = other.get(10, TimeUnit.SECONDS);
          for (int i = 0; i < expected.size(); i++) {
            assertThat(got.get(i)).isSameAs(expected.get(i));
          }
        }
        assertThat(s.recommend()).isEqualTo(r);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLadderFactsAHistoryKeepsMatchAWalkOfIt() {
    EscalationThresholds thresholds = EscalationThresholds.of(3, 5, 3);
    for (Situation s : situations()) {
      ContactHistory h = s.history();
      assertThat(h.ladder(thresholds)).isEqualTo(Ladder.position(h.entries(), thresholds));
      assertThat(ContactHistory.of(h.entries()).ladder(thresholds)).isEqualTo(h.ladder(thresholds));
      assertThat(h.lastScriptSent()).isEqualTo(Ladder.lastScriptSent(h.entries()).orElse(null));
    }
  }

  private record Situation(BoundaryPlan plan, ContactHistory history, Contact contact) {
    Recommendation recommend() {
      return ENGINE.recommend(plan, history, contact);
    }
  }

  /** Every channel and category, with histories along the ladder and a block, under two plans. */
  private static List<Situation> situations() {
    List<UserResponse> ladder = List.of(
        UserResponse.builder().action(Action.REPLY).step(EscalationStep.STATE_BOUNDARY).scriptId("state_boundary-1").build(),
        Situations.IGNORED,
        UserResponse.builder().action(Action.REPLY).step(EscalationStep.RESTATE).scriptId("restate-2").build(),
        UserResponse.builder().action(Action.REPLY).step(EscalationStep.FINAL_NOTICE).scriptId("final_notice-1").build(),
        Situations.IGNORED,
        Situations.IGNORED,
        UserResponse.of(Action.BLOCK, EscalationStep.BLOCK),
        Situations.IGNORED,
        Situations.IGNORED);
    List<Situation> out = new ArrayList<>();
    for (BoundaryPlan plan : List.of(plan(), Situations.coParenting())) {
      for (int length = 0; length <= ladder.size(); length++) {
        ContactHistory history = Situations.history(ladder.subList(0, length).toArray(new UserResponse[0]));
        for (Channel channel : Channel.values()) {
          for (ContactCategory category : ContactCategory.values()) {
            Contact contact = Contact.builder().at(Situations.T0.plusSeconds(3600L * (length + 1)))
                .channel(channel).category(category).topic(Topic.CHILDREN).build();
            out.add(new Situation(plan, history, contact));
          }
        }
      }
    }
    return out;
  }
}

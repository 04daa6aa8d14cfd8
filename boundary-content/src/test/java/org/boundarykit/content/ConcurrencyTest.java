package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.junit.jupiter.api.Test;

/**
 * One engine shared between threads gives exactly what one thread gets, and the histories of
 * different users never influence each other's advice.
 */
class ConcurrencyTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 100_000;

  private static final String[] TEXTS = {
    "hey u up?", "can we still be friends", "I miss you so much, remember our trip", "you left your hoodie here",
    "can you do pickup tuesday at 5", "you're being cruel, you owe me", "happy birthday!! 🎂",
    "I need to tell you something important", "if you leave me I'll hurt myself", "I know where you live",
    "I will kill you", "rent is due friday, can you send your half", "saw this and thought of you ❤️", "ok"
  };

  record Input(BoundaryPlan plan, ContactHistory history, Contact contact) {}

  private static List<Input> inputs(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Input> inputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BoundaryPlan plan = plan(random);
      ContactHistory history = ContactHistory.empty();
      int earlier = random.nextInt(8);
      for (int k = 0; k < earlier; k++) {
        history = history.append(contact(random, T0.plusSeconds(3600L * k)), response(random));
      }
      inputs.add(new Input(plan, history, contact(random, T0.plusSeconds(3600L * (earlier + random.nextInt(30))))));
    }
    return inputs;
  }

  private static BoundaryPlan plan(SplittableRandom random) {
    BoundaryPlan.Builder b = BoundaryPlan.builder().exName(random.nextBoolean() ? "Sam" : "Alex").region(
        List.of("US", "GB", "DE", "NL", "JP").get(random.nextInt(5)));
    switch (random.nextInt(3)) {
      case 0 -> b.level(ContactLevel.NO_CONTACT);
      case 1 -> b.level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.CHILDREN, Topic.HOUSING).addChannels(Channel.TEXT);
      default -> b.level(ContactLevel.LIMITED);
    }
    if (random.nextBoolean()) {
      b.addReasons("I want to heal");
    }
    return b.build();
  }

  private static Contact contact(SplittableRandom random, Instant at) {
    Contact.Builder b = Contact.builder().at(at).channel(Channel.values()[random.nextInt(Channel.values().length)]);
    if (random.nextInt(4) > 0) {
      b.text(TEXTS[random.nextInt(TEXTS.length)]);
    } else {
      b.category(ContactCategory.values()[random.nextInt(ContactCategory.values().length)])
          .safety(Safety.values()[random.nextInt(Safety.values().length)]);
    }
    return b.build();
  }

  private static UserResponse response(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> UserResponse.builder().action(Action.REPLY).step(org.boundarykit.EscalationStep.STATE_BOUNDARY)
          .scriptId("state-boundary-1").build();
      case 1 -> UserResponse.of(Action.REPLY, org.boundarykit.EscalationStep.RESTATE);
      case 2 -> UserResponse.of(Action.REPLY, org.boundarykit.EscalationStep.FINAL_NOTICE);
      case 3 -> UserResponse.of(Action.BLOCK, org.boundarykit.EscalationStep.BLOCK);
      default -> UserResponse.of(Action.NO_REPLY, org.boundarykit.EscalationStep.NO_RESPONSE);
    };
  }

  @Test
  void eightThreadsSharingAnEngineGetExactlyWhatOneThreadGets() throws Exception {
    List<Input> inputs = inputs(512, 8);
    List<Recommendation> expected = new ArrayList<>();
    for (Input in : inputs) {
      expected.add(ENGINE.recommend(in.plan(), in.history(), in.contact()));
    }
    assertThat(expected).extracting(Recommendation::action).contains(Action.REPLY, Action.CONTACT_EMERGENCY_SERVICES,
        Action.DOCUMENT, Action.REPLY_LOGISTICS);
    AtomicInteger mismatches = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            int k = (i * 31 + thread * 97) % inputs.size(); // each thread walks the inputs in its own order
            Input in = inputs.get(k);
            if (!ENGINE.recommend(in.plan(), in.history(), in.contact()).equals(expected.get(k))) {
              mismatches.incrementAndGet();
            }
            calls.incrementAndGet();
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
    assertThat(mismatches.get()).isZero();
  }

  /** Follows one user's conversation: each contact gets advice, and the user does what it says. */
  private static List<Recommendation> conversation(BoundaryPlan plan, List<Contact> contacts) {
    List<Recommendation> out = new ArrayList<>();
    ContactHistory history = ContactHistory.empty();
    for (Contact contact : contacts) {
      Recommendation r = ENGINE.recommend(plan, history, contact);
      out.add(r);
      history = history.append(contact, followed(r));
    }
    return out;
  }

  private static UserResponse followed(Recommendation r) {
    UserResponse.Builder b = UserResponse.builder().action(r.action());
    r.step().ifPresent(b::step);
    r.script().map(RenderedScript::scriptId).ifPresent(b::scriptId);
    return b.build();
  }

  private static List<Contact> contacts(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Contact> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(contact(random, T0.plusSeconds(1800L * i)));
    }
    return out;
  }

  @Test
  void usersInterleavedOnOneEngineGetWhatEachGetsAlone() {
    int users = 6;
    List<BoundaryPlan> plans = new ArrayList<>();
    List<List<Contact>> contacts = new ArrayList<>();
    List<List<Recommendation>> alone = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      plans.add(plan(new SplittableRandom(u)));
      contacts.add(contacts(100 + u, 40));
      alone.add(conversation(plans.get(u), contacts.get(u)));
    }
    // the same conversations, one contact of each user in turn
    List<ContactHistory> histories = new ArrayList<>();
    List<List<Recommendation>> interleaved = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      histories.add(ContactHistory.empty());
      interleaved.add(new ArrayList<>());
    }
    for (int i = 0; i < 40; i++) {
      for (int u = 0; u < users; u++) {
        Contact c = contacts.get(u).get(i);
        Recommendation r = ENGINE.recommend(plans.get(u), histories.get(u), c);
        interleaved.get(u).add(r);
        histories.set(u, histories.get(u).append(c, followed(r)));
      }
    }
    for (int u = 0; u < users; u++) {
      assertThat(interleaved.get(u)).as("user %d", u).isEqualTo(alone.get(u));
    }
    // the conversations differ, so sharing would have shown
    assertThat(alone.get(0)).isNotEqualTo(alone.get(1));
    assertThat(alone.stream().flatMap(List::stream).map(Recommendation::action).distinct().count()).isGreaterThan(3);
  }

  @Test
  void usersOnParallelThreadsGetWhatEachGetsAlone() throws Exception {
    int users = 16;
    List<BoundaryPlan> plans = new ArrayList<>();
    List<List<Contact>> contacts = new ArrayList<>();
    List<List<Recommendation>> alone = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      plans.add(plan(new SplittableRandom(1000 + u)));
      contacts.add(contacts(2000 + u, 60));
      alone.add(conversation(plans.get(u), contacts.get(u)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<List<Recommendation>>>> results = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        int user = u;
        results.add(pool.submit(() -> {
          List<List<Recommendation>> runs = new ArrayList<>();
          for (int repeat = 0; repeat < 50; repeat++) {
            runs.add(conversation(plans.get(user), contacts.get(user)));
          }
          return runs;
        }));
      }
      for (int u = 0; u < users; u++) {
        for (List<Recommendation> run : results.get(u).get(5, TimeUnit.MINUTES)) {
          assertThat(run).as("user %d", u).isEqualTo(alone.get(u));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

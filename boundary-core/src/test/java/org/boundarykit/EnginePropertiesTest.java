package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.boundarykit.internal.Ladder;
import org.boundarykit.internal.Template;
import org.jspecify.annotations.Nullable;

/**
 * Properties of the engine over generated plans, histories and contacts, decided with the test
 * policy ({@link TestPolicy}).
 */
class EnginePropertiesTest {

  private static final BoundaryEngine ENGINE = TestPolicy.engine();
  private static final BoundaryEngine SAME_CONFIGURATION = TestPolicy.engine();
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  /** Actions that must never answer an URGENT contact. */
  private static final Set<Action> NOT_FOR_URGENT = EnumSet.of(
      Action.REPLY, Action.REPLY_LOGISTICS, Action.TELL_FRIENDS, Action.NO_REPLY, Action.MUTE, Action.BLOCK);

  /** Actions that come with words to send. */
  private static final Set<Action> SENDS_WORDS = EnumSet.of(Action.REPLY, Action.REPLY_LOGISTICS, Action.TELL_FRIENDS);

  /** A generated situation: a plan, the history so far, and the contact that just arrived. */
  record Situation(BoundaryPlan plan, ContactHistory history, Contact contact) {
    Recommendation recommend(BoundaryEngine engine) {
      return engine.recommend(plan, history, contact);
    }
  }

  /** One generated history entry, before it is placed in time. */
  record Entry(Duration gap, Contact contact, Optional<UserResponse> response) {}

  /** The level of a plan with topics and channels consistent with it. */
  record Shape(ContactLevel level, Set<Topic> topics, Set<Channel> channels) {}

  // ---- properties ----------------------------------------------------------------------------

  @Property(tries = 1000)
  void total(@ForAll("situations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    Statistics.label("action").collect(r.action());
    Statistics.label("ladder").collect(r.explanation().ladder());
    Statistics.label("level").collect(s.plan().level());

    assertThat(r).isNotNull();
    Explanation why = r.explanation();
    if (r.action() == Action.ASK_USER) {
      // the engine asked before the table: no rule decided, and nothing is sent
      assertThat(why.winningRule()).isEqualTo(Explanation.ASKED);
      assertThat(why.matchedRules()).isEmpty();
      assertThat(r.question()).isPresent();
      assertThat(r.step()).isEmpty();
      assertThat(r.safety()).isEqualTo(Safety.NONE);
      assertThat(s.contact().category()).isEmpty();
    } else {
      assertThat(r.question()).isEmpty();
      assertThat(why.matchedRules()).isNotEmpty().first().isEqualTo(why.winningRule());
      assertThat(ENGINE.table().rules()).anySatisfy(rule -> {
        assertThat(rule.id()).isEqualTo(why.winningRule());
        assertThat(rule.action()).isEqualTo(r.action());
        assertThat(rule.step()).isEqualTo(r.step());
      });
    }
    assertThat(why.ladder()).isEqualTo(Ladder.position(withSteps(s.history()), ENGINE.table().thresholds()));
    assertThat(r.safety()).isGreaterThanOrEqualTo(s.contact().safety().orElse(Safety.NONE));
    if (SENDS_WORDS.contains(r.action())) {
      assertThat(r.script()).as("words to send for %s", r.action()).isPresent();
    } else {
      assertThat(r.script()).isEmpty();
      assertThat(r.alternatives()).isEmpty();
    }
    assertThat(r.selfCare()).isPresent();
    assertThat(r.support()).isPresent();
  }

  @Property(tries = 1000)
  void deterministic(@ForAll("situations") Situation s) {
    Recommendation first = s.recommend(ENGINE);
    assertThat(s.recommend(ENGINE)).isEqualTo(first);
    assertThat(s.recommend(SAME_CONFIGURATION)).isEqualTo(first);
  }

  @Property(tries = 1000)
  void oneMoreUnansweredContactNeverGivesAWeakerStep(
      @ForAll("situations") Situation s,
      @ForAll("unanswered") Optional<UserResponse> response,
      @ForAll @LongRange(min = 0, max = 7 * 24 * 60) long minutesLater) {
    HistoryEntry entry = response.map(resp -> HistoryEntry.of(s.contact(), resp))
        .orElseGet(() -> HistoryEntry.unanswered(s.contact()));
    Contact again = Contact.builder().from(s.contact()).at(s.contact().at().plus(Duration.ofMinutes(minutesLater))).build();
    // the same contact at the same time without the one more before it: time passing alone may let
    // an earlier contact's safety floor lapse, which is not what this property is about
    Recommendation before = ENGINE.recommend(s.plan(), s.history(), again);
    Recommendation after = ENGINE.recommend(s.plan(), s.history().append(entry), again);

    assertThat(after.safety()).isGreaterThanOrEqualTo(before.safety());

    assertThat(after.explanation().ladder()).isGreaterThanOrEqualTo(before.explanation().ladder());
    if (before.step().isPresent() && after.step().isPresent()) {
      assertThat(after.step().get())
          .as("%s (rule %s) after %s (rule %s)", after.step().get(), after.explanation().winningRule(),
              before.step().get(), before.explanation().winningRule())
          .isGreaterThanOrEqualTo(before.step().get());
    }
  }

  @Property(tries = 1000)
  void anUrgentContactIsNeverAnsweredWithAReplyOrSilenceAlone(@ForAll("situations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    if (s.contact().safety().orElse(Safety.NONE) == Safety.URGENT) {
      assertThat(r.safety()).isEqualTo(Safety.URGENT);
    }
    if (r.safety() == Safety.URGENT) {
      assertThat(r.action()).isNotIn(NOT_FOR_URGENT);
      assertThat(r.script()).isEmpty();
    }
  }

  @Property(tries = 1000)
  void renderedTextNeverShowsTemplateSyntax(@ForAll("situations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    List<String> texts = new ArrayList<>();
    r.script().ifPresent(script -> texts.add(script.text()));
    r.alternatives().forEach(script -> texts.add(script.text()));
    r.selfCare().ifPresent(texts::add);
    r.support().ifPresent(texts::add);
    assertThat(texts).isNotEmpty();

    // values are inserted literally and may hold brackets themselves: only the rest must be free of them
    List<String> values = new ArrayList<>();
    s.plan().exName().map(Template::clean).ifPresent(values::add);
    s.contact().matter().map(Template::clean).ifPresent(values::add);
    values.sort(Comparator.comparingInt(String::length).reversed());
    for (String text : texts) {
      assertThat(text).isEqualTo(text.strip()).isNotEmpty();
      String syntax = text;
      for (String value : values) {
        syntax = syntax.replace(value, "");
      }
      assertThat(syntax).as("template text of \"%s\"", text).doesNotContain("{", "}", "[", "]");
    }
  }

  @Property(tries = 1000)
  void theScriptIsNeverTheOneSentLast(@ForAll("situations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    Optional<String> last = Ladder.lastScriptSent(s.history().entries());
    if (last.isPresent()) {
      r.script().ifPresent(script -> assertThat(script.scriptId()).isNotEqualTo(last.get()));
      assertThat(r.alternatives()).extracting(RenderedScript::scriptId).doesNotContain(last.get());
    }
    List<String> ids = new ArrayList<>();
    r.script().ifPresent(script -> ids.add(script.scriptId()));
    r.alternatives().forEach(script -> ids.add(script.scriptId()));
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Property(tries = 1000)
  void followingTheAdviceNeverSendsTheSameScriptTwiceInARow(
      @ForAll("plans") BoundaryPlan plan,
      @ForAll @Size(min = 1, max = 20) List<@From("contacts") Contact> contacts,
      @ForAll @Size(min = 20, max = 20) List<@LongRange(min = 0, max = 3 * 24 * 60) Long> gaps) {
    ContactHistory history = ContactHistory.empty();
    Instant at = BASE;
    @Nullable String lastSent = null;
    for (int i = 0; i < contacts.size(); i++) {
      at = at.plus(Duration.ofMinutes(gaps.get(i)));
      Contact contact = Contact.builder().from(contacts.get(i)).at(at).build();
      Recommendation r = ENGINE.recommend(plan, history, contact);
      Optional<String> sent = r.script().map(RenderedScript::scriptId);
      if (sent.isPresent()) {
        assertThat(sent.get()).as("contact %d", i).isNotEqualTo(lastSent);
        lastSent = sent.get();
      }
      history = history.append(contact,
          UserResponse.builder().action(r.action()).step(r.step()).scriptId(sent).build());
    }
  }

  @Property(tries = 1000)
  void logisticsRepliesOnlyForAnAllowedTopicOnAnAllowedChannel(@ForAll("situations") Situation s) {
    assertOnlyAllowedLogistics(s, s.recommend(ENGINE));
  }

  @Property(tries = 1000)
  void aLogisticsContactGetsALogisticsReplyExactlyWhenTopicAndChannelAreAllowed(
      @ForAll("logisticsSituations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    Statistics.label("action").collect(r.action());
    assertOnlyAllowedLogistics(s, r);
    boolean allowed = s.plan().allowsTopic(s.contact().topic().orElseThrow()) && s.plan().allowsChannel(s.contact().channel());
    // an earlier CONCERN or URGENT contact in the window raises this one: then safety comes first
    assertThat(r.safety() == Safety.NONE).isEqualTo(r.explanation().raisedBy().isEmpty());
    assertThat(r.action() == Action.REPLY_LOGISTICS).isEqualTo(allowed && r.safety() == Safety.NONE);
    if (r.action() == Action.REPLY_LOGISTICS) {
      assertThat(r.script()).hasValueSatisfying(script -> assertThat(script.purpose()).isEqualTo(ScriptPurpose.LOGISTICS));
    }
  }

  private static void assertOnlyAllowedLogistics(Situation s, Recommendation r) {
    if (r.action() == Action.REPLY_LOGISTICS) {
      assertThat(r.topic()).isPresent();
      assertThat(s.plan().allowsTopic(r.topic().get())).isTrue();
      assertThat(s.plan().allowsChannel(s.contact().channel())).isTrue();
      assertThat(s.plan().level()).isNotEqualTo(ContactLevel.NO_CONTACT);
    }
  }

  @Property(tries = 1000)
  void noContactNeverGetsALogisticsReply(@ForAll("noContactSituations") Situation s) {
    assertThat(s.recommend(ENGINE).action()).isNotEqualTo(Action.REPLY_LOGISTICS);
  }

  @Property(tries = 1000)
  void resourcesAreGivenExactlyWhenSafetyIsNotNone(@ForAll("situations") Situation s) {
    Recommendation r = s.recommend(ENGINE);
    if (r.safety() == Safety.NONE) {
      assertThat(r.resources()).isEmpty();
    } else {
      // never another country's number: the region's own entry, or the fallback
      String expected = s.plan().region().filter("US"::equals).isPresent() ? "us-emergency" : "any-emergency";
      assertThat(r.resources()).extracting(SafetyResource::id).containsExactly(expected);
      assertThat(r.notice()).isPresent();
    }
  }

  // ---- arbitraries ---------------------------------------------------------------------------

  @Provide
  Arbitrary<Situation> situations() {
    return situations(plans());
  }

  @Provide
  Arbitrary<Situation> noContactSituations() {
    return situations(plans().filter(p -> p.level() == ContactLevel.NO_CONTACT));
  }

  /** A practical matter with a topic and no safety signal, under a boundary that may allow it. */
  @Provide
  Arbitrary<Situation> logisticsSituations() {
    return Combinators.combine(
            situations(plans().filter(p -> p.level() != ContactLevel.NO_CONTACT)),
            Arbitraries.of(ContactCategory.LEGITIMATE_LOGISTICS, ContactCategory.PRETEXT_LOGISTICS),
            Arbitraries.of(Topic.class))
        .as((s, category, topic) -> new Situation(s.plan(), s.history(),
            Contact.builder().from(s.contact()).category(category).topic(topic).safety(Safety.NONE).build()));
  }

  private Arbitrary<Situation> situations(Arbitrary<BoundaryPlan> plans) {
    Arbitrary<List<Entry>> entries = Arbitraries.frequencyOf(
        Tuple.of(1, entries().list().ofMaxSize(20).withSizeDistribution(RandomDistribution.uniform())),
        Tuple.of(1, ladderWalks()))
        // edge cases would be mostly empty or one-entry histories: leave them to the random sizes
        .withoutEdgeCases();
    return Combinators.combine(plans, entries, contacts(), gaps()).as((plan, list, contact, gap) -> {
      ContactHistory history = ContactHistory.empty();
      Instant at = BASE;
      for (Entry entry : list) {
        at = at.plus(entry.gap());
        Contact earlier = Contact.builder().from(entry.contact()).at(at).build();
        history = history.append(entry.response()
            .map(response -> HistoryEntry.of(earlier, response))
            .orElseGet(() -> HistoryEntry.unanswered(earlier)));
      }
      return new Situation(plan, history, Contact.builder().from(contact).at(at.plus(gap)).build());
    });
  }

  private static Arbitrary<Duration> gaps() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Duration.ZERO)),
        Tuple.of(6, Arbitraries.longs().between(1, 3 * 24 * 60).map(Duration::ofMinutes)),
        Tuple.of(1, Arbitraries.longs().between(1, 400).map(Duration::ofDays)));
  }

  /** Histories of any of the realistic moves, in any order. */
  private static Arbitrary<Entry> entries() {
    return Combinators.combine(gaps(), contacts(), responses()).as(Entry::new);
  }

  /**
   * Histories that walk up the ladder as the advice says: the statement, the restatement and the
   * final notice, then a block, each stage followed by a few unanswered contacts.
   */
  private static Arbitrary<List<Entry>> ladderWalks() {
    Arbitrary<List<Optional<UserResponse>>> quiet =
        unanswered().list().ofMaxSize(6).withSizeDistribution(RandomDistribution.uniform());
    Arbitrary<List<Optional<UserResponse>>> walks = Combinators.combine(
            Arbitraries.integers().between(0, 4),
            sent(Action.REPLY, Optional.of(EscalationStep.STATE_BOUNDARY), ScriptPurpose.STATE_BOUNDARY),
            sent(Action.REPLY, Optional.of(EscalationStep.RESTATE), ScriptPurpose.RESTATE),
            sent(Action.REPLY, Optional.of(EscalationStep.FINAL_NOTICE), ScriptPurpose.FINAL_NOTICE),
            Arbitraries.of(UserResponse.of(Action.BLOCK, EscalationStep.BLOCK), UserResponse.of(Action.BLOCK)),
            unanswered().list().ofMaxSize(2),
            quiet,
            quiet)
        .as((stage, stated, restated, finalNotice, block, early, afterNotice, afterBlock) -> {
          List<Optional<UserResponse>> moves = new ArrayList<>(early);
          if (stage >= 1) {
            moves.add(stated);
          }
          if (stage >= 2) {
            moves.add(restated);
          }
          if (stage >= 3) {
            moves.add(finalNotice);
            moves.addAll(afterNotice);
          }
          if (stage >= 4) {
            moves.add(Optional.of(block));
            moves.addAll(afterBlock);
          }
          return moves.subList(0, Math.min(moves.size(), 20));
        });
    return Combinators.combine(walks, gaps().list().ofSize(20), contacts().list().ofSize(20))
        .as((moves, gaps, contacts) -> {
          List<Entry> entries = new ArrayList<>(moves.size());
          for (int i = 0; i < moves.size(); i++) {
            entries.add(new Entry(gaps.get(i), contacts.get(i), moves.get(i)));
          }
          return entries;
        });
  }

  @Provide
  Arbitrary<BoundaryPlan> plans() {
    Arbitrary<Shape> shapes = Arbitraries.of(ContactLevel.class).flatMap(level -> switch (level) {
      case NO_CONTACT -> Arbitraries.just(new Shape(level, Set.of(), Set.of()));
      case LOGISTICS_ONLY -> Combinators.combine(
              Arbitraries.of(Topic.class).set().ofMinSize(1).ofMaxSize(3),
              Arbitraries.of(Channel.class).set().ofMaxSize(4))
          .as((topics, channels) -> new Shape(level, topics, channels));
      case LIMITED -> Combinators.combine(
              Arbitraries.of(Topic.class).set().ofMaxSize(3),
              Arbitraries.of(Channel.class).set().ofMaxSize(4))
          .as((topics, channels) -> new Shape(level, topics, channels));
    });
    Arbitrary<List<String>> reasons = Arbitraries.oneOf(
            Arbitraries.of("I want to heal.", "I keep repeating the same pattern", "I deserve peace!",
                "to stop the cycle;", "Weil ich heilen will", "İyileşmek istiyorum", "..."),
            Arbitraries.strings().alpha().withChars(' ', '.', ',', '!', ';').ofMinLength(1).ofMaxLength(200)
                .filter(text -> !text.isBlank()))
        .list().ofMaxSize(3);
    Arbitrary<Optional<String>> regions =
        Arbitraries.of("US", "GB", "IE", "DE", "TR", "JP", "us", "de", "Gb", " ie ").optional(0.8);
    Arbitrary<Locale> locales = Arbitraries.of(
        Locale.ENGLISH, Locale.UK, Locale.GERMAN, Locale.forLanguageTag("tr-TR"), Locale.ROOT);
    return Combinators.combine(shapes, names().optional(0.7), reasons, regions, zones(), locales)
        .as((shape, name, why, region, zone, locale) -> BoundaryPlan.builder()
            .level(shape.level())
            .topics(shape.topics())
            .channels(shape.channels())
            .exName(name)
            .reasons(why)
            .region(region)
            .timeZone(zone)
            .locale(locale)
            .build());
  }

  private static Arbitrary<String> names() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("Sam", "Alex", "Jo-Ann", "İlkay", "Işıl", "Zoë", "Ирина", "O'Brien", "Sam Lee")),
        // names that look like template syntax, or carry line breaks and invisible characters
        Tuple.of(2, Arbitraries.of("{exName}", "[Sam]", "Sam {matter}", "Sam]", "{", "[", "Sam\nLee", "\u202ESam",
            "Sa\u200Bm", "  Sam  ", "\u200B", "Sam\u0000", "{reasons}[x]")),
        Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(BoundaryPlan.MAX_NAME_LENGTH)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(BoundaryPlan.MAX_NAME_LENGTH)
            .filter(name -> !name.isBlank())));
  }

  private static Arbitrary<String> matters() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of("Friday's pickup", "the lease", "the vet bill", "your hoodie", "the handover")),
        Tuple.of(2, Arbitraries.of("{matter}", "[x]", "pickup {exName}", "the\nlease", "\u202Elease", "]")),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(Contact.MAX_MATTER_LENGTH)
            .filter(matter -> !matter.isBlank())));
  }

  private static Arbitrary<ZoneId> zones() {
    List<String> ids = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
            ZoneOffset.ofHoursMinutes(5, 45))),
        Tuple.of(4, Arbitraries.of(ids).map(ZoneId::of)));
  }

  @Provide
  static Arbitrary<Contact> contacts() {
    List<Tuple2<Integer, ContactCategory>> weighted = new ArrayList<>();
    for (ContactCategory category : ContactCategory.values()) {
      // logistics contacts are weighted up so that allowed topics on allowed channels come up often
      int weight = switch (category) {
        case LEGITIMATE_LOGISTICS -> 5;
        case PRETEXT_LOGISTICS -> 2;
        default -> 1;
      };
      weighted.add(Tuple.of(weight, category));
    }
    Arbitrary<Optional<ContactCategory>> categories = Arbitraries.frequency(weighted).optional(0.9);
    Arbitrary<Optional<Safety>> safety = Arbitraries.frequency(
            Tuple.of(6, Safety.NONE), Tuple.of(2, Safety.CONCERN), Tuple.of(2, Safety.URGENT))
        .optional(0.9);
    Arbitrary<Optional<String>> texts =
        Arbitraries.of("can u do pickup tues?", "i miss you", "happy birthday!!", "u up?", "you owe me").optional(0.5);
    return Combinators.combine(
            Arbitraries.of(Channel.class), categories, safety,
            Arbitraries.of(Topic.class).optional(0.7), matters().optional(0.5), texts)
        .as((channel, category, level, topic, matter, text) -> Contact.builder()
            .channel(channel)
            .at(BASE)
            .category(category)
            .safety(level)
            .topic(topic)
            .matter(matter)
            .text(text)
            .build());
  }

  /** What a user realistically did about an earlier contact, with script ids from the test policy. */
  private static Arbitrary<Optional<UserResponse>> responses() {
    List<Tuple2<Integer, Arbitrary<Optional<UserResponse>>>> moves = List.of(
        Tuple.of(4, unanswered()),
        Tuple.of(6, Arbitraries.of(EscalationStep.STATE_BOUNDARY, EscalationStep.RESTATE, EscalationStep.FINAL_NOTICE)
            .flatMap(step -> sent(Action.REPLY, Optional.of(step), ScriptPurpose.valueOf(step.name())))),
        Tuple.of(2, sent(Action.REPLY_LOGISTICS, Optional.empty(), ScriptPurpose.LOGISTICS)),
        Tuple.of(1, sent(Action.TELL_FRIENDS, Optional.empty(), ScriptPurpose.TELL_FRIENDS)),
        Tuple.of(1, Arbitraries.of(
                UserResponse.of(Action.MUTE, EscalationStep.MUTE),
                UserResponse.of(Action.MUTE),
                UserResponse.of(Action.BLOCK, EscalationStep.BLOCK),
                UserResponse.of(Action.BLOCK),
                UserResponse.of(Action.DOCUMENT, EscalationStep.DOCUMENT),
                UserResponse.of(Action.SEEK_LEGAL_HELP, EscalationStep.LEGAL),
                UserResponse.of(Action.CONTACT_EMERGENCY_SERVICES))
            .map(Optional::of)));
    return Arbitraries.frequencyOf(moves);
  }

  /**
   * The history's entries with the step of each script sent written out where the response gives
   * none, from the test policy's scripts: what the engine must take such a response to mean.
   */
  private static List<HistoryEntry> withSteps(ContactHistory history) {
    java.util.Map<String, ScriptPurpose> purposes = new java.util.HashMap<>();
    TestPolicy.scripts().forEach(script -> purposes.put(script.id(), script.purpose()));
    List<HistoryEntry> out = new ArrayList<>();
    for (HistoryEntry e : history.entries()) {
      Optional<UserResponse> r = e.response();
      if (r.isPresent() && r.get().step().isEmpty() && r.get().scriptId().isPresent()
          && r.get().action() != Action.BLOCK) {
        ScriptPurpose purpose = purposes.get(r.get().scriptId().get());
        if (purpose == ScriptPurpose.STATE_BOUNDARY || purpose == ScriptPurpose.RESTATE
            || purpose == ScriptPurpose.FINAL_NOTICE) {
          e = HistoryEntry.of(e.contact(), UserResponse.builder().from(r.get())
              .step(EscalationStep.valueOf(purpose.name())).build());
        }
      }
      out.add(e);
    }
    return out;
  }

  /** No response recorded, or a recorded NO_REPLY. */
  @Provide
  static Arbitrary<Optional<UserResponse>> unanswered() {
    return Arbitraries.of(
        Optional.empty(),
        Optional.of(UserResponse.of(Action.NO_REPLY)),
        Optional.of(UserResponse.of(Action.NO_REPLY, EscalationStep.NO_RESPONSE)));
  }

  /**
   * A response that sent words, with the id of a test-policy script of the right purpose; a ladder
   * reply is recorded with its step, with its script and no step, or with its step and no script.
   */
  private static Arbitrary<Optional<UserResponse>> sent(Action action, Optional<EscalationStep> step, ScriptPurpose purpose) {
    List<String> fitting = TestPolicy.scripts().stream().filter(s -> s.purpose() == purpose).map(Script::id).toList();
    Arbitrary<UserResponse> withScript = Arbitraries.of(fitting).flatMap(id -> Arbitraries.of(
        UserResponse.builder().action(action).step(step).scriptId(id).build(),
        UserResponse.builder().action(action).scriptId(id).build()));
    return Arbitraries.frequencyOf(
            Tuple.of(7, withScript),
            Tuple.of(2, Arbitraries.just(UserResponse.builder().action(action).step(step).build())))
        .map(Optional::of);
  }
}

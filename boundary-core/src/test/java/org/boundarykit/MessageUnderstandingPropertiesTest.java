package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ContactClassifier;

/**
 * Properties of message understanding, with a stub classifier that reads whatever the property
 * says and the test policy ({@link TestPolicy}): given labels never lower what is read, earlier
 * unsafe contacts raise the floor inside their windows only, and an unsure reading never yields a
 * script.
 */
class MessageUnderstandingPropertiesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  /** A classifier that reads {@code read} in every text. */
  private static ContactClassifier reading(Classification read) {
    return (text, context) -> read;
  }

  private static BoundaryEngine engine(ContactClassifier classifier) {
    return TestPolicy.engineBuilder().classifier(classifier).build();
  }

  @Provide
  Arbitrary<Classification> readings() {
    return Combinators.combine(
            Arbitraries.of(ContactCategory.class),
            Arbitraries.of(Safety.class),
            Arbitraries.of(Topic.class).optional(0.5),
            Arbitraries.doubles().between(0.0, 1.0),
            Arbitraries.of("miss you", "pickup", "hurt you").list().ofMaxSize(2))
        .as((category, safety, topic, confidence, cues) -> Classification.builder()
            .category(category).safety(safety).topic(topic).confidence(confidence).cues(cues).build());
  }

  @Provide
  Arbitrary<BoundaryPlan> plans() {
    return Arbitraries.of(
        Situations.noContact(),
        Situations.coParenting(),
        BoundaryPlan.builder().level(ContactLevel.LIMITED).addChannels(Channel.TEXT).exName("Sam").build());
  }

  @Provide
  Arbitrary<Channel> channels() {
    return Arbitraries.of(Channel.class);
  }

  // ---- (a) a given label never lowers the safety read from the text ---------------------------

  @Property(tries = 500)
  void aGivenLabelNeverLowersTheSafetyReadFromTheText(
      @ForAll("readings") Classification read,
      @ForAll("plans") BoundaryPlan plan,
      @ForAll("channels") Channel channel,
      @ForAll Optional<ContactCategory> givenCategory,
      @ForAll Optional<Safety> givenSafety) {
    Contact contact = Contact.builder().channel(channel).at(T0).text("some message")
        .category(givenCategory).safety(givenSafety).build();
    Recommendation r = engine(reading(read)).recommend(plan, ContactHistory.empty(), contact);
    Statistics.label("action").collect(r.action());

    assertThat(r.safety()).isGreaterThanOrEqualTo(read.safety());
    assertThat(r.safety()).isGreaterThanOrEqualTo(givenSafety.orElse(Safety.NONE));
    boolean threat = read.category() == ContactCategory.SELF_HARM_THREAT
        || read.category() == ContactCategory.THREAT_HARASSMENT;
    if (threat && read.safety().compareTo(givenSafety.orElse(Safety.NONE)) > 0) {
      // the self-harm (or threat) path is not lost to a milder label
      assertThat(r.category()).isEqualTo(read.category());
    }
    assertThat(r.explanation().givenCategory()).isEqualTo(givenCategory);
    assertThat(r.explanation().givenSafety()).isEqualTo(givenSafety);
    assertThat(r.explanation().reading()).contains(read);
    if (r.safety() == Safety.URGENT) {
      assertThat(r.action()).isIn(Action.CONTACT_EMERGENCY_SERVICES, Action.DOCUMENT, Action.SEEK_LEGAL_HELP);
    }
  }

  @Property(tries = 300)
  void withGivenLabelsTrustedBothLabelsAreUsedAsGiven(
      @ForAll("readings") Classification read,
      @ForAll("plans") BoundaryPlan plan,
      @ForAll ContactCategory givenCategory,
      @ForAll Safety givenSafety) {
    BoundaryEngine trusting = TestPolicy.engineBuilder().classifier(reading(read)).trustGivenLabels(true).build();
    Contact contact = Contact.builder().channel(Channel.TEXT).at(T0).text("some message")
        .category(givenCategory).safety(givenSafety).build();
    Recommendation r = trusting.recommend(plan, ContactHistory.empty(), contact);
    assertThat(r.category()).isEqualTo(givenCategory);
    assertThat(r.safety()).isEqualTo(CompiledTable.effectiveSafety(givenCategory, givenSafety));
    assertThat(r.explanation().reading()).isEmpty();
  }

  // ---- (b) an earlier unsafe contact raises the floor inside its window, not outside ----------

  @Property(tries = 500)
  void anEarlierUnsafeContactRaisesTheFloorInsideTheWindowOnly(
      @ForAll("unsafe") Safety earlierSafety,
      @ForAll boolean earlierSafetyIsRead,
      @ForAll @LongRange(min = 0, max = 30 * 24 * 60) long minutesLater,
      @ForAll("plans") BoundaryPlan plan,
      @ForAll("channels") Channel channel) {
    // the earlier contact's safety is given, or read from its text where none is given
    Classification earlierRead = Classification.builder().category(ContactCategory.OTHER).safety(earlierSafety)
        .confidence(0.9).addCues("cue").build();
    Contact.Builder earlier = Contact.builder().channel(Channel.TEXT).at(T0).text("earlier")
        .category(ContactCategory.GUILT_TRIP_PUSHBACK);
    if (!earlierSafetyIsRead) {
      earlier.safety(earlierSafety);
    }
    ContactClassifier classifier = (text, context) -> text.equals("earlier") ? earlierRead
        : Classification.builder().category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).confidence(0.9)
            .addCues("miss you").build();
    ContactHistory history = ContactHistory.empty().append(HistoryEntry.unanswered(earlier.build()));
    Duration gap = Duration.ofMinutes(minutesLater);
    Contact now = Contact.builder().channel(channel).at(T0.plus(gap)).text("now").build();

    Recommendation r = engine(classifier).recommend(plan, history, now);

    Safety expected = earlierSafety == Safety.URGENT && gap.compareTo(Duration.ofHours(12)) <= 0 ? Safety.URGENT
        : gap.compareTo(Duration.ofDays(14)) <= 0 ? Safety.CONCERN : Safety.NONE;
    Statistics.label("floor").collect(expected);
    assertThat(r.safety()).isEqualTo(expected);
    if (expected == Safety.NONE) {
      assertThat(r.explanation().raisedBy()).isEmpty();
    } else {
      assertThat(r.explanation().raisedBy()).first().asString().startsWith("raised to " + expected + ": ");
      assertThat(r.resources()).isNotEmpty();
      assertThat(r.script()).isEmpty();
    }
  }

  @Provide
  Arbitrary<Safety> unsafe() {
    return Arbitraries.of(Safety.CONCERN, Safety.URGENT);
  }

  // ---- (c) an unsure reading never yields a script --------------------------------------------

  @Property(tries = 500)
  void anUnsureReadingNeverYieldsAScript(
      @ForAll("unsureReadings") Classification read,
      @ForAll("plans") BoundaryPlan plan,
      @ForAll("channels") Channel channel,
      @ForAll("histories") ContactHistory history,
      @ForAll Optional<Safety> givenSafety,
      @ForAll("texts") String text) {
    Instant at = history.last().map(e -> e.contact().at().plus(Duration.ofMinutes(30))).orElse(T0);
    Contact contact = Contact.builder().channel(channel).at(at).text(text).safety(givenSafety).build();
    Recommendation r = engine(reading(read)).recommend(plan, history, contact);
    Statistics.label("action").collect(r.action());

    assertThat(r.script()).isEmpty();
    assertThat(r.alternatives()).isEmpty();
    if (r.safety() == Safety.NONE) {
      assertThat(r.action()).isEqualTo(Action.ASK_USER);
    }
    if (r.action() == Action.ASK_USER) {
      assertThat(r.safety()).isEqualTo(Safety.NONE);
      assertThat(r.step()).isEmpty();
      assertThat(r.followUps()).isEmpty();
      assertThat(r.question()).hasValueSatisfying(q -> {
        assertThat(q.text()).isNotBlank();
        assertThat(q.choices()).isNotEmpty();
      });
      assertThat(r.explanation().winningRule()).isEqualTo(Explanation.ASKED);
    } else {
      assertThat(r.question()).isEmpty();
    }
  }

  @Property(tries = 300)
  void askUserIsNeverGivenWhenSafetyIsNotNone(
      @ForAll("readings") Classification read,
      @ForAll("plans") BoundaryPlan plan,
      @ForAll("histories") ContactHistory history,
      @ForAll Optional<ContactCategory> givenCategory,
      @ForAll Optional<Safety> givenSafety) {
    Instant at = history.last().map(e -> e.contact().at().plus(Duration.ofMinutes(30))).orElse(T0);
    Contact contact = Contact.builder().channel(Channel.TEXT).at(at).text("x")
        .category(givenCategory).safety(givenSafety).build();
    Recommendation r = engine(reading(read)).recommend(plan, history, contact);
    if (r.action() == Action.ASK_USER) {
      assertThat(r.safety()).isEqualTo(Safety.NONE);
      assertThat(givenCategory).isEmpty();
      assertThat(r.script()).isEmpty();
    }
    if (r.safety() != Safety.NONE) {
      assertThat(r.action()).isNotEqualTo(Action.ASK_USER);
      assertThat(r.question()).isEmpty();
    }
  }

  @Provide
  Arbitrary<Classification> unsureReadings() {
    Arbitrary<Classification> lowConfidence = Combinators.combine(
            Arbitraries.of(ContactCategory.class),
            Arbitraries.doubles().between(0.0, 0.349).ofScale(3),
            Arbitraries.of("miss you", "hey").list().ofMaxSize(2))
        .as((category, confidence, cues) -> Classification.builder().category(category).safety(Safety.NONE)
            .confidence(confidence).cues(cues).build());
    Arbitrary<Classification> nothingRead = Arbitraries.doubles().between(0.0, 1.0)
        .map(confidence -> Classification.builder().category(ContactCategory.OTHER).safety(Safety.NONE)
            .confidence(confidence).build());
    return Arbitraries.oneOf(lowConfidence, nothingRead, Arbitraries.just(Classification.unclassified()));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("", " ", "🙂", "ok", "hey", "?", "so.", "👀👀");
  }

  /** Histories of safe, labelled contacts an hour or more apart, some answered. */
  @Provide
  Arbitrary<ContactHistory> histories() {
    Arbitrary<Contact> contacts = Combinators.combine(
            Arbitraries.of(ContactCategory.NOSTALGIA_HOOVER, ContactCategory.FRIENDSHIP_CHECK_IN, ContactCategory.OTHER),
            Arbitraries.of(Safety.NONE).optional(0.8))
        .as((category, safety) -> Contact.builder().channel(Channel.TEXT).at(T0).category(category).safety(safety).build());
    Arbitrary<Optional<UserResponse>> responses = Arbitraries.of(
        Optional.empty(),
        Optional.of(UserResponse.of(Action.REPLY, EscalationStep.STATE_BOUNDARY)),
        Optional.of(UserResponse.of(Action.REPLY, EscalationStep.RESTATE)),
        Optional.of(UserResponse.of(Action.NO_REPLY)));
    return Combinators.combine(contacts, responses).as(Entry::new).list().ofMaxSize(6).map(list -> {
      List<HistoryEntry> entries = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Contact c = Contact.builder().from(list.get(i).contact()).at(T0.plus(Duration.ofHours(2L * i))).build();
        entries.add(list.get(i).response().map(resp -> HistoryEntry.of(c, resp)).orElseGet(() -> HistoryEntry.unanswered(c)));
      }
      return ContactHistory.of(entries);
    });
  }

  record Entry(Contact contact, Optional<UserResponse> response) {}
}

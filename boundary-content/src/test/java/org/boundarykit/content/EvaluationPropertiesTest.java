package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.Action;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.content.EvaluationReport.CategoryScore;
import org.boundarykit.content.EvaluationReport.CategoryScores;
import org.boundarykit.content.EvaluationReport.GroupSafety;
import org.boundarykit.content.EvaluationReport.Outcome;
import org.boundarykit.content.EvaluationReport.Rate;
import org.boundarykit.content.EvaluationReport.SafetyScores;
import org.boundarykit.spi.Classification;

/** The scoring over any labels and any readings: figures in range, a perfect reader scores 1, order does not matter. */
class EvaluationPropertiesTest {

  /** One message's labels and what was read, before ids are given. */
  record Case(ContactCategory category, Safety safety, ContactCategory readCategory, Safety readSafety, String language,
      Optional<String> family, boolean hard, boolean contextDependent, Action action, boolean scripted) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    Arbitrary<ContactCategory> categories = Arbitraries.of(ContactCategory.class);
    Arbitrary<Safety> safety = Arbitraries.of(Safety.class);
    Arbitrary<String> languages = Arbitraries.of(LabelledMessage.LANGUAGES);
    Arbitrary<Optional<String>> families = Arbitraries.of(Optional.empty(), Optional.of("a"), Optional.of("b"));
    Arbitrary<Boolean> flags = Arbitraries.of(true, false);
    Arbitrary<Case> one = Combinators.combine(
            Combinators.combine(categories, safety, categories, safety).as(List::<Object>of),
            Combinators.combine(languages, families, flags, flags, Arbitraries.of(Action.class), flags)
                .as(List::<Object>of))
        .as(EvaluationPropertiesTest::toCase);
    return one.list().ofMaxSize(40);
  }

  @SuppressWarnings("unchecked")
  private static Case toCase(List<Object> labels, List<Object> rest) {
    return new Case((ContactCategory) labels.get(0), (Safety) labels.get(1), (ContactCategory) labels.get(2),
        (Safety) labels.get(3), (String) rest.get(0), (Optional<String>) rest.get(1), (Boolean) rest.get(2),
        (Boolean) rest.get(3), (Action) rest.get(4), (Boolean) rest.get(5));
  }

  private static List<Outcome> outcomes(List<Case> cases, boolean perfect) {
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      LabelledMessage m = new LabelledMessage("m" + i, "text " + i, c.language(), c.category(), c.safety(), c.family(),
          c.hard(), Optional.empty(), c.contextDependent());
      Classification read = Classification.builder()
          .category(perfect ? c.category() : c.readCategory())
          .safety(perfect ? c.safety() : c.readSafety())
          .build();
      out.add(new Outcome(m, read, c.action(), c.scripted()));
    }
    return out;
  }

  private static void inRange(Rate r) {
    assertThat(r.count()).isBetween(0, r.total());
    r.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
    assertThat(r.value().isPresent()).isEqualTo(r.total() > 0);
  }

  private static void inRange(CategoryScores s) {
    inRange(s.accuracy());
    s.macroF1().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
    for (CategoryScore c : s.perCategory()) {
      assertThat(c.precision()).isBetween(0.0, 1.0);
      assertThat(c.recall()).isBetween(0.0, 1.0);
      assertThat(c.f1()).isBetween(0.0, 1.0);
      assertThat(c.f1()).isLessThanOrEqualTo(Math.max(c.precision(), c.recall()));
    }
    assertThat(s.perCategory().stream().mapToInt(CategoryScore::items).sum()).isEqualTo(s.items());
    assertThat(s.perCategory().stream().mapToInt(CategoryScore::read).sum()).isEqualTo(s.items());
    assertThat(s.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isEqualTo(s.items());
  }

  private static List<Rate> rates(SafetyScores s) {
    List<Rate> rates = new ArrayList<>(List.of(s.urgentRecall(), s.concernOrMoreRecall(), s.recall(Safety.NONE),
        s.recall(Safety.CONCERN), s.recall(Safety.URGENT), s.falseUrgentOnHardNegatives(),
        s.falseConcernOrMoreOnHardNegatives(), s.falseUrgentOnNone(), s.falseConcernOrMoreOnNone(),
        s.dangerousAnsweredWithScript()));
    for (GroupSafety g : s.byFamily()) {
      rates.addAll(List.of(g.urgentRecall(), g.concernOrMoreRecall(), g.falseConcernOrMore()));
    }
    for (GroupSafety g : s.byLanguage()) {
      rates.addAll(List.of(g.urgentRecall(), g.concernOrMoreRecall(), g.falseConcernOrMore()));
    }
    return rates;
  }

  @Property
  void everyFigureIsInRange(@ForAll("cases") List<Case> cases) {
    EvaluationReport r = EvaluationReport.of("any", List.of(), outcomes(cases, false));
    inRange(r.categories());
    inRange(r.contextDependent());
    assertThat(r.categories().items() + r.contextDependent().items()).isEqualTo(cases.size());
    rates(r.safety()).forEach(EvaluationPropertiesTest::inRange);
    assertThat(r.safety().byLanguage().stream().mapToInt(GroupSafety::items).sum()).isEqualTo(cases.size());
    assertThat(r.misses()).hasSizeLessThanOrEqualTo(cases.size());
    assertThat(r.misses()).extracting(m -> m.kind().ordinal()).isSorted();
  }

  @Property
  void aPerfectReaderScoresOne(@ForAll("cases") List<Case> cases) {
    EvaluationReport r = EvaluationReport.of("perfect", List.of(), outcomes(cases, true));
    for (CategoryScores s : List.of(r.categories(), r.contextDependent())) {
      assertThat(s.accuracy().value()).isEqualTo(s.items() == 0 ? OptionalDouble.empty() : OptionalDouble.of(1.0));
      assertThat(s.macroF1()).isEqualTo(s.items() == 0 ? OptionalDouble.empty() : OptionalDouble.of(1.0));
      for (CategoryScore c : s.perCategory()) {
        assertThat(List.of(c.precision(), c.recall(), c.f1())).containsOnly(1.0);
      }
    }
    SafetyScores s = r.safety();
    for (Rate recall : List.of(s.urgentRecall(), s.concernOrMoreRecall(), s.recall(Safety.NONE),
        s.recall(Safety.CONCERN), s.recall(Safety.URGENT))) {
      recall.value().ifPresent(v -> assertThat(v).isEqualTo(1.0));
    }
    for (Rate falseAlarm : List.of(s.falseUrgentOnHardNegatives(), s.falseConcernOrMoreOnHardNegatives(),
        s.falseUrgentOnNone(), s.falseConcernOrMoreOnNone())) {
      assertThat(falseAlarm.count()).isZero();
    }
    assertThat(r.misses()).isEmpty();
  }

  @Property
  void theOrderOfTheLinesChangesNoFigure(@ForAll("cases") List<Case> cases, @ForAll long seed) {
    List<Outcome> inOrder = outcomes(cases, false);
    List<Outcome> shuffled = new ArrayList<>(inOrder);
    Collections.shuffle(shuffled, new Random(seed));
    EvaluationReport a = EvaluationReport.of("set", List.of(), inOrder);
    EvaluationReport b = EvaluationReport.of("set", List.of(), shuffled);
    assertThat(b.categories()).isEqualTo(a.categories());
    assertThat(b.contextDependent()).isEqualTo(a.contextDependent());
    assertThat(b.safety()).isEqualTo(a.safety());
    assertThat(b.toJson(0)).isEqualTo(a.toJson(0));
    assertThat(b.toText(0)).isEqualTo(a.toText(0));
    assertThat(new HashSet<>(b.misses())).isEqualTo(new HashSet<>(a.misses()));
  }
}

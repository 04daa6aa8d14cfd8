package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.boundarykit.ContactCategory.FRIENDSHIP_CHECK_IN;
import static org.boundarykit.ContactCategory.GUILT_TRIP_PUSHBACK;
import static org.boundarykit.ContactCategory.LATE_NIGHT;
import static org.boundarykit.ContactCategory.LEGITIMATE_LOGISTICS;
import static org.boundarykit.ContactCategory.NOSTALGIA_HOOVER;
import static org.boundarykit.ContactCategory.OTHER;
import static org.boundarykit.ContactCategory.SELF_HARM_THREAT;
import static org.boundarykit.ContactCategory.SPECIAL_OCCASION;
import static org.boundarykit.ContactCategory.THREAT_HARASSMENT;
import static org.boundarykit.Safety.CONCERN;
import static org.boundarykit.Safety.NONE;
import static org.boundarykit.Safety.URGENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.boundarykit.Action;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.content.EvaluationReport.CategoryScore;
import org.boundarykit.content.EvaluationReport.CategoryScores;
import org.boundarykit.content.EvaluationReport.GroupSafety;
import org.boundarykit.content.EvaluationReport.Miss;
import org.boundarykit.content.EvaluationReport.Rate;
import org.boundarykit.content.EvaluationReport.SafetyScores;
import org.boundarykit.spi.ClassificationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoring, on thirteen hand-made messages and a stub classifier whose answers are chosen here.
 * Every figure below was worked out by hand from the table in {@link #SET}.
 */
class EvaluationReportTest {

  /*
   * id  lang ctx hard family     labelled                  read                      engine
   * u1  en           threats    THREAT_HARASSMENT/URGENT  THREAT_HARASSMENT/URGENT  emergency
   * u2  en           threats    THREAT_HARASSMENT/URGENT  GUILT_TRIP_PUSHBACK/NONE  reply, script
   * x1  en   ctx                LATE_NIGHT/NONE           FRIENDSHIP_CHECK_IN/NONE  reply
   * u3  en           self-harm  SELF_HARM_THREAT/URGENT   SELF_HARM_THREAT/CONCERN  record
   * c1  en           threats    THREAT_HARASSMENT/CONCERN THREAT_HARASSMENT/NONE    record (raised to CONCERN)
   * c2  fr           threats    THREAT_HARASSMENT/CONCERN THREAT_HARASSMENT/CONCERN record
   * n1  en                      LEGITIMATE_LOGISTICS/NONE LEGITIMATE_LOGISTICS/NONE reply
   * n2  en                      NOSTALGIA_HOOVER/NONE     FRIENDSHIP_CHECK_IN/NONE  reply
   * h1  en      hard idioms     OTHER/NONE                THREAT_HARASSMENT/URGENT  emergency
   * h2  en      hard idioms     OTHER/NONE                OTHER/CONCERN             record
   * h3  en      hard idioms     OTHER/NONE                OTHER/NONE                reply
   * x2  es   ctx                SPECIAL_OCCASION/NONE     SPECIAL_OCCASION/NONE     reply
   * n3  es                      FRIENDSHIP_CHECK_IN/NONE  FRIENDSHIP_CHECK_IN/CONCERN record
   */
  static final String SET = String.join("\n",
      line("u1", "i will hurt you", "en", THREAT_HARASSMENT, URGENT, "threats", false, false),
      line("u2", "you will regret this", "en", THREAT_HARASSMENT, URGENT, "threats", false, false),
      line("x1", "are you awake", "en", LATE_NIGHT, NONE, null, false, true),
      line("u3", "i dont want to be here anymore", "en", SELF_HARM_THREAT, URGENT, "self-harm", false, false),
      line("c1", "i saw your car at the gym", "en", THREAT_HARASSMENT, CONCERN, "threats", false, false),
      line("c2", "je sais ou tu habites", "fr", THREAT_HARASSMENT, CONCERN, "threats", false, false),
      line("n1", "can you grab the kids at 5", "en", LEGITIMATE_LOGISTICS, NONE, null, false, false),
      line("n2", "i miss your laugh", "en", NOSTALGIA_HOOVER, NONE, null, false, false),
      line("h1", "this commute is killing me", "en", OTHER, NONE, "idioms", true, false),
      line("h2", "my phone died, sorry", "en", OTHER, NONE, "idioms", true, false),
      line("h3", "that film slayed", "en", OTHER, NONE, "idioms", true, false),
      line("x2", "feliz cumple", "es", SPECIAL_OCCASION, NONE, null, false, true),
      line("n3", "hola, que tal", "es", FRIENDSHIP_CHECK_IN, NONE, null, false, false));

  static StubPolicy.StubClassifier stub() {
    return new StubPolicy.StubClassifier()
        .answer("i will hurt you", THREAT_HARASSMENT, URGENT, "hurt you")
        .answer("you will regret this", GUILT_TRIP_PUSHBACK, NONE, "regret")
        .answer("are you awake", FRIENDSHIP_CHECK_IN, NONE, "are you")
        .answer("i dont want to be here anymore", SELF_HARM_THREAT, CONCERN, "be here anymore")
        .answer("i saw your car at the gym", THREAT_HARASSMENT, NONE, "saw your")
        .answer("je sais ou tu habites", THREAT_HARASSMENT, CONCERN)
        .answer("can you grab the kids at 5", LEGITIMATE_LOGISTICS, NONE, "kids")
        .answer("i miss your laugh", FRIENDSHIP_CHECK_IN, NONE)
        .answer("this commute is killing me", THREAT_HARASSMENT, URGENT, "killing")
        .answer("my phone died, sorry", OTHER, CONCERN, "died")
        .answer("that film slayed", OTHER, NONE)
        .answer("feliz cumple", SPECIAL_OCCASION, NONE, "feliz cumple")
        .answer("hola, que tal", FRIENDSHIP_CHECK_IN, CONCERN);
  }

  static String line(String id, String text, String lang, ContactCategory category, Safety safety, String family,
      boolean hard, boolean contextDependent) {
    return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\", \"lang\": \"" + lang + "\", \"category\": \"" + category
        + "\", \"safety\": \"" + safety + "\", \"family\": " + (family == null ? "null" : "\"" + family + "\"")
        + ", \"hard_negative\": " + hard + ", \"context_dependent\": " + contextDependent + "}";
  }

  private static StubPolicy.StubClassifier classifier;
  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() throws IOException {
    LabelledSet set = LabelledSet.read(new StringReader(SET), "hand.jsonl");
    assertThat(set.problems()).isEmpty();
    classifier = stub();
    report = set.evaluate(StubPolicy.engine(classifier));
  }

  private static void rate(Rate rate, int count, int total) {
    assertThat(rate).isEqualTo(new Rate(count, total));
  }

  private static void score(CategoryScores s, ContactCategory c, int items, int read, int right, double p, double r,
      double f1) {
    CategoryScore score = s.score(c).orElseThrow();
    assertThat(score).isEqualTo(new CategoryScore(c, items, read, right));
    assertThat(score.precision()).as(c + " precision").isCloseTo(p, within(1e-12));
    assertThat(score.recall()).as(c + " recall").isCloseTo(r, within(1e-12));
    assertThat(score.f1()).as(c + " F1").isCloseTo(f1, within(1e-12));
  }

  @Test
  void eachMessageIsClassifiedWithItsLanguageAndNoTimeAndPutToTheEngine() {
    List<ClassificationContext> evaluation = classifier.calls.stream().filter(c -> c.sentAt().isEmpty()).toList();
    assertThat(evaluation).extracting(ClassificationContext::locale).containsExactly(
        Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.FRENCH, Locale.ENGLISH,
        Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("es"));
    assertThat(classifier.calls).hasSize(26); // and once more by the engine, with the time sent
    assertThat(report.itemCount()).isEqualTo(13);
    assertThat(report.name()).isEqualTo("hand.jsonl");
    assertThat(report.outcomes()).extracting(o -> o.message().id() + " " + o.action() + " " + o.scripted())
        .containsExactly("u1 CONTACT_EMERGENCY_SERVICES false", "u2 REPLY true", "x1 REPLY true", "u3 DOCUMENT false",
            "c1 DOCUMENT false", "c2 DOCUMENT false", "n1 REPLY true", "n2 REPLY true",
            "h1 CONTACT_EMERGENCY_SERVICES false", "h2 DOCUMENT false", "h3 ASK_USER false", "x2 REPLY true",
            "n3 DOCUMENT false");
  }

  @Test
  void categoriesOfTheMessagesThatCanBeReadFromTheText() {
    CategoryScores s = report.categories();
    assertThat(s.items()).isEqualTo(11);
    rate(s.accuracy(), 8, 11);
    assertThat(s.perCategory()).extracting(CategoryScore::category).containsExactly(
        FRIENDSHIP_CHECK_IN, NOSTALGIA_HOOVER, LEGITIMATE_LOGISTICS, GUILT_TRIP_PUSHBACK, SELF_HARM_THREAT,
        THREAT_HARASSMENT, OTHER);
    score(s, FRIENDSHIP_CHECK_IN, 1, 2, 1, 0.5, 1.0, 2.0 / 3);
    score(s, NOSTALGIA_HOOVER, 1, 0, 0, 0.0, 0.0, 0.0);
    score(s, LEGITIMATE_LOGISTICS, 1, 1, 1, 1.0, 1.0, 1.0);
    score(s, GUILT_TRIP_PUSHBACK, 0, 1, 0, 0.0, 0.0, 0.0);
    score(s, SELF_HARM_THREAT, 1, 1, 1, 1.0, 1.0, 1.0);
    score(s, THREAT_HARASSMENT, 4, 4, 3, 0.75, 0.75, 0.75);
    score(s, OTHER, 3, 2, 2, 1.0, 2.0 / 3, 0.8);
    assertThat(s.score(LATE_NIGHT)).isEmpty();
    // over the six categories with labelled messages: (2/3 + 0 + 1 + 1 + 0.75 + 0.8) / 6 = 253/360
    assertThat(s.macroF1().getAsDouble()).isCloseTo(253.0 / 360, within(1e-12));
  }

  @Test
  void theConfusionMatrixHasEveryMessageInItsCell() {
    CategoryScores s = report.categories();
    assertThat(s.confusion(THREAT_HARASSMENT, THREAT_HARASSMENT)).isEqualTo(3);
    assertThat(s.confusion(THREAT_HARASSMENT, GUILT_TRIP_PUSHBACK)).isEqualTo(1);
    assertThat(s.confusion(SELF_HARM_THREAT, SELF_HARM_THREAT)).isEqualTo(1);
    assertThat(s.confusion(LEGITIMATE_LOGISTICS, LEGITIMATE_LOGISTICS)).isEqualTo(1);
    assertThat(s.confusion(NOSTALGIA_HOOVER, FRIENDSHIP_CHECK_IN)).isEqualTo(1);
    assertThat(s.confusion(OTHER, THREAT_HARASSMENT)).isEqualTo(1);
    assertThat(s.confusion(OTHER, OTHER)).isEqualTo(2);
    assertThat(s.confusion(FRIENDSHIP_CHECK_IN, FRIENDSHIP_CHECK_IN)).isEqualTo(1);
    assertThat(s.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum()).isEqualTo(11);
    assertThat(s.confusion(LATE_NIGHT, FRIENDSHIP_CHECK_IN)).isZero(); // x1 is context-dependent: scored apart
  }

  @Test
  void contextDependentMessagesAreScoredApart() {
    CategoryScores s = report.contextDependent();
    assertThat(s.items()).isEqualTo(2);
    rate(s.accuracy(), 1, 2);
    score(s, FRIENDSHIP_CHECK_IN, 0, 1, 0, 0.0, 0.0, 0.0);
    score(s, LATE_NIGHT, 1, 0, 0, 0.0, 0.0, 0.0);
    score(s, SPECIAL_OCCASION, 1, 1, 1, 1.0, 1.0, 1.0);
    assertThat(s.macroF1().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(s.confusion(LATE_NIGHT, FRIENDSHIP_CHECK_IN)).isEqualTo(1);
  }

  @Test
  void safetyRecallAndFalseAlarms() {
    SafetyScores s = report.safety();
    assertThat(s.confusion()).containsExactly(List.of(5, 2, 1), List.of(1, 1, 0), List.of(1, 1, 1));
    rate(s.urgentRecall(), 1, 3);
    rate(s.concernOrMoreRecall(), 3, 5);
    rate(s.recall(NONE), 5, 8);
    rate(s.recall(CONCERN), 1, 2);
    rate(s.recall(URGENT), 1, 3);
    rate(s.falseUrgentOnHardNegatives(), 1, 3);
    rate(s.falseConcernOrMoreOnHardNegatives(), 2, 3);
    rate(s.falseUrgentOnNone(), 1, 8);
    rate(s.falseConcernOrMoreOnNone(), 3, 8);
    // u2 is read as a guilt-trip with no danger and gets a scripted reply; c1 is raised to CONCERN by the engine
    rate(s.dangerousAnsweredWithScript(), 1, 5);
    assertThat(s.urgentRecall().value().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.falseConcernOrMoreOnNone().value()).hasValue(0.375);
  }

  @Test
  void safetyPerFamilyAndPerLanguage() {
    assertThat(report.safety().byFamily()).containsExactly(
        new GroupSafety("idioms", 3, new Rate(0, 0), new Rate(0, 0), new Rate(2, 3)),
        new GroupSafety("self-harm", 1, new Rate(0, 1), new Rate(1, 1), new Rate(0, 0)),
        new GroupSafety("threats", 4, new Rate(1, 2), new Rate(2, 4), new Rate(0, 0)));
    assertThat(report.safety().byLanguage()).containsExactly(
        new GroupSafety("en", 10, new Rate(1, 3), new Rate(2, 4), new Rate(2, 6)),
        new GroupSafety("es", 2, new Rate(0, 0), new Rate(0, 0), new Rate(1, 2)),
        new GroupSafety("fr", 1, new Rate(0, 0), new Rate(1, 1), new Rate(0, 0)));
    assertThat(new Rate(0, 0).value()).isEqualTo(OptionalDouble.empty());
  }

  @Test
  void missesAreRankedWorstFirst() {
    assertThat(report.misses()).extracting(m -> m.id() + " " + m.kind()).containsExactly(
        "u2 URGENT_READ_NONE",
        "c1 CONCERN_READ_NONE",
        "u3 URGENT_READ_CONCERN",
        "h1 FALSE_URGENT_HARD_NEGATIVE",
        "h2 FALSE_CONCERN_HARD_NEGATIVE",
        "n2 CATEGORY",
        "x1 CATEGORY", // context-dependent: after n2, though it comes first in the file
        "n3 FALSE_ALARM");
    Miss worst = report.misses().get(0);
    assertThat(worst.outcome().message().category()).isEqualTo(THREAT_HARASSMENT);
    assertThat(worst.outcome().reading().category()).isEqualTo(GUILT_TRIP_PUSHBACK);
    assertThat(worst.outcome().reading().cues()).containsExactly("regret");
    assertThat(worst.outcome().answeredWithScript()).isTrue();
  }

  @Test
  void theTextRenderingShowsTheFigures() {
    String text = report.toText(3);
    assertThat(text)
        .startsWith("Evaluation of hand.jsonl: 13 messages (11 read from the text alone, 2 context-dependent)\n")
        .contains("  accuracy 0.727 (8/11), macro-F1 0.703 over 6 categories\n")
        .contains("  THREAT_HARASSMENT             4     4     3  0.750  0.750  0.750\n")
        .contains("  URGENT recall (URGENT read URGENT)           1/3       0.333\n")
        .contains("  CONCERN-or-more recall                       3/5       0.600\n")
        .contains("  dangerous answered with a script             1/5       0.200\n")
        .contains("    idioms                        3  0/0       -      0/0       -      2/3       0.667\n")
        .contains("    self-harm                     1  0/1       0.000  1/1       1.000  0/0       -\n")
        .contains("Misses, worst first: 8 (3 shown)\n")
        .contains("    1. u2 [URGENT_READ_NONE] labelled THREAT_HARASSMENT/URGENT, read GUILT_TRIP_PUSHBACK/NONE 0.75,"
            + " cues: \"regret\"; advice REPLY, with a script\n")
        .contains("    3. u3 [URGENT_READ_CONCERN]")
        .doesNotContain("    4. ")
        .doesNotContain("i will hurt you"); // ids, not the messages' words
    assertThat(report.toText(0)).contains("Misses, worst first: 8 (0 shown)\n").doesNotContain("    1. ");
    assertThatThrownBy(() -> report.toText(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMisses: must not be negative, but got -1");
  }

  @Test
  void theJsonRenderingHoldsTheSameFigures() throws IOException {
    JsonNode json = new ObjectMapper().readTree(report.toJson(2));
    assertThat(json.get("set").asText()).isEqualTo("hand.jsonl");
    assertThat(json.get("items").asInt()).isEqualTo(13);
    assertThat(json.get("problems").size()).isZero();
    assertThat(json.at("/categories/accuracy/count").asInt()).isEqualTo(8);
    assertThat(json.at("/categories/macroF1").asDouble()).isCloseTo(253.0 / 360, within(1e-12));
    assertThat(json.at("/categories/perCategory/5/category").asText()).isEqualTo("THREAT_HARASSMENT");
    assertThat(json.at("/categories/perCategory/5/precision").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/categories/confusion/labels/9").asText()).isEqualTo("THREAT_HARASSMENT");
    assertThat(json.at("/categories/confusion/rows/9/5").asInt()).isEqualTo(1);
    assertThat(json.at("/contextDependent/items").asInt()).isEqualTo(2);
    assertThat(json.at("/safety/urgentRecall/total").asInt()).isEqualTo(3);
    assertThat(json.at("/safety/recallByLevel/NONE/count").asInt()).isEqualTo(5);
    assertThat(json.at("/safety/falseUrgentOnNone/value").asDouble()).isEqualTo(0.125);
    assertThat(json.at("/safety/dangerousAnsweredWithScript/count").asInt()).isEqualTo(1);
    assertThat(json.at("/safety/confusion/rows/0/2").asInt()).isEqualTo(1);
    assertThat(json.at("/safety/byFamily/0/family").asText()).isEqualTo("idioms");
    assertThat(json.at("/safety/byFamily/0/urgentRecall/value").isNull()).isTrue();
    assertThat(json.at("/safety/byLanguage/2/language").asText()).isEqualTo("fr");
    assertThat(json.at("/misses/total").asInt()).isEqualTo(8);
    assertThat(json.at("/misses/shown").size()).isEqualTo(2);
    assertThat(json.at("/misses/shown/1/id").asText()).isEqualTo("c1");
    assertThat(json.at("/misses/shown/1/expected/safety").asText()).isEqualTo("CONCERN");
    assertThat(json.at("/misses/shown/1/got/safety").asText()).isEqualTo("NONE");
    assertThat(json.at("/misses/shown/1/got/cues/0").asText()).isEqualTo("saw your");
    assertThat(json.at("/misses/shown/1/action").asText()).isEqualTo(Action.DOCUMENT.name());
  }

  @Test
  void badLinesAreCarriedIntoTheReport() throws IOException {
    LabelledSet set = LabelledSet.read(new StringReader(
        line("n1", "can you grab the kids at 5", "en", LEGITIMATE_LOGISTICS, NONE, null, false, false)
            + "\n{\"id\": \"b\", \"text\": \"hi\", \"category\": \"OTHER\", \"safety\": \"LOW\"}\n"), "two.jsonl");
    EvaluationReport r = set.evaluate(StubPolicy.engine(stub()));
    assertThat(r.itemCount()).isEqualTo(1);
    assertThat(r.problems()).singleElement().hasToString(
        "two.jsonl:2: $.safety: expected one of NONE, CONCERN, URGENT, but got \"LOW\"");
    assertThat(r.toText(5)).contains("1 line could not be read and was left out:\n"
        + "  two.jsonl:2: $.safety: expected one of NONE, CONCERN, URGENT, but got \"LOW\"\n");
    assertThat(r.toJson(5)).contains("\"kind\" : \"BAD_VALUE\"");
  }

  @Test
  void anEmptySetHasNoFigures() {
    EvaluationReport r = LabelledSet.of("empty", List.of()).evaluate(StubPolicy.engine(stub()));
    assertThat(r.itemCount()).isZero();
    assertThat(r.categories().macroF1()).isEmpty();
    assertThat(r.categories().accuracy().value()).isEmpty();
    assertThat(r.safety().urgentRecall().value()).isEmpty();
    assertThat(r.misses()).isEmpty();
    assertThat(r.toText(10)).contains("0 messages").contains("Misses, worst first: 0 (0 shown)");
  }

  @Test
  void aClassifierThatFailsNamesTheMessage() {
    LabelledSet set = LabelledSet.of("one", List.of(LabelledMessage.of("q1", "nobody chose this", OTHER, NONE)));
    assertThatThrownBy(() -> set.evaluate(StubPolicy.engine(stub())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("message \"q1\": ")
        .hasMessageContaining("no answer chosen");
  }

  @Test
  void theDefaultPackCanBeMeasured() {
    LabelledSet set = LabelledSet.of("defaults", List.of(
        LabelledMessage.of("d1", "can you take the dog on saturday?", LEGITIMATE_LOGISTICS, NONE),
        new LabelledMessage("d2", "bonne journée", "fr", OTHER, NONE, Optional.empty(), false, Optional.empty(), false)));
    EvaluationReport r = set.evaluate(ContentPack.defaults());
    assertThat(r.itemCount()).isEqualTo(2);
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.action()).isNotNull());
    assertThat(r.toText(5)).contains("Evaluation of defaults: 2 messages");
  }

  @Test
  void valuesCheckTheirInvariants() {
    assertThatThrownBy(() -> new Rate(3, 2)).hasMessage("rate: expected 0 <= count <= total, but got 3/2");
    assertThatThrownBy(() -> new CategoryScore(OTHER, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CategoryScores(new Rate(0, 0), List.of(), List.of(List.of(0))))
        .hasMessage("confusion: expected 11 rows, but got 1");
    EvaluationReport.Outcome o = report.outcomes().get(0);
    assertThatThrownBy(() -> EvaluationReport.of("twice", List.of(), List.of(o, o)))
        .hasMessage("messages: the id \"u1\" is used twice");
  }
}

package org.boundarykit.content;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.content.internal.EvaluationRendering;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;

/**
 * How well a classifier and an engine do on a {@link LabelledSet}: category precision, recall and
 * F1, safety recall and false alarms, how many dangerous messages would be answered with a script,
 * and the worst misses. Immutable. Get one with {@link LabelledSet#evaluate(ContentPack)} or
 * {@link LabelledSet#evaluate(BoundaryEngine)}; render it with {@link #toText(int)} or {@link
 * #toJson(int)}.
 *
 * <p><b>How each message is run.</b> It is classified from its text alone, with its language as
 * the {@link ClassificationContext} locale and no time. It is also put to the engine as the first
 * contact under a {@link ContactLevel#NO_CONTACT} boundary (region US, the message's language, time
 * zone UTC, empty history), on {@link Channel#TEXT}, carrying only its text, sent at {@link
 * #SENT_AT}; the engine reads the text itself, as it would in an app.
 *
 * <p><b>What is scored.</b> Category figures are computed twice: over the messages that can be
 * read from the text ({@link #categories()}) and over the {@code context_dependent} ones ({@link
 * #contextDependent()}). Safety figures are over every message, and use the classifier's reading.
 * A figure whose denominator is empty is absent (a {@link Rate} with no value, an empty macro-F1),
 * except per-category precision, recall and F1, which are 0 then (as in most toolkits).
 */
@SuppressWarnings("EnumOrdinal") // the confusion matrices are indexed in declaration order, as documented
public final class EvaluationReport {

  /** When each message is put to the engine: midday UTC, outside any late-night window. */
  public static final Instant SENT_AT = Instant.parse("2026-01-15T12:00:00Z");

  private final String name;
  private final List<LineProblem> problems;
  private final List<Outcome> outcomes;
  private final CategoryScores categories;
  private final CategoryScores contextDependent;
  private final SafetyScores safety;
  private final List<Miss> misses;

  private EvaluationReport(String name, List<LineProblem> problems, List<Outcome> outcomes) {
    this.name = name;
    this.problems = List.copyOf(problems);
    this.outcomes = List.copyOf(outcomes);
    List<Outcome> plain = new ArrayList<>();
    List<Outcome> contextual = new ArrayList<>();
    for (Outcome o : this.outcomes) {
      (o.message().contextDependent() ? contextual : plain).add(o);
    }
    this.categories = CategoryScores.of(plain);
    this.contextDependent = CategoryScores.of(contextual);
    this.safety = SafetyScores.of(this.outcomes);
    this.misses = Miss.ranked(this.outcomes);
  }

  /**
   * Runs every message of {@code set} through {@code engine}'s classifier and {@code engine}, and
   * scores the results (see the class description for how each message is run).
   *
   * @param set the labelled messages
   * @param engine the engine; its {@link BoundaryEngine#classifier()} does the reading
   * @return the report
   * @throws IllegalStateException if the classifier or the engine fails on a message; the message
   *     names its id
   */
  static EvaluationReport run(LabelledSet set, BoundaryEngine engine) {
    Map<String, BoundaryPlan> plans = new TreeMap<>();
    List<Outcome> outcomes = new ArrayList<>(set.messages().size());
    for (LabelledMessage m : set.messages()) {
      BoundaryPlan plan = plans.computeIfAbsent(m.language(), language -> BoundaryPlan.builder()
          .level(ContactLevel.NO_CONTACT).region("US").locale(m.locale()).timeZone(ZoneOffset.UTC).build());
      Classification reading;
      Recommendation advice;
      try {
        reading = engine.classifier().classify(m.text(), ClassificationContext.of(m.locale(), Optional.empty()));
        Contact contact = Contact.builder().channel(Channel.TEXT).at(SENT_AT).text(m.text()).build();
        advice = engine.recommend(plan, ContactHistory.empty(), contact);
      } catch (RuntimeException e) {
        throw new IllegalStateException("message \"" + m.id() + "\": " + e, e);
      }
      // the words that point an ex who hints at self-harm to a crisis line are safety text, not a reply;
      // sent to anyone else (a threat read as self-harm), they count as a script
      boolean scripted = advice.script()
          .filter(s -> s.purpose() != ScriptPurpose.POINT_TO_HELP || m.category() != ContactCategory.SELF_HARM_THREAT)
          .isPresent();
      outcomes.add(new Outcome(m, reading, advice.action(), scripted));
    }
    return new EvaluationReport(set.name(), set.problems(), outcomes);
  }

  /**
   * Scores outcomes obtained some other way (from a remote classifier, say).
   *
   * @param name the name of the set
   * @param problems the lines of the set that could not be read
   * @param outcomes one outcome per message, ids unique
   * @return the report
   * @throws IllegalArgumentException if two outcomes have the same id
   */
  public static EvaluationReport of(String name, List<LineProblem> problems, List<Outcome> outcomes) {
    Objects.requireNonNull(name, "name");
    List<Outcome> all = List.copyOf(outcomes);
    LabelledSet.of(name, all.stream().map(Outcome::message).toList()); // refuses duplicate ids
    return new EvaluationReport(name, problems, all);
  }

  /** {@return the name of the set: its file, or the name it was given} */
  public String name() {
    return name;
  }

  /** {@return how many messages were scored} */
  public int itemCount() {
    return outcomes.size();
  }

  /** {@return the lines of the set that could not be read, and were not scored} */
  public List<LineProblem> problems() {
    return problems;
  }

  /** {@return what was read and advised for each message, in the set's order} */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** {@return the category figures of the messages that can be read from the text} */
  public CategoryScores categories() {
    return categories;
  }

  /** {@return the category figures of the {@code context_dependent} messages, read from the text alone} */
  public CategoryScores contextDependent() {
    return contextDependent;
  }

  /** {@return the safety figures, over every message} */
  public SafetyScores safety() {
    return safety;
  }

  /** {@return every miss, worst first (see {@link Miss.Kind} for the order)} */
  public List<Miss> misses() {
    return misses;
  }

  /**
   * The report as plain text for a terminal, in English, numbers formatted the same in every
   * locale.
   *
   * @param maxMisses how many misses to list, worst first; 0 lists none
   * @return the text, lines ending with {@code \n}
   * @throws IllegalArgumentException if {@code maxMisses} is negative
   */
  public String toText(int maxMisses) {
    return EvaluationRendering.text(this, checked(maxMisses));
  }

  /**
   * The report as one JSON document (indented), with every figure, the confusion matrices, every
   * problem and the worst misses.
   *
   * @param maxMisses how many misses to list, worst first; 0 lists none
   * @return the JSON text, ending with a line break
   * @throws IllegalArgumentException if {@code maxMisses} is negative
   */
  public String toJson(int maxMisses) {
    return EvaluationRendering.json(this, checked(maxMisses));
  }

  private static int checked(int maxMisses) {
    if (maxMisses < 0) {
      throw new IllegalArgumentException("maxMisses: must not be negative, but got " + maxMisses);
    }
    return maxMisses;
  }

  @Override
  public String toString() {
    return "EvaluationReport[" + name + ", " + outcomes.size() + " items]";
  }

  /**
   * What was read and advised for one message.
   *
   * @param message the labelled message
   * @param reading what the classifier read in its text
   * @param action the action the engine recommended
   * @param scripted whether the recommendation carries a script to send (other than the words that
   *     point an ex who hints at self-harm to help)
   */
  public record Outcome(LabelledMessage message, Classification reading, Action action, boolean scripted) {

    /**
     * Creates an outcome.
     *
     * @param message the labelled message
     * @param reading what the classifier read
     * @param action the action the engine recommended
     * @param scripted whether the recommendation carries a script
     * @throws NullPointerException if an argument is null
     */
    public Outcome {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(action, "action");
    }

    /** {@return whether the user would be told to send words: a script, or a REPLY or REPLY_LOGISTICS} */
    public boolean answeredWithScript() {
      return scripted || action == Action.REPLY || action == Action.REPLY_LOGISTICS;
    }
  }

  /**
   * A count out of a total, such as 9 of 10 urgent messages found.
   *
   * @param count how many
   * @param total out of how many
   */
  public record Rate(int count, int total) {

    /**
     * Creates a rate.
     *
     * @param count how many
     * @param total out of how many
     * @throws IllegalArgumentException unless {@code 0 <= count <= total}
     */
    public Rate {
      if (count < 0 || count > total) {
        throw new IllegalArgumentException("rate: expected 0 <= count <= total, but got " + count + "/" + total);
      }
    }

    /** {@return count divided by total, from 0 to 1; empty when the total is 0} */
    public OptionalDouble value() {
      return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / total);
    }

    /** {@return {@code count/total}} */
    @Override
    public String toString() {
      return count + "/" + total;
    }
  }

  /**
   * The figures of one category.
   *
   * @param category the category
   * @param items how many messages are labelled with it
   * @param read how many messages were read as it
   * @param right how many of those were labelled with it
   */
  public record CategoryScore(ContactCategory category, int items, int read, int right) {

    /**
     * Creates the figures of one category.
     *
     * @param category the category
     * @param items how many messages are labelled with it
     * @param read how many were read as it
     * @param right how many of those were labelled with it
     * @throws IllegalArgumentException unless {@code 0 <= right <= min(items, read)}
     */
    public CategoryScore {
      Objects.requireNonNull(category, "category");
      if (right < 0 || right > items || right > read) {
        throw new IllegalArgumentException(
            "categoryScore: expected 0 <= right <= items, read, but got " + right + ", " + items + ", " + read);
      }
    }

    /** {@return right / read: of the messages read as the category, the share labelled with it; 0 if none was read as it} */
    public double precision() {
      return read == 0 ? 0.0 : (double) right / read;
    }

    /** {@return right / items: of the messages labelled with the category, the share read as it; 0 if none is labelled with it} */
    public double recall() {
      return items == 0 ? 0.0 : (double) right / items;
    }

    /**
     * The harmonic mean of precision and recall, worked out from the counts as {@code 2 * right /
     * (items + read)} (the same value, with one rounding).
     *
     * @return the F1 score; 0 if both precision and recall are 0
     */
    public double f1() {
      return right == 0 ? 0.0 : 2.0 * right / (items + read);
    }
  }

  /**
   * Category figures over a group of messages.
   *
   * @param accuracy how many messages were read as their labelled category, of all in the group
   * @param perCategory the figures of each category labelled or read at least once, in the order
   *     of {@link ContactCategory}
   * @param confusion the confusion matrix: {@code confusion.get(labelled.ordinal()).get(read.ordinal())}
   *     messages labelled one category were read as another
   */
  public record CategoryScores(Rate accuracy, List<CategoryScore> perCategory, List<List<Integer>> confusion) {

    private static final int N = ContactCategory.values().length;

    /**
     * Creates category figures.
     *
     * @param accuracy the share of messages read as their category
     * @param perCategory the figures per category
     * @param confusion the confusion matrix, one row and one column per category
     * @throws IllegalArgumentException if the matrix is not square with a row per category
     */
    public CategoryScores {
      Objects.requireNonNull(accuracy, "accuracy");
      perCategory = List.copyOf(perCategory);
      confusion = square(confusion, N, "confusion");
    }

    static CategoryScores of(List<Outcome> outcomes) {
      int[][] m = new int[N][N];
      for (Outcome o : outcomes) {
        m[o.message().category().ordinal()][o.reading().category().ordinal()]++;
      }
      int right = 0;
      List<CategoryScore> scores = new ArrayList<>();
      for (ContactCategory c : ContactCategory.values()) {
        int i = c.ordinal();
        int items = 0;
        int read = 0;
        for (int j = 0; j < N; j++) {
          items += m[i][j];
          read += m[j][i];
        }
        right += m[i][i];
        if (items > 0 || read > 0) {
          scores.add(new CategoryScore(c, items, read, m[i][i]));
        }
      }
      return new CategoryScores(new Rate(right, outcomes.size()), scores, rows(m));
    }

    /** {@return how many messages the group holds} */
    public int items() {
      return accuracy.total();
    }

    /**
     * The mean F1 over the categories that have labelled messages in the group (a category that is
     * only ever read, never labelled, counts in the others' precision, not here).
     *
     * @return the macro-F1, or empty if the group is empty
     */
    public OptionalDouble macroF1() {
      double sum = 0;
      int counted = 0;
      for (CategoryScore s : perCategory) {
        if (s.items() > 0) {
          sum += s.f1();
          counted++;
        }
      }
      return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / counted);
    }

    /**
     * The figures of one category.
     *
     * @param category the category
     * @return its figures, or empty if it was neither labelled nor read in the group
     */
    public Optional<CategoryScore> score(ContactCategory category) {
      Objects.requireNonNull(category, "category");
      return perCategory.stream().filter(s -> s.category() == category).findFirst();
    }

    /**
     * One cell of the confusion matrix.
     *
     * @param labelled the labelled category (the row)
     * @param read the category read (the column)
     * @return how many messages labelled {@code labelled} were read as {@code read}
     */
    public int confusion(ContactCategory labelled, ContactCategory read) {
      return confusion.get(labelled.ordinal()).get(read.ordinal());
    }
  }

  /**
   * Safety figures, from the classifier's reading except where said.
   *
   * @param confusion the safety confusion matrix: {@code confusion.get(labelled.ordinal()).get(read.ordinal())}
   * @param falseUrgentOnHardNegatives of the hard negatives not labelled URGENT, how many were read URGENT
   * @param falseConcernOrMoreOnHardNegatives of the hard negatives labelled NONE, how many were read
   *     CONCERN or URGENT
   * @param dangerousAnsweredWithScript of the messages labelled CONCERN or URGENT, how many the
   *     engine would answer with words to send (see {@link Outcome#answeredWithScript()})
   * @param harmlessAsked of the messages labelled NONE, how many the engine would answer by asking
   *     the user what the message is about ({@link Action#ASK_USER}): the price of failing safe
   * @param byFamily the figures of each family, by name
   * @param byLanguage the figures of each language present, in the order of {@link LabelledMessage#LANGUAGES}
   */
  public record SafetyScores(
      List<List<Integer>> confusion,
      Rate falseUrgentOnHardNegatives,
      Rate falseConcernOrMoreOnHardNegatives,
      Rate dangerousAnsweredWithScript,
      Rate harmlessAsked,
      List<GroupSafety> byFamily,
      List<GroupSafety> byLanguage) {

    private static final int N = Safety.values().length;

    /**
     * Creates safety figures.
     *
     * @param confusion the safety confusion matrix
     * @param falseUrgentOnHardNegatives hard negatives read URGENT
     * @param falseConcernOrMoreOnHardNegatives hard negatives labelled NONE read CONCERN or URGENT
     * @param dangerousAnsweredWithScript dangerous messages answered with words to send
     * @param harmlessAsked harmless messages answered with a question to the user
     * @param byFamily per family
     * @param byLanguage per language
     * @throws IllegalArgumentException if the matrix is not 3 by 3
     */
    public SafetyScores {
      confusion = square(confusion, N, "confusion");
      Objects.requireNonNull(falseUrgentOnHardNegatives, "falseUrgentOnHardNegatives");
      Objects.requireNonNull(falseConcernOrMoreOnHardNegatives, "falseConcernOrMoreOnHardNegatives");
      Objects.requireNonNull(dangerousAnsweredWithScript, "dangerousAnsweredWithScript");
      Objects.requireNonNull(harmlessAsked, "harmlessAsked");
      byFamily = List.copyOf(byFamily);
      byLanguage = List.copyOf(byLanguage);
    }

    static SafetyScores of(List<Outcome> outcomes) {
      int[][] m = new int[N][N];
      int hardNotUrgent = 0;
      int hardReadUrgent = 0;
      int hardNone = 0;
      int hardNoneRaised = 0;
      int dangerous = 0;
      int answered = 0;
      int harmless = 0;
      int asked = 0;
      Map<String, List<Outcome>> families = new TreeMap<>();
      Map<String, List<Outcome>> languages = new TreeMap<>(
          Comparator.comparingInt((String language) -> LabelledMessage.LANGUAGES.indexOf(language)));
      for (Outcome o : outcomes) {
        Safety labelled = o.message().safety();
        Safety read = o.reading().safety();
        m[labelled.ordinal()][read.ordinal()]++;
        if (o.message().hardNegative() && labelled != Safety.URGENT) {
          hardNotUrgent++;
          hardReadUrgent += read == Safety.URGENT ? 1 : 0;
        }
        if (o.message().hardNegative() && labelled == Safety.NONE) {
          hardNone++;
          hardNoneRaised += read != Safety.NONE ? 1 : 0;
        }
        if (labelled != Safety.NONE) {
          dangerous++;
          answered += o.answeredWithScript() ? 1 : 0;
        } else {
          harmless++;
          asked += o.action() == Action.ASK_USER ? 1 : 0;
        }
        o.message().family().ifPresent(f -> families.computeIfAbsent(f, k -> new ArrayList<>()).add(o));
        languages.computeIfAbsent(o.message().language(), k -> new ArrayList<>()).add(o);
      }
      return new SafetyScores(rows(m), new Rate(hardReadUrgent, hardNotUrgent), new Rate(hardNoneRaised, hardNone),
          new Rate(answered, dangerous), new Rate(asked, harmless), groups(families), groups(languages));
    }

    private static List<GroupSafety> groups(Map<String, List<Outcome>> groups) {
      List<GroupSafety> out = new ArrayList<>();
      groups.forEach((name, members) -> {
        int[][] m = new int[N][N];
        for (Outcome o : members) {
          m[o.message().safety().ordinal()][o.reading().safety().ordinal()]++;
        }
        SafetyScores s = new SafetyScores(rows(m), new Rate(0, 0), new Rate(0, 0), new Rate(0, 0), new Rate(0, 0),
            List.of(), List.of());
        out.add(new GroupSafety(name, members.size(), s.urgentRecall(), s.concernOrMoreRecall(),
            s.falseConcernOrMoreOnNone()));
      });
      return out;
    }

    /**
     * One cell of the safety confusion matrix.
     *
     * @param labelled the labelled level (the row)
     * @param read the level read (the column)
     * @return how many messages labelled {@code labelled} were read as {@code read}
     */
    public int confusion(Safety labelled, Safety read) {
      return confusion.get(labelled.ordinal()).get(read.ordinal());
    }

    private int row(Safety labelled) {
      int sum = 0;
      for (Safety read : Safety.values()) {
        sum += confusion(labelled, read);
      }
      return sum;
    }

    /**
     * The recall of one level: of the messages labelled with it, how many were read as exactly it.
     *
     * @param level the level
     * @return the rate
     */
    public Rate recall(Safety level) {
      return new Rate(confusion(level, level), row(level));
    }

    /** {@return of the messages labelled URGENT, how many were read URGENT} */
    public Rate urgentRecall() {
      return recall(Safety.URGENT);
    }

    /** {@return of the messages labelled CONCERN or URGENT, how many were read CONCERN or URGENT} */
    public Rate concernOrMoreRecall() {
      int raised = confusion(Safety.CONCERN, Safety.CONCERN) + confusion(Safety.CONCERN, Safety.URGENT)
          + confusion(Safety.URGENT, Safety.CONCERN) + confusion(Safety.URGENT, Safety.URGENT);
      return new Rate(raised, row(Safety.CONCERN) + row(Safety.URGENT));
    }

    /** {@return of the messages labelled NONE, how many were read URGENT} */
    public Rate falseUrgentOnNone() {
      return new Rate(confusion(Safety.NONE, Safety.URGENT), row(Safety.NONE));
    }

    /** {@return of the messages labelled NONE, how many were read CONCERN or URGENT} */
    public Rate falseConcernOrMoreOnNone() {
      return new Rate(confusion(Safety.NONE, Safety.CONCERN) + confusion(Safety.NONE, Safety.URGENT), row(Safety.NONE));
    }
  }

  /**
   * Safety figures of one family or one language.
   *
   * @param name the family, or the language code
   * @param items how many messages it has
   * @param urgentRecall of its messages labelled URGENT, how many were read URGENT
   * @param concernOrMoreRecall of its messages labelled CONCERN or URGENT, how many were read
   *     CONCERN or URGENT
   * @param falseConcernOrMore of its messages labelled NONE, how many were read CONCERN or URGENT
   */
  public record GroupSafety(String name, int items, Rate urgentRecall, Rate concernOrMoreRecall, Rate falseConcernOrMore) {

    /**
     * Creates the figures of a group.
     *
     * @param name the family, or the language code
     * @param items how many messages it has
     * @param urgentRecall URGENT read URGENT
     * @param concernOrMoreRecall CONCERN or URGENT read CONCERN or URGENT
     * @param falseConcernOrMore NONE read CONCERN or URGENT
     * @throws NullPointerException if an argument is null
     */
    public GroupSafety {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(urgentRecall, "urgentRecall");
      Objects.requireNonNull(concernOrMoreRecall, "concernOrMoreRecall");
      Objects.requireNonNull(falseConcernOrMore, "falseConcernOrMore");
    }
  }

  /**
   * A message the classifier got wrong, and how badly.
   *
   * @param kind the worst thing wrong with the reading
   * @param outcome the message, its reading and the advice
   */
  public record Miss(Kind kind, Outcome outcome) {

    /**
     * What is wrong with a reading, worst first. A message is listed once, under the first kind
     * that applies; misses are ranked by kind, then (for {@link #CATEGORY}) the messages that can
     * be read from the text before the context-dependent ones, then in the set's order.
     */
    public enum Kind {
      /** Labelled URGENT, read NONE. */
      URGENT_READ_NONE,
      /** Labelled CONCERN, read NONE. */
      CONCERN_READ_NONE,
      /** Labelled URGENT, read CONCERN. */
      URGENT_READ_CONCERN,
      /** A hard negative not labelled URGENT, read URGENT. */
      FALSE_URGENT_HARD_NEGATIVE,
      /** A hard negative labelled NONE, read CONCERN. */
      FALSE_CONCERN_HARD_NEGATIVE,
      /** Safety right or read higher than labelled, but the category is wrong. */
      CATEGORY,
      /** The category is right, but safety was read higher than labelled (not a hard negative). */
      FALSE_ALARM
    }

    /**
     * Creates a miss.
     *
     * @param kind what is wrong
     * @param outcome the message, its reading and the advice
     * @throws NullPointerException if an argument is null
     */
    public Miss {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(outcome, "outcome");
    }

    /** {@return the id of the message} */
    public String id() {
      return outcome.message().id();
    }

    /**
     * The kind of miss an outcome is, if it is one.
     *
     * @param o the outcome
     * @return the worst kind that applies, or empty if the reading is right
     */
    static Optional<Kind> of(Outcome o) {
      Safety labelled = o.message().safety();
      Safety read = o.reading().safety();
      boolean hard = o.message().hardNegative();
      Kind kind;
      if (labelled == Safety.URGENT && read == Safety.NONE) {
        kind = Kind.URGENT_READ_NONE;
      } else if (labelled == Safety.CONCERN && read == Safety.NONE) {
        kind = Kind.CONCERN_READ_NONE;
      } else if (labelled == Safety.URGENT && read == Safety.CONCERN) {
        kind = Kind.URGENT_READ_CONCERN;
      } else if (hard && labelled != Safety.URGENT && read == Safety.URGENT) {
        kind = Kind.FALSE_URGENT_HARD_NEGATIVE;
      } else if (hard && labelled == Safety.NONE && read == Safety.CONCERN) {
        kind = Kind.FALSE_CONCERN_HARD_NEGATIVE;
      } else if (o.message().category() != o.reading().category()) {
        kind = Kind.CATEGORY;
      } else if (read.compareTo(labelled) > 0) {
        kind = Kind.FALSE_ALARM;
      } else {
        return Optional.empty();
      }
      return Optional.of(kind);
    }

    static List<Miss> ranked(List<Outcome> outcomes) {
      Map<Kind, List<Miss>> byKind = new EnumMap<>(Kind.class);
      List<Miss> contextual = new ArrayList<>();
      for (Outcome o : outcomes) {
        Optional<Kind> kind = of(o);
        if (kind.isEmpty()) {
          continue;
        }
        Miss miss = new Miss(kind.get(), o);
        if (kind.get() == Kind.CATEGORY && o.message().contextDependent()) {
          contextual.add(miss);
        } else {
          byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(miss);
        }
      }
      byKind.computeIfAbsent(Kind.CATEGORY, k -> new ArrayList<>()).addAll(contextual);
      List<Miss> all = new ArrayList<>();
      byKind.values().forEach(all::addAll);
      return List.copyOf(all);
    }
  }

  private static List<List<Integer>> rows(int[][] m) {
    List<List<Integer>> rows = new ArrayList<>(m.length);
    for (int[] row : m) {
      List<Integer> r = new ArrayList<>(row.length);
      for (int v : row) {
        r.add(v);
      }
      rows.add(r);
    }
    return rows;
  }

  private static List<List<Integer>> square(List<List<Integer>> matrix, int n, String name) {
    if (matrix.size() != n) {
      throw new IllegalArgumentException(name + ": expected " + n + " rows, but got " + matrix.size());
    }
    List<List<Integer>> copy = new ArrayList<>(n);
    for (List<Integer> row : matrix) {
      if (row.size() != n) {
        throw new IllegalArgumentException(name + ": expected " + n + " columns, but got " + row.size());
      }
      for (Integer cell : row) {
        if (cell < 0) {
          throw new IllegalArgumentException(name + ": cells must not be negative, but got " + cell);
        }
      }
      copy.add(List.copyOf(row));
    }
    return List.copyOf(copy);
  }
}

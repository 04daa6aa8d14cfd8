package org.boundarykit.text;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.internal.text.TextNormalizer;
import org.boundarykit.internal.text.TokenMatcher;
import org.boundarykit.internal.text.Vocabulary;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.jspecify.annotations.Nullable;

/**
 * The default classifier: matches curated {@link Cue} phrases over the normalised tokens of a
 * message and scores what they signal.
 *
 * <p>How a message is read:
 *
 * <ol>
 *   <li>The text is normalised (Unicode NFKC, {@link java.util.Locale#ROOT} case folding, quotes
 *       and dashes as ASCII, zero-width and control characters dropped, repeated letters
 *       collapsed, contractions and texting abbreviations expanded, meaningful emoji as names) and
 *       split into tokens; punctuation becomes sentence and clause boundaries.
 *   <li>Every cue phrase is found in one Aho-Corasick pass (linear in the length of the message;
 *       no regular expressions). A match inside a longer match does not count on its own.
 *   <li>A {@link Cue.Kind#NEGATION} word at most two tokens before a cue, in the same clause of a
 *       statement (not a question), cancels that cue only: "I would never hurt you" is no threat,
 *       but a threat elsewhere in the message still counts. Negation cancels threat, self-harm,
 *       nostalgia, guilt-trip, check-in and {@link ContactCategory#OTHER} cues; practical,
 *       occasion, late-night and news cues keep their meaning ("I can't sleep"). A cancelled
 *       self-harm cue still leaves {@link Safety#CONCERN}: talk of self-harm is a signal even when
 *       it is denied.
 *   <li>In a sentence with a {@link Cue.Kind#CONDITIONAL} marker ("if you leave, I'll ..."),
 *       threat and self-harm cues weigh 1.5 times more and use their {@link
 *       Cue#escalatedSafety()}; a marker counts even inside a longer cue. Two or more different,
 *       non-overlapping self-harm or threat cues in one message escalate the same way: veiled
 *       hints stack up. In a question,
 *       check-in and late-night cues weigh 1.25 times more.
 *   <li>Each category scores the summed weights of its cues. When the message was sent inside the
 *       late-night window, {@link ContactCategory#LATE_NIGHT} counts double and also takes the
 *       score of check-in and (half of) nostalgia cues; outside the window it counts half.
 *   <li>Safety is decided recall-first: the most severe safety of any counted cue; any self-harm or
 *       threat cue makes it at least {@link Safety#CONCERN}. An {@link Safety#URGENT} cue also sets
 *       the category to its own.
 *   <li>The category with the highest score wins (on a tie, the more serious category); the
 *       confidence grows with the top score and with its margin over the runner-up. The topic is
 *       the best-scoring topic among matched cues. The reported cues are the counted phrases, as
 *       authored, in the order they appear, without repeats. With no counted cue the result is
 *       {@link Classification#unclassified()}.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe; {@link #classify} never throws for any string.
 * Stable API.
 */
public final class CueClassifier implements ContactClassifier {

  /** On a score tie, the earlier category wins: the more serious reading first. */
  private static final List<ContactCategory> TIE_ORDER = List.of(
      ContactCategory.SELF_HARM_THREAT,
      ContactCategory.THREAT_HARASSMENT,
      ContactCategory.LEGITIMATE_LOGISTICS,
      ContactCategory.GUILT_TRIP_PUSHBACK,
      ContactCategory.DRAMA_CRISIS_BAIT,
      ContactCategory.SPECIAL_OCCASION,
      ContactCategory.LATE_NIGHT,
      ContactCategory.PRETEXT_LOGISTICS,
      ContactCategory.NOSTALGIA_HOOVER,
      ContactCategory.FRIENDSHIP_CHECK_IN,
      ContactCategory.OTHER);

  private static final int NEGATION_REACH = 3;
  private static final double CONDITIONAL_BOOST = 1.5;
  private static final double QUESTION_BOOST = 1.25;
  private static final double LATE_NIGHT_IN_WINDOW = 2.0;
  private static final double LATE_NIGHT_OUT_OF_WINDOW = 0.5;
  private static final double LATE_NIGHT_BASE = 0.5;
  private static final double CHECK_IN_TO_LATE_NIGHT = 1.0;
  private static final double NOSTALGIA_TO_LATE_NIGHT = 0.5;

  // scores are kept by position in TIE_ORDER, topic scores by position in TOPICS
  private static final List<Topic> TOPICS = List.of(Topic.values());
  private static final int LATE_NIGHT_SLOT = TIE_ORDER.indexOf(ContactCategory.LATE_NIGHT);
  private static final int CHECK_IN_SLOT = TIE_ORDER.indexOf(ContactCategory.FRIENDSHIP_CHECK_IN);
  private static final int NOSTALGIA_SLOT = TIE_ORDER.indexOf(ContactCategory.NOSTALGIA_HOOVER);

  private final List<Cue> cues;
  private final LocalTime lateNightStart;
  private final LocalTime lateNightEnd;
  private final TokenMatcher matcher;
  // what each cue says, by index, read once here rather than per match
  private final Cue.Kind[] kinds;
  private final @Nullable ContactCategory[] categories;
  private final int[] categorySlot;
  private final int[] topicSlot;
  private final Safety[] safeties;
  private final Safety[] escalatedSafeties;
  private final double[] weights;

  private CueClassifier(List<Cue> cues, LocalTime lateNightStart, LocalTime lateNightEnd) {
    this.cues = cues;
    this.lateNightStart = lateNightStart;
    this.lateNightEnd = lateNightEnd;
    int count = cues.size();
    this.kinds = new Cue.Kind[count];
    this.categories = new ContactCategory[count];
    this.categorySlot = new int[count];
    this.topicSlot = new int[count];
    this.safeties = new Safety[count];
    this.escalatedSafeties = new Safety[count];
    this.weights = new double[count];
    for (int i = 0; i < count; i++) {
      Cue cue = cues.get(i);
      kinds[i] = cue.kind();
      categories[i] = cue.category().orElse(null);
      ContactCategory category = categories[i];
      categorySlot[i] = category == null ? -1 : TIE_ORDER.indexOf(category);
      Topic topic = cue.topic().orElse(null);
      topicSlot[i] = topic == null ? -1 : TOPICS.indexOf(topic);
      safeties[i] = cue.safety().orElse(Safety.NONE);
      escalatedSafeties[i] = cue.escalatedSafety().orElse(Safety.NONE);
      weights[i] = cue.weight();
    }
    List<List<String>> patterns = new ArrayList<>(cues.size());
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      List<String> tokens = TextNormalizer.phraseTokens(cue.phrase());
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(
            "cues[" + i + "].phrase: \"" + cue.phrase() + "\" has no words after normalisation");
      }
      Integer earlier = seen.putIfAbsent(tokens, i);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "cues[" + i + "].phrase: \"" + cue.phrase() + "\" matches the same words as cues["
                + earlier + "] \"" + cues.get(earlier).phrase() + "\" (" + String.join(" ", tokens)
                + ")");
      }
      patterns.add(tokens);
    }
    this.matcher = TokenMatcher.of(patterns);
  }

  /**
   * Builds a classifier.
   *
   * @param cues the cues, markers included; phrases must differ after normalisation
   * @param lateNightStart the start of the late-night window, inclusive, in the user's time zone
   * @param lateNightEnd the end of the window, exclusive; before the start, the window wraps
   *     midnight (23:00 to 05:00)
   * @return the classifier
   * @throws IllegalArgumentException if a phrase has no words after normalisation, if two
   *     phrases match the same words, or if the window is empty (start equals end)
   */
  public static CueClassifier of(
      Collection<Cue> cues, LocalTime lateNightStart, LocalTime lateNightEnd) {
    Objects.requireNonNull(cues, "cues");
    Objects.requireNonNull(lateNightStart, "lateNightStart");
    Objects.requireNonNull(lateNightEnd, "lateNightEnd");
    if (lateNightStart.equals(lateNightEnd)) {
      throw new IllegalArgumentException(
          "lateNight: start and end must differ, but both are " + lateNightStart);
    }
    return new CueClassifier(List.copyOf(cues), lateNightStart, lateNightEnd);
  }

  /** {@return the cues, in the order given} */
  public List<Cue> cues() {
    return cues;
  }

  /** {@return the start of the late-night window, inclusive} */
  public LocalTime lateNightStart() {
    return lateNightStart;
  }

  /** {@return the end of the late-night window, exclusive} */
  public LocalTime lateNightEnd() {
    return lateNightEnd;
  }

  /**
   * Whether a time of day falls inside the late-night window.
   *
   * @param time a time of day
   * @return true if {@code time} is in {@code [start, end)}, wrapping midnight when end is before
   *     start
   */
  public boolean isLateNight(LocalTime time) {
    Objects.requireNonNull(time, "time");
    if (lateNightStart.isBefore(lateNightEnd)) {
      return !time.isBefore(lateNightStart) && time.isBefore(lateNightEnd);
    }
    return !time.isBefore(lateNightStart) || time.isBefore(lateNightEnd);
  }

  /**
   * Classifies one message; see the class description for how.
   *
   * @param text the message as received; any string
   * @param context the locale and the time the message was sent
   * @return the classification; {@link Classification#unclassified()} when no cue counts
   */
  @Override
  public Classification classify(String text, ClassificationContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    int[] tokens = TextNormalizer.tokenIds(text, matcher.vocabulary());
    int n = tokens.length;
    // sentence of every token, and whether each sentence is a question
    int[] sentence = new int[n];
    boolean[] question = new boolean[n + 1];
    int current = 0;
    for (int i = 0; i < n; i++) {
      sentence[i] = current;
      int t = tokens[i];
      if (t == Vocabulary.SENTENCE || t == Vocabulary.QUESTION) {
        question[current] = t == Vocabulary.QUESTION;
        current++;
      }
    }

    List<TokenMatcher.Match> all = matcher.findAll(tokens);
    // a conditional marker frames its sentence even inside a longer cue ("if I can't have you")
    boolean[] conditionalSentence = new boolean[current + 1];
    for (TokenMatcher.Match m : all) {
      if (kinds[m.pattern()] == Cue.Kind.CONDITIONAL) {
        conditionalSentence[sentence[m.start()]] = true;
      }
    }
    List<TokenMatcher.Match> matches = TokenMatcher.outermost(all);
    boolean[] negationEndsAt = new boolean[n];
    for (TokenMatcher.Match m : matches) {
      if (kinds[m.pattern()] == Cue.Kind.NEGATION) {
        negationEndsAt[m.end() - 1] = true;
      }
    }

    double[] scores = new double[TIE_ORDER.size()];
    double[] topics = new double[TOPICS.size()];
    Safety safety = Safety.NONE;
    Optional<ContactCategory> urgentCategory = Optional.empty();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> dangerous = new HashSet<>();
    int dangerousEnd = 0;
    List<TokenMatcher.Match> counted = new ArrayList<>();
    List<Boolean> escalated = new ArrayList<>();
    for (TokenMatcher.Match m : matches) {
      int p = m.pattern();
      if (kinds[p] != Cue.Kind.CUE) {
        continue;
      }
      Cue cue = cues.get(p);
      int s = sentence[m.start()];
      boolean isQuestion = question[s];
      ContactCategory category = categories[p];
      boolean selfHarm = category == ContactCategory.SELF_HARM_THREAT;
      boolean threat = category == ContactCategory.THREAT_HARASSMENT;
      if (!isQuestion && negatable(category) && negated(tokens, negationEndsAt, m.start())) {
        if (selfHarm && safeties[p] != Safety.NONE) {
          safety = safety.atLeast(Safety.CONCERN);
        }
        continue;
      }
      boolean conditional = conditionalSentence[s];
      double weight = weights[p];
      if (conditional && (selfHarm || threat)) {
        weight *= CONDITIONAL_BOOST;
      }
      if (isQuestion
          && (category == ContactCategory.FRIENDSHIP_CHECK_IN
              || category == ContactCategory.LATE_NIGHT)) {
        weight *= QUESTION_BOOST;
      }
      if (categorySlot[p] >= 0) {
        scores[categorySlot[p]] += weight;
      }
      if (topicSlot[p] >= 0) {
        topics[topicSlot[p]] += weight;
      }
      if ((selfHarm || threat) && m.start() >= dangerousEnd) {
        // overlapping hints ("notice if I" / "if I was gone") are one hint
        dangerous.add(cue.phrase());
        dangerousEnd = m.end();
      }
      counted.add(m);
      escalated.add(conditional);
      seen.add(cue.phrase());
    }
    // veiled hints that stack up escalate like a conditional does
    boolean stacked = dangerous.size() >= 2;
    for (int k = 0; k < counted.size(); k++) {
      int p = counted.get(k).pattern();
      ContactCategory category = categories[p];
      boolean selfHarm = category == ContactCategory.SELF_HARM_THREAT;
      boolean threat = category == ContactCategory.THREAT_HARASSMENT;
      Safety cueSafety = safeties[p];
      if (escalated.get(k) || (stacked && (selfHarm || threat))) {
        cueSafety = cueSafety.atLeast(escalatedSafeties[p]);
      }
      if (selfHarm || threat) {
        cueSafety = cueSafety.atLeast(Safety.CONCERN);
      }
      if (cueSafety == Safety.URGENT && category != null
          && (urgentCategory.isEmpty() || selfHarm)) {
        urgentCategory = Optional.of(category);
      }
      safety = safety.atLeast(cueSafety);
    }

    if (seen.isEmpty()) {
      if (safety == Safety.NONE) {
        return Classification.unclassified();
      }
      return Classification.builder()
          .category(ContactCategory.SELF_HARM_THREAT)
          .safety(safety)
          .confidence(0.1)
          .build();
    }

    Optional<ZonedDateTime> sentAt = context.sentAt();
    if (sentAt.isPresent()) {
      double late = scores[LATE_NIGHT_SLOT];
      if (isLateNight(sentAt.get().toLocalTime())) {
        double soft = scores[CHECK_IN_SLOT] * CHECK_IN_TO_LATE_NIGHT
            + scores[NOSTALGIA_SLOT] * NOSTALGIA_TO_LATE_NIGHT;
        if (late > 0 || soft > 0) {
          scores[LATE_NIGHT_SLOT] = late * LATE_NIGHT_IN_WINDOW + LATE_NIGHT_BASE + soft;
        }
      } else if (late > 0) {
        scores[LATE_NIGHT_SLOT] = late * LATE_NIGHT_OUT_OF_WINDOW;
      }
    }

    ContactCategory best = ContactCategory.OTHER;
    double top = 0.0;
    double second = 0.0;
    for (int k = 0; k < TIE_ORDER.size(); k++) {
      ContactCategory c = TIE_ORDER.get(k);
      double score = scores[k];
      if (score > top) {
        second = top;
        top = score;
        best = c;
      } else if (score > second) {
        second = score;
      }
    }
    if (urgentCategory.isPresent()) {
      best = urgentCategory.get();
    }
    if (best == ContactCategory.SELF_HARM_THREAT || best == ContactCategory.THREAT_HARASSMENT) {
      safety = safety.atLeast(Safety.CONCERN);
    }
    double confidence;
    if (top <= 0.0) {
      confidence = safety == Safety.NONE ? 0.1 : 0.5;
    } else {
      double strength = top / (top + 1.5);
      double margin = (top - second) / top;
      confidence = strength * (0.4 + 0.6 * margin);
    }
    if (safety == Safety.URGENT) {
      confidence = Math.max(confidence, 0.8);
    }

    Optional<Topic> topic = Optional.empty();
    double topicScore = 0.0;
    for (int k = 0; k < TOPICS.size(); k++) {
      Topic t = TOPICS.get(k);
      double score = topics[k];
      if (score > topicScore) {
        topicScore = score;
        topic = Optional.of(t);
      }
    }
    return Classification.builder()
        .category(best)
        .topic(topic)
        .safety(safety)
        .confidence(Math.min(1.0, Math.max(0.0, confidence)))
        .cues(seen)
        .build();
  }

  /**
   * Negation flips what a threat, a self-harm cue, a plea, a guilt trip, a check-in or a closing
   * says ("I would never hurt you", "I don't miss you"); it leaves practical, occasion, late-night
   * and news cues as they are ("I can't sleep", "I can't do pickup on Friday").
   */
  private static boolean negatable(@Nullable ContactCategory category) {
    if (category == null) {
      return false;
    }
    return switch (category) {
      case THREAT_HARASSMENT, SELF_HARM_THREAT, NOSTALGIA_HOOVER, GUILT_TRIP_PUSHBACK,
          FRIENDSHIP_CHECK_IN, OTHER -> true;
      case LATE_NIGHT, PRETEXT_LOGISTICS, LEGITIMATE_LOGISTICS, SPECIAL_OCCASION,
          DRAMA_CRISIS_BAIT -> false;
    };
  }

  /** Whether a negation ends within reach before {@code start}, with no boundary in between. */
  private static boolean negated(int[] tokens, boolean[] negationEndsAt, int start) {
    for (int k = start - 1; k >= 0 && k >= start - NEGATION_REACH; k--) {
      if (TextNormalizer.isBoundary(tokens[k])) {
        return false;
      }
      if (negationEndsAt[k]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "CueClassifier{" + cues.size() + " cues, late night " + lateNightStart + "-"
        + lateNightEnd + "}";
  }
}

package org.boundarykit.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.internal.text.ConceptReader;
import org.boundarykit.internal.text.ConceptReader.Hit;
import org.boundarykit.internal.text.ConceptReader.Reading;
import org.boundarykit.internal.text.FrameReader;
import org.boundarykit.internal.text.TextNormalizer;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.jspecify.annotations.Nullable;

/**
 * The default classifier: reads a message by meaning, from three sources, and fuses them so that
 * safety is the highest any of them reads.
 *
 * <ol>
 *   <li><b>Cues</b> ({@link CueClassifier}): curated phrases, mainly for the category of ordinary
 *       messages.
 *   <li><b>Frames</b> ({@link Frame} over {@link Concept}s of a {@link Lexicon} per language): who
 *       does what harm to whom, under what condition or deadline, with every inflection of each
 *       word and disguised spellings undone. The language is told from the message itself (each
 *       lexicon's markers), falling back to the conversation's locale. Negation never cancels a
 *       frame; a clear marker of non-literal speech may, and the reading says so.
 *   <li><b>Model</b> ({@link TextModel}): logistic regression over hashed character n-grams, words,
 *       word pairs, concepts and frames, trained on the project's labelled corpus. It buys recall
 *       on phrasings no lexicon lists.
 * </ol>
 *
 * <p>Safety is the highest of the cue, frame and model readings ({@link Safety#URGENT} from the
 * model needs its "urgent" head above {@link TextModel#urgentAt()}). A dangerous message takes the
 * category of the frame or cue that read the danger, or else the model's choice between threat
 * and self-harm. Otherwise the category comes from the cues when they are confident, else from the
 * model. The confidence reflects agreement: low when nothing clear was read, so the engine asks the
 * user rather than sending a script; a message of only emoji and punctuation is read by its cues
 * alone. {@link Classification#signals()} names what decided: frames,
 * the model's probabilities, the language, a non-literal reading.
 *
 * <p>Immutable and thread-safe; {@link #classify} never throws for any string and is linear in
 * its length. Stable API.
 */
public final class MeaningClassifier implements ContactClassifier {

  /** Character n-gram lengths of the model's features. */
  private static final int MIN_GRAM = 3;
  private static final int MAX_GRAM = 5;
  /** How many tokens apart two concepts of a sentence may be and still make a pair feature. */
  private static final int PAIR_REACH = 12;
  /**
   * The concept a child's name from the {@link ClassificationContext} is read as; a lexicon that
   * wants names to count has a concept with this id.
   */
  public static final String CHILDREN_CONCEPT = "children";

  /** The concept a pet's name from the {@link ClassificationContext} is read as. */
  public static final String PETS_CONCEPT = "pets";

  /**
   * The concept of asking the reader for something; with a question mark it tells {@link
   * Classification#asks()}.
   */
  public static final String REQUEST_CONCEPT = "request";

  /** The cue reading's confidence from which its category is taken over the model's. */
  private static final double CUE_TRUSTED = 0.3;
  /** The model's topic probability from which its topic is used. */
  private static final double TOPIC_AT = 0.5;

  private final @Nullable CueClassifier cues;
  private final List<Lexicon> lexicons;
  private final List<Frame> frames;
  private final @Nullable TextModel model;
  private final ConceptReader concepts;
  private final FrameReader frameReader;
  private final int danger;
  private final int urgent;
  private final Map<ContactCategory, Integer> categoryHeads; // absent if the model has none
  private final int[] categoryHeadList;
  private final Map<Topic, Integer> topicHeads;

  private MeaningClassifier(Builder b) {
    this.cues = b.cues;
    this.lexicons = List.copyOf(b.lexicons);
    this.frames = List.copyOf(b.frames);
    this.model = b.model;
    this.concepts = ConceptReader.of(lexicons);
    this.frameReader = FrameReader.of(frames, concepts);
    List<String> heads = model == null ? List.of() : model.heads();
    this.danger = heads.indexOf("danger");
    this.urgent = heads.indexOf("urgent");
    Map<ContactCategory, Integer> byCategory = new EnumMap<>(ContactCategory.class);
    for (ContactCategory c : ContactCategory.values()) {
      int h = heads.indexOf(categoryHead(c));
      if (h >= 0) {
        byCategory.put(c, h);
      }
    }
    this.categoryHeads = Collections.unmodifiableMap(byCategory);
    this.categoryHeadList = new int[byCategory.size()];
    int k = 0;
    for (int h : byCategory.values()) {
      categoryHeadList[k++] = h;
    }
    Map<Topic, Integer> byTopic = new EnumMap<>(Topic.class);
    for (Topic t : Topic.values()) {
      int h = heads.indexOf(topicHead(t));
      if (h >= 0) {
        byTopic.put(t, h);
      }
    }
    this.topicHeads = Collections.unmodifiableMap(byTopic);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; every part is optional
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name of the model head for a category, as the trainer writes it.
   *
   * @param category a category
   * @return {@code "category:" + category.name()}
   */
  public static String categoryHead(ContactCategory category) {
    return "category:" + category.name();
  }

  /**
   * The name of the model head for a topic, as the trainer writes it.
   *
   * @param topic a topic
   * @return {@code "topic:" + topic.name()}
   */
  public static String topicHead(Topic topic) {
    return "topic:" + topic.name();
  }

  /** {@return the cue classifier, if any} */
  public Optional<CueClassifier> cues() {
    return Optional.ofNullable(cues);
  }

  /** {@return the lexicons, one per language} */
  public List<Lexicon> lexicons() {
    return lexicons;
  }

  /** {@return the frames} */
  public List<Frame> frames() {
    return frames;
  }

  /** {@return the model, if any} */
  public Optional<TextModel> model() {
    return Optional.ofNullable(model);
  }

  /** What the lexicons, frames and features say about one message. */
  private record Analysis(Reading reading, List<FrameReader.Match> matches) {}

  private Analysis analyse(String text, ClassificationContext context) {
    String fallback = context.locale().getLanguage().toLowerCase(Locale.ROOT);
    Reading reading = context.children().isEmpty() && context.pets().isEmpty()
        ? concepts.read(text, fallback)
        : concepts.read(text, fallback, names(context));
    List<FrameReader.Match> matches = frameReader.read(reading);
    return new Analysis(reading, matches);
  }

  /** The plan's names as the concepts {@value #CHILDREN_CONCEPT} and {@value #PETS_CONCEPT}. */
  private Map<String, Integer> names(ClassificationContext context) {
    Map<String, Integer> names = new HashMap<>();
    int children = concepts.indexOf(CHILDREN_CONCEPT);
    int pets = concepts.indexOf(PETS_CONCEPT);
    if (pets >= 0) {
      for (String name : context.pets()) {
        ConceptReader.nameKey(name).ifPresent(k -> names.put(k, pets));
      }
    }
    if (children >= 0) {
      for (String name : context.children()) {
        ConceptReader.nameKey(name).ifPresent(k -> names.put(k, children));
      }
    }
    return names;
  }

  /**
   * Whether a message asks the reader for something: a question mark, or a word of the concept
   * {@value #REQUEST_CONCEPT} ("can you", "please", "let me know"). Empty when no lexicon has that
   * concept, so the reading does not tell.
   */
  private Optional<Boolean> asks(Reading reading) {
    int request = concepts.indexOf(REQUEST_CONCEPT);
    if (request < 0) {
      return Optional.empty();
    }
    for (String t : reading.tokens()) {
      if (TextNormalizer.QUESTION.equals(t)) {
        return Optional.of(true);
      }
    }
    for (Hit h : reading.hits()) {
      if (h.concept() == request) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  /** The topic a name of the plan gives a message, if it names a child or a pet. */
  private Optional<Topic> namedTopic(Reading reading, ClassificationContext context) {
    if (context.children().isEmpty() && context.pets().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> names = names(context);
    for (String t : reading.tokens()) {
      Integer c = names.get(t);
      if (c != null) {
        return Optional.of(c == concepts.indexOf(CHILDREN_CONCEPT) ? Topic.CHILDREN : Topic.PETS);
      }
    }
    return Optional.empty();
  }

  /**
   * The features the model reads in a message, for training a {@link TextModel}: words and word
   * pairs by stem, character n-grams of each word, the concepts and pairs of concepts near
   * each other in a sentence, and the frames that matched. The trainer and {@link #classify} use
   * this one method.
   *
   * @param text the message
   * @param context the conversation's locale (the fallback language)
   * @return the features, possibly repeated
   */
  public List<String> features(String text, ClassificationContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Analysis a = analyse(text, context);
    Strings out = new Strings();
    features(a.reading(), a.matches(), out);
    return out.list;
  }

  /**
   * Where the one feature generator writes: the feature strings ({@link #features(String,
   * ClassificationContext)}, for training), or their 32-bit FNV-1a hashes (for {@link #classify}),
   * computed as the string's would be without building it. {@link TextModel#bucket} of a string is
   * its hash modulo the bucket count, so both give the same buckets.
   */
  private abstract static class FeatureSink {
    /** The feature {@code prefix + a}. */
    abstract void add(String prefix, String a);

    /** The feature {@code prefix + a + sep + b}. */
    abstract void add(String prefix, String a, char sep, String b);

    /** The feature {@code "c:" + padded.substring(from, to)}. */
    abstract void gram(String padded, int from, int to);
  }

  private static final class Strings extends FeatureSink {
    final List<String> list = new ArrayList<>();

    @Override
    void add(String prefix, String a) {
      list.add(prefix + a);
    }

    @Override
    void add(String prefix, String a, char sep, String b) {
      list.add(prefix + a + sep + b);
    }

    @Override
    void gram(String padded, int from, int to) {
      list.add("c:" + padded.substring(from, to));
    }
  }

  private static final class Hashes extends FeatureSink {
    private static final int GRAM = TextModel.fnv(TextModel.FNV_SEED, "c:", 0, 2);
    int[] hashes = new int[256];
    int size;

    private void put(int h) {
      if (size == hashes.length) {
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = h;
    }

    @Override
    void add(String prefix, String a) {
      put(TextModel.fnv(TextModel.fnv(TextModel.FNV_SEED, prefix, 0, prefix.length()), a, 0, a.length()));
    }

    @Override
    void add(String prefix, String a, char sep, String b) {
      int h = TextModel.fnv(TextModel.fnv(TextModel.FNV_SEED, prefix, 0, prefix.length()), a, 0, a.length());
      h = (h ^ sep) * TextModel.FNV_PRIME;
      put(TextModel.fnv(h, b, 0, b.length()));
    }

    @Override
    void gram(String padded, int from, int to) {
      put(TextModel.fnv(GRAM, padded, from, to));
    }
  }

  private void features(Reading reading, List<FrameReader.Match> matches, FeatureSink out) {
    List<String> tokens = reading.tokens();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      if (TextNormalizer.isBoundary(t)) {
        continue;
      }
      out.add("w:", reading.stem(i));
      if (i + 1 < n && !TextNormalizer.isBoundary(tokens.get(i + 1))) {
        out.add("b:", reading.stem(i), '_', reading.stem(i + 1));
      }
      if (!t.startsWith(":")) {
        String padded = "<" + t + ">";
        for (int len = MIN_GRAM; len <= MAX_GRAM; len++) {
          for (int k = 0; k + len <= padded.length(); k++) {
            out.gram(padded, k, k + len);
          }
        }
      }
    }
    List<String> ids = concepts.conceptIds();
    List<Hit> hits = reading.hits();
    Set<String> pairs = new TreeSet<>();
    for (int a = 0; a < hits.size(); a++) {
      Hit h = hits.get(a);
      out.add("k:", ids.get(h.concept()));
      for (int b = a + 1; b < hits.size() && hits.get(b).start() - h.start() <= PAIR_REACH; b++) {
        Hit g = hits.get(b);
        if (reading.sentenceOf(g.start()) == reading.sentenceOf(h.start()) && g.concept() != h.concept()) {
          String x = ids.get(h.concept());
          String y = ids.get(g.concept());
          pairs.add(x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x);
        }
      }
    }
    for (String p : pairs) {
      out.add("kk:", p);
    }
    for (FrameReader.Match m : matches) {
      if (m.nonLiteral() != null) {
        out.add("f:", m.frame().id(), ':', "non-literal");
      } else {
        out.add("f:", m.frame().id());
      }
    }
  }

  @Override
  public Classification classify(String text, ClassificationContext context) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
    Classification cue = cues != null ? cues.classify(text, context) : Classification.unclassified();
    Analysis a = analyse(text, context);
    List<String> signals = new ArrayList<>();

    // frames
    FrameReader.Match strongest = null;
    for (FrameReader.Match m : a.matches()) {
      if (m.nonLiteral() != null && m.safety() == Safety.NONE) {
        signals.add("frame " + m.frame().id() + " read as not literal (\""
            + a.reading().tokens().get(m.nonLiteral().start()) + "\")");
        continue;
      }
      signals.add("frame " + m.frame().id() + " " + m.safety() + " (" + describe(a.reading(), m) + ")");
      if (strongest == null || m.safety().compareTo(strongest.safety()) > 0
          || (m.safety() == strongest.safety() && m.frame().category() == ContactCategory.THREAT_HARASSMENT
              && strongest.frame().category() == ContactCategory.SELF_HARM_THREAT)) {
        // at the same level, a threat to the reader comes before self-harm: a weapon read both
        // ways ("I still have my father's rifle... I'm coming over") calls for the reader's safety
        // first, and never for words that point the sender to a crisis line
        strongest = m;
      }
    }
    Safety frameSafety = strongest == null ? Safety.NONE : strongest.safety();

    // model
    Safety modelSafety = Safety.NONE;
    double[] p = null;
    boolean words = false; // nothing but emoji and punctuation: the model has no words to read
    for (String t : a.reading().tokens()) {
      words |= !TextNormalizer.isBoundary(t) && !t.startsWith(":");
    }
    double concernAt = 1.0;
    if (model != null && words) {
      concernAt = model.concernAt();
      Hashes hashes = new Hashes();
      features(a.reading(), a.matches(), hashes);
      double[] s = model.scores(hashes.hashes, hashes.size);
      p = new double[s.length];
      for (int h = 0; h < s.length; h++) {
        p[h] = sigmoid(s[h]);
      }
      softmax(s, p, categoryHeadList);
      if (danger >= 0 && p[danger] >= model.concernAt()) {
        modelSafety = urgent >= 0 && p[urgent] >= model.urgentAt() ? Safety.URGENT : Safety.CONCERN;
      }
      if (danger >= 0) {
        signals.add("model danger " + twoPlaces(p[danger]) + ", urgent " + twoPlaces(urgent >= 0 ? p[urgent] : 0.0));
      }
    }

    Safety safety = cue.safety().atLeast(frameSafety).atLeast(modelSafety);
    boolean anything = !cue.cues().isEmpty() || !a.reading().hits().isEmpty() || p != null;
    if (!anything && safety == Safety.NONE) {
      return Classification.unclassified();
    }

    ContactCategory category;
    double confidence;
    if (safety != Safety.NONE) {
      if (strongest != null && frameSafety.compareTo(cue.safety()) >= 0 && !isDanger(cue.category())) {
        category = strongest.frame().category();
      } else if (strongest != null && frameSafety.compareTo(cue.safety()) > 0) {
        category = strongest.frame().category();
      } else if (isDanger(cue.category())) {
        category = cue.category();
      } else if (p != null && pOf(p, ContactCategory.SELF_HARM_THREAT) > pOf(p, ContactCategory.THREAT_HARASSMENT)) {
        category = ContactCategory.SELF_HARM_THREAT;
      } else {
        category = ContactCategory.THREAT_HARASSMENT;
      }
      confidence = Math.max(0.6, cue.confidence());
      if (safety == Safety.URGENT) {
        confidence = Math.max(confidence, 0.8);
      }
    } else {
      ContactCategory modelBest = null;
      double modelP = 0.0;
      if (p != null) {
        for (ContactCategory c : ContactCategory.values()) {
          double pc = pOf(p, c);
          if (!isDanger(c) && pc > modelP) {
            modelP = pc;
            modelBest = c;
          }
        }
      }
      boolean cueRead = !cue.cues().isEmpty();
      if (cueRead && (modelBest == null || cue.confidence() >= CUE_TRUSTED || cue.category() == modelBest)
          && !isDanger(cue.category())) {
        category = cue.category();
        confidence = p == null ? cue.confidence() : Math.max(cue.confidence(), pOf(p, category));
      } else if (modelBest != null) {
        category = modelBest;
        confidence = modelP * (cueRead ? 0.8 : 1.0);
      } else {
        category = cue.category();
        confidence = cue.confidence();
      }
      if (p != null) {
        signals.add("model category " + category + " " + twoPlaces(pOf(p, category)));
        // a reading of no danger is only as sure as danger is far. The model says how near danger
        // is twice, in its danger head and in the weight its category head gives to threats and
        // self-harm; the nearer either comes to the CONCERN line, the less confident the reading,
        // so the engine asks instead of scripting
        double threatMass = pOf(p, ContactCategory.THREAT_HARASSMENT) + pOf(p, ContactCategory.SELF_HARM_THREAT);
        double dangerScore = danger >= 0 ? p[danger] : 0.0;
        double near = Math.max(dangerScore, threatMass);
        double doubt = 1.0 - near / concernAt;
        if (doubt < confidence) {
          confidence = Math.max(0.0, doubt);
          if (doubt < 0.5) {
            signals.add("danger not ruled out (model danger " + twoPlaces(dangerScore)
                + ", threat categories " + twoPlaces(threatMass) + ")");
          }
        }
      }
    }

    Optional<Topic> topic = cue.topic();
    if (topic.isEmpty()) {
      topic = namedTopic(a.reading(), context);
    }
    if (topic.isEmpty() && p != null) {
      double best = TOPIC_AT;
      for (Topic t : Topic.values()) {
        Integer h = topicHeads.get(t);
        if (h != null && p[h] >= best) {
          best = p[h];
          topic = Optional.of(t);
        }
      }
    }
    if (!"en".equals(a.reading().language()) || !context.locale().getLanguage().equals("en")) {
      signals.add("language " + a.reading().language());
    }
    Set<String> cueList = new LinkedHashSet<>(cue.cues());
    return Classification.builder()
        .asks(asks(a.reading()))
        .category(category)
        .topic(topic)
        .safety(safety)
        .confidence(Math.min(1.0, Math.max(0.0, confidence)))
        .cues(cueList)
        .signals(signals)
        .build();
  }

  /**
   * A probability with two decimals ("0.07"): what {@code String.format("%.2f")} prints, without
   * parsing a format on every message.
   */
  static String twoPlaces(double p) {
    long c = Math.round(Math.max(0.0, Math.min(1.0, p)) * 100);
    return c / 100 + (c % 100 < 10 ? ".0" : ".") + c % 100;
  }

  private static String describe(Reading reading, FrameReader.Match m) {
    StringBuilder sb = new StringBuilder();
    for (Hit h : m.hits()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('"').append(String.join(" ", reading.tokens().subList(h.start(), h.end()))).append('"');
    }
    if (m.urgentBy() != null) {
      Hit u = m.urgentBy();
      sb.append("; urgent by \"").append(String.join(" ", reading.tokens().subList(u.start(), u.end())))
          .append('"');
    }
    return sb.toString();
  }

  private double pOf(double[] p, ContactCategory c) {
    Integer h = categoryHeads.get(c);
    return h == null ? 0.0 : p[h];
  }

  private static boolean isDanger(ContactCategory c) {
    return c == ContactCategory.THREAT_HARASSMENT || c == ContactCategory.SELF_HARM_THREAT;
  }

  private static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** Replaces the category heads' probabilities with a softmax over their scores. */
  private static void softmax(double[] scores, double[] p, int[] heads) {
    double max = Double.NEGATIVE_INFINITY;
    for (int h : heads) {
      max = Math.max(max, scores[h]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return;
    }
    double sum = 0.0;
    for (int h : heads) {
      sum += Math.exp(scores[h] - max);
    }
    for (int h : heads) {
      p[h] = Math.exp(scores[h] - max) / sum;
    }
  }

  @Override
  public String toString() {
    return "MeaningClassifier{" + (cues == null ? "no cues" : cues.cues().size() + " cues") + ", "
        + lexicons.size() + " lexicons, " + frames.size() + " frames, "
        + (model == null ? "no model" : model.toString()) + "}";
  }

  /** Builds a {@link MeaningClassifier}. */
  public static final class Builder {
    private @Nullable CueClassifier cues;
    private final List<Lexicon> lexicons = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private @Nullable TextModel model;

    Builder() {}

    /**
     * Sets the cue classifier.
     *
     * @param cues the cue classifier
     * @return this builder
     */
    public Builder cues(CueClassifier cues) {
      this.cues = Objects.requireNonNull(cues, "cues");
      return this;
    }

    /**
     * Adds lexicons, at most one per language.
     *
     * @param lexicons the lexicons
     * @return this builder
     */
    public Builder lexicons(Iterable<Lexicon> lexicons) {
      for (Lexicon l : Objects.requireNonNull(lexicons, "lexicons")) {
        this.lexicons.add(Objects.requireNonNull(l, "lexicon"));
      }
      return this;
    }

    /**
     * Adds frames.
     *
     * @param frames the frames; their concepts must be in the lexicons
     * @return this builder
     */
    public Builder frames(Iterable<Frame> frames) {
      for (Frame f : Objects.requireNonNull(frames, "frames")) {
        this.frames.add(Objects.requireNonNull(f, "frame"));
      }
      return this;
    }

    /**
     * Sets the model.
     *
     * @param model the model
     * @return this builder
     */
    public Builder model(TextModel model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Builds the classifier.
     *
     * @return the classifier
     * @throws IllegalArgumentException naming the lexicon, frame, concept or term at fault, if a
     *     term has no words, two lexicons share a language, or a frame names an unknown concept
     */
    public MeaningClassifier build() {
      return new MeaningClassifier(this);
    }
  }
}

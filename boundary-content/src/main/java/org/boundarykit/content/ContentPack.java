package org.boundarykit.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.EngineConfigurationException;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.Wording;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.Strategy;
import org.boundarykit.TechStep;
import org.boundarykit.content.internal.PackLint;
import org.boundarykit.content.internal.PackParts;
import org.boundarykit.content.internal.PackReader;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.ContactClassifier;
import org.boundarykit.text.Cue;
import org.boundarykit.text.Concept;
import org.boundarykit.text.CueClassifier;
import org.boundarykit.text.Frame;
import org.boundarykit.text.Lexicon;
import org.boundarykit.text.MeaningClassifier;
import org.boundarykit.text.TextModel;
import org.jspecify.annotations.Nullable;

/**
 * A content pack: the strategies, scripts, decision table, technology steps and safety resources
 * an engine is built from. Immutable.
 *
 * <p>Get the default pack with {@link #defaults()}. Read a pack of your own with {@link
 * #load(Path)}, {@link #load(URL)}, {@link #load(InputStream, String)} or {@link
 * #load(ContentSource)}, and put it over the defaults with {@link #with(ContentPack)}:
 *
 * <pre>{@code
 * ContentPack pack = ContentPack.defaults().with(ContentPack.load(Path.of("my-pack")));
 * BoundaryEngine engine = pack.engine();
 * }</pre>
 *
 * <p><b>Precedence.</b> In {@code base.with(overlay)}, an overlay entry with the id of a base entry
 * replaces it in place; an entry with a new id is added (a new rule goes before the rule its
 * {@code before} field names, or last); an entry marked {@code "override": true} must replace an
 * existing one. The overlay's thresholds, late-night window and disclaimer replace the base's when
 * given, and its question for unsure readings replaces the base's for the same locale. Later
 * overlays win over earlier ones.
 *
 * <p><b>Errors.</b> Loading reads everything and then throws one {@link ContentPackException}
 * listing every problem with its file, JSON path and (for syntax errors) line and column. A pack
 * that loads is linted by {@link #lint()} and verified by the engine when {@link #engine()} builds
 * one; {@link #validated()} does both.
 */
public final class ContentPack {

  private static final String DEFAULT_FOLDER = "org/boundarykit/content/v1";

  private final String id;
  private final String version;
  private final String description;
  private final List<String> locales;
  private final String licence;
  private final List<String> layers;
  private final List<Strategy> strategies;
  private final List<Script> scripts;
  private final List<Rule> rules;
  private final List<TechStep> techSteps;
  private final List<SafetyResource> resources;
  private final List<ExampleSituation> examples;
  private final @Nullable EscalationThresholds thresholds;
  private final @Nullable LocalTime lateNightStart;
  private final @Nullable LocalTime lateNightEnd;
  private final @Nullable String disclaimer;
  private final List<Cue> cues;
  private final List<Lexicon> lexicons;
  private final List<Frame> frames;
  private final @Nullable TextModel model;
  private final List<ReadingQuestion> questions;
  private final List<Wording> wordings;
  private final PackParts parts;
  private volatile @Nullable ContactClassifier classifier;
  /** The engine with the pack's own classifier, once built (by {@link #engine()} or {@link #validated()}). */
  private volatile @Nullable BoundaryEngine engine;

  private ContentPack(PackParts p, List<String> layers) {
    this.parts = p;
    this.id = p.id;
    this.version = p.version;
    this.description = p.description;
    this.locales = List.copyOf(p.locales);
    this.licence = p.licence;
    this.layers = List.copyOf(layers);
    this.strategies = List.copyOf(p.strategies);
    this.scripts = List.copyOf(p.scripts);
    this.rules = List.copyOf(p.rules);
    this.techSteps = List.copyOf(p.techSteps);
    this.resources = List.copyOf(p.resources);
    List<ExampleSituation> ex = new ArrayList<>();
    for (PackParts.Example e : p.examples) {
      ex.add(new ExampleSituation(e.id(), e.description(), e.plan(), e.history(), e.contact(), e.action(), e.step()));
    }
    this.examples = List.copyOf(ex);
    this.thresholds = p.thresholds;
    this.lateNightStart = p.lateNightStart;
    this.lateNightEnd = p.lateNightEnd;
    this.disclaimer = p.disclaimer;
    this.cues = List.copyOf(p.cues);
    this.lexicons = List.copyOf(p.lexicons);
    this.frames = List.copyOf(p.frames);
    this.model = p.model;
    this.questions = List.copyOf(p.questions);
    this.wordings = List.copyOf(p.wordings.values());
  }

  private static final class Defaults {
    static final ContentPack PACK = load(ContentSource.classpath(ContentPack.class.getClassLoader(), DEFAULT_FOLDER)).validated();
  }

  /**
   * The default content pack shipped in this jar, loaded, linted and verified on first use and
   * cached. Thread-safe.
   *
   * @return the default pack
   * @throws ContentPackException if the shipped pack is broken (a packaging error)
   */
  public static ContentPack defaults() {
    return Defaults.PACK;
  }

  /**
   * Reads a pack from a source.
   *
   * @param source where the manifest and its files are
   * @return the pack
   * @throws ContentPackException listing every problem found
   */
  public static ContentPack load(ContentSource source) {
    Objects.requireNonNull(source, "source");
    List<String> problems = new ArrayList<>();
    PackParts parts = PackReader.read(source, problems);
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    return new ContentPack(parts, List.of(parts.id + "@" + parts.version));
  }

  /**
   * Reads a pack from a folder holding {@code pack.json}, or from one JSON file holding the
   * manifest with its sections inline.
   *
   * @param path a folder or a file
   * @return the pack
   * @throws ContentPackException listing every problem found
   */
  public static ContentPack load(Path path) {
    Objects.requireNonNull(path, "path");
    if (Files.isDirectory(path)) {
      return load(ContentSource.directory(path));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return load(in, path.toString());
    } catch (IOException e) {
      throw new ContentPackException(List.of(path + ": cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads a pack whose manifest is at {@code base}/pack.json.
   *
   * @param base the URL of the pack's folder, ending with '/'
   * @return the pack
   * @throws ContentPackException listing every problem found
   */
  public static ContentPack load(URL base) {
    return load(ContentSource.url(Objects.requireNonNull(base, "base")));
  }

  /**
   * Reads a pack held in one JSON document: the manifest with its sections inline.
   *
   * @param in the document; not closed
   * @param name the name to use in messages
   * @return the pack
   * @throws ContentPackException listing every problem found
   */
  public static ContentPack load(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    List<String> problems = new ArrayList<>();
    PackParts parts = PackReader.readSingle(name, in, problems);
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    return new ContentPack(parts, List.of(parts.id + "@" + parts.version));
  }

  /**
   * Checks a pack over {@code base} in one pass and returns every problem found: reading (every
   * wrong value of every file, each with its file, JSON path, line and column), then the lint and
   * the engine's verification of what could be read, so an author fixes a pack in one round rather
   * than one stage at a time. Entries that could not be read are left out of the later checks, so
   * those checks may report what follows from a missing entry (a rule's script purpose with no
   * script, say) after the reading problem that caused it.
   *
   * @param path a pack folder holding {@code pack.json}, or a single-file pack
   * @param base the pack to check it over, usually {@link #defaults()}
   * @return the problems, in the order found; empty when the pack is valid over {@code base}
   * @throws NullPointerException if an argument is null
   */
  public static List<String> check(Path path, ContentPack base) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(base, "base");
    List<String> problems = new ArrayList<>();
    PackParts parts;
    if (Files.isDirectory(path)) {
      parts = PackReader.read(ContentSource.directory(path), problems);
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        parts = PackReader.readSingle(path.toString(), in, problems);
      } catch (IOException e) {
        problems.add(path + ": cannot read: " + e.getMessage());
        return problems;
      }
    }
    if (parts.schemaVersion == 0) {
      return problems; // no usable manifest: nothing later can be checked
    }
    String layer = (parts.id.isEmpty() ? "?" : parts.id) + "@" + (parts.version.isEmpty() ? "?" : parts.version);
    try {
      problems.addAll(base.with(new ContentPack(parts, List.of(layer))).verification());
    } catch (ContentPackException e) {
      problems.addAll(e.problems());
    }
    return problems;
  }

  /**
   * Returns this pack with {@code overlay} over it (see the class description for precedence).
   *
   * @param overlay the pack to put over this one
   * @return the composed pack; this pack is unchanged
   * @throws ContentPackException if an override names a missing entry or a rule's
   *     {@code before} names a missing rule
   */
  public ContentPack with(ContentPack overlay) {
    Objects.requireNonNull(overlay, "overlay");
    List<String> problems = new ArrayList<>();
    PackParts out = new PackParts();
    out.schemaVersion = parts.schemaVersion;
    out.id = id;
    out.version = version;
    out.description = description;
    Set<String> allLocales = new LinkedHashSet<>(locales);
    allLocales.addAll(overlay.locales);
    out.locales = new ArrayList<>(allLocales);
    out.licence = licence;
    out.origins.putAll(parts.origins);
    out.origins.putAll(overlay.parts.origins);
    merge("strategy", strategies, overlay.strategies, Strategy::id, overlay, out.strategies, problems);
    merge("script", scripts, overlay.scripts, Script::id, overlay, out.scripts, problems);
    merge("techStep", techSteps, overlay.techSteps, TechStep::id, overlay, out.techSteps, problems);
    merge("resource", resources, overlay.resources, SafetyResource::id, overlay, out.resources, problems);
    mergeRules(overlay, out.rules, problems);
    Map<String, Cue> cueByPhrase = new LinkedHashMap<>();
    cues.forEach(c -> cueByPhrase.put(c.phrase(), c));
    overlay.cues.forEach(c -> cueByPhrase.put(c.phrase(), c));
    out.cues.addAll(cueByPhrase.values());
    out.lexicons.addAll(mergeLexicons(lexicons, overlay.lexicons));
    Map<String, Frame> frameById = new LinkedHashMap<>();
    frames.forEach(f -> frameById.put(f.id(), f));
    overlay.frames.forEach(f -> frameById.put(f.id(), f));
    out.frames.addAll(frameById.values());
    out.model = overlay.model != null ? overlay.model : model;
    Map<String, ReadingQuestion> questionByLanguage = new LinkedHashMap<>();
    for (ReadingQuestion q : questions) {
      questionByLanguage.put(java.util.Locale.forLanguageTag(q.locale()).getLanguage(), q);
    }
    for (ReadingQuestion q : overlay.questions) {
      questionByLanguage.put(java.util.Locale.forLanguageTag(q.locale()).getLanguage(), q);
    }
    out.questions.addAll(questionByLanguage.values());
    out.wordings.putAll(parts.wordings);
    out.wordings.putAll(overlay.parts.wordings); // an overlay's words for a language replace the pack's
    for (Map<String, Set<String>> layer : List.of(parts.silencePhrases, overlay.parts.silencePhrases)) {
      layer.forEach((language, phrases) ->
          out.silencePhrases.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(phrases));
    }
    List<PackParts.Example> baseExamples = new ArrayList<>(parts.examples);
    merge("example", baseExamples, overlay.parts.examples, PackParts.Example::id, overlay, out.examples, problems);
    out.thresholds = overlay.thresholds != null ? overlay.thresholds : thresholds;
    out.lateNightStart = overlay.lateNightStart != null ? overlay.lateNightStart : lateNightStart;
    out.lateNightEnd = overlay.lateNightEnd != null ? overlay.lateNightEnd : lateNightEnd;
    out.disclaimer = overlay.disclaimer != null ? overlay.disclaimer : disclaimer;
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    List<String> allLayers = new ArrayList<>(layers);
    allLayers.addAll(overlay.layers);
    return new ContentPack(out, allLayers);
  }

  /** Lexicons by locale; a concept the overlay also has gets the terms of both, in order. */
  private static List<Lexicon> mergeLexicons(List<Lexicon> base, List<Lexicon> over) {
    Map<String, Lexicon> byLocale = new LinkedHashMap<>();
    for (Lexicon l : base) {
      byLocale.put(l.locale(), l);
    }
    for (Lexicon o : over) {
      Lexicon b = byLocale.get(o.locale());
      if (b == null) {
        byLocale.put(o.locale(), o);
        continue;
      }
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (Concept c : b.concepts()) {
        terms.put(c.id(), new ArrayList<>(c.terms()));
      }
      for (Concept c : o.concepts()) {
        List<String> t = terms.computeIfAbsent(c.id(), k -> new ArrayList<>());
        for (String term : c.terms()) {
          if (!t.contains(term)) {
            t.add(term);
          }
        }
      }
      Lexicon.Builder merged = Lexicon.builder().locale(o.locale())
          .markers(o.markers().isEmpty() ? b.markers() : o.markers())
          .suffixes(o.suffixes().isEmpty() ? b.suffixes() : o.suffixes())
          .minStem(o.suffixes().isEmpty() ? b.minStem() : o.minStem());
      terms.forEach((id, t) -> merged.addConcepts(Concept.of(id, t)));
      byLocale.put(o.locale(), merged.build());
    }
    return List.copyOf(byLocale.values());
  }

  private static <T> void merge(
      String kind, List<T> base, List<T> over, Function<T, String> idOf, ContentPack overlay, List<T> into,
      List<String> problems) {
    Map<String, T> merged = new LinkedHashMap<>();
    base.forEach(item -> merged.put(idOf.apply(item), item));
    for (T item : over) {
      String itemId = idOf.apply(item);
      if (!merged.containsKey(itemId) && overlay.parts.overrides.contains(kind + " " + itemId)) {
        problems.add(overlay.parts.origin(kind, itemId) + ": marked \"override\" but the packs under it have no "
            + kind + " \"" + itemId + "\"");
      }
      merged.put(itemId, item);
    }
    into.addAll(merged.values());
  }

  private void mergeRules(ContentPack overlay, List<Rule> into, List<String> problems) {
    List<Rule> merged = new ArrayList<>(rules);
    for (Rule rule : overlay.rules) {
      int at = indexOf(merged, rule.id());
      if (at >= 0) {
        merged.set(at, rule);
        continue;
      }
      if (overlay.parts.overrides.contains("rule " + rule.id())) {
        problems.add(overlay.parts.origin("rule", rule.id()) + ": marked \"override\" but the packs under it have no rule \""
            + rule.id() + "\"");
        continue;
      }
      String before = overlay.parts.before.get(rule.id());
      if (before == null) {
        merged.add(rule);
      } else {
        int target = indexOf(merged, before);
        if (target < 0) {
          problems.add(overlay.parts.origin("rule", rule.id()) + ".before: no rule \"" + before + "\" to go before");
        } else {
          merged.add(target, rule);
        }
      }
    }
    into.addAll(merged);
  }

  private static int indexOf(List<Rule> rules, String ruleId) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(ruleId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Lints the pack: script word limits, every referenced strategy and script purpose present,
   * every strategy cited by a rule, three or more variants for every reply situation, a checked
   * date on every safety resource that is not in the future, and the decision table present.
   *
   * @return the problems found, each naming its place; empty if none
   */
  public List<String> lint() {
    return PackLint.lint(parts, rules, scripts, strategies, resources);
  }

  /**
   * Lints the pack and builds an engine from it once, to verify the decision table and scripts.
   * That engine, built with the pack's own classifier, is the one {@link #engine()} returns, so
   * that validating a pack and then asking for its engine builds one engine, not two.
   *
   * @return this pack
   * @throws ContentPackException listing every problem found
   */
  public ContentPack validated() {
    List<String> problems = verification();
    if (!problems.isEmpty()) {
      throw new ContentPackException(problems);
    }
    return this;
  }

  /**
   * The lint and the engine's verification, both always run, so one pass reports the problems of
   * each; keeps the engine built when there are none.
   */
  private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("^(rule|script) ([A-Za-z0-9._-]+)");

  private List<String> verification() {
    List<String> problems = new ArrayList<>(lint());
    @Nullable ContactClassifier own = null;
    try {
      own = classifier();
    } catch (IllegalArgumentException e) {
      problems.add("cues: " + e.getMessage());
    }
    try {
      // the classifier plays no part in verification: the pack's own one makes the engine reusable
      BoundaryEngine built = engine(own != null ? own : ContactClassifier.unclassified());
      if (own != null && problems.isEmpty()) {
        engine = built;
      }
    } catch (EngineConfigurationException e) {
      for (String p : e.problems()) {
        // a problem with a rule or a script says where that entry was read, as the reading's problems do
        java.util.regex.Matcher m = ENTRY.matcher(p);
        String origin = null;
        if (m.find()) {
          String id = m.group(2); // an id may hold dots: try it whole, then without a ".field" after it
          origin = parts.origins.get(m.group(1) + " " + id);
          while (origin == null && id.lastIndexOf('.') > 0) {
            id = id.substring(0, id.lastIndexOf('.'));
            origin = parts.origins.get(m.group(1) + " " + id);
          }
        }
        problems.add((origin != null ? origin + ": " : "engine verification: ") + p);
      }
    } catch (ContentPackException e) {
      problems.addAll(e.problems());
    }
    return problems;
  }


  /**
   * Returns the engine for this pack with the pack's own classifier ({@link #classifier()}): built
   * on the first call (or by {@link #validated()}), then the same engine on every call. Engines
   * are immutable and safe to share between threads.
   *
   * @return the pack's engine
   * @throws EngineConfigurationException if the table or scripts fail verification
   */
  public BoundaryEngine engine() {
    BoundaryEngine e = engine;
    if (e == null) {
      e = engine(classifier());
      engine = e; // a race builds two equal engines and keeps one
    }
    return e;
  }

  /**
   * The default classifier built from this pack's cue lists and late-night window, built once and
   * cached; a pack without cues gives {@link ContactClassifier#unclassified()}. Thread-safe.
   *
   * @return the classifier
   * @throws IllegalArgumentException if the cues cannot be compiled (for example two phrases that
   *     normalise to the same words)
   */
  public ContactClassifier classifier() {
    ContactClassifier c = classifier;
    if (c == null) {
      @Nullable CueClassifier byCues = cues.isEmpty()
          ? null
          : CueClassifier.of(cues,
              lateNightStart != null ? lateNightStart : LocalTime.of(23, 0),
              lateNightEnd != null ? lateNightEnd : LocalTime.of(5, 0));
      if (lexicons.isEmpty() && model == null) {
        c = byCues != null ? byCues : ContactClassifier.unclassified();
      } else {
        MeaningClassifier.Builder b = MeaningClassifier.builder().lexicons(lexicons).frames(frames);
        if (byCues != null) {
          b.cues(byCues);
        }
        if (model != null) {
          b.model(model);
        }
        c = b.build();
      }
      classifier = c;
    }
    return c;
  }

  /** {@return the understanding lexicons, one per language} */
  public List<Lexicon> lexicons() {
    return lexicons;
  }

  /** {@return the understanding frames} */
  public List<Frame> frames() {
    return frames;
  }

  /** {@return the understanding model, if the pack has one} */
  public Optional<TextModel> model() {
    return Optional.ofNullable(model);
  }

  /** {@return the cue phrases of the default classifier} */
  public List<Cue> cues() {
    return cues;
  }

  /**
   * Builds an engine from this pack with the given classifier.
   *
   * @param classifier reads the text of contacts that carry no category
   * @return a new engine
   * @throws EngineConfigurationException if the table or scripts fail verification
   */
  public BoundaryEngine engine(ContactClassifier classifier) {
    BoundaryEngine.Builder builder = BoundaryEngine.builder()
        .table(table())
        .scripts(scripts)
        .strategies(strategies)
        .techSteps(techSteps)
        .resources(resources)
        .questions(questions)
        .wordings(wordings)
        .classifier(classifier);
    if (disclaimer != null) {
      builder.notice(disclaimer);
    }
    return builder.build();
  }

  /**
   * The decision table of this pack.
   *
   * @return the table
   * @throws ContentPackException if the pack has no rules
   */
  public DecisionTable table() {
    if (rules.isEmpty()) {
      throw new ContentPackException(List.of(id + ": the pack has no rules; put it over a pack that has them"));
    }
    DecisionTable.Builder b = DecisionTable.builder().rules(rules);
    if (thresholds != null) {
      b.thresholds(thresholds);
    }
    if (lateNightStart != null && lateNightEnd != null) {
      b.lateNightStart(lateNightStart).lateNightEnd(lateNightEnd);
    }
    return b.build();
  }

  /** {@return the pack's id} */
  public String id() {
    return id;
  }

  /** {@return the pack's semantic version} */
  public String version() {
    return version;
  }

  /** {@return the pack's description} */
  public String description() {
    return description;
  }

  /** {@return the locales the pack has scripts for} */
  public List<String> locales() {
    return locales;
  }

  /** {@return the licence of the pack's text} */
  public String licence() {
    return licence;
  }

  /** {@return "id@version" of every pack composed into this one, the base first} */
  public List<String> layers() {
    return layers;
  }

  /** {@return the strategies} */
  public List<Strategy> strategies() {
    return strategies;
  }

  /** {@return the scripts} */
  public List<Script> scripts() {
    return scripts;
  }

  /** {@return the decision-table rows, in order} */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return the technology steps} */
  public List<TechStep> techSteps() {
    return techSteps;
  }

  /** {@return the safety resources} */
  public List<SafetyResource> resources() {
    return resources;
  }

  /** {@return the general-guidance disclaimer, if the pack has one} */
  public Optional<String> disclaimer() {
    return Optional.ofNullable(disclaimer);
  }

  /**
   * The words scripts use for topics and channels, one per language (the {@code words} of a scripts
   * file).
   *
   * @return the wordings
   */
  public List<Wording> wordings() {
    return wordings;
  }

  /**
   * The questions an engine of this pack asks when a message cannot be read with confidence (see
   * {@link org.boundarykit.Action#ASK_USER}), one per locale; an overlay's question replaces the one
   * for its locale.
   *
   * @return the questions
   */
  public List<ReadingQuestion> questions() {
    return questions;
  }

  /** {@return the example situations that document the pack} */
  public List<ExampleSituation> examples() {
    return examples;
  }

  @Override
  public String toString() {
    return "ContentPack" + layers;
  }
}

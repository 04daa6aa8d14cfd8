package org.boundarykit.content.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.Strategy;
import org.boundarykit.TechStep;
import org.boundarykit.content.ContentSource;
import org.boundarykit.content.internal.Docs.ExampleDoc;
import org.boundarykit.content.internal.Docs.PackDoc;
import org.boundarykit.content.internal.Docs.ResourceDoc;
import org.boundarykit.content.internal.Docs.RuleDoc;
import org.boundarykit.content.internal.Docs.ScriptDoc;
import org.boundarykit.content.internal.Docs.StrategyDoc;
import org.boundarykit.content.internal.Docs.TechStepDoc;
import org.boundarykit.content.internal.Docs.ThenDoc;
import org.boundarykit.content.internal.Docs.WhenDoc;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.Rule;
import org.jspecify.annotations.Nullable;

/** Reads the files of a pack into {@link PackParts}, collecting every problem with its place. */
public final class PackReader {

  /** The newest schema version this library reads. */
  public static final int SCHEMA_VERSION = 1;

  /** Most files a manifest may list. */
  public static final int MAX_FILES = 100;

  private static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.json";

  private final List<String> problems;
  private final PackParts parts = new PackParts();
  /** The problems the reader recorded as it read ("file: $.path: what"), and their "file: $.path". */
  private final Set<String> collected = new HashSet<>();
  private final Set<String> collectedPaths = new HashSet<>();

  private PackReader(List<String> problems) {
    this.problems = problems;
  }

  /**
   * Reads a pack: its manifest and every file the manifest lists.
   *
   * @param source where the files are
   * @param problems where problems are added
   * @return the parts read (meaningless if problems were added)
   */
  public static PackParts read(ContentSource source, List<String> problems) {
    PackReader reader = new PackReader(problems);
    String manifestName = source.describe(ContentSource.MANIFEST);
    PackDoc manifest = reader.parse(manifestName, () -> source.open(ContentSource.MANIFEST));
    if (manifest == null) {
      return reader.parts;
    }
    if (!reader.manifest(manifestName, manifest)) {
      return reader.parts;
    }
    reader.sections(manifestName, manifest);
    List<String> files = manifest.files();
    if (files != null && files.size() > MAX_FILES) {
      problems.add(manifestName + ": $.files: at most " + MAX_FILES + " files, but the manifest lists " + files.size());
      return reader.parts;
    }
    if (files != null) {
      Set<String> listed = new HashSet<>();
      for (int i = 0; i < files.size(); i++) {
        String name = files.get(i);
        if (!name.matches(FILE_NAME) || name.equals(ContentSource.MANIFEST)) {
          problems.add(manifestName + ": $.files[" + i + "]: \"" + Wire.shorten(name)
              + "\" is not a plain .json file name beside the manifest (no folders, no \"..\")");
          continue;
        }
        if (!listed.add(name)) {
          problems.add(manifestName + ": $.files[" + i + "]: \"" + name + "\" is listed twice");
          continue;
        }
        String described = source.describe(name);
        PackDoc doc = reader.parse(described, () -> source.open(name));
        if (doc != null) {
          reader.notManifest(described, doc);
          reader.sections(described, doc);
        }
      }
    }
    reader.dropEchoes();
    return reader.parts;
  }

  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)\\]");

  /** A problem with one entry, each missing field named by its own path rather than in the builder's words. */
  private void entryProblem(String file, String path, @Nullable String id, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    java.util.regex.Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      for (String field : java.util.regex.Pattern.compile(",\\s*").splitAsStream(missing.group(1)).toList()) {
        problems.add(file + ": " + path + "." + field.strip() + ": required" + (id == null ? "" : " (in " + id + ")"));
      }
      return;
    }
    problems.add(file + ": " + path + (id == null ? "" : " (" + id + ")") + ": " + message);
  }

  /**
   * A value the reader refused was read as absent; the checks after it would then call it
   * missing. Such a second report of the same place is dropped: the first says what is wrong.
   */
  private void dropEchoes() {
    if (collectedPaths.isEmpty()) {
      return;
    }
    problems.removeIf(p -> {
      if (collected.contains(p)) {
        return false;
      }
      for (String place : collectedPaths) {
        if (p.startsWith(place + ":")) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Reads a pack held in one document (the manifest with its sections inline).
   *
   * @param name the name to use in messages
   * @param in the document
   * @param problems where problems are added
   * @return the parts read
   */
  public static PackParts readSingle(String name, InputStream in, List<String> problems) {
    PackReader reader = new PackReader(problems);
    PackDoc doc = reader.parse(name, () -> in);
    if (doc != null && reader.manifest(name, doc)) {
      if (doc.files() != null && !doc.files().isEmpty()) {
        problems.add(name + ": $.files: a pack read from a stream holds its sections inline and lists no files");
      }
      reader.sections(name, doc);
    }
    reader.dropEchoes();
    return reader.parts;
  }

  interface Opener {
    InputStream open() throws IOException;
  }

  private @Nullable PackDoc parse(String name, Opener opener) {
    try (InputStream in = opener.open()) {
      byte[] head = in.readNBytes((int) Json.MAX_DOCUMENT_LENGTH + 1);
      boolean tooLong = head.length > Json.MAX_DOCUMENT_LENGTH; // Jackson stops at the limit and says so
      InputStream all = tooLong
          ? new SequenceInputStream(new ByteArrayInputStream(head), in)
          : new ByteArrayInputStream(head);
      try (JsonParser parser = Json.MAPPER.createParser(all)) {
        List<String> found = new ArrayList<>();
        try {
          return Json.collecting(PackDoc.class, found).readValue(parser);
        } catch (JsonProcessingException e) {
          String described = Json.describe(e, parser.currentLocation());
          String place = described.substring(0, Math.max(0, described.indexOf(": ")));
          // a value the collector refused may stop the reading later on (a refused name inside a
          // list is then an absent element): the collector's words say what is wrong there
          if (found.stream().noneMatch(f -> f.startsWith(place + ": "))) {
            found.add(described);
          }
        } finally {
          for (String f : found) {
            problems.add(name + ": " + f);
            collected.add(name + ": " + f);
            collectedPaths.add(name + ": " + f.substring(0, Math.max(0, f.indexOf(": "))));
          }
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(name + ": " + Json.describe(e));
    } catch (IOException e) {
      problems.add(name + ": cannot read: " + e.getMessage());
    }
    return null;
  }

  private boolean manifest(String file, PackDoc doc) {
    if (doc.schemaVersion() == null) {
      problems.add(file + ": $.schemaVersion: required (this library reads schema version " + SCHEMA_VERSION + ")");
      return false;
    }
    if (doc.schemaVersion() > SCHEMA_VERSION || doc.schemaVersion() < 1) {
      problems.add(file + ": $.schemaVersion: " + doc.schemaVersion()
          + " is not supported; this library reads schema version " + SCHEMA_VERSION
          + " (a newer pack needs a newer BoundaryKit)");
      return false;
    }
    parts.schemaVersion = doc.schemaVersion();
    if (doc.id() == null || !doc.id().matches("[a-z0-9][a-z0-9._-]{0,79}")) {
      problems.add(file + ": $.id: required, lower-case letters, digits, '.', '_' or '-'");
    } else {
      parts.id = doc.id();
    }
    if (doc.version() == null) {
      problems.add(file + ": $.version: required, a semantic version such as 1.0.0");
    } else if (!doc.version().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
      problems.add(file + ": $.version: \"" + Wire.shorten(doc.version())
          + "\" is not a semantic version; write MAJOR.MINOR.PATCH, such as 1.0.0");
    } else {
      parts.version = doc.version();
    }
    parts.description = doc.description() == null ? "" : doc.description();
    parts.locales = doc.locales() == null ? List.of() : List.copyOf(doc.locales());
    parts.licence = doc.licence() == null ? "" : doc.licence();
    return true;
  }

  private void notManifest(String file, PackDoc doc) {
    if (doc.schemaVersion() != null || doc.id() != null || doc.version() != null || doc.files() != null
        || doc.locales() != null || doc.licence() != null) {
      problems.add(file + ": $: manifest fields (schemaVersion, id, version, locales, licence, files) belong in "
          + ContentSource.MANIFEST + " only");
    }
  }

  private void sections(String file, PackDoc doc) {
    String locale = doc.locale() == null ? "en" : doc.locale();
    if (doc.thresholds() != null) {
      Docs.ThresholdsDoc t = doc.thresholds();
      try {
        parts.thresholds = thresholds(t);
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(file + ": $.thresholds: " + e.getMessage());
      }
    }
    if (doc.lateNight() != null) {
      try {
        parts.lateNightStart = java.time.LocalTime.parse(Wire.required(doc.lateNight().start(), "start"));
        parts.lateNightEnd = java.time.LocalTime.parse(Wire.required(doc.lateNight().end(), "end"));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        problems.add(file + ": $.lateNight: expected {\"start\": \"HH:mm\", \"end\": \"HH:mm\"}: " + e.getMessage());
      }
    }
    if (doc.disclaimer() != null) {
      if (doc.disclaimer().isBlank()) {
        problems.add(file + ": $.disclaimer: must not be blank");
      } else {
        parts.disclaimer = doc.disclaimer();
      }
    }
    list(file, "strategies", doc.strategies(), locale, Strategy.class, parts.strategies, "strategy");
    list(file, "scripts", doc.scripts(), locale, Script.class, parts.scripts, "script");
    list(file, "techSteps", doc.techSteps(), locale, TechStep.class, parts.techSteps, "techStep");
    list(file, "resources", doc.resources(), locale, SafetyResource.class, parts.resources, "resource");
    list(file, "rules", doc.rules(), locale, Rule.class, parts.rules, "rule");
    List<Docs.CueDoc> cueDocs = doc.cues();
    if (cueDocs != null) {
      for (int i = 0; i < cueDocs.size(); i++) {
        try {
          parts.cues.add(cue(cueDocs.get(i)));
        } catch (IllegalArgumentException | IllegalStateException e) {
          problems.add(file + ": $.cues[" + i + "]: " + e.getMessage());
        }
      }
    }
    list(file, "examples", doc.examples(), locale, PackParts.Example.class, parts.examples, "example");
    if (doc.lexicon() != null) {
      org.boundarykit.text.Lexicon lexicon = UnderstandingReader.lexicon(file, locale, doc.lexicon(), problems);
      if (lexicon != null) {
        parts.lexicons.add(lexicon);
      }
    }
    if (doc.frames() != null) {
      UnderstandingReader.frames(file, doc.frames(), parts.frames, problems);
    }
    if (doc.model() != null) {
      if (parts.model != null) {
        problems.add(file + ": $.model: a pack holds one model, but another file has one too");
      }
      parts.model = UnderstandingReader.model(file, doc.model(), problems);
    }
    if (doc.silencePhrases() != null) {
      String language = java.util.Locale.forLanguageTag(locale).getLanguage();
      Set<String> phrases = parts.silencePhrases.computeIfAbsent(language, l -> new java.util.LinkedHashSet<>());
      List<String> given = doc.silencePhrases();
      for (int i = 0; i < given.size(); i++) {
        String phrase = given.get(i);
        if (phrase == null || phrase.isBlank()) {
          problems.add(file + ": $.silencePhrases[" + i + "]: a phrase must have some words");
        } else {
          phrases.add(PackLint.phraseKey(phrase));
        }
      }
    }
    if (doc.words() != null) {
      Docs.WordsDoc words = doc.words();
      oncePerLanguage("words", "a second set of words", file, locale,
          language -> parts.wordings.put(language, wording(words, locale)));
    }
    if (doc.ask() != null) {
      Docs.AskDoc ask = doc.ask();
      oncePerLanguage("ask", "a second question", file, locale, language -> parts.questions.add(question(ask, locale)));
    }
  }

  /**
   * Reads a section a pack holds at most once per language ({@code words}, {@code ask}), reporting a
   * second one with where the first was, and a bad one with its place.
   */
  private void oncePerLanguage(
      String section, String second, String file, String locale, java.util.function.Consumer<String> add) {
    String where = file + ": $." + section;
    String language = java.util.Locale.forLanguageTag(locale).getLanguage();
    String key = section + " " + language;
    if (parts.origins.containsKey(key)) {
      problems.add(where + ": " + second + " for locale \"" + locale + "\" in this pack; first at " + parts.origins.get(key));
      return;
    }
    try {
      add.accept(language);
      parts.origins.put(key, where);
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(where + ": " + e.getMessage());
    }
  }

  private static EscalationThresholds thresholds(Docs.ThresholdsDoc t) {
    EscalationThresholds.Builder b = EscalationThresholds.builder()
        .muteAt(Wire.required(t.muteAt(), "muteAt"))
        .blockAt(Wire.required(t.blockAt(), "blockAt"))
        .legalAt(Wire.required(t.legalAt(), "legalAt"));
    if (t.concernWindow() != null) {
      b.concernWindow(duration(t.concernWindow(), "concernWindow"));
    }
    if (t.urgentWindow() != null) {
      b.urgentWindow(duration(t.urgentWindow(), "urgentWindow"));
    }
    if (t.escalationCount() != null) {
      b.escalationCount(t.escalationCount());
    }
    if (t.escalationWindow() != null) {
      b.escalationWindow(duration(t.escalationWindow(), "escalationWindow"));
    }
    if (t.minConfidence() != null) {
      b.minConfidence(t.minConfidence());
    }
    return b.build();
  }

  private static java.time.Duration duration(String text, String name) {
    try {
      return java.time.Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": expected an ISO-8601 duration in days, hours or minutes, such as"
          + " \"P14D\", \"PT12H\" or \"PT30M\", but got \"" + Wire.shorten(text) + "\"");
    }
  }

  private static org.boundarykit.ReadingQuestion question(Docs.AskDoc d, String locale) {
    org.boundarykit.ReadingQuestion.Builder b = org.boundarykit.ReadingQuestion.builder()
        .locale(locale)
        .text(Wire.required(d.question(), "question"))
        .reason(Wire.required(d.reason(), "reason"));
    List<Docs.ChoiceDoc> choices = Wire.required(d.choices(), "choices");
    for (int i = 0; i < choices.size(); i++) {
      Docs.ChoiceDoc c = choices.get(i);
      b.addChoices(org.boundarykit.ReadingQuestion.Choice.of(
          Wire.required(c.category(), "choices[" + i + "].category"),
          Optional.ofNullable(c.safety()),
          Wire.required(c.label(), "choices[" + i + "].label")));
    }
    return b.build();
  }

  // plain code, no lambda per section: on a cold start each lambda is linked on first use
  private <V> void list(
      String file,
      String key,
      @Nullable List<? extends Docs.EntryDoc> docs,
      String locale,
      Class<V> type,
      List<V> into,
      String kind) {
    if (docs == null) {
      return;
    }
    for (int i = 0; i < docs.size(); i++) {
      Docs.EntryDoc doc = docs.get(i);
      String entryId = doc.id();
      String path = "$." + key + "[" + i + "]" + (entryId == null ? "" : " (" + entryId + ")");
      String where = file + ": " + path;
      if (entryId != null && parts.origins.containsKey(kind + " " + entryId)) {
        problems.add(where + ": id \"" + entryId + "\" is used twice in this pack; first at "
            + parts.origins.get(kind + " " + entryId));
        continue;
      }
      V value;
      try {
        value = type.cast(convert(doc, locale));
      } catch (IllegalArgumentException | IllegalStateException e) {
        entryProblem(file, "$." + key + "[" + i + "]", entryId, e);
        continue;
      }
      if (entryId != null) {
        into.add(value);
        parts.origins.put(kind + " " + entryId, where);
        if (Boolean.TRUE.equals(doc.override())) {
          parts.overrides.add(kind + " " + entryId);
        }
      }
    }
  }

  private Object convert(Docs.EntryDoc doc, String locale) {
    if (doc instanceof StrategyDoc d) {
      return strategy(d);
    }
    if (doc instanceof ScriptDoc d) {
      return script(d, locale);
    }
    if (doc instanceof TechStepDoc d) {
      return techStep(d);
    }
    if (doc instanceof ResourceDoc d) {
      return resource(d);
    }
    if (doc instanceof RuleDoc d) {
      return rule(d);
    }
    if (doc instanceof ExampleDoc d) {
      return example(d);
    }
    throw new IllegalStateException("no conversion for " + doc.getClass().getSimpleName());
  }

  private static org.boundarykit.text.Cue cue(Docs.CueDoc d) {
    org.boundarykit.text.Cue.Builder b = org.boundarykit.text.Cue.builder().phrase(Wire.required(d.phrase(), "phrase"));
    if (d.kind() != null) {
      b.kind(d.kind());
    }
    b.category(Optional.ofNullable(d.category()));
    b.topic(Optional.ofNullable(d.topic()));
    b.safety(Optional.ofNullable(d.safety()));
    b.escalatedSafety(Optional.ofNullable(d.escalatedSafety()));
    if (d.weight() != null) {
      b.weight(d.weight());
    }
    return b.build();
  }

  private static Strategy strategy(StrategyDoc d) {
    Strategy.Builder b = Strategy.builder();
    if (d.id() != null) {
      b.id(d.id());
    }
    if (d.title() != null) {
      b.title(d.title());
    }
    if (d.summary() != null) {
      b.summary(d.summary());
    }
    if (d.steps() != null) {
      b.addAllSteps(d.steps());
    }
    if (d.appliesWhen() != null) {
      b.appliesWhen(d.appliesWhen());
    }
    return b.build();
  }

  private static org.boundarykit.Wording wording(Docs.WordsDoc d, String locale) {
    org.boundarykit.Wording.Builder b = org.boundarykit.Wording.builder().locale(locale);
    if (d.topics() != null) {
      for (Map.Entry<org.boundarykit.Topic, String> e : d.topics().entrySet()) {
        if (e.getValue() == null) {
          throw new IllegalArgumentException("topics." + e.getKey() + ": the words must be a string");
        }
        b.putTopics(e.getKey(), e.getValue());
      }
    }
    if (d.channels() != null) {
      for (Map.Entry<org.boundarykit.Channel, String> e : d.channels().entrySet()) {
        if (e.getValue() == null) {
          throw new IllegalArgumentException("channels." + e.getKey() + ": the words must be a string");
        }
        b.putChannels(e.getKey(), e.getValue());
      }
    }
    if (d.and() != null) {
      b.and(d.and());
    }
    return b.build();
  }

  private static Script script(ScriptDoc d, String locale) {
    Script.Builder b = Script.builder().locale(locale);
    if (d.id() != null) {
      b.id(d.id());
    }
    if (d.audience() != null) {
      b.audience(d.audience());
    }
    if (d.purpose() != null) {
      b.purpose(d.purpose());
    }
    if (d.reply() != null) {
      b.reply(d.reply());
    }
    if (d.categories() != null) {
      b.addAllCategories(d.categories());
    }
    if (d.levels() != null) {
      b.addAllLevels(d.levels());
    }
    if (d.placeholders() != null) {
      b.addAllPlaceholders(d.placeholders());
    }
    if (d.text() != null) {
      b.text(d.text());
    }
    return b.build();
  }

  private static TechStep techStep(TechStepDoc d) {
    TechStep.Builder b = TechStep.builder();
    if (d.id() != null) {
      b.id(d.id());
    }
    if (d.channels() != null) {
      b.addAllChannels(d.channels());
    }
    if (d.actions() != null) {
      b.addAllActions(d.actions());
    }
    if (d.text() != null) {
      b.text(d.text());
    }
    if (d.stage() != null) {
      b.stage(d.stage());
    }
    if (d.safety() != null) {
      b.addAllSafety(d.safety());
    }
    if (d.exMaySeeDevices() != null) {
      b.exMaySeeDevices(d.exMaySeeDevices());
    }
    if (d.platforms() != null) {
      b.addAllPlatforms(d.platforms());
    }
    if (d.source() != null) {
      b.source(d.source());
    }
    if (d.noticeable() != null) {
      b.noticeable(d.noticeable());
    }
    return b.build();
  }

  private static SafetyResource resource(ResourceDoc d) {
    SafetyResource.Builder b = SafetyResource.builder();
    if (d.id() != null) {
      b.id(d.id());
    }
    if (d.regions() != null) {
      b.addAllRegions(d.regions());
    }
    if (d.kind() != null) {
      b.kind(d.kind());
    }
    if (d.name() != null) {
      b.name(d.name());
    }
    if (d.contact() != null) {
      b.contact(d.contact());
    }
    if (d.description() != null) {
      b.description(d.description());
    }
    if (d.lastChecked() != null) {
      try {
        b.lastChecked(java.time.LocalDate.parse(d.lastChecked()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("lastChecked: expected a date such as 2026-11-01, but got \"" + d.lastChecked() + "\"");
      }
    }
    b.source(Optional.ofNullable(d.source()));
    b.hours(Optional.ofNullable(d.hours()));
    b.text(Optional.ofNullable(d.text()));
    b.chat(Optional.ofNullable(d.chat()));
    b.tty(Optional.ofNullable(d.tty()));
    b.silent(Optional.ofNullable(d.silent()));
    return b.build();
  }

  private Rule rule(RuleDoc d) {
    Rule.Builder b = Rule.builder();
    if (d.id() != null) {
      b.id(d.id());
      if (d.before() != null) {
        parts.before.put(d.id(), d.before());
      }
    }
    WhenDoc w = d.when();
    if (w != null) {
      if (w.categories() != null) {
        b.addAllCategories(w.categories());
      }
      if (w.safety() != null) {
        b.addAllSafety(w.safety());
      }
      if (w.levels() != null) {
        b.addAllLevels(w.levels());
      }
      if (w.channels() != null) {
        b.addAllChannels(w.channels());
      }
      if (w.ladder() != null) {
        b.addAllLadder(w.ladder());
      }
      b.topicAllowed(Optional.ofNullable(w.topicAllowed()));
      b.channelAllowed(Optional.ofNullable(w.channelAllowed()));
      b.lateNight(Optional.ofNullable(w.lateNight()));
      b.asks(Optional.ofNullable(w.asks()));
    }
    ThenDoc t = Wire.required(d.then(), "then");
    b.action(Wire.required(t.action(), "then.action"));
    b.step(Optional.ofNullable(t.step()));
    b.script(Optional.ofNullable(t.script()));
    if (t.followUps() != null) {
      b.addAllFollowUps(t.followUps());
    }
    if (t.resourcesFirst() != null) {
      b.addAllResourcesFirst(t.resourcesFirst());
    }
    if (t.strategies() != null) {
      b.addAllStrategies(t.strategies());
    }
    b.reason(Wire.required(t.reason(), "then.reason"));
    return b.build();
  }

  private static PackParts.Example example(ExampleDoc d) {
    Docs.ExpectDoc expect = Wire.required(d.expect(), "expect");
    return new PackParts.Example(
        Wire.required(d.id(), "id"),
        d.description() == null ? "" : d.description(),
        Wire.plan(d.boundary(), "boundary"),
        Wire.history(d.history(), "history"),
        Wire.contact(d.contact(), "contact"),
        Wire.required(expect.action(), "expect.action"),
        Optional.ofNullable(expect.step()));
  }
}

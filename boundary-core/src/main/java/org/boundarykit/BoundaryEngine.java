package org.boundarykit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.internal.BuiltInQuestion;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.internal.HistorySafety;
import org.boundarykit.internal.Reading;
import org.boundarykit.internal.Template;
import org.boundarykit.internal.Unsure;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.jspecify.annotations.Nullable;

/**
 * Picks the next step for a contact from the ex: built once from a decision table and curated
 * content, verified when built, then immutable and safe to share between threads.
 *
 * <pre>{@code
 * BoundaryEngine engine = BoundaryEngine.builder()
 *     .table(table)
 *     .scripts(scripts)
 *     .classifier(classifier)
 *     .build();
 * Recommendation advice = engine.recommend(plan, ContactHistory.empty(), contact);
 * }</pre>
 *
 * <p>Most apps get an engine from the content pack ({@code DefaultContent.engine()} in
 * boundary-content) rather than building one by hand.
 *
 * <p>How a recommendation is made: the classifier reads the contact's text, and its category,
 * topic and safety are the labels given on the contact combined with that reading: a given label
 * never lowers the safety read (see {@link Builder#trustGivenLabels(boolean)}), and a threat or
 * self-harm category is never below {@link Safety#CONCERN}. Earlier contacts raise the floor
 * within the windows of the table's {@link org.boundarykit.rules.EscalationThresholds}. When the
 * category came from an unsure reading and the safety is NONE, the engine asks the user ({@link
 * Action#ASK_USER}) instead of deciding. Otherwise the position on the ladder is derived from the
 * history, the decision table's first matching row wins (see {@link DecisionTable}), and its
 * outcome picks the script, which is never the one the user sent last.
 */
public final class BoundaryEngine {

  private final DecisionTable table;
  private final CompiledTable compiled;
  private final ContactClassifier classifier;
  private final String defaultLanguage;
  private final Map<String, ScriptIndex> scriptsByLanguage;
  /** The purpose of every script id, in every language. */
  private final Map<String, ScriptPurpose> purposes;
  /** Per rule, in table order: what its outcome needs, worked out once. */
  private final Outcome[] outcomes;
  /** The safety resources of each region named by a resource, in the order given. */
  private final Map<String, List<SafetyResource>> resourcesByRegion;
  /** The resources for a region with no entry of its own: those for {@value SafetyResource#ANY_REGION}. */
  private final List<SafetyResource> fallbackResources;
  private final @Nullable String notice;
  private final boolean trustGivenLabels;
  /** The question to ask when unsure, by language. */
  private final Map<String, ReadingQuestion> questions;

  /** A script with its parsed template and the words of its language, if the pack has them. */
  private record ScriptChoice(Script script, Template template, @Nullable Wording words) {}

  /** The scripts one pick chooses among: a purpose and, for LOGISTICS, the kind of answer. */
  private record Kind(ScriptPurpose purpose, @Nullable LogisticsReply reply) {
    static Kind of(Script script) {
      return new Kind(script.purpose(), script.reply().orElse(null));
    }
  }

  /**
   * The kinds a rule's script purpose offers: for LOGISTICS the user's answer, or, with none, every
   * kind of answer in the order of {@link LogisticsReply}, so nothing is agreed on the user's behalf.
   */
  private static List<Kind> kinds(ScriptPurpose purpose, @Nullable LogisticsAnswer answer) {
    List<Kind> found = purpose != ScriptPurpose.LOGISTICS ? KINDS.get(purpose)
        : answer != null ? ANSWERED.get(answer.reply()) : OFFERED;
    return found != null ? found : List.of(); // every purpose and reply has its entry
  }

  /** Per purpose other than LOGISTICS, its one kind; made once, as {@link #kinds} is called per contact. */
  private static final Map<ScriptPurpose, List<Kind>> KINDS;
  /** Per kind of answer, the LOGISTICS scripts that give it. */
  private static final Map<LogisticsReply, List<Kind>> ANSWERED;
  /** Every kind of answer, in the order offered. */
  private static final List<Kind> OFFERED;

  static {
    Map<ScriptPurpose, List<Kind>> kinds = new EnumMap<>(ScriptPurpose.class);
    for (ScriptPurpose purpose : ScriptPurpose.values()) {
      kinds.put(purpose, List.of(new Kind(purpose, null)));
    }
    KINDS = Collections.unmodifiableMap(kinds);
    Map<LogisticsReply, List<Kind>> answered = new EnumMap<>(LogisticsReply.class);
    List<Kind> offered = new ArrayList<>();
    for (LogisticsReply reply : LogisticsReply.values()) {
      Kind kind = new Kind(ScriptPurpose.LOGISTICS, reply);
      answered.put(reply, List.of(kind));
      offered.add(kind);
    }
    ANSWERED = Collections.unmodifiableMap(answered);
    OFFERED = List.copyOf(offered);
  }

  /**
   * What a rule's outcome needs, worked out when the engine is built.
   *
   * @param step the rule's step
   * @param script the script purpose it sends, or null
   * @param strategies the strategies it cites
   * @param techSteps per safety level, per channel, the texts of the tech steps that apply, in the
   *     order they are shown
   * @param techStepsSeen the same where the ex may see the user's phone or accounts
   * @param notice whether it always comes with the notice (legal or crisis help)
   */
  private record Outcome(
      Optional<EscalationStep> step,
      @Nullable ScriptPurpose script,
      List<Strategy> strategies,
      Map<Safety, Map<Channel, Shown>> techSteps,
      Map<Safety, Map<Channel, Shown>> techStepsSeen,
      boolean notice) {

    /** The texts of the steps shown, in order: those for any platform and those for the plan's. */
    List<String> techSteps(Safety safety, boolean exMaySeeDevices, Channel channel, Set<String> platforms) {
      Map<Channel, Shown> perChannel = (exMaySeeDevices ? techStepsSeen : techSteps).get(safety);
      Shown shown = perChannel == null ? null : perChannel.get(channel);
      if (shown == null) {
        return List.of();
      }
      if (platforms.isEmpty() || !shown.forPlatforms()) {
        return shown.anyPlatform();
      }
      List<String> texts = new ArrayList<>(shown.steps().size());
      for (TechStep step : shown.steps()) {
        if (step.platforms().isEmpty() || (!platforms.isEmpty() && !Collections.disjoint(step.platforms(), platforms))) {
          texts.add(step.text());
        }
      }
      return texts;
    }
  }

  /**
   * The steps shown in one situation, in order; the texts of those for any platform, worked out
   * once; and whether any is for particular platforms.
   */
  private record Shown(List<TechStep> steps, List<String> anyPlatform, boolean forPlatforms) {
    static Shown of(List<TechStep> steps) {
      List<String> texts = new ArrayList<>();
      boolean forPlatforms = false;
      for (TechStep step : steps) {
        if (step.platforms().isEmpty()) {
          texts.add(step.text());
        } else {
          forPlatforms = true;
        }
      }
      return new Shown(List.copyOf(steps), List.copyOf(texts), forPlatforms);
    }
  }

  /**
   * The steps that apply to a rule's outcome at each safety level and channel: in the order of their
   * stage, and within a stage in the pack's order.
   */
  private static Map<Safety, Map<Channel, Shown>> techStepsFor(
      Rule rule, List<TechStep> steps, boolean exMaySeeDevices) {
    Map<Safety, Map<Channel, Shown>> out = new EnumMap<>(Safety.class);
    for (Safety safety : Safety.values()) {
      Map<Channel, Shown> perChannel = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        perChannel.put(channel, Shown.of(ordered(rule, steps, channel, safety, exMaySeeDevices, null)));
      }
      out.put(safety, Collections.unmodifiableMap(perChannel));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The steps shown for a rule's outcome in one situation, in the order they are shown; for the
   * plan's platforms, or with {@code platforms} null for every platform.
   */
  static List<TechStep> ordered(
      Rule rule, List<TechStep> steps, Channel channel, Safety safety, boolean devices, @Nullable Set<String> platforms) {
    List<TechStep> shown = new ArrayList<>();
    for (TechStage stage : TechStage.values()) {
      for (TechStep step : steps) {
        if (step.stage() == stage && step.appliesTo(rule.action(), rule.followUps(), channel, safety, devices, platforms)) {
          shown.add(step);
        }
      }
    }
    return shown;
  }

  private BoundaryEngine(Builder b, CompiledTable compiled, Map<String, ScriptIndex> scripts) {
    this.table = Objects.requireNonNull(b.table);
    this.compiled = compiled;
    this.classifier = b.classifier;
    this.defaultLanguage = b.defaultLocale.getLanguage();
    this.scriptsByLanguage = scripts;
    Map<String, ScriptPurpose> purposeOf = new HashMap<>();
    for (Script script : b.scripts) {
      purposeOf.putIfAbsent(script.id(), script.purpose());
    }
    this.purposes = Map.copyOf(purposeOf);
    Map<String, Strategy> byId = new LinkedHashMap<>();
    for (Strategy s : b.strategies) {
      byId.put(s.id(), s);
    }
    List<Rule> rules = table.rules();
    outcomes = new Outcome[rules.size()];
    for (int r = 0; r < outcomes.length; r++) {
      Rule rule = rules.get(r);
      boolean notice = rule.action() == Action.SEEK_LEGAL_HELP
          || rule.action() == Action.CONTACT_EMERGENCY_SERVICES
          || rule.followUps().contains(Action.SEEK_LEGAL_HELP);
      outcomes[r] = new Outcome(
          rule.step(),
          rule.script().orElse(null),
          strategies(rule, byId),
          techStepsFor(rule, b.techSteps, false),
          techStepsFor(rule, b.techSteps, true),
          notice);
    }
    // in pack order: each region's own entries, and per country the entries of its subdivisions
    Map<String, List<SafetyResource>> byRegion = new HashMap<>();
    Map<String, List<SafetyResource>> subdivisionsOf = new HashMap<>();
    for (SafetyResource resource : b.resources) {
      for (String region : resource.regions()) {
        byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(resource);
        if (region.length() > 2) {
          subdivisionsOf.computeIfAbsent(region.substring(0, 2), k -> new ArrayList<>()).add(resource);
          byRegion.computeIfAbsent(region.substring(0, 2), k -> new ArrayList<>());
        }
      }
    }
    Map<String, List<SafetyResource>> frozen = new HashMap<>();
    for (Map.Entry<String, List<SafetyResource>> e : byRegion.entrySet()) {
      String region = e.getKey();
      if (region.length() > 2) {
        // a subdivision: its own lines with its country's
        frozen.put(region, merged(e.getValue(), byRegion.getOrDefault(region.substring(0, 2), List.of())));
      } else {
        // a country: its own lines, then its subdivisions' (each names its place), so a user in the
        // UK who gives only "GB" still finds a domestic-abuse line
        frozen.put(region, merged(e.getValue(), subdivisionsOf.getOrDefault(region, List.of())));
      }
    }
    this.resourcesByRegion = Map.copyOf(frozen);
    this.fallbackResources = resourcesByRegion.getOrDefault(SafetyResource.ANY_REGION, List.of());
    this.notice = b.notice;
    this.trustGivenLabels = b.trustGivenLabels;
    Map<String, ReadingQuestion> byLanguage = new HashMap<>();
    for (ReadingQuestion q : b.questions) {
      byLanguage.put(Locale.forLanguageTag(q.locale()).getLanguage(), q);
    }
    this.questions = Map.copyOf(byLanguage);
  }

  private static List<Strategy> strategies(Rule rule, Map<String, Strategy> byId) {
    List<Strategy> found = new ArrayList<>();
    for (String id : rule.strategies()) {
      Strategy strategy = byId.get(id);
      if (strategy != null) {
        found.add(strategy);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; a decision table is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the decision table the engine decides with} */
  public DecisionTable table() {
    return table;
  }

  /** {@return the classifier that reads contacts' text} */
  public ContactClassifier classifier() {
    return classifier;
  }

  /**
   * Recommends the next step for {@code contact}.
   *
   * <p>A contact older than the last history entry (a delayed message, a phone that was offline) is
   * advised as the newest: the history's windows are measured from the last entry, and the
   * late-night rules use the time the contact was sent. It is never refused.
   *
   * <p>Where the user stands on the ladder comes from the history: a response with a ladder step
   * moves it to that step, and a response that names the script the user sent and no step moves
   * it as the script's purpose says (a stating, restating or final-notice script). The simplest
   * way to record a response is {@link UserResponse#followed(Recommendation)}.
   *
   * @param plan the user's boundary
   * @param history the earlier contacts in this conversation, oldest first
   * @param contact the contact that just arrived
   * @return the recommendation; never null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException naming the history entry ({@code history[2].response.scriptId})
   *     when a response names a script this engine does not have, or a step its script contradicts
   */
  public Recommendation recommend(BoundaryPlan plan, ContactHistory history, Contact contact) {
    return advise(plan, history, contact, null);
  }

  /**
   * Recommends the next step for {@code contact}, with what the user decided about its practical
   * question. When the recommendation is a reply on a practical matter ({@link
   * Action#REPLY_LOGISTICS}), its scripts give that kind of answer with the answer's details filled
   * in; otherwise the answer is not used (a threat is never answered with an agreement, however the
   * user meant to answer). Without an answer, a logistics recommendation offers one script of each
   * {@link LogisticsReply}, the non-committal {@link LogisticsReply#ACKNOWLEDGE} first.
   *
   * @param plan the user's boundary
   * @param history the earlier contacts in this conversation, oldest first
   * @param contact the contact that just arrived
   * @param answer what the user decided to answer
   * @return the recommendation; never null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException naming the history entry, as {@link #recommend(BoundaryPlan,
   *     ContactHistory, Contact)} does
   */
  public Recommendation recommend(BoundaryPlan plan, ContactHistory history, Contact contact, LogisticsAnswer answer) {
    return advise(plan, history, contact, Objects.requireNonNull(answer, "answer"));
  }

  private Recommendation advise(BoundaryPlan plan, ContactHistory history, Contact contact, @Nullable LogisticsAnswer answer) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(contact, "contact");

    Reading own = read(contact, plan);
    LadderPosition position = history.ladder(table.thresholds(), purposes::get);
    ContactLevel level = plan.level();
    HistorySafety.Floor floor = floor(history, contact, own, plan);
    ContactCategory category = floor.category();
    Safety safety = floor.safety();
    Optional<Topic> topic = own.topic();
    EngineExplanation.Labels labels =
        new EngineExplanation.Labels(contact.category(), contact.safety(), own.read(), floor.raisedBy(),
            history.last().map(last -> contact.at().isBefore(last.contact().at())).orElse(false));
    boolean topicOk = topic.isPresent() && plan.allowsTopic(topic.get());
    boolean channelOk = plan.allowsChannel(contact.channel());
    boolean late = table.isLateNight(contact.at().atZone(plan.timeZone()).toLocalTime());
    Classification read = own.read();
    boolean asks = read == null || read.asks().orElse(true);
    EngineExplanation.Situation situation = new EngineExplanation.Situation(
        category, safety, level, contact.channel(), position, topicOk, channelOk, late, asks);
    String language = plan.locale().getLanguage();
    Fill fill = new Fill(plan, topic.orElse(null), contact.channel(), values(plan, contact, answer));

    if (Unsure.asks(contact, own, safety, level, table.thresholds().minConfidence())) {
      ReadingQuestion question = question(language);
      return new EngineRecommendation(Action.ASK_USER, Optional.empty(), List.of(), category, topic, safety, null,
          List.of(), safety != Safety.NONE || plan.exMaySeeDevices() ? resourcesFor(plan.region()) : List.of(),
          List.of(), null,
          new EngineExplanation(compiled, -1, situation, labels, question.reason()),
          question,
          new Deferred(this, fill, language, List.of(), category, null, history.size(), false));
    }

    int win = compiled.first(category, safety, level, contact.channel(), position, topicOk, channelOk, late, asks);
    if (win < 0) {
      throw new IllegalStateException("verified table left a situation uncovered"); // cannot happen
    }
    Rule winner = compiled.rule(win);
    Outcome outcome = outcomes[win];

    String lastSent = null;
    RenderedScript script = null;
    List<Kind> kinds = outcome.script() != null ? kinds(outcome.script(), answer) : List.of();
    for (Kind kind : kinds) {
      lastSent = history.lastScriptSent();
      ScriptChoice chosen = pickOne(language, kind, category, level, lastSent, history.size());
      if (chosen != null) {
        script = renderScript(chosen, fill);
        break;
      }
    }

    String withNotice = notice != null && (outcome.notice() || safety != Safety.NONE
        || category == ContactCategory.SELF_HARM_THREAT) ? notice : null;
    Explanation why = new EngineExplanation(compiled, win, situation, labels, null);
    return new EngineRecommendation(
        winner.action(),
        outcome.step(),
        winner.followUps(),
        category,
        topic,
        safety,
        script,
        outcome.techSteps(safety, plan.exMaySeeDevices(), contact.channel(), plan.platforms()),
        safety != Safety.NONE || plan.exMaySeeDevices() || !winner.resourcesFirst().isEmpty()
            ? firstOf(winner.resourcesFirst(), resourcesFor(plan.region())) : List.of(),
        outcome.strategies(),
        withNotice,
        why,
        null,
        new Deferred(this, fill, language, kinds, category, lastSent, history.size(), script != null));
  }

  /** Reads one contact: its labels, and its text where the engine reads it. */
  private Reading read(Contact contact, BoundaryPlan plan) {
    Classification read = null;
    if (Reading.needsText(contact, trustGivenLabels)) {
      ZonedDateTime sent = contact.at().atZone(plan.timeZone());
      read = classifier.classify(contact.text().orElseThrow(), ClassificationContext.of(plan.locale(), Optional.of(sent), plan.children(), plan.pets()));
    }
    return Reading.of(contact, read, trustGivenLabels);
  }

  private HistorySafety.Floor floor(ContactHistory history, Contact contact, Reading own, BoundaryPlan plan) {
    if (own.safety() == Safety.URGENT || history.size() == 0) {
      return HistorySafety.Floor.of(own); // nothing can raise it
    }
    // a delayed contact is advised as the newest: the windows run from the last entry at the earliest
    Instant at = contact.at();
    Optional<HistoryEntry> last = history.last();
    if (last.isPresent() && at.isBefore(last.get().contact().at())) {
      at = last.get().contact().at();
    }
    return HistorySafety.floor(history.entries(), at, own, table.thresholds(), new HistoryReader(this, plan));
  }

  /** Reads earlier contacts as the engine reads new ones, in the plan's locale and time zone. */
  private static final class HistoryReader implements HistorySafety.Reader {
    private final BoundaryEngine engine;
    private final BoundaryPlan plan;

    HistoryReader(BoundaryEngine engine, BoundaryPlan plan) {
      this.engine = engine;
      this.plan = plan;
    }

    @Override
    public Reading read(Contact contact) {
      return engine.read(contact, plan);
    }
  }

  /** The question for a language: its own, the default locale's, or the built-in English one. */
  private ReadingQuestion question(String language) {
    ReadingQuestion q = questions.get(language);
    if (q == null) {
      q = questions.get(defaultLanguage);
    }
    return q != null ? q : BuiltInQuestion.ENGLISH;
  }

  /**
   * Renders what a recommendation defers: the alternatives to its script, and the self-care and
   * support lines. The same choices and the same text as rendering them at once.
   */
  private static final class Deferred implements EngineRecommendation.Renderer {
    private final BoundaryEngine engine;
    private final Fill fill;
    private final String language;
    private final List<Kind> kinds;
    private final ContactCategory category;
    private final @Nullable String lastSent;
    private final int turn;
    private final boolean hasScript;

    @SuppressWarnings("TooManyParameters") // the inputs of rendering, called from one place
    Deferred(
        BoundaryEngine engine,
        Fill fill,
        String language,
        List<Kind> kinds,
        ContactCategory category,
        @Nullable String lastSent,
        int turn,
        boolean hasScript) {
      this.engine = engine;
      this.fill = fill;
      this.language = language;
      this.kinds = kinds;
      this.category = category;
      this.lastSent = lastSent;
      this.turn = turn;
      this.hasScript = hasScript;
    }

    @Override
    public EngineRecommendation.Extras render() {
      BoundaryPlan plan = fill.plan();
      ContactLevel level = plan.level();
      List<RenderedScript> alternatives = List.of();
      if (kinds.size() == 1 && hasScript) {
        List<ScriptChoice> picked = engine.pick(language, kinds.get(0), category, level, lastSent, turn, 3);
        if (picked.size() > 1) {
          RenderedScript[] rendered = new RenderedScript[picked.size() - 1];
          for (int i = 1; i < picked.size(); i++) {
            rendered[i - 1] = engine.renderScript(picked.get(i), fill);
          }
          alternatives = List.of(rendered);
        }
      } else if (hasScript) {
        // one of each kind of answer; the first kind found is the script itself
        List<RenderedScript> others = new ArrayList<>();
        boolean first = true;
        for (Kind kind : kinds) {
          ScriptChoice choice = engine.pickOne(language, kind, category, level, lastSent, turn);
          if (choice != null && !first) {
            others.add(engine.renderScript(choice, fill));
          }
          first &= choice == null;
        }
        alternatives = List.copyOf(others);
      }
      ScriptPurpose selfPurpose = plan.reasons().isEmpty() ? ScriptPurpose.SELF_CARE : ScriptPurpose.REMEMBER_WHY;
      ScriptChoice self = engine.pickOne(language, new Kind(selfPurpose, null), category, level, null, turn);
      ScriptChoice support = engine.pickOne(language, new Kind(ScriptPurpose.SUPPORT, null), category, level, null, turn);
      return new EngineRecommendation.Extras(
          alternatives,
          self != null ? engine.renderScript(self, fill).text() : null,
          support != null ? engine.renderScript(support, fill).text() : null);
    }
  }

  /**
   * Two lists of resources as one, each entry once, in their order but with the emergency numbers
   * first.
   */
  private static List<SafetyResource> merged(List<SafetyResource> first, List<SafetyResource> second) {
    List<SafetyResource> out = new ArrayList<>(first.size() + second.size());
    for (boolean emergency : new boolean[] {true, false}) {
      for (List<SafetyResource> list : List.of(first, second)) {
        for (SafetyResource r : list) {
          if ((r.kind() == ResourceKind.EMERGENCY) == emergency && !out.contains(r)) {
            out.add(r);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The resources with the kinds a rule wants first moved to the front, in that order. */
  private static List<SafetyResource> firstOf(List<ResourceKind> kinds, List<SafetyResource> resources) {
    if (kinds.isEmpty() || resources.isEmpty()) {
      return resources;
    }
    List<SafetyResource> out = new ArrayList<>(resources.size());
    for (ResourceKind kind : kinds) {
      for (SafetyResource r : resources) {
        if (r.kind() == kind) {
          out.add(r);
        }
      }
    }
    for (SafetyResource r : resources) {
      if (!kinds.contains(r.kind())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The resources for a region: its own (a subdivision's come with its country's); a subdivision
   * with none of its own gets its country's; a region with none gets the fallback entries.
   */
  private List<SafetyResource> resourcesFor(Optional<String> region) {
    if (region.isEmpty()) {
      return fallbackResources;
    }
    String code = region.get();
    List<SafetyResource> own = resourcesByRegion.get(code);
    if (own == null && code.length() > 2) {
      own = resourcesByRegion.get(code.substring(0, 2));
    }
    return own != null ? own : fallbackResources;
  }

  /**
   * What rendering a script needs besides the script: the plan, the contact's topic and channel, and
   * the placeholder values that do not depend on the script's language, by slot.
   */
  private static final class Fill {
    private final BoundaryPlan plan;
    private final @Nullable Topic topic;
    private final Channel channel;
    private final @Nullable String[] values; // never written after it is made

    Fill(BoundaryPlan plan, @Nullable Topic topic, Channel channel, @Nullable String[] values) {
      this.plan = plan;
      this.topic = topic;
      this.channel = channel;
      this.values = values;
    }

    BoundaryPlan plan() {
      return plan;
    }

    @Nullable Topic topic() {
      return topic;
    }

    Channel channel() {
      return channel;
    }

    /** {@return a copy of the values, to fill in} */
    @Nullable String[] values() {
      return values.clone();
    }
  }

  /**
   * The placeholder values that do not depend on the script's language, by slot, cleaned; the
   * topic and channel words and {@code {reasons}} are filled by {@link #renderScript}.
   */
  private static @Nullable String[] values(BoundaryPlan plan, Contact contact, @Nullable LogisticsAnswer answer) {
    @Nullable String[] values = new String[Template.SLOTS];
    Optional<String> exName = plan.exName();
    if (exName.isPresent()) {
      values[Template.EX_NAME] = Template.clean(exName.get());
    }
    Optional<String> matter = contact.matter();
    if (matter.isPresent()) {
      values[Template.MATTER] = Template.clean(matter.get());
    }
    if (answer != null) {
      values[Template.TIME] = cleaned(answer.time());
      values[Template.PLACE] = cleaned(answer.place());
      values[Template.ALTERNATIVE] = cleaned(answer.alternative());
      values[Template.DETAIL] = cleaned(answer.detail());
    }
    return values;
  }

  private static @Nullable String cleaned(Optional<String> value) {
    return value.isPresent() ? Template.clean(value.get()) : null;
  }

  private static @Nullable String reasons(BoundaryPlan plan) {
    if (plan.reasons().isEmpty()) {
      return null;
    }
    List<String> cleaned = new ArrayList<>();
    for (String reason : plan.reasons()) {
      String c = Template.clean(reason);
      if (c != null) {
        cleaned.add(stripEnd(c));
      }
    }
    return cleaned.isEmpty() ? null : String.join("; ", cleaned);
  }

  private static String stripEnd(String reason) {
    int end = reason.length();
    while (end > 1 && ".!;".indexOf(reason.charAt(end - 1)) >= 0) {
      end--;
    }
    return reason.substring(0, end);
  }

  /**
   * Renders a chosen script: the shared values, with the words of the script's own language for the
   * topic and channels (a partly translated pack may fall back to the default language's script),
   * and the user's reasons where the script uses them.
   */
  private RenderedScript renderScript(ScriptChoice choice, Fill fill) {
    @Nullable String[] filled = fill.values();
    Set<String> used = choice.template().placeholders();
    Wording words = choice.words();
    BoundaryPlan plan = fill.plan();
    if (words != null) {
      Topic topic = fill.topic();
      if (topic != null) {
        filled[Template.TOPIC] = words.topics().get(topic);
        if (filled[Template.MATTER] == null) {
          filled[Template.MATTER] = filled[Template.TOPIC];
        }
      }
      // the lists are worded only for a script that names them
      if (used.contains("allowedTopics") && !plan.topics().isEmpty() && plan.level() != ContactLevel.NO_CONTACT) {
        List<String> allowed = new ArrayList<>();
        for (Topic t : Topic.values()) {
          if (plan.topics().contains(t)) {
            allowed.add(words.topics().get(t));
          }
        }
        filled[Template.ALLOWED_TOPICS] = words.list(allowed);
      }
      if (used.contains("allowedChannels") && !plan.channels().isEmpty() && plan.level() != ContactLevel.NO_CONTACT) {
        List<String> allowed = new ArrayList<>();
        for (Channel c : Channel.values()) {
          if (plan.channels().contains(c)) {
            allowed.add(words.channels().get(c));
          }
        }
        filled[Template.ALLOWED_CHANNELS] = words.list(allowed);
      }
      if (!plan.allowsChannel(fill.channel())) {
        filled[Template.CHANNEL] = words.channels().get(fill.channel());
      }
    }
    if (choice.template().usesReasons()) {
      filled[Template.REASONS] = reasons(plan);
    }
    return RenderedScript.of(choice.script(), choice.template().render(filled));
  }

  /** The first of what {@link #pick} would pick for {@code count} 1 or more, or null. */
  private @Nullable ScriptChoice pickOne(
      String language,
      Kind purpose,
      ContactCategory category,
      ContactLevel level,
      @Nullable String lastSent,
      int turn) {
    for (List<ScriptChoice> tier : tiers(language, purpose, category, level)) {
      int skip = lastSent != null ? indexOf(tier, lastSent) : -1;
      int n = skip >= 0 ? tier.size() - 1 : tier.size();
      if (n == 0) {
        continue;
      }
      int i = turn % n;
      return tier.get(skip >= 0 && i >= skip ? i + 1 : i);
    }
    return null;
  }

  private static int indexOf(List<ScriptChoice> tier, String scriptId) {
    for (int i = 0; i < tier.size(); i++) {
      if (tier.get(i).script().id().equals(scriptId)) {
        return i;
      }
    }
    return -1;
  }

  private List<List<ScriptChoice>> tiers(String language, Kind purpose, ContactCategory category, ContactLevel level) {
    ScriptIndex index = scriptsByLanguage.get(language);
    if (index == null) {
      index = scriptsByLanguage.get(defaultLanguage);
      if (index == null) {
        return List.of();
      }
    }
    List<List<ScriptChoice>> tiers = index.tiers(purpose, category, level);
    if (tiers.isEmpty() && !language.equals(defaultLanguage)) {
      ScriptIndex fallback = scriptsByLanguage.get(defaultLanguage);
      if (fallback != null) {
        tiers = fallback.tiers(purpose, category, level); // a partly translated pack
      }
    }
    return tiers;
  }

  /**
   * Picks up to {@code count} scripts for a purpose: those written for this category and level
   * first, then for the category, then for the level, then generic ones; never the one sent last;
   * rotating by the length of the history so that the same inputs always give the same choice.
   */
  private List<ScriptChoice> pick(
      String language,
      Kind purpose,
      ContactCategory category,
      ContactLevel level,
      @Nullable String lastSent,
      int turn,
      int count) {
    for (List<ScriptChoice> tier : tiers(language, purpose, category, level)) {
      int skip = lastSent != null ? indexOf(tier, lastSent) : -1;
      int n = skip >= 0 ? tier.size() - 1 : tier.size();
      if (n == 0) {
        continue;
      }
      int take = Math.min(count, n);
      List<ScriptChoice> picked = new ArrayList<>(take);
      for (int k = 0; k < take; k++) {
        int i = (turn + k) % n;
        picked.add(tier.get(skip >= 0 && i >= skip ? i + 1 : i));
      }
      return picked;
    }
    return List.of();
  }

  /**
   * The scripts of one language, grouped once per purpose, category and level into tiers of
   * equal preference, best first (category and level, category, level, generic).
   */
  private static final class ScriptIndex {
    private static final int LEVELS = ContactLevel.values().length;

    private final Map<Kind, List<List<List<ScriptChoice>>>> byPurpose;

    ScriptIndex(Map<Kind, List<ScriptChoice>> pool) {
      Map<Kind, List<List<List<ScriptChoice>>>> byPurpose = new HashMap<>();
      for (Map.Entry<Kind, List<ScriptChoice>> e : pool.entrySet()) {
        List<List<List<ScriptChoice>>> cells = new ArrayList<>();
        for (ContactCategory category : ContactCategory.values()) {
          for (ContactLevel level : ContactLevel.values()) {
            // one pass over the choices per cell, each into the tier of its own score, in pool order
            List<List<ScriptChoice>> byScore = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (ScriptChoice choice : e.getValue()) {
              Script s = choice.script();
              boolean fits = (s.categories().isEmpty() || s.categories().contains(category))
                  && (s.levels().isEmpty() || s.levels().contains(level));
              if (fits) {
                byScore.get((s.categories().isEmpty() ? 0 : 2) + (s.levels().isEmpty() ? 0 : 1)).add(choice);
              }
            }
            List<List<ScriptChoice>> tiers = new ArrayList<>();
            for (int score = 3; score >= 0; score--) {
              if (!byScore.get(score).isEmpty()) {
                tiers.add(List.copyOf(byScore.get(score)));
              }
            }
            cells.add(List.copyOf(tiers));
          }
        }
        byPurpose.put(e.getKey(), List.copyOf(cells));
      }
      this.byPurpose = Map.copyOf(byPurpose);
    }

    List<List<ScriptChoice>> tiers(Kind purpose, ContactCategory category, ContactLevel level) {
      List<List<List<ScriptChoice>>> cells = byPurpose.get(purpose);
      return cells == null ? List.of() : cells.get(index(category, level));
    }

    @SuppressWarnings("EnumOrdinal") // a dense index over two small enums, built in declaration order
    private static int index(ContactCategory category, ContactLevel level) {
      return category.ordinal() * LEVELS + level.ordinal();
    }
  }

  /**
   * Builds a {@link BoundaryEngine}. Every collection setter replaces what was set before.
   * {@link #build()} verifies everything and lists every problem it finds.
   */
  public static final class Builder {
    /** The placeholders rendered from a {@link Wording}. */
    private static final Set<String> WORDED = Set.of("topic", "matter", "allowedTopics", "allowedChannels", "channel");
    private @Nullable DecisionTable table;
    private List<Script> scripts = List.of();
    private List<Strategy> strategies = List.of();
    private List<TechStep> techSteps = List.of();
    private List<SafetyResource> resources = List.of();
    private @Nullable String notice;
    private ContactClassifier classifier = ContactClassifier.unclassified();
    private Locale defaultLocale = Locale.ENGLISH;
    private boolean trustGivenLabels;
    private List<ReadingQuestion> questions = List.of();
    private List<Wording> wordings = List.of();

    private Builder() {}

    /**
     * Whether labels the app gives on a contact are used exactly as given. Default {@code false}:
     * the engine reads the text of every contact that has one, and a given label never lowers what
     * it reads. The safety decided with is the higher of the given and the read one, and when the
     * reading is the more severe and reads a self-harm threat or a threat against the user, its
     * category is used too, so the self-harm path is not lost to a milder label. The same holds for
     * earlier contacts in the history.
     *
     * <p>With {@code true}, the text is read only for the labels that are missing, and given labels
     * are used as given; for an app whose own labels are more reliable than the classifier (a
     * human moderator, say). Either way a threat or self-harm category is never below CONCERN,
     * and earlier CONCERN or URGENT contacts still raise the floor.
     *
     * @param trust {@code true} to use given labels as given
     * @return this builder
     */
    public Builder trustGivenLabels(boolean trust) {
      this.trustGivenLabels = trust;
      return this;
    }

    /**
     * Sets the questions to ask when a message cannot be read with confidence (see {@link
     * Action#ASK_USER}), at most one per language. The plan's language is asked in its own
     * question, or else in the default locale's; an engine with neither asks a built-in English
     * question.
     *
     * @param questions the questions, one per language
     * @return this builder
     */
    public Builder questions(Iterable<ReadingQuestion> questions) {
      this.questions = copy(questions, "questions");
      return this;
    }

    /**
     * Sets the words for topics and channels, at most one per language. A script that names the
     * topic or the plan's topics or channels ({@code {topic}}, {@code {matter}}, {@code
     * {allowedTopics}}, {@code {allowedChannels}}, {@code {channel}}) needs the words of its
     * language; the engine refuses a pack without them.
     *
     * @param wordings the words, one per language
     * @return this builder
     */
    public Builder wordings(Iterable<Wording> wordings) {
      this.wordings = copy(wordings, "wordings");
      return this;
    }

    /**
     * Sets the decision table.
     *
     * @param table the table
     * @return this builder
     */
    public Builder table(DecisionTable table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Sets the scripts.
     *
     * @param scripts the scripts, ids unique
     * @return this builder
     */
    public Builder scripts(Iterable<Script> scripts) {
      this.scripts = copy(scripts, "scripts");
      return this;
    }

    /**
     * Sets the strategies that rules cite.
     *
     * @param strategies the strategies, ids unique
     * @return this builder
     */
    public Builder strategies(Iterable<Strategy> strategies) {
      this.strategies = copy(strategies, "strategies");
      return this;
    }

    /**
     * Sets the technology steps.
     *
     * @param techSteps the steps, in the order they should be shown
     * @return this builder
     */
    public Builder techSteps(Iterable<TechStep> techSteps) {
      this.techSteps = copy(techSteps, "techSteps");
      return this;
    }

    /**
     * Sets the safety resources. One must serve the fallback region {@value
     * SafetyResource#ANY_REGION}, so that a contact that is not safe always comes with help lines.
     *
     * @param resources the resources, in the order they should be shown
     * @return this builder
     */
    public Builder resources(Iterable<SafetyResource> resources) {
      this.resources = copy(resources, "resources");
      return this;
    }

    /**
     * Sets the general-guidance notice shown with legal and crisis recommendations.
     *
     * @param notice the notice text
     * @return this builder
     */
    public Builder notice(String notice) {
      this.notice = Objects.requireNonNull(notice, "notice");
      return this;
    }

    /**
     * Sets the classifier that reads a contact's text when labels are missing. Default: none (text
     * is left unclassified).
     *
     * @param classifier the classifier
     * @return this builder
     */
    public Builder classifier(ContactClassifier classifier) {
      this.classifier = Objects.requireNonNull(classifier, "classifier");
      return this;
    }

    /**
     * Sets the locale whose scripts are used when the plan's language has none. Default: English.
     *
     * @param locale the fallback locale
     * @return this builder
     */
    public Builder defaultLocale(Locale locale) {
      this.defaultLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    private static <T> List<T> copy(Iterable<T> items, String name) {
      Objects.requireNonNull(items, name);
      List<T> list = new ArrayList<>();
      int i = 0;
      for (T item : items) {
        list.add(Objects.requireNonNull(item, name + "[" + i + "]"));
        i++;
      }
      return List.copyOf(list);
    }

    /**
     * Verifies the table and the content and builds the engine.
     *
     * @return the engine
     * @throws IllegalStateException if no table was set
     * @throws EngineConfigurationException listing every problem found
     */
    public BoundaryEngine build() {
      DecisionTable t = table;
      if (t == null) {
        throw new IllegalStateException("table: a decision table is required");
      }
      List<String> problems = new ArrayList<>();
      Map<String, Map<Kind, List<ScriptChoice>>> pools = new HashMap<>();
      // plain loops, no streams or lambdas: an engine is mostly built in a JVM that has just started,
      // where each lambda is linked on first use
      duplicates("script", scripts, problems);
      Map<String, Wording> wordingByLanguage = new HashMap<>();
      for (Wording w : wordings) {
        wordingByLanguage.putIfAbsent(Locale.forLanguageTag(w.locale()).getLanguage(), w);
      }
      duplicates("strategy", strategies, problems);
      duplicates("tech step", techSteps, problems);
      duplicates("resource", resources, problems);
      duplicates("rule", t.rules(), problems);

      for (Script script : scripts) {
        Template template;
        try {
          template = Template.parse(script.text());
        } catch (IllegalArgumentException e) {
          problems.add("script " + script.id() + ".text: " + e.getMessage());
          continue;
        }
        for (String name : template.required()) {
          if (!(name.equals("reasons") && script.purpose() == ScriptPurpose.REMEMBER_WHY)) {
            problems.add(
                "script " + script.id() + ".text: {" + name + "} may have no value, so it must stand in an optional [...] part");
          }
        }
        if (!template.placeholders().equals(script.placeholders())) {
          problems.add(
              "script " + script.id() + ".placeholders: declared " + new java.util.TreeSet<>(script.placeholders())
                  + " but the text uses " + new java.util.TreeSet<>(template.placeholders()));
        }
        String language = Locale.forLanguageTag(script.locale()).getLanguage();
        Map<Kind, List<ScriptChoice>> byPurpose = pools.get(language);
        if (byPurpose == null) {
          byPurpose = new HashMap<>();
          pools.put(language, byPurpose);
        }
        List<ScriptChoice> pool = byPurpose.get(Kind.of(script));
        if (pool == null) {
          pool = new ArrayList<>();
          byPurpose.put(Kind.of(script), pool);
        }
        pool.add(new ScriptChoice(script, template, wordingByLanguage.get(language)));
      }

      Set<String> strategyIds = new HashSet<>();
      for (Strategy s : strategies) {
        strategyIds.add(s.id());
      }
      Map<Kind, List<ScriptChoice>> defaults = pools.getOrDefault(defaultLocale.getLanguage(), Map.of());
      for (Rule rule : t.rules()) {
        for (String id : rule.strategies()) {
          if (!strategyIds.contains(id)) {
            problems.add("rule " + rule.id() + ".strategies: no strategy with id \"" + id + "\"");
          }
        }
        boolean sends = rule.action() == Action.REPLY || rule.action() == Action.REPLY_LOGISTICS || rule.action() == Action.TELL_FRIENDS;
        if (sends && rule.script().isEmpty()) {
          problems.add("rule " + rule.id() + ": action " + rule.action() + " needs a script purpose");
        }
        for (Kind kind : rule.script().isPresent() ? kinds(rule.script().get(), null) : List.<Kind>of()) {
          String what = kind.purpose() + (kind.reply() != null ? " " + kind.reply() : "");
          List<ScriptChoice> found = defaults.get(kind);
          if (found == null) {
            problems.add(
                "rule " + rule.id() + ".script: no " + what + " script for the default locale \""
                    + defaultLocale.getLanguage() + "\"");
          } else if (found.size() < 2) {
            problems.add(
                "rule " + rule.id() + ".script: only one " + what + " script for the default locale \""
                    + defaultLocale.getLanguage() + "\"; at least two are needed so the same words are never sent twice in a row");
          }
        }
      }
      Set<String> wordingLanguages = new HashSet<>();
      for (Wording w : wordings) {
        if (!wordingLanguages.add(Locale.forLanguageTag(w.locale()).getLanguage())) {
          problems.add("wording for \"" + w.locale() + "\": a second wording for the same language");
        }
      }
      for (Script script : scripts) {
        String language = Locale.forLanguageTag(script.locale()).getLanguage();
        for (String name : script.placeholders()) {
          if (WORDED.contains(name) && !wordingLanguages.contains(language)) {
            problems.add("script " + script.id() + ".text: {" + name + "} needs the words for topics and channels in \""
                + language + "\", and the pack has none for that language");
            break;
          }
        }
      }
      Set<String> questionLanguages = new HashSet<>();
      for (ReadingQuestion q : questions) {
        if (!questionLanguages.add(Locale.forLanguageTag(q.locale()).getLanguage())) {
          problems.add("question for \"" + q.locale() + "\": a second question for the same language");
        }
      }
      for (Rule rule : t.rules()) {
        if (rule.id().equals(Explanation.ASKED)) {
          problems.add("rule " + rule.id() + ": the id \"" + Explanation.ASKED
              + "\" is reserved for recommendations that ask the user");
        }
      }
      boolean fallback = false;
      for (SafetyResource r : resources) {
        fallback |= r.regions().contains(SafetyResource.ANY_REGION);
      }
      if (!fallback) {
        problems.add("resources: no fallback entry for region \"*\": every CONCERN or URGENT contact must come with"
            + " help lines, also in regions with no entry of their own");
      }
      safetyBeforeNoticeable(t.rules(), techSteps, problems);
      CompiledTable compiled = new CompiledTable(t);
      problems.addAll(compiled.verify());
      if (!problems.isEmpty()) {
        throw new EngineConfigurationException(problems);
      }
      Map<String, ScriptIndex> frozen = new HashMap<>();
      for (Map.Entry<String, Map<Kind, List<ScriptChoice>>> e : pools.entrySet()) {
        frozen.put(e.getKey(), new ScriptIndex(e.getValue()));
      }
      return new BoundaryEngine(this, compiled, Map.copyOf(frozen));
    }

    /**
     * Where there is danger (CONCERN or URGENT), and wherever the ex may see the user's phone or
     * accounts, a step the ex could notice or a block never comes before a step for getting safe.
     * Checked for every rule at the safety levels it allows, on every channel.
     */
    private static void safetyBeforeNoticeable(List<Rule> rules, List<TechStep> steps, List<String> problems) {
      int found = 0;
      for (Rule rule : rules) {
        for (Safety safety : Safety.values()) {
          if (!rule.safety().isEmpty() && !rule.safety().contains(safety)) {
            continue;
          }
          for (boolean devices : new boolean[] {false, true}) {
            if (safety == Safety.NONE && !devices) {
              continue;
            }
            for (Channel channel : Channel.values()) {
              boolean safe = false;
              for (TechStep step : ordered(rule, steps, channel, safety, devices, null)) {
                if (!safe && (step.noticeable() || step.stage() == TechStage.BLOCK) && found++ < 5) {
                  problems.add("tech step " + step.id() + ": rule " + rule.id() + " shows it at safety " + safety
                      + (devices ? " where the ex may see the user's devices" : "") + " on " + channel
                      + " with no GET_SAFE step before it; the ex could notice it, so a step for getting safe must"
                      + " come first (a GET_SAFE step for that situation that the ex cannot notice)");
                }
                safe |= step.stage() == TechStage.GET_SAFE && !step.noticeable();
              }
            }
          }
        }
      }
      if (found > 5) {
        problems.add("... and " + (found - 5) + " more tech steps shown before a GET_SAFE step");
      }
    }

    private static void duplicates(String kind, List<?> items, List<String> problems) {
      Set<String> seen = new HashSet<>();
      for (Object item : items) {
        String id = idOf(item);
        if (!seen.add(id)) {
          problems.add(kind + " id \"" + id + "\" is used twice");
        }
      }
    }

    private static String idOf(Object item) {
      if (item instanceof Script s) {
        return s.id();
      }
      if (item instanceof Strategy s) {
        return s.id();
      }
      if (item instanceof TechStep s) {
        return s.id();
      }
      if (item instanceof SafetyResource r) {
        return r.id();
      }
      if (item instanceof Rule r) {
        return r.id();
      }
      throw new IllegalArgumentException("no id for " + item.getClass().getName());
    }
  }
}

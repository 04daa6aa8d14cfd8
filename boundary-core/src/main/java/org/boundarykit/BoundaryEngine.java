package org.boundarykit;

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
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.internal.Ladder;
import org.boundarykit.internal.Template;
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
 * <p>How a recommendation is made: the contact's category, topic and safety are taken from the
 * contact where given, and read from its text by the classifier where missing; a threat or
 * self-harm category is never below {@link Safety#CONCERN}. The position on the ladder is derived
 * from the history. The decision table's first matching row wins (see {@link DecisionTable}); its
 * outcome picks the script, which is never the one the user sent last.
 */
public final class BoundaryEngine {

  private final DecisionTable table;
  private final CompiledTable compiled;
  private final ContactClassifier classifier;
  private final String defaultLanguage;
  private final Map<String, ScriptIndex> scriptsByLanguage;
  /** Per rule, in table order: the strategies it cites. */
  private final List<List<Strategy>> strategiesByRule;
  /** Per rule, then per channel: the texts of the tech steps that apply. */
  private final List<Map<Channel, List<String>>> techStepsByRule;
  private final List<SafetyResource> resources;
  private final @Nullable String notice;

  /** A script with its parsed template. */
  private record ScriptChoice(Script script, Template template) {}

  private BoundaryEngine(Builder b, Map<String, ScriptIndex> scripts) {
    this.table = Objects.requireNonNull(b.table);
    this.compiled = new CompiledTable(table);
    this.classifier = b.classifier;
    this.defaultLanguage = b.defaultLocale.getLanguage();
    this.scriptsByLanguage = scripts;
    Map<String, Strategy> byId = new LinkedHashMap<>();
    b.strategies.forEach(s -> byId.put(s.id(), s));
    List<List<Strategy>> strategyLists = new ArrayList<>();
    List<Map<Channel, List<String>>> techLists = new ArrayList<>();
    for (Rule rule : table.rules()) {
      strategyLists.add(rule.strategies().stream().map(byId::get).filter(Objects::nonNull).toList());
      Map<Channel, List<String>> perChannel = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        perChannel.put(channel, b.techSteps.stream()
            .filter(step -> step.channels().isEmpty() || step.channels().contains(channel))
            .filter(step -> step.actions().isEmpty()
                || step.actions().contains(rule.action())
                || rule.followUps().stream().anyMatch(step.actions()::contains))
            .map(TechStep::text)
            .toList());
      }
      techLists.add(Collections.unmodifiableMap(perChannel));
    }
    this.strategiesByRule = List.copyOf(strategyLists);
    this.techStepsByRule = List.copyOf(techLists);
    this.resources = List.copyOf(b.resources);
    this.notice = b.notice;
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
   * @param plan the user's boundary
   * @param history the earlier contacts in this conversation, oldest first
   * @param contact the contact that just arrived
   * @return the recommendation; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code contact} is earlier than the last history entry
   */
  public Recommendation recommend(BoundaryPlan plan, ContactHistory history, Contact contact) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(contact, "contact");
    Optional<HistoryEntry> last = history.last();
    if (last.isPresent() && contact.at().isBefore(last.get().contact().at())) {
      throw new IllegalArgumentException(
          "contact.at: "
              + contact.at()
              + " is earlier than the last history entry ("
              + last.get().contact().at()
              + ")");
    }

    ZonedDateTime local = contact.at().atZone(plan.timeZone());
    Classification read = null;
    boolean needsReading = contact.category().isEmpty() || contact.safety().isEmpty();
    if (needsReading && contact.text().isPresent()) {
      read = classifier.classify(contact.text().get(), ClassificationContext.of(plan.locale(), Optional.of(local)));
    }
    ContactCategory category =
        contact.category().orElse(read != null ? read.category() : ContactCategory.OTHER);
    Optional<Topic> topic = contact.topic().isPresent() ? contact.topic() : read != null ? read.topic() : Optional.empty();
    Safety given = contact.safety().orElse(read != null ? read.safety() : Safety.NONE);
    Safety safety = CompiledTable.effectiveSafety(category, given);

    LadderPosition position = Ladder.position(history.entries(), table.thresholds());
    boolean topicOk = topic.isPresent() && plan.allowsTopic(topic.get());
    boolean channelOk = plan.allowsChannel(contact.channel());
    boolean late = table.isLateNight(local.toLocalTime());

    List<String> matched = new ArrayList<>(4);
    int win = -1;
    for (int r = 0; r < compiled.size(); r++) {
      if (compiled.matches(r, category, safety, plan.level(), contact.channel(), position, topicOk, channelOk, late)) {
        matched.add(compiled.rule(r).id());
        if (win < 0) {
          win = r;
        }
      }
    }
    if (win < 0) {
      throw new IllegalStateException("verified table left a situation uncovered"); // cannot happen
    }
    Rule winner = compiled.rule(win);

    Map<String, String> values = values(plan, contact, topic);
    String language = plan.locale().getLanguage();
    Optional<String> lastSent = Ladder.lastScriptSent(history.entries());

    ImmutableRecommendation.Builder out = Recommendation.builder()
        .action(winner.action())
        .step(winner.step())
        .followUps(winner.followUps())
        .category(category)
        .topic(topic)
        .safety(safety);

    if (winner.script().isPresent()) {
      List<ScriptChoice> picked = pick(language, winner.script().get(), category, plan.level(), lastSent, history.size(), 3);
      for (int i = 0; i < picked.size(); i++) {
        RenderedScript rendered = render(picked.get(i), values);
        if (i == 0) {
          out.script(rendered);
        } else {
          out.addAlternatives(rendered);
        }
      }
    }

    ScriptPurpose selfPurpose = plan.reasons().isEmpty() ? ScriptPurpose.SELF_CARE : ScriptPurpose.REMEMBER_WHY;
    pick(language, selfPurpose, category, plan.level(), Optional.empty(), history.size(), 1)
        .forEach(s -> out.selfCare(render(s, values).text()));
    pick(language, ScriptPurpose.SUPPORT, category, plan.level(), Optional.empty(), history.size(), 1)
        .forEach(s -> out.support(render(s, values).text()));

    out.techSteps(techStepsByRule.get(win).getOrDefault(contact.channel(), List.of()));
    if (safety != Safety.NONE) {
      out.addAllResources(resourcesFor(plan.region()));
    }
    out.strategies(strategiesByRule.get(win));
    if (notice != null && needsNotice(winner, category, safety)) {
      out.notice(notice);
    }
    out.explanation(
        Explanation.builder()
            .matchedRules(matched)
            .winningRule(winner.id())
            .reason(winner.reason())
            .ladder(position)
            .classified(read != null)
            .cues(read != null ? read.cues() : List.of())
            .build());
    return out.build();
  }

  private static boolean needsNotice(Rule winner, ContactCategory category, Safety safety) {
    return safety != Safety.NONE
        || category == ContactCategory.SELF_HARM_THREAT
        || winner.action() == Action.SEEK_LEGAL_HELP
        || winner.action() == Action.CONTACT_EMERGENCY_SERVICES
        || winner.followUps().contains(Action.SEEK_LEGAL_HELP);
  }

  private List<SafetyResource> resourcesFor(Optional<String> region) {
    List<SafetyResource> found = new ArrayList<>();
    if (region.isPresent()) {
      for (SafetyResource resource : resources) {
        if (resource.regions().contains(region.get())) {
          found.add(resource);
        }
      }
    }
    if (found.isEmpty()) {
      for (SafetyResource resource : resources) {
        if (resource.regions().contains(SafetyResource.ANY_REGION)) {
          found.add(resource);
        }
      }
    }
    return found;
  }

  private static Map<String, String> values(BoundaryPlan plan, Contact contact, Optional<Topic> topic) {
    Map<String, String> values = new HashMap<>(8);
    plan.exName().map(Template::clean).ifPresent(v -> values.put("exName", v));
    topic.ifPresent(t -> values.put("topic", topicWords(t)));
    Optional<String> matter = contact.matter().map(Template::clean);
    if (matter.isPresent()) {
      values.put("matter", matter.get());
    } else {
      topic.ifPresent(t -> values.put("matter", topicWords(t)));
    }
    if (!plan.reasons().isEmpty()) {
      List<String> cleaned = new ArrayList<>();
      for (String reason : plan.reasons()) {
        String c = Template.clean(reason);
        if (c != null) {
          cleaned.add(stripEnd(c));
        }
      }
      if (!cleaned.isEmpty()) {
        values.put("reasons", String.join("; ", cleaned));
      }
    }
    return values;
  }

  private static String stripEnd(String reason) {
    int end = reason.length();
    while (end > 1 && ".!;".indexOf(reason.charAt(end - 1)) >= 0) {
      end--;
    }
    return reason.substring(0, end);
  }

  private static String topicWords(Topic topic) {
    return switch (topic) {
      case CHILDREN -> "the children";
      case PETS -> "the pets";
      case HOUSING -> "the home";
      case FINANCES -> "the finances";
      case BELONGINGS -> "your things";
      case WORK -> "work";
    };
  }

  private static RenderedScript render(ScriptChoice choice, Map<String, String> values) {
    return RenderedScript.of(choice.script(), choice.template().render(values));
  }

  /**
   * Picks up to {@code count} scripts for a purpose: those written for this category and level
   * first, then for the category, then for the level, then generic ones; never the one sent last;
   * rotating by the length of the history so that the same inputs always give the same choice.
   */
  private List<ScriptChoice> pick(
      String language,
      ScriptPurpose purpose,
      ContactCategory category,
      ContactLevel level,
      Optional<String> lastSent,
      int turn,
      int count) {
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
    String excluded = lastSent.orElse(null);
    for (List<ScriptChoice> tier : tiers) {
      int skip = -1;
      if (excluded != null) {
        for (int i = 0; i < tier.size(); i++) {
          if (tier.get(i).script().id().equals(excluded)) {
            skip = i;
            break;
          }
        }
      }
      int n = skip >= 0 ? tier.size() - 1 : tier.size();
      if (n == 0) {
        continue;
      }
      int take = Math.min(count, n);
      if (take == 1 && skip < 0) {
        return List.of(tier.get(turn % n));
      }
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

    private final Map<ScriptPurpose, List<List<List<ScriptChoice>>>> byPurpose;

    ScriptIndex(Map<ScriptPurpose, List<ScriptChoice>> pool) {
      Map<ScriptPurpose, List<List<List<ScriptChoice>>>> byPurpose = new EnumMap<>(ScriptPurpose.class);
      for (Map.Entry<ScriptPurpose, List<ScriptChoice>> e : pool.entrySet()) {
        List<List<List<ScriptChoice>>> cells = new ArrayList<>();
        for (ContactCategory category : ContactCategory.values()) {
          for (ContactLevel level : ContactLevel.values()) {
            List<List<ScriptChoice>> tiers = new ArrayList<>();
            for (int score = 3; score >= 0; score--) {
              List<ScriptChoice> tier = new ArrayList<>();
              for (ScriptChoice choice : e.getValue()) {
                Script s = choice.script();
                boolean fits = (s.categories().isEmpty() || s.categories().contains(category))
                    && (s.levels().isEmpty() || s.levels().contains(level));
                int own = (s.categories().isEmpty() ? 0 : 2) + (s.levels().isEmpty() ? 0 : 1);
                if (fits && own == score) {
                  tier.add(choice);
                }
              }
              if (!tier.isEmpty()) {
                tiers.add(List.copyOf(tier));
              }
            }
            cells.add(List.copyOf(tiers));
          }
        }
        byPurpose.put(e.getKey(), List.copyOf(cells));
      }
      this.byPurpose = Collections.unmodifiableMap(byPurpose);
    }

    List<List<ScriptChoice>> tiers(ScriptPurpose purpose, ContactCategory category, ContactLevel level) {
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
    private @Nullable DecisionTable table;
    private List<Script> scripts = List.of();
    private List<Strategy> strategies = List.of();
    private List<TechStep> techSteps = List.of();
    private List<SafetyResource> resources = List.of();
    private @Nullable String notice;
    private ContactClassifier classifier = ContactClassifier.unclassified();
    private Locale defaultLocale = Locale.ENGLISH;

    private Builder() {}

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
      Map<String, Map<ScriptPurpose, List<ScriptChoice>>> pools = new HashMap<>();
      duplicates("script", scripts.stream().map(Script::id).toList(), problems);
      duplicates("strategy", strategies.stream().map(Strategy::id).toList(), problems);
      duplicates("tech step", techSteps.stream().map(TechStep::id).toList(), problems);
      duplicates("resource", resources.stream().map(SafetyResource::id).toList(), problems);
      duplicates("rule", t.rules().stream().map(Rule::id).toList(), problems);

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
        pools.computeIfAbsent(language, k -> new EnumMap<>(ScriptPurpose.class))
            .computeIfAbsent(script.purpose(), k -> new ArrayList<>())
            .add(new ScriptChoice(script, template));
      }

      Set<String> strategyIds = new HashSet<>();
      strategies.forEach(s -> strategyIds.add(s.id()));
      Map<ScriptPurpose, List<ScriptChoice>> defaults = pools.getOrDefault(defaultLocale.getLanguage(), Map.of());
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
        if (rule.script().isPresent() && !defaults.containsKey(rule.script().get())) {
          problems.add(
              "rule " + rule.id() + ".script: no " + rule.script().get() + " script for the default locale \""
                  + defaultLocale.getLanguage() + "\"");
        } else if (rule.script().isPresent() && defaults.getOrDefault(rule.script().get(), List.of()).size() < 2) {
          problems.add(
              "rule " + rule.id() + ".script: only one " + rule.script().get() + " script for the default locale \""
                  + defaultLocale.getLanguage() + "\"; at least two are needed so the same words are never sent twice in a row");
        }
      }
      if (resources.stream().noneMatch(r -> r.regions().contains(SafetyResource.ANY_REGION))) {
        problems.add("resources: no fallback entry for region \"*\": every CONCERN or URGENT contact must come with"
            + " help lines, also in regions with no entry of their own");
      }
      problems.addAll(new CompiledTable(t).verify());
      if (!problems.isEmpty()) {
        throw new EngineConfigurationException(problems);
      }
      Map<String, ScriptIndex> frozen = new HashMap<>();
      pools.forEach((lang, byPurpose) -> frozen.put(lang, new ScriptIndex(byPurpose)));
      return new BoundaryEngine(this, Map.copyOf(frozen));
    }

    private static void duplicates(String kind, List<String> ids, List<String> problems) {
      Set<String> seen = new HashSet<>();
      for (String id : ids) {
        if (!seen.add(id)) {
          problems.add(kind + " id \"" + id + "\" is used twice");
        }
      }
    }
  }
}

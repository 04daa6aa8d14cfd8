package org.boundarykit.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.boundarykit.Action;
import org.boundarykit.Audience;
import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.LogisticsReply;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.TechStage;
import org.boundarykit.Topic;
import org.boundarykit.rules.LadderPosition;
import org.jspecify.annotations.Nullable;

/** The JSON documents, as Jackson reads them. Every field may be missing; the reader checks. */
public final class Docs {
  private Docs() {}

  /** An entry of a list section: it has an id and may be marked as overriding an entry below. */
  public interface EntryDoc {
    /** {@return the entry's id, if given} */
    @Nullable String id();

    /** {@return whether the entry must replace one of the packs below, if given} */
    @Nullable Boolean override();
  }

  /**
   * One file of a pack: the manifest fields (root file only) and any sections. {@code "$schema"}
   * is accepted in any file so that editors find the JSON Schema; the loader ignores its value.
   */
  public record PackDoc(
      @JsonProperty("$schema") @Nullable String schema,
      @Nullable Integer schemaVersion,
      @Nullable String id,
      @Nullable String version,
      @Nullable String description,
      @Nullable List<String> locales,
      @Nullable String licence,
      @Nullable List<String> files,
      @Nullable String locale,
      @Nullable ThresholdsDoc thresholds,
      @Nullable LateNightDoc lateNight,
      @Nullable List<StrategyDoc> strategies,
      @Nullable List<ScriptDoc> scripts,
      @Nullable List<RuleDoc> rules,
      @Nullable List<TechStepDoc> techSteps,
      @Nullable List<ResourceDoc> resources,
      @Nullable String disclaimer,
      @Nullable List<ExampleDoc> examples,
      @Nullable List<CueDoc> cues,
      @Nullable LexiconDoc lexicon,
      @Nullable List<FrameDoc> frames,
      @Nullable ModelDoc model,
      @Nullable AskDoc ask,
      @Nullable List<String> silencePhrases,
      @Nullable WordsDoc words) {}

  /** The words a language uses for topics and channels in scripts; the locale is the file's. */
  public record WordsDoc(
      @Nullable Map<Topic, String> topics, @Nullable Map<Channel, String> channels, @Nullable String and) {}

  /** A language's lexicon for the understanding classifier; the locale is the file's. */
  public record LexiconDoc(
      @Nullable List<String> markers,
      @Nullable List<String> suffixes,
      @Nullable Integer minStem,
      @Nullable List<ConceptDoc> concepts) {}

  /** A concept. */
  public record ConceptDoc(@Nullable String id, @Nullable List<String> terms) {}

  /** A frame. */
  public record FrameDoc(
      @Nullable String id,
      @Nullable ContactCategory category,
      @Nullable Safety safety,
      @Nullable List<List<String>> slots,
      @Nullable Integer window,
      @Nullable List<String> unless,
      @Nullable List<String> nonLiteral,
      @Nullable List<String> urgentWith) {}

  /** The understanding model: hashed-feature logistic regression heads. */
  public record ModelDoc(
      @Nullable String version,
      @Nullable Integer buckets,
      @Nullable Double concernAt,
      @Nullable Double urgentAt,
      @Nullable List<HeadDoc> heads) {}

  /** One model head: int8 weights, base64, each times {@code scale}. */
  public record HeadDoc(
      @Nullable String name, @Nullable Double bias, @Nullable Double scale, @Nullable String weights) {}

  /** The question asked when a message cannot be read with confidence, in the file's locale. */
  public record AskDoc(@Nullable String question, @Nullable String reason, @Nullable List<ChoiceDoc> choices) {}

  /** One answer to the question: the labels it stands for, and the words the user sees. */
  public record ChoiceDoc(@Nullable ContactCategory category, @Nullable Safety safety, @Nullable String label) {}

  /** A cue phrase for the default classifier. */
  public record CueDoc(
      @Nullable String phrase,
      org.boundarykit.text.Cue.@Nullable Kind kind,
      @Nullable ContactCategory category,
      @Nullable Topic topic,
      @Nullable Safety safety,
      @Nullable Safety escalatedSafety,
      @Nullable Double weight) {}

  /**
   * The thresholds: the ladder counts, and the windows, escalation check and confidence of message
   * understanding (ISO-8601 durations such as "P14D" and "PT12H").
   */
  public record ThresholdsDoc(
      @Nullable Integer muteAt,
      @Nullable Integer blockAt,
      @Nullable Integer legalAt,
      @Nullable String concernWindow,
      @Nullable String urgentWindow,
      @Nullable Integer escalationCount,
      @Nullable String escalationWindow,
      @Nullable Double minConfidence) {}

  /** The late-night window, as "HH:mm" times. */
  public record LateNightDoc(@Nullable String start, @Nullable String end) {}

  /** A strategy. */
  public record StrategyDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable String title,
      @Nullable String summary,
      @Nullable List<String> steps,
      @Nullable String appliesWhen) implements EntryDoc {}

  /** A script. */
  public record ScriptDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable Audience audience,
      @Nullable ScriptPurpose purpose,
      @Nullable LogisticsReply reply,
      @Nullable List<ContactCategory> categories,
      @Nullable List<ContactLevel> levels,
      @Nullable List<String> placeholders,
      @Nullable String text) implements EntryDoc {}

  /** A decision-table row. */
  public record RuleDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable String before,
      @Nullable WhenDoc when,
      @Nullable ThenDoc then) implements EntryDoc {}

  /** A row's conditions. */
  public record WhenDoc(
      @Nullable List<ContactCategory> categories,
      @Nullable List<Safety> safety,
      @Nullable List<ContactLevel> levels,
      @Nullable List<Channel> channels,
      @Nullable List<LadderPosition> ladder,
      @Nullable Boolean topicAllowed,
      @Nullable Boolean channelAllowed,
      @Nullable Boolean lateNight,
      @Nullable Boolean asks) {}

  /** A row's outcome. */
  public record ThenDoc(
      @Nullable Action action,
      @Nullable EscalationStep step,
      @Nullable List<Action> followUps,
      @Nullable ScriptPurpose script,
      @Nullable List<String> strategies,
      @Nullable String reason,
      @Nullable List<ResourceKind> resourcesFirst) {}

  /** A technology step. */
  public record TechStepDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable List<Channel> channels,
      @Nullable List<Action> actions,
      @Nullable String text,
      @Nullable TechStage stage,
      @Nullable List<Safety> safety,
      @Nullable Boolean exMaySeeDevices,
      @Nullable Boolean noticeable,
      @Nullable List<String> platforms,
      @Nullable String source) implements EntryDoc {}

  /** A safety resource. */
  public record ResourceDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable List<String> regions,
      @Nullable ResourceKind kind,
      @Nullable String name,
      @Nullable String contact,
      @Nullable String description,
      @Nullable String lastChecked,
      @Nullable String source,
      @Nullable String hours,
      @Nullable String text,
      @Nullable String chat,
      @Nullable String tty,
      @Nullable String silent) implements EntryDoc {}

  /** An example situation: an advise request in the wire format, with what it should give. */
  public record ExampleDoc(
      @Nullable String id,
      @Nullable Boolean override,
      @Nullable String description,
      @Nullable BoundaryDoc boundary,
      @Nullable List<HistoryDoc> history,
      @Nullable ContactDoc contact,
      @Nullable ExpectDoc expect) implements EntryDoc {}

  /** What an example should give. */
  public record ExpectDoc(@Nullable Action action, @Nullable EscalationStep step) {}

  /** A boundary in the wire format. */
  public record BoundaryDoc(
      @Nullable ContactLevel level,
      @Nullable List<Topic> topics,
      @Nullable List<Channel> channels,
      @Nullable String exName,
      @Nullable List<String> reasons,
      @Nullable List<String> children,
      @Nullable List<String> pets,
      @Nullable String region,
      @Nullable String locale,
      @Nullable String timeZone,
      @Nullable Boolean exMaySeeDevices,
      @Nullable List<String> platforms) {}

  /** The user's answer to a practical question, in the wire format. */
  public record AnswerDoc(
      org.boundarykit.@Nullable LogisticsReply reply,
      @Nullable String time,
      @Nullable String place,
      @Nullable String alternative,
      @Nullable String detail) {}

  /** A contact in the wire format. */
  public record ContactDoc(
      @Nullable String at,
      @Nullable Channel channel,
      @Nullable String text,
      @Nullable ContactCategory category,
      @Nullable Topic topic,
      @Nullable Safety safety,
      @Nullable String matter) {}

  /** A history entry in the wire format: a contact and what the user did. */
  public record HistoryDoc(
      @Nullable String at,
      @Nullable Channel channel,
      @Nullable String text,
      @Nullable ContactCategory category,
      @Nullable Topic topic,
      @Nullable Safety safety,
      @Nullable String matter,
      @Nullable ResponseDoc response) {}

  /** What the user did. */
  public record ResponseDoc(
      @Nullable Action action, @Nullable EscalationStep step, @Nullable String scriptId) {}
}

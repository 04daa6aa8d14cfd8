package org.boundarykit.content.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.Strategy;
import org.boundarykit.TechStep;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.Rule;
import org.jspecify.annotations.Nullable;

/** What one pack file set holds, as read: values in order, with where each came from. */
public final class PackParts {
  public int schemaVersion;
  public String id = "";
  public String version = "";
  public String description = "";
  public List<String> locales = new ArrayList<>();
  public String licence = "";
  public final List<Strategy> strategies = new ArrayList<>();
  public final List<Script> scripts = new ArrayList<>();
  public final List<Rule> rules = new ArrayList<>();
  public final List<TechStep> techSteps = new ArrayList<>();
  public final List<SafetyResource> resources = new ArrayList<>();
  public final List<Example> examples = new ArrayList<>();
  public final List<org.boundarykit.text.Cue> cues = new ArrayList<>();
  public final List<org.boundarykit.text.Lexicon> lexicons = new ArrayList<>();
  public final List<org.boundarykit.text.Frame> frames = new ArrayList<>();
  public org.boundarykit.text.@Nullable TextModel model;
  /** The questions asked when a message cannot be read with confidence, one per locale. */
  public final List<org.boundarykit.ReadingQuestion> questions = new ArrayList<>();
  /**
   * Per language, phrases that promise silence; no script before the final notice may hold one,
   * because the ladder may still have the user reply.
   */
  public final Map<String, Set<String>> silencePhrases = new java.util.TreeMap<>();
  /** Per language, the words scripts use for topics and channels. */
  public final Map<String, org.boundarykit.Wording> wordings = new java.util.TreeMap<>();
  public @Nullable EscalationThresholds thresholds;
  public @Nullable LocalTime lateNightStart;
  public @Nullable LocalTime lateNightEnd;
  public @Nullable String disclaimer;
  /** "kind id" to "file: $.path", for messages. */
  public final Map<String, String> origins = new HashMap<>();
  /** "kind id" of entries the author marked as overrides. */
  public final Set<String> overrides = new HashSet<>();
  /** Rule id to the id of the rule it goes before, for new rules in overlays. */
  public final Map<String, String> before = new HashMap<>();

  /** An example situation with the place it came from. */
  public record Example(
      String id,
      String description,
      org.boundarykit.BoundaryPlan plan,
      org.boundarykit.ContactHistory history,
      org.boundarykit.Contact contact,
      org.boundarykit.Action action,
      java.util.Optional<org.boundarykit.EscalationStep> step) {}

  /**
   * Where an entry came from.
   *
   * @return "file: $.path", or the kind and id if unknown
   */
  public String origin(String kind, String id) {
    return origins.getOrDefault(kind + " " + id, kind + " " + id);
  }
}

package org.boundarykit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.boundarykit.Audience;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Strategy;
import org.boundarykit.TechStep;
import org.boundarykit.Wording;
import org.boundarykit.content.ContentPack;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.Rule;

/** The catalog of a content pack, for content reviewers, in Markdown or JSON. */
final class Catalog {
  private Catalog() {}

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The catalog in Markdown.
   *
   * @param pack the effective pack
   * @return the document, ending with a line break
   */
  static String markdown(ContentPack pack) {
    StringBuilder md = new StringBuilder();
    DecisionTable table = pack.table();
    md.append("# Content pack ").append(pack.id()).append(' ').append(pack.version()).append("\n\n");
    md.append(pack.description()).append("\n\n");
    md.append("- Layers (later ones win): ").append(String.join(" + ", pack.layers())).append('\n');
    md.append("- Locales: ").append(String.join(", ", pack.locales())).append('\n');
    md.append("- Licence: ").append(pack.licence()).append('\n');
    md.append("- ").append(pack.strategies().size()).append(" strategies, ").append(pack.scripts().size())
        .append(" scripts, ").append(pack.rules().size()).append(" rules, ").append(pack.techSteps().size())
        .append(" technology steps, ").append(pack.resources().size()).append(" safety resources\n");
    pack.disclaimer().ifPresent(d -> md.append("- Notice shown with legal and crisis advice: ").append(d).append('\n'));

    md.append("\n## Strategies\n");
    for (Strategy s : pack.strategies()) {
      md.append("\n### ").append(s.title()).append(" (`").append(s.id()).append("`)\n\n");
      md.append(s.summary()).append('\n');
      if (!s.appliesWhen().isEmpty()) {
        md.append("\nApplies when: ").append(s.appliesWhen()).append('\n');
      }
      if (!s.steps().isEmpty()) {
        md.append('\n');
        s.steps().forEach(step -> md.append("- ").append(step).append('\n'));
      }
    }

    md.append("\n## Scripts\n\nPlaceholders: `{exName}`, `{matter}`, `{topic}`, `{reasons}`, `{allowedTopics}`,"
        + " `{allowedChannels}`, `{channel}`, and in a practical answer `{time}`, `{place}`, `{alternative}`, `{detail}`;"
        + " a part in [brackets] is left out when its placeholder has no value. A practical reply gives one kind of"
        + " answer: without the user's answer one of each is offered, ACKNOWLEDGE first, so nothing is agreed for them.\n");
    for (Wording w : pack.wordings()) {
      md.append("\nWords in `").append(w.locale()).append("`: topics ");
      List<String> topics = new ArrayList<>();
      w.topics().forEach((topic, words) -> topics.add(topic + " \"" + words + "\""));
      md.append(String.join(", ", topics)).append("; channels ");
      List<String> channels = new ArrayList<>();
      w.channels().forEach((channel, words) -> channels.add(channel + " \"" + words + "\""));
      md.append(String.join(", ", channels)).append("; lists joined with \"").append(w.and()).append("\".\n");
    }
    for (Map.Entry<Audience, Map<ScriptPurpose, List<Script>>> byAudience : scriptsByAudience(pack).entrySet()) {
      md.append("\n### For ").append(audience(byAudience.getKey())).append('\n');
      for (Map.Entry<ScriptPurpose, List<Script>> byPurpose : byAudience.getValue().entrySet()) {
        md.append("\n#### ").append(byPurpose.getKey()).append(" (").append(byPurpose.getValue().size()).append(")\n\n");
        for (Script s : byPurpose.getValue()) {
          md.append("- `").append(s.id()).append("` (").append(s.locale());
          if (!s.categories().isEmpty()) {
            md.append("; categories: ").append(joined(s.categories()));
          }
          if (!s.levels().isEmpty()) {
            md.append("; levels: ").append(joined(s.levels()));
          }
          s.reply().ifPresent(reply -> md.append("; answer: ").append(reply));
          md.append("): ").append(s.text()).append('\n');
        }
      }
    }

    md.append("\n## Rules\n\nHit policy FIRST: rows are tried in order and the first whose conditions all hold wins. ")
        .append("After the final notice, the ").append(ordinal(table.thresholds().muteAt()))
        .append(" contact mutes and the ").append(ordinal(table.thresholds().blockAt()))
        .append(" blocks; the ").append(ordinal(table.thresholds().legalAt()))
        .append(" contact after a block leads to legal help. Late night is ").append(table.lateNightStart())
        .append(" to ").append(table.lateNightEnd()).append(" in the user's time zone. ")
        .append("An earlier CONCERN or URGENT contact within ").append(iso(table.thresholds().concernWindow()))
        .append(" raises a new one to CONCERN, an URGENT one within ").append(iso(table.thresholds().urgentWindow()))
        .append(" to URGENT; ").append(table.thresholds().escalationCount()).append(" contacts within ")
        .append(iso(table.thresholds().escalationWindow())).append(" are an escalation. A reading below confidence ")
        .append(table.thresholds().minConfidence()).append(" asks the user what the message is about.\n\n");
    int n = 1;
    for (Rule r : pack.rules()) {
      md.append(n++).append(". `").append(r.id()).append("`: when ").append(String.join("; ", conditions(r)))
          .append(" → **").append(r.action()).append("**");
      r.step().ifPresent(step -> md.append(", step ").append(step));
      if (!r.followUps().isEmpty()) {
        md.append(", then ").append(joined(r.followUps()));
      }
      r.script().ifPresent(script -> md.append(", script ").append(script));
      if (!r.strategies().isEmpty()) {
        md.append(", strategies ").append(String.join(", ", r.strategies()));
      }
      md.append("  \n   ").append(r.reason()).append('\n');
    }

    md.append("\n## Technology steps\n\nShown in the order of their stage (GET_SAFE, KEEP_EVIDENCE, QUIET, BLOCK), then in"
        + " this order.\n\n");
    for (TechStep t : pack.techSteps()) {
      md.append("- `").append(t.id()).append("` ").append(t.stage()).append(" (channels: ")
          .append(t.channels().isEmpty() ? "any" : joined(t.channels()))
          .append("; actions: ").append(t.actions().isEmpty() ? "any" : joined(t.actions()))
          .append("; safety: ").append(t.safety().isEmpty() ? "any" : joined(t.safety()));
      t.exMaySeeDevices().ifPresent(v -> md.append(v ? "; only where the ex may see the user's devices" : "; only where they may not"));
      if (!t.platforms().isEmpty()) {
        md.append("; only for ").append(String.join(", ", new TreeSet<>(t.platforms())));
      }
      md.append(t.noticeable() ? "; the ex could notice it" : "").append("): ").append(t.text());
      t.source().ifPresent(v -> md.append(" (checked on ").append(v).append(')'));
      md.append('\n');
    }

    md.append("\n## Safety resources\n\nShown exactly as written whenever a contact's safety is not NONE. ")
        .append("A region with no entry of its own gets the entries for `*`.\n\n");
    md.append("| region | resources |\n| --- | --- |\n");
    for (Map.Entry<String, List<String>> region : regions(pack).entrySet()) {
      md.append("| ").append(region.getKey()).append(" | ").append(String.join(", ", region.getValue())).append(" |\n");
    }
    md.append('\n');
    for (SafetyResource r : pack.resources()) {
      md.append("- `").append(r.id()).append("` ").append(r.kind()).append(", ").append(r.name()).append(": ")
          .append(r.contact()).append(". ").append(r.description())
          .append(r.description().isEmpty() ? "" : " ").append("Regions: ").append(String.join(", ", new TreeSet<>(r.regions())))
          .append('.');
      r.hours().ifPresent(v -> md.append(" Hours: ").append(v).append('.'));
      r.text().ifPresent(v -> md.append(" By text: ").append(v).append('.'));
      r.chat().ifPresent(v -> md.append(" Chat: ").append(v).append('.'));
      r.tty().ifPresent(v -> md.append(" Textphone or relay: ").append(v).append('.'));
      r.silent().ifPresent(v -> md.append(" Without speaking: ").append(v).append('.'));
      md.append(" Last checked ").append(r.lastChecked());
      r.source().ifPresent(v -> md.append(" against ").append(v));
      md.append(".\n");
    }
    return md.toString();
  }

  /**
   * The catalog in JSON.
   *
   * @param pack the effective pack
   * @return the document, indented, ending with a line break
   */
  static String json(ContentPack pack) {
    return json(pack, false);
  }

  /**
   * The catalog in JSON, with what raises safety when asked.
   *
   * @param pack the effective pack
   * @param understanding whether to add the frames, cue phrases and concepts by safety level
   * @return the document, indented, ending with a line break
   */
  static String json(ContentPack pack, boolean understanding) {
    DecisionTable table = pack.table();
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode meta = root.putObject("pack");
    meta.put("id", pack.id()).put("version", pack.version()).put("description", pack.description())
        .put("licence", pack.licence());
    strings(meta.putArray("locales"), pack.locales());
    strings(meta.putArray("layers"), pack.layers());
    Optional<String> disclaimer = pack.disclaimer();
    if (disclaimer.isPresent()) {
      meta.put("disclaimer", disclaimer.get());
    } else {
      meta.putNull("disclaimer");
    }

    ArrayNode strategies = root.putArray("strategies");
    for (Strategy s : pack.strategies()) {
      ObjectNode o = strategies.addObject().put("id", s.id()).put("title", s.title()).put("summary", s.summary());
      strings(o.putArray("steps"), s.steps());
      o.put("appliesWhen", s.appliesWhen());
    }

    ObjectNode scripts = root.putObject("scripts");
    for (Map.Entry<Audience, Map<ScriptPurpose, List<Script>>> byAudience : scriptsByAudience(pack).entrySet()) {
      ObjectNode audience = scripts.putObject(byAudience.getKey().name());
      for (Map.Entry<ScriptPurpose, List<Script>> byPurpose : byAudience.getValue().entrySet()) {
        ArrayNode list = audience.putArray(byPurpose.getKey().name());
        for (Script s : byPurpose.getValue()) {
          ObjectNode o = list.addObject().put("id", s.id()).put("locale", s.locale());
          names(o.putArray("categories"), s.categories());
          names(o.putArray("levels"), s.levels());
          s.reply().ifPresent(reply -> o.put("reply", reply.name()));
          strings(o.putArray("placeholders"), new ArrayList<>(new TreeSet<>(s.placeholders())));
          o.put("text", s.text());
        }
      }
    }

    ObjectNode thresholds = root.putObject("thresholds");
    thresholds.put("muteAt", table.thresholds().muteAt()).put("blockAt", table.thresholds().blockAt())
        .put("legalAt", table.thresholds().legalAt())
        .put("concernWindow", iso(table.thresholds().concernWindow()))
        .put("urgentWindow", iso(table.thresholds().urgentWindow()))
        .put("escalationCount", table.thresholds().escalationCount())
        .put("escalationWindow", iso(table.thresholds().escalationWindow()))
        .put("minConfidence", table.thresholds().minConfidence());
    root.putObject("lateNight").put("start", table.lateNightStart().toString()).put("end", table.lateNightEnd().toString());
    ArrayNode rules = root.putArray("rules");
    int n = 1;
    for (Rule r : pack.rules()) {
      ObjectNode o = rules.addObject().put("order", n++).put("id", r.id());
      ObjectNode when = o.putObject("when");
      if (!r.categories().isEmpty()) {
        names(when.putArray("categories"), r.categories());
      }
      if (!r.safety().isEmpty()) {
        names(when.putArray("safety"), r.safety());
      }
      if (!r.levels().isEmpty()) {
        names(when.putArray("levels"), r.levels());
      }
      if (!r.channels().isEmpty()) {
        names(when.putArray("channels"), r.channels());
      }
      if (!r.ladder().isEmpty()) {
        names(when.putArray("ladder"), r.ladder());
      }
      r.topicAllowed().ifPresent(v -> when.put("topicAllowed", v));
      r.channelAllowed().ifPresent(v -> when.put("channelAllowed", v));
      r.lateNight().ifPresent(v -> when.put("lateNight", v));
      ObjectNode then = o.putObject("then");
      then.put("action", r.action().name());
      if (r.step().isPresent()) {
        then.put("step", r.step().get().name());
      } else {
        then.putNull("step");
      }
      names(then.putArray("followUps"), r.followUps());
      if (r.script().isPresent()) {
        then.put("script", r.script().get().name());
      } else {
        then.putNull("script");
      }
      strings(then.putArray("strategies"), r.strategies());
      then.put("reason", r.reason());
    }

    ArrayNode techSteps = root.putArray("techSteps");
    for (TechStep t : pack.techSteps()) {
      ObjectNode o = techSteps.addObject().put("id", t.id());
      names(o.putArray("channels"), t.channels());
      names(o.putArray("actions"), t.actions());
      o.put("stage", t.stage().name());
      names(o.putArray("safety"), t.safety());
      t.exMaySeeDevices().ifPresent(v -> o.put("exMaySeeDevices", v));
      o.put("noticeable", t.noticeable());
      strings(o.putArray("platforms"), new ArrayList<>(new TreeSet<>(t.platforms())));
      t.source().ifPresent(v -> o.put("source", v));
      o.put("text", t.text());
    }

    ObjectNode regions = root.putObject("regions");
    regions(pack).forEach((region, ids) -> strings(regions.putArray(region), ids));
    ArrayNode resources = root.putArray("resources");
    for (SafetyResource r : pack.resources()) {
      ObjectNode o = resources.addObject().put("id", r.id());
      strings(o.putArray("regions"), new ArrayList<>(new TreeSet<>(r.regions())));
      o.put("kind", r.kind().name()).put("name", r.name()).put("contact", r.contact())
          .put("description", r.description()).put("lastChecked", r.lastChecked().toString());
      r.source().ifPresent(v -> o.put("source", v));
      r.hours().ifPresent(v -> o.put("hours", v));
      r.text().ifPresent(v -> o.put("text", v));
      r.chat().ifPresent(v -> o.put("chat", v));
      r.tty().ifPresent(v -> o.put("tty", v));
      r.silent().ifPresent(v -> o.put("silent", v));
    }
    if (understanding) {
      UnderstandingCatalog.json(root, pack);
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e); // cannot happen for trees
    }
  }

  private static Map<Audience, Map<ScriptPurpose, List<Script>>> scriptsByAudience(ContentPack pack) {
    Map<Audience, Map<ScriptPurpose, List<Script>>> grouped = new TreeMap<>();
    for (Script s : pack.scripts()) {
      grouped.computeIfAbsent(s.audience(), a -> new TreeMap<>()).computeIfAbsent(s.purpose(), p -> new ArrayList<>()).add(s);
    }
    return grouped;
  }

  /** Region code to the ids of its resources, in pack order; "*" last. */
  private static Map<String, List<String>> regions(ContentPack pack) {
    Map<String, List<String>> byRegion = new TreeMap<>((a, b) -> a.equals(b) ? 0
        : a.equals(SafetyResource.ANY_REGION) ? 1 : b.equals(SafetyResource.ANY_REGION) ? -1 : a.compareTo(b));
    for (SafetyResource r : pack.resources()) {
      for (String region : r.regions()) {
        byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(r.id());
      }
    }
    return byRegion;
  }

  private static List<String> conditions(Rule r) {
    List<String> when = new ArrayList<>();
    if (!r.categories().isEmpty()) {
      when.add("category " + joined(r.categories(), " or "));
    }
    if (!r.safety().isEmpty()) {
      when.add("safety " + joined(r.safety(), " or "));
    }
    if (!r.levels().isEmpty()) {
      when.add("level " + joined(r.levels(), " or "));
    }
    if (!r.channels().isEmpty()) {
      when.add("channel " + joined(r.channels(), " or "));
    }
    if (!r.ladder().isEmpty()) {
      when.add("ladder " + joined(r.ladder(), " or "));
    }
    r.topicAllowed().ifPresent(v -> when.add(v ? "topic allowed" : "topic not allowed"));
    r.channelAllowed().ifPresent(v -> when.add(v ? "channel allowed" : "channel not allowed"));
    r.lateNight().ifPresent(v -> when.add(v ? "late at night" : "not late at night"));
    if (when.isEmpty()) {
      when.add("always");
    }
    return when;
  }

  private static String audience(Audience audience) {
    return switch (audience) {
      case EX -> "the ex (EX)";
      case FRIEND -> "friends (FRIEND)";
      case SELF -> "the user (SELF)";
    };
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  private static String joined(Collection<? extends Enum<?>> values) {
    return joined(values, ", ");
  }

  private static String joined(Collection<? extends Enum<?>> values, String separator) {
    return String.join(separator, ordered(values));
  }

  private static void names(ArrayNode out, Collection<? extends Enum<?>> values) {
    ordered(values).forEach(out::add);
  }

  /** The names of a set in declaration order, or of a list in its own order. */
  private static List<String> ordered(Collection<? extends Enum<?>> values) {
    List<Enum<?>> list = new ArrayList<>(values);
    if (values instanceof java.util.Set) {
      list.sort(java.util.Comparator.comparingInt(Enum::ordinal));
    }
    List<String> names = new ArrayList<>();
    list.forEach(v -> names.add(v.name()));
    return names;
  }

  private static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  /** A window as the pack writes it: whole days as "P14D", anything else as Duration does ("PT12H"). */
  static String iso(java.time.Duration window) {
    return window.getNano() == 0 && window.getSeconds() % 86_400 == 0 ? "P" + window.toDays() + "D" : window.toString();
  }
}

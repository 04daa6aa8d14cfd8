package org.boundarykit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.Safety;
import org.boundarykit.content.ContentPack;
import org.boundarykit.text.Concept;
import org.boundarykit.text.Cue;
import org.boundarykit.text.Frame;
import org.boundarykit.text.Lexicon;
import org.boundarykit.text.TextModel;

/**
 * What makes the default reader raise safety, for reviewers ({@code pack show --understanding}):
 * by safety level, the frames that give it and the cue phrases that give it; then every concept's
 * terms, by language, and the model's lines.
 */
final class UnderstandingCatalog {

  private UnderstandingCatalog() {}

  private static final List<Safety> LEVELS = List.of(Safety.URGENT, Safety.CONCERN);

  /** The frames that read {@code level} as they stand. */
  private static List<Frame> frames(ContentPack pack, Safety level) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : pack.frames()) {
      if (f.safety() == level) {
        out.add(f);
      }
    }
    return out;
  }

  /** The frames below URGENT that become URGENT with one of their {@code urgentWith} concepts. */
  private static List<Frame> raisedToUrgent(ContentPack pack) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : pack.frames()) {
      if (f.safety() != Safety.URGENT && !f.urgentWith().isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** The cues whose least safety, as they stand or when escalated, is {@code level}. */
  private static List<Cue> cues(ContentPack pack, Safety level, boolean escalated) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : pack.cues()) {
      Optional<Safety> s = escalated ? c.escalatedSafety() : c.safety();
      if (s.isPresent() && s.get() == level) {
        out.add(c);
      }
    }
    return out;
  }

  private static String slots(Frame f) {
    List<String> parts = new ArrayList<>();
    for (List<String> slot : f.slots()) {
      parts.add(slot.size() == 1 ? "`" + slot.get(0) + "`" : "(`" + String.join("` | `", slot) + "`)");
    }
    return String.join(" + ", parts);
  }

  private static String quoted(List<String> phrases) {
    StringBuilder b = new StringBuilder();
    for (String p : phrases) {
      b.append(b.length() == 0 ? "" : ", ").append('"').append(p).append('"');
    }
    return b.toString();
  }

  private static List<String> phrases(List<Cue> cues) {
    List<String> out = new ArrayList<>();
    for (Cue c : cues) {
      out.add(c.phrase());
    }
    return out;
  }

  /**
   * The section in Markdown.
   *
   * @param pack the effective pack
   * @return the section, starting with its heading and ending with a line break
   */
  static String markdown(ContentPack pack) {
    StringBuilder md = new StringBuilder("\n## What raises safety\n\n");
    md.append("A message is read three ways and takes the highest safety any of them gives: frames over concepts,")
        .append(" cue phrases, and the trained model. A frame matches when each of its slots is filled by a term of")
        .append(" one of its concepts, within its window of words, in one sentence; a negation never cancels it.")
        .append(" `unless` concepts in the same sentence give the words an ordinary sense; `not literal` markers")
        .append(" (a joke) lower it, unless one of its `urgentWith` concepts is present.\n");
    for (Safety level : LEVELS) {
      md.append("\n### ").append(level).append("\n\n");
      for (Frame f : frames(pack, level)) {
        frame(md, f);
      }
      if (level == Safety.URGENT) {
        for (Frame f : raisedToUrgent(pack)) {
          md.append("- Frame `").append(f.id()).append("` (").append(f.safety()).append(") becomes URGENT with `")
              .append(String.join("`, `", f.urgentWith())).append("` anywhere in the message\n");
        }
      }
      List<Cue> cues = cues(pack, level, false);
      if (!cues.isEmpty()) {
        md.append("- Cue phrases: ").append(quoted(phrases(cues))).append('\n');
      }
      List<Cue> escalated = cues(pack, level, true);
      if (!escalated.isEmpty()) {
        md.append("- Cue phrases that reach ").append(level)
            .append(" in a conditional sentence or beside another such cue: ").append(quoted(phrases(escalated))).append('\n');
      }
    }
    Optional<TextModel> model = pack.model();
    if (model.isPresent()) {
      md.append("\n### The model\n\nA message is at least CONCERN when the model's danger score reaches ")
          .append(String.format(Locale.ROOT, "%.2f", model.get().concernAt()))
          .append(", and URGENT when its urgent score also reaches ")
          .append(String.format(Locale.ROOT, "%.2f", model.get().urgentAt()))
          .append(". Its weights are learned from the labelled corpus, not listed phrases; the signals of each")
          .append(" reading show its scores (docs/understanding.md).\n");
    }
    md.append("\n### Concepts, by language\n");
    for (Lexicon lexicon : pack.lexicons()) {
      md.append("\n#### ").append(lexicon.locale()).append("\n\n");
      for (Concept c : lexicon.concepts()) {
        md.append("- `").append(c.id()).append("`: ").append(String.join(", ", c.terms())).append('\n');
      }
    }
    return md.toString();
  }

  private static void frame(StringBuilder md, Frame f) {
    md.append("- Frame `").append(f.id()).append("` (").append(f.category()).append("): ").append(slots(f));
    if (f.slots().size() > 1) {
      md.append(", within ").append(f.window()).append(" words");
    }
    if (!f.unless().isEmpty()) {
      md.append("; unless `").append(String.join("`, `", f.unless())).append('`');
    }
    if (!f.nonLiteral().isEmpty()) {
      md.append("; not literal with `").append(String.join("`, `", f.nonLiteral())).append('`');
    }
    md.append('\n');
  }

  /**
   * Adds the section to a JSON catalog, as {@code understanding}.
   *
   * @param root the catalog document
   * @param pack the effective pack
   */
  static void json(ObjectNode root, ContentPack pack) {
    ObjectNode u = root.putObject("understanding");
    ObjectNode bySafety = u.putObject("bySafety");
    for (Safety level : LEVELS) {
      ObjectNode l = bySafety.putObject(level.name());
      ArrayNode frames = l.putArray("frames");
      frames(pack, level).forEach(f -> frames.add(f.id()));
      if (level == Safety.URGENT) {
        ArrayNode raised = l.putArray("framesWithUrgentWith");
        raisedToUrgent(pack).forEach(f -> raised.add(f.id()));
      }
      ArrayNode cues = l.putArray("cues");
      phrases(cues(pack, level, false)).forEach(cues::add);
      ArrayNode escalated = l.putArray("cuesWhenEscalated");
      phrases(cues(pack, level, true)).forEach(escalated::add);
    }
    ArrayNode frames = u.putArray("frames");
    for (Frame f : pack.frames()) {
      ObjectNode o = frames.addObject().put("id", f.id()).put("category", f.category().name())
          .put("safety", f.safety().name()).put("window", f.window());
      ArrayNode slots = o.putArray("slots");
      f.slots().forEach(slot -> {
        ArrayNode s = slots.addArray();
        slot.forEach(s::add);
      });
      ArrayNode unless = o.putArray("unless");
      f.unless().forEach(unless::add);
      ArrayNode nonLiteral = o.putArray("nonLiteral");
      f.nonLiteral().forEach(nonLiteral::add);
      ArrayNode urgentWith = o.putArray("urgentWith");
      f.urgentWith().forEach(urgentWith::add);
    }
    ObjectNode concepts = u.putObject("concepts");
    for (Lexicon lexicon : pack.lexicons()) {
      ObjectNode byId = concepts.has(lexicon.locale()) ? (ObjectNode) concepts.get(lexicon.locale())
          : concepts.putObject(lexicon.locale());
      for (Concept c : lexicon.concepts()) {
        ArrayNode terms = byId.putArray(c.id());
        c.terms().forEach(terms::add);
      }
    }
    Optional<TextModel> model = pack.model();
    if (model.isPresent()) {
      u.putObject("model").put("concernAt", model.get().concernAt()).put("urgentAt", model.get().urgentAt())
          .put("buckets", model.get().buckets());
    } else {
      u.putNull("model");
    }
  }
}

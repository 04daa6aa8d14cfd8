package org.boundarykit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.boundarykit.Action;
import org.boundarykit.Explanation;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.SafetyResource;
import org.boundarykit.Strategy;
import org.boundarykit.spi.Classification;

/**
 * Recommendations and classifications in readable form. Curated text (scripts, tech steps, safety
 * resources, reasons, the notice) is printed exactly as the pack has it.
 */
final class Prose {
  private Prose() {}

  /**
   * A short label for an action.
   *
   * @param action the action
   * @return the label
   */
  static String label(Action action) {
    return switch (action) {
      case REPLY -> "Reply once, with the message below";
      case REPLY_LOGISTICS -> "Reply on the practical matter only, briefly";
      case NO_REPLY -> "Don't reply";
      case MUTE -> "Mute the conversation; don't reply";
      case BLOCK -> "Block; don't reply";
      case DOCUMENT -> "Keep a dated record; don't reply";
      case SEEK_LEGAL_HELP -> "Look into legal protection; keep a record";
      case CONTACT_EMERGENCY_SERVICES -> "Contact emergency services or a crisis line";
      case TELL_FRIENDS -> "Talk to your friends, with the message below";
      case ASK_USER -> "Say what this message is about; nothing is sent yet";
    };
  }

  /** A short label for a kind of answer to a practical question. */
  static String replyLabel(org.boundarykit.LogisticsReply reply) {
    return switch (reply) {
      case ACKNOWLEDGE -> "Acknowledge (agrees to nothing)";
      case ASK -> "Ask for what is missing";
      case DECLINE -> "Decline, offering an alternative";
      case ACCEPT -> "Accept";
    };
  }

  /**
   * Prints a recommendation.
   *
   * @param out where to print
   * @param r the recommendation
   */
  static void advice(PrintWriter out, Recommendation r) {
    out.println("Next step: " + label(r.action()) + "  [" + r.action() + r.step().map(s -> ", step " + s).orElse("") + "]");
    r.question().ifPresent(q -> question(out, q));
    if (!r.resources().isEmpty()) {
      out.println();
      out.println("Help is there for you:");
      for (SafetyResource resource : r.resources()) {
        String description = resource.description().isEmpty() ? "" : " " + resource.description();
        out.println("  - " + resource.name() + ": " + resource.contact() + "." + description
            + " (checked " + resource.lastChecked() + ")");
        resource.hours().ifPresent(v -> out.println("      Hours: " + v));
        resource.text().ifPresent(v -> out.println("      By text: " + v));
        resource.chat().ifPresent(v -> out.println("      Chat: " + v));
        resource.tty().ifPresent(v -> out.println("      Textphone or relay: " + v));
        resource.silent().ifPresent(v -> out.println("      If you can't speak: " + v));
      }
    }
    java.util.Optional<org.boundarykit.LogisticsReply> firstReply = r.script().flatMap(RenderedScript::reply);
    boolean offered = firstReply.isPresent() && r.alternatives().stream().anyMatch(a -> !a.reply().equals(firstReply));
    if (offered) {
      // one script per kind of answer: the user chooses; nothing is agreed on their behalf
      out.println();
      out.println("Choose what to answer (nothing is agreed until you do):");
      List<RenderedScript> all = new java.util.ArrayList<>();
      all.add(r.script().orElseThrow());
      all.addAll(r.alternatives());
      for (RenderedScript s : all) {
        out.println("  " + replyLabel(s.reply().orElseThrow()) + ": " + s.text() + "  (script " + s.scriptId() + ")");
      }
    } else if (r.script().isPresent()) {
      RenderedScript script = r.script().get();
      out.println();
      out.println(script.purpose() == org.boundarykit.ScriptPurpose.POINT_TO_HELP
          ? "If you choose to answer, send only this:"
          : script.purpose() == org.boundarykit.ScriptPurpose.FRIENDLY
          ? "If you want to answer, this is enough:"
          : script.audience() == org.boundarykit.Audience.EX ? "Send this:" : "Send this to them:");
      out.println("  " + script.text());
      out.println("  (script " + script.scriptId() + ")");
      if (!r.alternatives().isEmpty()) {
        out.println("Or in other words:");
        for (int i = 0; i < r.alternatives().size(); i++) {
          RenderedScript alternative = r.alternatives().get(i);
          out.println("  " + (i + 1) + ". " + alternative.text() + "  (script " + alternative.scriptId() + ")");
        }
      }
    }
    if (!r.followUps().isEmpty()) {
      out.println();
      out.println("Then: " + r.followUps().stream().map(a -> label(a) + " [" + a + "]").collect(Collectors.joining("; ")));
    }
    if (!r.techSteps().isEmpty()) {
      out.println();
      out.println("Let technology help:");
      r.techSteps().forEach(step -> out.println("  - " + step));
    }
    if (r.selfCare().isPresent() || r.support().isPresent()) {
      out.println();
      r.selfCare().ifPresent(line -> out.println("For you: " + line));
      r.support().ifPresent(line -> out.println("To a friend: " + line));
    }
    Explanation why = r.explanation();
    out.println();
    out.println("Why: " + why.reason());
    out.println("  Read as " + r.category() + r.topic().map(t -> " about " + t).orElse("") + ", safety " + r.safety()
        + "; ladder: " + why.ladder() + "; rule: " + why.winningRule()
        + (why.matchedRules().size() > 1 ? " (also matched: " + String.join(", ", why.matchedRules().subList(1, why.matchedRules().size())) + ")" : "")
        + ".");
    if (why.givenCategory().isPresent() || why.givenSafety().isPresent()) {
      out.println("  Given: " + why.givenCategory().map(c -> "category " + c).orElse("no category") + ", "
          + why.givenSafety().map(s -> "safety " + s).orElse("no safety") + ".");
    }
    why.reading().ifPresent(read -> out.println("  From the text: " + read.category()
        + read.topic().map(t -> " about " + t).orElse("") + ", safety " + read.safety() + ", confidence "
        + String.format(Locale.ROOT, "%.2f", read.confidence()) + "."));
    for (String raised : why.raisedBy()) {
      out.println("  Safety " + raised + ".");
    }
    if (why.delayed()) {
      out.println("  This message was sent before the last one recorded: it arrived late, and is advised as the newest.");
    }
    if (!why.cues().isEmpty()) {
      out.println("  Cues: " + quoted(why.cues()) + ".");
    }
    why.reading().ifPresent(read -> {
      if (!read.signals().isEmpty()) {
        out.println("  Read by: " + String.join("; ", read.signals()) + ".");
      }
    });
    if (!r.strategies().isEmpty()) {
      out.println("  Rests on: " + r.strategies().stream().map(Strategy::title).collect(Collectors.joining("; ")) + ".");
    }
    r.notice().ifPresent(notice -> {
      out.println();
      out.println("Note: " + notice);
    });
  }

  /**
   * Prints the question asked when a message could not be read with confidence, with its numbered
   * choices.
   *
   * @param out where to print
   * @param q the question
   */
  static void question(PrintWriter out, ReadingQuestion q) {
    out.println();
    out.println(q.text());
    List<ReadingQuestion.Choice> choices = q.choices();
    for (int i = 0; i < choices.size(); i++) {
      ReadingQuestion.Choice c = choices.get(i);
      out.println(String.format(Locale.ROOT, "  %2d. ", i + 1) + c.label() + "  [" + c.category()
          + c.safety().map(s -> ", " + s).orElse("") + "]");
    }
  }

  /**
   * Prints a classification.
   *
   * @param out where to print
   * @param c the classification
   */
  static void classification(PrintWriter out, Classification c) {
    out.println("Category:   " + c.category());
    out.println("Topic:      " + c.topic().map(Enum::name).orElse("none"));
    out.println("Safety:     " + c.safety());
    out.println("Confidence: " + String.format(Locale.ROOT, "%.2f", c.confidence()));
    out.println("Cues:       " + (c.cues().isEmpty() ? "none" : quoted(c.cues())));
    out.println("Read by:    " + (c.signals().isEmpty() ? "cues only" : String.join("; ", c.signals())));
    c.asks().ifPresent(asks -> out.println("Asks:       " + (asks ? "yes, something of you" : "nothing (an update)")));
  }

  private static String quoted(List<String> cues) {
    return cues.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
  }
}

package org.boundarykit.content.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.content.EvaluationReport;
import org.boundarykit.content.EvaluationReport.CategoryScore;
import org.boundarykit.content.EvaluationReport.CategoryScores;
import org.boundarykit.content.EvaluationReport.GroupSafety;
import org.boundarykit.content.EvaluationReport.Miss;
import org.boundarykit.content.EvaluationReport.Rate;
import org.boundarykit.content.EvaluationReport.SafetyScores;
import org.boundarykit.content.LineProblem;
import org.boundarykit.spi.Classification;

/** The plain-text and JSON renderings of an {@link EvaluationReport}. */
public final class EvaluationRendering {
  private EvaluationRendering() {}

  /** Problems listed in the text rendering; the JSON lists them all. */
  static final int PROBLEMS_SHOWN = 20;

  /**
   * The report as plain text.
   *
   * @param r the report
   * @param maxMisses how many misses to list
   * @return the text
   */
  public static String text(EvaluationReport r, int maxMisses) {
    StringBuilder out = new StringBuilder();
    line(out, "Evaluation of %s: %d messages (%d read from the text alone, %d context-dependent)", r.name(),
        r.itemCount(), r.categories().items(), r.contextDependent().items());
    if (!r.problems().isEmpty()) {
      List<LineProblem> problems = r.problems();
      long lines = problems.stream().map(LineProblem::line).distinct().count();
      line(out, "%d %s could not be read and %s left out:", lines, lines == 1 ? "line" : "lines",
          lines == 1 ? "was" : "were");
      for (LineProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
        line(out, "  %s", p);
      }
      if (problems.size() > PROBLEMS_SHOWN) {
        line(out, "  ... and %d more problems", problems.size() - PROBLEMS_SHOWN);
      }
    }
    out.append('\n');
    categories(out, "Categories, messages that can be read from the text", r.categories());
    out.append('\n');
    categories(out, "Categories, context-dependent messages (read from the text alone)", r.contextDependent());
    out.append('\n');
    safety(out, r.safety(), r.itemCount());
    out.append('\n');
    misses(out, r.misses(), maxMisses);
    return out.toString();
  }

  private static void categories(StringBuilder out, String title, CategoryScores s) {
    line(out, "%s: %d", title, s.items());
    if (s.items() == 0) {
      return;
    }
    line(out, "  accuracy %s (%s), macro-F1 %s over %d categories", number(s.accuracy().value()), s.accuracy(),
        number(s.macroF1()),
        s.perCategory().stream().filter(c -> c.items() > 0).count());
    line(out, "  %-22s %8s %5s %5s %6s %6s %6s", "category", "labelled", "read", "right", "P", "R", "F1");
    for (CategoryScore c : s.perCategory()) {
      line(out, "  %-22s %8d %5d %5d %6.3f %6.3f %6.3f", c.category(), c.items(), c.read(), c.right(), c.precision(),
          c.recall(), c.f1());
    }
    line(out, "  confusion, labelled (rows) by read (columns):");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-22s", ""));
    for (ContactCategory c : ContactCategory.values()) {
      header.append(String.format(Locale.ROOT, "%5s", abbreviation(c)));
    }
    line(out, "%s", header);
    for (ContactCategory labelled : ContactCategory.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-22s", labelled));
      for (ContactCategory read : ContactCategory.values()) {
        int v = s.confusion(labelled, read);
        row.append(String.format(Locale.ROOT, "%5s", v == 0 ? "." : Integer.toString(v)));
      }
      line(out, "%s", row);
    }
  }

  private static void safety(StringBuilder out, SafetyScores s, int items) {
    line(out, "Safety, all %d messages (the classifier's reading; the advice from the engine)", items);
    if (items == 0) {
      return;
    }
    line(out, "  %-44s %s", "URGENT recall (URGENT read URGENT)", rate(s.urgentRecall()));
    line(out, "  %-44s %s", "CONCERN-or-more recall", rate(s.concernOrMoreRecall()));
    for (Safety level : Safety.values()) {
      line(out, "  %-44s %s", "recall of " + level + " (read exactly " + level + ")", rate(s.recall(level)));
    }
    line(out, "  %-44s %s", "false URGENT, hard negatives", rate(s.falseUrgentOnHardNegatives()));
    line(out, "  %-44s %s", "false CONCERN-or-more, hard negatives", rate(s.falseConcernOrMoreOnHardNegatives()));
    line(out, "  %-44s %s", "false URGENT, all NONE messages", rate(s.falseUrgentOnNone()));
    line(out, "  %-44s %s", "false CONCERN-or-more, all NONE messages", rate(s.falseConcernOrMoreOnNone()));
    line(out, "  %-44s %s", "dangerous answered with a script", rate(s.dangerousAnsweredWithScript()));
    line(out, "  %-44s %s", "harmless answered with a question", rate(s.harmlessAsked()));
    line(out, "  %-22s %8s %8s %8s", "labelled \\ read", "NONE", "CONCERN", "URGENT");
    for (Safety labelled : Safety.values()) {
      line(out, "  %-22s %8d %8d %8d", labelled, s.confusion(labelled, Safety.NONE),
          s.confusion(labelled, Safety.CONCERN), s.confusion(labelled, Safety.URGENT));
    }
    groups(out, "family", s.byFamily());
    groups(out, "language", s.byLanguage());
  }

  private static void groups(StringBuilder out, String what, List<GroupSafety> groups) {
    if (groups.isEmpty()) {
      return;
    }
    line(out, "  by %s:", what);
    line(out, "    %-24s %6s  %-15s  %-15s  %-15s", what, "items", "URGENT recall", "CONCERN+ recall", "false CONCERN+");
    for (GroupSafety g : groups) {
      line(out, "    %-24s %6d  %-15s  %-15s  %-15s", g.name(), g.items(), rate(g.urgentRecall()),
          rate(g.concernOrMoreRecall()), rate(g.falseConcernOrMore()));
    }
  }

  private static void misses(StringBuilder out, List<Miss> misses, int max) {
    int shown = Math.min(max, misses.size());
    line(out, "Misses, worst first: %d (%d shown)", misses.size(), shown);
    for (int i = 0; i < shown; i++) {
      Miss m = misses.get(i);
      Classification read = m.outcome().reading();
      line(out, "  %3d. %s [%s] labelled %s/%s, read %s/%s %.2f, cues: %s; advice %s%s", i + 1, m.id(), m.kind(),
          m.outcome().message().category(), m.outcome().message().safety(), read.category(), read.safety(),
          read.confidence(), read.cues().isEmpty() ? "none" : "\"" + String.join("\", \"", read.cues()) + "\"",
          m.outcome().action(), m.outcome().answeredWithScript() ? ", with a script" : "");
    }
  }

  private static String rate(Rate r) {
    OptionalDouble v = r.value();
    return String.format(Locale.ROOT, "%-9s %-5s", r.count() + "/" + r.total(), number(v));
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }

  /** The initials of a category's words ("THREAT_HARASSMENT" is "TH"); a one-word name's first three letters. */
  private static String abbreviation(ContactCategory c) {
    String name = c.name();
    if (name.indexOf('_') < 0) {
      return name.substring(0, 3);
    }
    StringBuilder b = new StringBuilder().append(name.charAt(0));
    for (int i = 1; i < name.length(); i++) {
      if (name.charAt(i - 1) == '_') {
        b.append(name.charAt(i));
      }
    }
    return b.toString();
  }

  /** Appends one formatted line, without trailing spaces. */
  private static void line(StringBuilder out, String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(text, 0, end).append('\n');
  }

  /**
   * The report as one indented JSON document.
   *
   * @param r the report
   * @param maxMisses how many misses to list
   * @return the JSON, ending with a line break
   */
  public static String json(EvaluationReport r, int maxMisses) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("set", r.name());
    root.put("items", r.itemCount());
    ArrayNode problems = root.putArray("problems");
    for (LineProblem p : r.problems()) {
      problems.addObject().put("file", p.file()).put("line", p.line()).put("field", p.field())
          .put("kind", p.kind().name()).put("message", p.message());
    }
    categories(root.putObject("categories"), r.categories());
    categories(root.putObject("contextDependent"), r.contextDependent());
    safety(root.putObject("safety"), r.safety());
    ObjectNode misses = root.putObject("misses");
    misses.put("total", r.misses().size());
    ArrayNode shown = misses.putArray("shown");
    for (Miss m : r.misses().subList(0, Math.min(maxMisses, r.misses().size()))) {
      Classification read = m.outcome().reading();
      ObjectNode n = shown.addObject();
      n.put("id", m.id());
      n.put("kind", m.kind().name());
      n.putObject("expected").put("category", m.outcome().message().category().name())
          .put("safety", m.outcome().message().safety().name());
      ObjectNode got = n.putObject("got");
      got.put("category", read.category().name()).put("safety", read.safety().name())
          .put("confidence", read.confidence());
      ArrayNode cues = got.putArray("cues");
      read.cues().forEach(cues::add);
      n.put("action", m.outcome().action().name());
      n.put("answeredWithScript", m.outcome().answeredWithScript());
      n.put("hardNegative", m.outcome().message().hardNegative());
      n.put("contextDependent", m.outcome().message().contextDependent());
    }
    // objects one field a line, arrays on one line (the matrices' rows stay readable)
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return Json.MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e); // cannot happen for trees
    }
  }

  private static void categories(ObjectNode out, CategoryScores s) {
    out.put("items", s.items());
    out.set("accuracy", rateNode(s.accuracy()));
    put(out, "macroF1", s.macroF1());
    ArrayNode per = out.putArray("perCategory");
    for (CategoryScore c : s.perCategory()) {
      per.addObject().put("category", c.category().name()).put("labelled", c.items()).put("read", c.read())
          .put("right", c.right()).put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
    }
    ObjectNode confusion = out.putObject("confusion");
    ArrayNode labels = confusion.putArray("labels");
    for (ContactCategory c : ContactCategory.values()) {
      labels.add(c.name());
    }
    ArrayNode rows = confusion.putArray("rows");
    for (List<Integer> row : s.confusion()) {
      ArrayNode r = rows.addArray();
      row.forEach(r::add);
    }
  }

  private static void safety(ObjectNode out, SafetyScores s) {
    out.set("urgentRecall", rateNode(s.urgentRecall()));
    out.set("concernOrMoreRecall", rateNode(s.concernOrMoreRecall()));
    ObjectNode byLevel = out.putObject("recallByLevel");
    for (Safety level : Safety.values()) {
      byLevel.set(level.name(), rateNode(s.recall(level)));
    }
    out.set("falseUrgentOnHardNegatives", rateNode(s.falseUrgentOnHardNegatives()));
    out.set("falseConcernOrMoreOnHardNegatives", rateNode(s.falseConcernOrMoreOnHardNegatives()));
    out.set("falseUrgentOnNone", rateNode(s.falseUrgentOnNone()));
    out.set("falseConcernOrMoreOnNone", rateNode(s.falseConcernOrMoreOnNone()));
    out.set("dangerousAnsweredWithScript", rateNode(s.dangerousAnsweredWithScript()));
    out.set("harmlessAsked", rateNode(s.harmlessAsked()));
    ObjectNode confusion = out.putObject("confusion");
    ArrayNode labels = confusion.putArray("labels");
    for (Safety level : Safety.values()) {
      labels.add(level.name());
    }
    ArrayNode rows = confusion.putArray("rows");
    for (List<Integer> row : s.confusion()) {
      ArrayNode r = rows.addArray();
      row.forEach(r::add);
    }
    groups(out.putArray("byFamily"), "family", s.byFamily());
    groups(out.putArray("byLanguage"), "language", s.byLanguage());
  }

  private static void groups(ArrayNode out, String key, List<GroupSafety> groups) {
    for (GroupSafety g : groups) {
      ObjectNode n = out.addObject();
      n.put(key, g.name());
      n.put("items", g.items());
      n.set("urgentRecall", rateNode(g.urgentRecall()));
      n.set("concernOrMoreRecall", rateNode(g.concernOrMoreRecall()));
      n.set("falseConcernOrMore", rateNode(g.falseConcernOrMore()));
    }
  }

  private static ObjectNode rateNode(Rate r) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("count", r.count());
    n.put("total", r.total());
    put(n, "value", r.value());
    return n;
  }

  private static void put(ObjectNode out, String name, OptionalDouble value) {
    if (value.isPresent()) {
      out.put(name, value.getAsDouble());
    } else {
      out.putNull(name);
    }
  }
}

package org.boundarykit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;

/**
 * Measures a cue list on a labelled JSONL file of messages ({@code id}, {@code text},
 * {@code category}, {@code safety}, {@code context_dependent}): per-category precision, recall and
 * F1, macro-F1, the confusion matrix, and safety recall and false alarms per level. Items marked
 * {@code context_dependent} are scored separately; every item is classified from its text alone
 * (no time of day, no history).
 *
 * <p>Run from the project directory (paths are relative to it; the cue file defaults to the
 * shipped one):
 *
 * <pre>
 * mvn -q -pl boundary-core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.boundarykit.text.MessageEvaluation \
 *   -Dexec.args="LABELLED-MESSAGES.jsonl boundary-content/src/main/resources/org/boundarykit/content/v1/cues.en.json --failures"
 * </pre>
 *
 * <p>Add {@code --failures} to list the misclassified items. The file is for measuring only: read
 * failures for the tactic behind them, never copy their wording into cues or tests.
 */
public final class MessageEvaluation {

  record Item(String id, String text, ContactCategory category, Safety safety, boolean contextDependent) {}

  record Outcome(Item item, Classification got) {}

  private MessageEvaluation() {}

  /**
   * Runs the evaluation.
   *
   * @param args the JSONL file, the cue JSON file (default: the shipped one), optionally
   *     {@code --failures}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: MessageEvaluation <messages.jsonl> [cues.json] [--failures]");
      System.exit(2);
      return;
    }
    boolean failures = List.of(args).contains("--failures");
    Path messages = Paths.get(args[0]);
    Path cues = args.length > 1 && !args[1].startsWith("--") ? Paths.get(args[1]) : ShippedCues.shippedPath();
    CueClassifier classifier = ShippedCues.load(cues);
    ClassificationContext noTime = ClassificationContext.of(Locale.ENGLISH, Optional.empty());
    List<Outcome> plain = new ArrayList<>();
    List<Outcome> contextual = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Item item = new Item(
          n.path("id").asText(),
          n.path("text").asText(),
          ContactCategory.valueOf(n.path("category").asText()),
          Safety.valueOf(n.path("safety").asText()),
          n.path("context_dependent").asBoolean(false));
      Outcome o = new Outcome(item, classifier.classify(item.text(), noTime));
      (item.contextDependent() ? contextual : plain).add(o);
    }
    PrintStream out = System.out;
    out.println("cues: " + cues + " (" + classifier.cues().size() + " cues)");
    report(out, "items that can be read from the text (context_dependent = false)", plain, failures);
    report(out, "context-dependent items, text only (context_dependent = true)", contextual, failures);
  }

  static void report(PrintStream out, String title, List<Outcome> outcomes, boolean failures) {
    out.println();
    out.println("== " + title + ": " + outcomes.size() + " items");
    if (outcomes.isEmpty()) {
      return;
    }
    ContactCategory[] cats = ContactCategory.values();
    int[][] confusion = new int[cats.length][cats.length];
    for (Outcome o : outcomes) {
      confusion[o.item().category().ordinal()][o.got().category().ordinal()]++;
    }
    long correct = outcomes.stream().filter(o -> o.item().category() == o.got().category()).count();
    out.printf(Locale.ROOT, "category accuracy: %d/%d = %.3f%n", correct, outcomes.size(),
        (double) correct / outcomes.size());
    out.printf(Locale.ROOT, "%-22s %5s %5s %5s %5s %5s %5s%n", "category", "gold", "pred", "tp", "P", "R", "F1");
    double sumF1 = 0;
    int counted = 0;
    Map<ContactCategory, Double> f1s = new EnumMap<>(ContactCategory.class);
    for (ContactCategory c : cats) {
      int i = c.ordinal();
      int tp = confusion[i][i];
      int gold = 0;
      int pred = 0;
      for (int j = 0; j < cats.length; j++) {
        gold += confusion[i][j];
        pred += confusion[j][i];
      }
      if (gold == 0 && pred == 0) {
        continue;
      }
      double p = pred == 0 ? 0 : (double) tp / pred;
      double r = gold == 0 ? 0 : (double) tp / gold;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (gold > 0) {
        sumF1 += f1;
        counted++;
      }
      f1s.put(c, f1);
      out.printf(Locale.ROOT, "%-22s %5d %5d %5d %5.2f %5.2f %5.2f%n", c, gold, pred, tp, p, r, f1);
    }
    out.printf(Locale.ROOT, "macro-F1 (over %d categories with gold items): %.3f%n", counted,
        counted == 0 ? 0.0 : sumF1 / counted);

    out.println("confusion matrix (rows gold, columns predicted):");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", ""));
    for (ContactCategory c : cats) {
      header.append(String.format(Locale.ROOT, "%5s", abbreviation(c)));
    }
    out.println(header);
    for (ContactCategory g : cats) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-22s", g));
      for (ContactCategory p : cats) {
        int v = confusion[g.ordinal()][p.ordinal()];
        row.append(String.format(Locale.ROOT, "%5s", v == 0 ? "." : Integer.toString(v)));
      }
      out.println(row);
    }

    out.println("safety (rows gold, columns predicted):");
    int[][] safety = new int[3][3];
    for (Outcome o : outcomes) {
      safety[o.item().safety().ordinal()][o.got().safety().ordinal()]++;
    }
    out.printf(Locale.ROOT, "%-10s %7s %7s %7s%n", "", "NONE", "CONCERN", "URGENT");
    for (Safety s : Safety.values()) {
      int[] r = safety[s.ordinal()];
      out.printf(Locale.ROOT, "%-10s %7d %7d %7d%n", s, r[0], r[1], r[2]);
    }
    int goldNone = sum(safety[0]);
    int goldConcern = sum(safety[1]);
    int goldUrgent = sum(safety[2]);
    out.printf(Locale.ROOT, "URGENT recall: %d/%d found as URGENT%n", safety[2][2], goldUrgent);
    out.printf(Locale.ROOT, "CONCERN recall: %d/%d found as CONCERN or higher (%d exactly CONCERN)%n",
        safety[1][1] + safety[1][2], goldConcern, safety[1][1]);
    out.printf(Locale.ROOT, "any-signal recall: %d/%d non-NONE items flagged above NONE%n",
        safety[1][1] + safety[1][2] + safety[2][1] + safety[2][2], goldConcern + goldUrgent);
    out.printf(Locale.ROOT, "false URGENT: %d of %d NONE items (%.1f%%); %d of %d CONCERN items%n",
        safety[0][2], goldNone, goldNone == 0 ? 0.0 : 100.0 * safety[0][2] / goldNone,
        safety[1][2], goldConcern);
    out.printf(Locale.ROOT, "false CONCERN: %d of %d NONE items (%.1f%%)%n",
        safety[0][1], goldNone, goldNone == 0 ? 0.0 : 100.0 * safety[0][1] / goldNone);

    if (failures) {
      out.println("failures:");
      for (Outcome o : outcomes) {
        Item it = o.item();
        Classification g = o.got();
        if (it.category() != g.category() || it.safety() != g.safety()) {
          out.printf(Locale.ROOT, "  %s gold %s/%s got %s/%s %.2f %s%n    %s%n", it.id(), it.category(),
              it.safety(), g.category(), g.safety(), g.confidence(), g.cues(), it.text());
        }
      }
    }
  }

  private static int sum(int[] row) {
    int s = 0;
    for (int v : row) {
      s += v;
    }
    return s;
  }

  private static String abbreviation(ContactCategory c) {
    String[] parts = c.name().split("_");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      b.append(p.charAt(0));
    }
    return b.length() >= 2 ? b.toString() : c.name().substring(0, 3);
  }
}

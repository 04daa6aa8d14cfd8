package org.boundarykit.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.content.ContentPack;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.text.MeaningClassifier;
import org.boundarykit.text.TextModel;

/**
 * Trains the understanding model from the labelled corpus: logistic regression by stochastic
 * gradient descent over the features {@link MeaningClassifier#features} reads, with a fixed seed,
 * so the same corpus, pack and options always give the same bytes.
 *
 * <p>Heads: {@code danger} (CONCERN or URGENT), {@code urgent}, one softmax head per category and
 * one per topic. Weights are written as int8 with a scale per head, base64, into the pack's
 * {@code model.json}.
 *
 * <pre>
 * java -cp ... org.boundarykit.training.Train CORPUS_DIR PACK_DIR OUT.json
 * </pre>
 */
public final class Train {

  /**
   * Options of a training run; {@link #DEFAULTS} are the shipped model's. {@code runs} fits run
   * {@code i} with seed {@code seed + i} (a different order of the examples) and averages their
   * weights: for linear heads the average is the same as averaging the runs' scores, so the model
   * is an ensemble that costs no more to use than one run, and depends far less on the order the
   * examples happened to be seen in.
   */
  public record Options(
      long seed, int runs, int buckets, int epochs, double learningRate, double l2, double dangerWeight,
      double concernAt, double urgentAt) {}

  /** The options the shipped model was trained with. */
  public static final Options DEFAULTS = new Options(20261207L, 5, 1 << 15, 30, 4.0, 3e-4, 1.5, 0.4, 0.3);

  private static final class Example {
    final int[] ids;
    final double norm;
    final boolean danger;
    final boolean urgent;
    final int category;
    final int topic;

    Example(int[] ids, double norm, boolean danger, boolean urgent, int category, int topic) {
      this.ids = ids;
      this.norm = norm;
      this.danger = danger;
      this.urgent = urgent;
      this.category = category;
      this.topic = topic;
    }
  }

  private Train() {}

  /**
   * Runs the trainer.
   *
   * @param args the corpus folder, the pack folder (for lexicons and frames), the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Train CORPUS_DIR PACK_DIR OUT.json");
      System.exit(2);
      return;
    }
    String json = train(Path.of(args[0]), Path.of(args[1]), DEFAULTS);
    Files.writeString(Path.of(args[2]), json, StandardCharsets.UTF_8);
    System.out.println("wrote " + args[2]);
  }

  /**
   * Trains a model and renders it as the pack file.
   *
   * @param corpus the folder of {@code *.jsonl} training files
   * @param pack the pack folder whose lexicons and frames give the features
   * @param options the training options
   * @return the text of {@code model.json}
   * @throws IOException if a file cannot be read
   */
  public static String train(Path corpus, Path pack, Options options) throws IOException {
    ContentPack content = ContentPack.load(pack);
    MeaningClassifier reader = MeaningClassifier.builder()
        .lexicons(content.lexicons())
        .frames(content.frames())
        .build();
    List<Example> examples = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    for (Path file : files) {
      int lineNo = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode j = mapper.readTree(line);
        try {
          examples.add(example(j, reader, options.buckets()));
        } catch (IllegalArgumentException | NullPointerException e) {
          throw new IOException(file.getFileName() + ":" + lineNo + ": " + e.getMessage(), e);
        }
      }
    }
    return render(averaged(examples, options), options);
  }

  private static Example example(JsonNode j, MeaningClassifier reader, int buckets) {
    String lang = j.path("lang").asText("en");
    List<String> features = reader.features(j.get("text").asText(),
        ClassificationContext.of(Locale.forLanguageTag(lang), Optional.empty()));
    int[] ids = TextModel.featureIds(features, buckets);
    Safety safety = Safety.valueOf(j.get("safety").asText());
    ContactCategory category = ContactCategory.valueOf(j.get("category").asText());
    JsonNode t = j.get("topic");
    int topic = t == null || t.isNull() ? -1 : List.of(Topic.values()).indexOf(Topic.valueOf(t.asText()));
    return new Example(ids, TextModel.norm(ids), safety != Safety.NONE, safety == Safety.URGENT,
        List.of(ContactCategory.values()).indexOf(category), topic);
  }

  /** Heads in order: danger, urgent, categories, topics. */
  private static List<String> heads() {
    List<String> heads = new ArrayList<>(List.of("danger", "urgent"));
    for (ContactCategory c : ContactCategory.values()) {
      heads.add(MeaningClassifier.categoryHead(c));
    }
    for (Topic t : Topic.values()) {
      heads.add(MeaningClassifier.topicHead(t));
    }
    return heads;
  }

  private static final class Fitted {
    final double[][] w;
    final double[] b;

    Fitted(double[][] w, double[] b) {
      this.w = w;
      this.b = b;
    }
  }

  /** The average of {@code o.runs()} fits, each with its own seed. */
  private static Fitted averaged(List<Example> examples, Options o) {
    Fitted sum = null;
    for (int r = 0; r < o.runs(); r++) {
      Fitted f = fit(examples, o, o.seed() + r);
      if (sum == null) {
        sum = f;
        continue;
      }
      for (int h = 0; h < f.w.length; h++) {
        sum.b[h] += f.b[h];
        for (int i = 0; i < f.w[h].length; i++) {
          sum.w[h][i] += f.w[h][i];
        }
      }
    }
    if (sum == null) {
      throw new IllegalArgumentException("runs: at least 1");
    }
    for (int h = 0; h < sum.w.length; h++) {
      sum.b[h] /= o.runs();
      for (int i = 0; i < sum.w[h].length; i++) {
        sum.w[h][i] /= o.runs();
      }
    }
    return sum;
  }

  private static Fitted fit(List<Example> examples, Options o, long seed) {
    int categories = ContactCategory.values().length;
    int topics = Topic.values().length;
    int heads = 2 + categories + topics;
    double[][] w = new double[heads][o.buckets()];
    double[] b = new double[heads];
    Random random = new Random(seed);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] score = new double[heads];
    for (int epoch = 0; epoch < o.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[k];
        order[k] = tmp;
      }
      double lr = o.learningRate() / (1.0 + 0.2 * epoch);
      for (int idx : order) {
        Example e = examples.get(idx);
        for (int h = 0; h < heads; h++) {
          double s = b[h];
          for (int id : e.ids) {
            s += w[h][id] * e.norm;
          }
          score[h] = s;
        }
        double[] grad = new double[heads];
        grad[0] = (sigmoid(score[0]) - (e.danger ? 1 : 0)) * (e.danger ? o.dangerWeight() : 1.0);
        grad[1] = (sigmoid(score[1]) - (e.urgent ? 1 : 0)) * (e.urgent ? o.dangerWeight() : 1.0);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < categories; c++) {
          max = Math.max(max, score[2 + c]);
        }
        double sum = 0.0;
        for (int c = 0; c < categories; c++) {
          sum += Math.exp(score[2 + c] - max);
        }
        for (int c = 0; c < categories; c++) {
          double p = Math.exp(score[2 + c] - max) / sum;
          grad[2 + c] = p - (c == e.category ? 1 : 0);
        }
        for (int t = 0; t < topics; t++) {
          grad[2 + categories + t] = sigmoid(score[2 + categories + t]) - (t == e.topic ? 1 : 0);
        }
        for (int h = 0; h < heads; h++) {
          double g = grad[h] * lr;
          b[h] -= g;
          for (int id : e.ids) {
            w[h][id] -= g * e.norm + lr * o.l2() * w[h][id];
          }
        }
      }
    }
    return new Fitted(w, b);
  }

  private static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  private static String render(Fitted f, Options o) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "../schema/v1/pack.schema.json");
    root.put("description", "The understanding model: logistic-regression heads over hashed text"
        + " features, trained from the project's corpus by boundary-training (seed " + o.seed()
        + ", " + o.runs() + " runs averaged). Do not edit by hand: retrain (docs/understanding.md).");
    ObjectNode model = root.putObject("model");
    model.put("version", "1");
    model.put("buckets", o.buckets());
    model.put("concernAt", o.concernAt());
    model.put("urgentAt", o.urgentAt());
    ArrayNode heads = model.putArray("heads");
    List<String> names = heads();
    for (int h = 0; h < names.size(); h++) {
      double maxAbs = 0.0;
      for (double v : f.w[h]) {
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
      double scale = maxAbs == 0.0 ? 1.0 : maxAbs / 127.0;
      byte[] q = new byte[o.buckets()];
      for (int i = 0; i < q.length; i++) {
        q[i] = (byte) Math.round(f.w[h][i] / scale);
      }
      ObjectNode head = heads.addObject();
      head.put("name", names.get(h));
      head.put("bias", round(f.b[h]));
      head.put("scale", scale);
      head.put("weights", Base64.getEncoder().encodeToString(q));
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}

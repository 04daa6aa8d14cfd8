package org.boundarykit.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Data tests: the shipped model is what the documented command trains, and the corpus is apart. */
class ShippedModelTest {

  static final Path CORPUS = Path.of("corpus");
  static final Path PACK = Path.of("../boundary-content/src/main/resources/org/boundarykit/content/v1");
  static final Path EVAL = Path.of("../boundary-content/src/test/resources/eval");

  @Test
  void theShippedModelIsWhatTrainingTheCorpusGives() throws IOException {
    String trained = Train.train(CORPUS, PACK, Train.DEFAULTS);
    String shipped = Files.readString(PACK.resolve("model.json"), StandardCharsets.UTF_8);
    assertThat(trained)
        .as("model.json is stale: retrain it (docs/understanding.md) after changing the corpus, "
            + "the lexicons, the frames or the feature code")
        .isEqualTo(shipped);
  }

  @Test
  void theCorpusSharesNoSentenceWithAnEvaluationSet() throws IOException {
    Map<String, String> corpus = texts(CORPUS);
    Map<String, String> eval = texts(EVAL);
    assertThat(eval).isNotEmpty();
    assertThat(corpus.size()).isGreaterThan(2_500);
    List<String> shared = new java.util.ArrayList<>();
    for (Map.Entry<String, String> e : eval.entrySet()) {
      if (corpus.containsKey(e.getKey())) {
        shared.add(e.getValue() + " = " + corpus.get(e.getKey()));
      }
    }
    assertThat(shared).as("evaluation items whose text is also in the training corpus").isEmpty();
  }

  /** Lower case, letters and digits only, one space between words. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  /** Normalised text to the id that has it, over every JSONL file below a folder. */
  private static Map<String, String> texts(Path root) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> out = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode j = mapper.readTree(line);
          out.put(key(j.get("text").asText()), j.get("id").asText());
        }
      }
    }
    return out;
  }
}

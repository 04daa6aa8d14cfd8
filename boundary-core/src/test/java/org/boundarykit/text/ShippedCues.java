package org.boundarykit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;

/**
 * Reads a cue list in the content pack's JSON format (test scope: boundary-core has no JSON
 * dependency). Unknown fields and bad values fail with the cue's index.
 */
final class ShippedCues {

  static final String RESOURCE = "org/boundarykit/content/v1/cues.en.json";

  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("$schema", "locale", "description", "lateNight", "cues");
  private static final Set<String> CUE_FIELDS =
      Set.of("phrase", "kind", "category", "topic", "safety", "escalatedSafety", "weight");

  private static CueClassifier shipped;

  private ShippedCues() {}

  /** The cue list shipped in boundary-content, found from the module's or the project's directory. */
  static Path shippedPath() {
    Path here = Paths.get("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("boundary-content/src/main/resources").resolve(RESOURCE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find boundary-content/.../" + RESOURCE + " from " + here);
  }

  static synchronized CueClassifier classifier() {
    if (shipped == null) {
      shipped = load(shippedPath());
    }
    return shipped;
  }

  static JsonNode read(Path path) {
    try {
      return new ObjectMapper().readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static CueClassifier load(Path path) {
    JsonNode root = read(path);
    checkFields("cues file", root, DOCUMENT_FIELDS);
    JsonNode late = root.path("lateNight");
    LocalTime start = LocalTime.parse(late.path("start").asText("23:00"));
    LocalTime end = LocalTime.parse(late.path("end").asText("05:00"));
    return CueClassifier.of(cues(root), start, end);
  }

  static List<Cue> cues(JsonNode root) {
    List<Cue> cues = new ArrayList<>();
    int i = 0;
    for (JsonNode node : root.path("cues")) {
      String where = "cues[" + i + "]";
      checkFields(where, node, CUE_FIELDS);
      try {
        Cue.Builder b = Cue.builder();
        b.phrase(node.path("phrase").asText(""));
        if (node.has("kind")) {
          b.kind(Cue.Kind.valueOf(node.get("kind").asText()));
        }
        if (node.has("category")) {
          b.category(ContactCategory.valueOf(node.get("category").asText()));
        }
        if (node.has("topic")) {
          b.topic(Topic.valueOf(node.get("topic").asText()));
        }
        if (node.has("safety")) {
          b.safety(Safety.valueOf(node.get("safety").asText()));
        }
        if (node.has("escalatedSafety")) {
          b.escalatedSafety(Safety.valueOf(node.get("escalatedSafety").asText()));
        }
        if (node.has("weight")) {
          b.weight(node.get("weight").asDouble());
        }
        cues.add(b.build());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      i++;
    }
    return cues;
  }

  private static void checkFields(String where, JsonNode node, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!allowed.contains(field)) {
        throw new IllegalArgumentException(where + ": unknown field \"" + field + "\"");
      }
    }
  }
}

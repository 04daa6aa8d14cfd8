package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.boundarykit.BoundaryEngine;

/**
 * Fuzzes the pack loader: starts from valid packs (the default pack, the two sample overlays and a
 * small single-document pack), mutates one file (a field deleted, a value of the wrong type, an id
 * used twice, a dangling reference, the text truncated, garbage bytes, a huge string, very deep
 * nesting, an enormous array, a newer schema version, ...), and loads, composes and validates the
 * result. Every try either gives a valid pack or a {@link ContentPackException} whose every
 * problem names its place; nothing else escapes and no try takes long.
 *
 * <p>The number of tries is jqwik's {@code jqwik.tries.default}, set by the build: a few hundred
 * in the default build, 10,000 in {@code -Pnightly}.
 */
class PackFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Duration PER_TRY = Duration.ofSeconds(20);

  /** A valid starting point: its files by name, and whether it is an overlay on the defaults. */
  record Seed(String name, Map<String, byte[]> files, boolean overlay, boolean single) {}

  enum Mutation {
    DELETE_FIELD, WRONG_TYPE, NULL_VALUE, DUPLICATE_ENTRY, DANGLING_REFERENCE, BAD_ENUM, EMPTY_STRING,
    NUMBER_EDGE, SWAP_VALUES, NEWER_SCHEMA, HUGE_STRING, DEEP_NESTING, ENORMOUS_ARRAY, EXTRA_FIELD,
    TRUNCATE, GARBAGE_BYTES, FLIP_BYTE, DUPLICATE_KEY, REMOVE_FILE, RENAME_FILE_ENTRY
  }

  record Try(Seed seed, int file, Mutation mutation, long random) {
    @Override
    public String toString() {
      return seed.name() + " file " + file + " " + mutation + " random " + random;
    }
  }

  private static final List<Seed> SEEDS = List.of(
      folder("default", "org/boundarykit/content/v1", false),
      folder("kind-voice", "packs/kind-voice", true),
      folder("our-voice", "packs/our-voice", true),
      single());

  private static Seed folder(String name, String resourceFolder, boolean overlay) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] manifest = resource(resourceFolder + "/pack.json");
    files.put(ContentSource.MANIFEST, manifest);
    try {
      for (JsonNode file : JSON.readTree(manifest).path("files")) {
        files.put(file.asText(), resource(resourceFolder + "/" + file.asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Seed(name, files, overlay, false);
  }

  private static Seed single() {
    String doc = "{\"schemaVersion\": 1, \"id\": \"tiny\", \"version\": \"1.0.0\", \"locales\": [\"en\"],"
        + " \"thresholds\": {\"muteAt\": 2, \"blockAt\": 4, \"legalAt\": 2},"
        + " \"lateNight\": {\"start\": \"22:30\", \"end\": \"06:00\"},"
        + " \"disclaimer\": \"General guidance only.\","
        + " \"strategies\": [{\"id\": \"tiny-s\", \"title\": \"Quiet\", \"summary\": \"Say less.\", \"steps\": [\"Breathe.\"]}],"
        + " \"scripts\": [{\"id\": \"tiny-1\", \"audience\": \"EX\", \"purpose\": \"RESTATE\","
        + " \"placeholders\": [\"exName\"], \"text\": \"[{exName}, ]I still need space.\"}],"
        + " \"rules\": [{\"id\": \"tiny-r\", \"before\": \"restate\", \"when\": {\"channels\": [\"GIFT_OR_DELIVERY\"],"
        + " \"ladder\": [\"STATED\"], \"safety\": [\"NONE\"]}, \"then\": {\"action\": \"NO_REPLY\", \"step\": \"NO_RESPONSE\","
        + " \"strategies\": [\"tiny-s\", \"be-consistent\"], \"reason\": \"A gift is contact too.\"}}],"
        + " \"techSteps\": [{\"id\": \"tiny-t\", \"channels\": [\"TEXT\"], \"actions\": [\"MUTE\"], \"text\": \"Mute it.\"}],"
        + " \"resources\": [{\"id\": \"tiny-nl\", \"regions\": [\"NL\"], \"kind\": \"EMERGENCY\", \"name\": \"Emergency\","
        + " \"contact\": \"112\", \"lastChecked\": \"2026-12-07\","
        + " \"source\": \"https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld\"}],"
        + " \"cues\": [{\"phrase\": \"remember our trip\", \"category\": \"NOSTALGIA_HOOVER\", \"weight\": 1.5}],"
        + " \"examples\": [{\"id\": \"tiny-e\", \"boundary\": {\"level\": \"NO_CONTACT\", \"exName\": \"Sam\"},"
        + " \"contact\": {\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", \"text\": \"hi\", \"category\": \"OTHER\"},"
        + " \"expect\": {\"action\": \"REPLY\", \"step\": \"STATE_BOUNDARY\"}}]}";
    return new Seed("single", Map.of("tiny.json", doc.getBytes(StandardCharsets.UTF_8)), true, true);
  }

  private static byte[] resource(String name) {
    try (InputStream in = PackFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Try> tries() {
    return Combinators.combine(
            Arbitraries.of(SEEDS),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(Mutation.class),
            Arbitraries.longs())
        .as((seed, file, mutation, random) -> new Try(seed, file % seed.files().size(), mutation, random));
  }

  @Property
  void aMutatedPackLoadsWhole_orIsRefusedNamingEveryPlace(@ForAll("tries") Try t) {
    String outcome = assertTimeoutPreemptively(PER_TRY, () -> run(t), () -> t + " took longer than " + PER_TRY);
    Statistics.label("outcome").collect(outcome);
  }

  /** Valid seeds load and validate as they are: the fuzzer starts from packs that work. */
  @Property(tries = 4)
  void everySeedIsValid(@ForAll("seeds") Seed seed) {
    ContentPack pack = load(seed, seed.files());
    ContentPack composed = seed.overlay() ? ContentPack.defaults().with(pack).validated() : pack.validated();
    assertThat(composed.rules()).isNotEmpty();
  }

  @Provide
  Arbitrary<Seed> seeds() {
    return Arbitraries.of(SEEDS);
  }

  private static String run(Try t) {
    Map<String, byte[]> files = new LinkedHashMap<>(t.seed().files());
    String name = new ArrayList<>(files.keySet()).get(t.file());
    SplittableRandom random = new SplittableRandom(t.random());
    Mutator.apply(t.mutation(), name, files, random);
    ContentPack pack;
    try {
      pack = load(t.seed(), files);
    } catch (ContentPackException e) {
      assertNamesPlaces(t, e, files.keySet());
      return "refused when loaded";
    } catch (RuntimeException | Error e) {
      throw new AssertionError(t + ": loading threw " + e, e);
    }
    try {
      ContentPack composed = t.seed().overlay() ? ContentPack.defaults().with(pack) : pack;
      composed = composed.validated();
      BoundaryEngine engine = composed.engine();
      assertThat(engine.table().rules()).as(t.toString()).isNotEmpty();
      assertThat(composed.examples()).as(t.toString()).isNotEmpty();
      return "valid";
    } catch (ContentPackException e) {
      assertNamesPlaces(t, e, files.keySet());
      return "refused when validated";
    } catch (RuntimeException | Error e) {
      throw new AssertionError(t + ": composing or validating threw " + e, e);
    }
  }

  private static ContentPack load(Seed seed, Map<String, byte[]> files) {
    if (seed.single()) {
      Map.Entry<String, byte[]> only = files.entrySet().iterator().next();
      return ContentPack.load(new ByteArrayInputStream(only.getValue()), only.getKey());
    }
    return ContentPack.load(new ContentSource() {
      @Override
      public InputStream open(String file) throws IOException {
        byte[] bytes = files.get(file);
        if (bytes == null) {
          throw new FileNotFoundException("no file " + file);
        }
        return new ByteArrayInputStream(bytes);
      }

      @Override
      public String describe(String file) {
        return seed.name() + "/" + file;
      }
    });
  }

  /**
   * Every problem names its place: the file (and with it a JSON path, or a line and column), or for
   * problems the engine finds in the composed pack, the entry or section by kind and id.
   */
  private static void assertNamesPlaces(Try t, ContentPackException e, Iterable<String> fileNames) {
    assertThat(e.problems()).as(t.toString()).isNotEmpty();
    for (String problem : e.problems()) {
      String shown = problem.length() > 300 ? problem.substring(0, 300) + "..." : problem;
      assertThat(problem.isBlank()).as("%s: blank problem", t).isFalse();
      assertThat(problem.length()).as("%s: problem longer than 2,000 characters: %s", t, shown).isLessThan(2_000);
      boolean namesFile = problem.matches("(?s)[^:]+\\.json: (\\$|cannot read|rule |script |strategy ).*")
          || problem.matches("(?s)[a-z-]+/[^:]+\\.json: .*");
      boolean namesEntry = problem.matches(
          "(?s)(engine verification|cues): (rule|script|strategy|resource|tech step|resources|coverage|cues\\[\\d+\\]|table|lateNight)[ .:].*");
      // a long list of unsafe or uncovered situations ends with a count of the ones not shown
      boolean continues = problem.matches("engine verification: \\.\\.\\. and \\d+ more [A-Za-z ]+");
      boolean namesPack = problem.matches("(?s)[a-z0-9._-]+: the pack has no rules.*") || problem.startsWith("the pack has no rules");
      assertThat(namesFile || namesEntry || namesPack || continues).as("%s: problem names no place: %s", t, shown).isTrue();
    }
  }

  /** Mutations of one pack file, on its JSON tree or on its bytes. */
  static final class Mutator {
    private Mutator() {}

    static void apply(Mutation mutation, String name, Map<String, byte[]> files, SplittableRandom random) {
      byte[] bytes = files.get(name);
      switch (mutation) {
        case TRUNCATE -> files.put(name, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
        case GARBAGE_BYTES -> files.put(name, insertGarbage(bytes, random));
        case FLIP_BYTE -> {
          byte[] copy = bytes.clone();
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
          files.put(name, copy);
        }
        case DUPLICATE_KEY -> files.put(name, duplicateKey(bytes, random));
        case REMOVE_FILE -> {
          if (!name.equals(ContentSource.MANIFEST) || files.size() == 1) {
            files.remove(name);
            if (files.isEmpty()) {
              files.put(name, new byte[0]);
            }
          } else {
            files.remove(new ArrayList<>(files.keySet()).get(files.size() - 1));
          }
        }
        default -> {
          JsonNode root;
          try {
            root = JSON.readTree(bytes);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          String text = tree(mutation, root, random);
          files.put(name, text.getBytes(StandardCharsets.UTF_8));
        }
      }
    }

    private static byte[] insertGarbage(byte[] bytes, SplittableRandom random) {
      int at = random.nextInt(bytes.length + 1);
      byte[] garbage = new byte[1 + random.nextInt(16)];
      random.nextBytes(garbage);
      byte[] out = new byte[bytes.length + garbage.length];
      System.arraycopy(bytes, 0, out, 0, at);
      System.arraycopy(garbage, 0, out, at, garbage.length);
      System.arraycopy(bytes, at, out, at + garbage.length, bytes.length - at);
      return out;
    }

    private static byte[] duplicateKey(byte[] bytes, SplittableRandom random) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int brace = text.indexOf('{', random.nextInt(Math.max(1, text.length() / 2)));
      if (brace < 0) {
        brace = text.indexOf('{');
      }
      String key = random.nextBoolean() ? "\"id\": \"again\", \"id\": \"again\", " : "\"description\": \"a\", \"description\": \"b\", ";
      return (text.substring(0, brace + 1) + key + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** A mutable place in the tree: a container and a field name or index. */
    private record Slot(JsonNode parent, String field, int index) {
      JsonNode get() {
        return field != null ? parent.get(field) : parent.get(index);
      }

      void set(JsonNode value) {
        if (field != null) {
          ((ObjectNode) parent).set(field, value);
        } else {
          ((ArrayNode) parent).set(index, value);
        }
      }

      void remove() {
        if (field != null) {
          ((ObjectNode) parent).remove(field);
        } else {
          ((ArrayNode) parent).remove(index);
        }
      }
    }

    private static List<Slot> slots(JsonNode root) {
      List<Slot> out = new ArrayList<>();
      collect(root, out);
      return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
      if (node.isObject()) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          String f = it.next();
          out.add(new Slot(node, f, -1));
          collect(node.get(f), out);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          out.add(new Slot(node, null, i));
          collect(node.get(i), out);
        }
      }
    }

    private static Slot pick(List<Slot> slots, SplittableRandom random, java.util.function.Predicate<Slot> filter) {
      List<Slot> fit = slots.stream().filter(filter).toList();
      List<Slot> from = fit.isEmpty() ? slots : fit;
      return from.get(random.nextInt(from.size()));
    }

    private static String tree(Mutation mutation, JsonNode root, SplittableRandom random) {
      List<Slot> slots = slots(root);
      if (slots.isEmpty()) {
        return "{}";
      }
      switch (mutation) {
        case DELETE_FIELD -> pick(slots, random, s -> s.field() != null).remove();
        case WRONG_TYPE -> {
          Slot s = pick(slots, random, x -> true);
          s.set(wrongType(s.get(), random));
        }
        case NULL_VALUE -> pick(slots, random, x -> true).set(NODES.nullNode());
        case DUPLICATE_ENTRY -> {
          Slot s = pick(slots, random, x -> x.field() == null && x.get().isObject());
          if (s.parent().isArray()) {
            ((ArrayNode) s.parent()).add(s.get().deepCopy());
          }
        }
        case DANGLING_REFERENCE -> {
          Slot s = pick(slots, random, x -> x.get().isTextual()
              && (x.field() == null || List.of("before", "script", "id").contains(x.field())));
          s.set(NODES.textNode(s.get().asText() + "-missing"));
        }
        case BAD_ENUM -> {
          Slot s = pick(slots, random, x -> x.get().isTextual() && x.get().asText().matches("[A-Z_]+"));
          s.set(NODES.textNode(random.nextBoolean() ? s.get().asText().toLowerCase(java.util.Locale.ROOT) : s.get().asText() + "X"));
        }
        case EMPTY_STRING -> pick(slots, random, x -> x.get().isTextual()).set(NODES.textNode(random.nextBoolean() ? "" : " \t\n"));
        case NUMBER_EDGE -> {
          Slot s = pick(slots, random, x -> x.get().isNumber());
          JsonNode[] edges = {NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1.5), NODES.numberNode(-1e300),
            NODES.numberNode(new java.math.BigInteger("9".repeat(30)))};
          s.set(edges[random.nextInt(edges.length)]);
        }
        case SWAP_VALUES -> {
          Slot a = pick(slots, random, x -> true);
          Slot b = pick(slots, random, x -> true);
          JsonNode va = a.get().deepCopy();
          JsonNode vb = b.get().deepCopy();
          a.set(vb);
          if (b.get() != null) {
            b.set(va);
          }
        }
        case NEWER_SCHEMA -> {
          if (root.isObject()) {
            long[] versions = {2, 0, -1, 1000, Integer.MAX_VALUE + 1L};
            ((ObjectNode) root).put("schemaVersion", versions[random.nextInt(versions.length)]);
          }
        }
        case HUGE_STRING -> {
          Slot s = pick(slots, random, x -> x.get().isTextual());
          int[] sizes = {100_001, 1_000_000, 99_999};
          s.set(NODES.textNode(s.get().asText() + "w".repeat(sizes[random.nextInt(sizes.length)])));
        }
        case DEEP_NESTING -> {
          Slot s = pick(slots, random, x -> true);
          return nest(root, s, 30 + random.nextInt(3000), random.nextBoolean());
        }
        case ENORMOUS_ARRAY -> {
          Slot s = pick(slots, random, x -> x.get().isArray());
          JsonNode target = s.get();
          if (target.isArray()) {
            ArrayNode big = (ArrayNode) target;
            JsonNode element = big.isEmpty() ? NODES.textNode("en") : big.get(random.nextInt(big.size()));
            int count = 20_000 + random.nextInt(180_000);
            boolean distinct = random.nextBoolean();
            for (int i = 0; i < count && big.size() < 400_000; i++) {
              big.add(distinct && element.isTextual() ? NODES.textNode(element.asText() + i) : element.deepCopy());
            }
          }
        }
        case EXTRA_FIELD -> {
          Slot s = pick(slots, random, x -> x.get().isObject());
          if (s.get().isObject()) {
            ((ObjectNode) s.get()).put(random.nextBoolean() ? "unknownField" : "Id", "x");
          }
        }
        case RENAME_FILE_ENTRY -> {
          Slot s = pick(slots, random, x -> "files".equals(x.parent() == root ? x.field() : null) || x.field() == null);
          String[] names = {"../secret.json", "/etc/passwd", "https://example.org/x.json", "missing.json", "pack.json",
            "sub/x.json", "x.JSON", "a".repeat(200) + ".json"};
          s.set(NODES.textNode(names[random.nextInt(names.length)]));
        }
        default -> throw new IllegalStateException("not a tree mutation: " + mutation);
      }
      return root.toString();
    }

    /** The tree as text with one value wrapped in {@code depth} arrays or objects. */
    private static String nest(JsonNode root, Slot slot, int depth, boolean arrays) {
      String marker = "\"__NEST__\"";
      slot.set(NODES.textNode("__NEST__"));
      String open = arrays ? "[" : "{\"n\":";
      String close = arrays ? "]" : "}";
      return root.toString().replace(marker, open.repeat(depth) + "1" + close.repeat(depth));
    }

    private static JsonNode wrongType(JsonNode value, SplittableRandom random) {
      List<JsonNode> options = new ArrayList<>(List.of(NODES.numberNode(7), NODES.textNode("text"), NODES.booleanNode(true),
          NODES.arrayNode().add("a"), NODES.objectNode().put("k", "v"), NODES.numberNode(2.5)));
      options.removeIf(o -> value != null && o.getNodeType() == value.getNodeType());
      return options.get(random.nextInt(options.size()));
    }
  }
}

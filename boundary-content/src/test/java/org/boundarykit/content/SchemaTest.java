package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.boundarykit.Action;
import org.boundarykit.Audience;
import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Topic;
import org.boundarykit.rules.LadderPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped for content authors: every shipped file and the sample overlay are valid,
 * broken documents are not, and the schema keeps pace with the loader (enums, strictness).
 */
class SchemaTest {

  static final String SCHEMA_RESOURCE = "org/boundarykit/content/schema/v1/pack.schema.json";
  static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/boundarykit/boundarykit/main/boundary-content/src/main/resources/"
          + SCHEMA_RESOURCE;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The schema, read from the classpath: its $id is mapped there, so nothing is fetched. */
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b -> b.schemaMappers(m -> m.mapPrefix(SCHEMA_ID, "classpath:" + SCHEMA_RESOURCE)))
      .getSchema(
          SchemaLocation.of(SCHEMA_ID),
          SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).formatAssertionsEnabled(true).build());

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new FileNotFoundException(resource);
      }
      return MAPPER.readTree(in);
    }
  }

  /** A pack's manifest and every file it lists, as classpath resource names. */
  private static Stream<String> packFiles(String folder) throws IOException {
    List<String> names = new ArrayList<>();
    names.add(folder + "/pack.json");
    read(folder + "/pack.json").path("files").forEach(f -> names.add(folder + "/" + f.asText()));
    return names.stream();
  }

  static Stream<String> shippedFiles() throws IOException {
    return packFiles("org/boundarykit/content/v1");
  }

  static Stream<String> overlayFiles() throws IOException {
    return Stream.concat(packFiles("packs/kind-voice"), packFiles("packs/our-voice"));
  }

  @ParameterizedTest
  @MethodSource("shippedFiles")
  void everyShippedFileIsValid(String resource) throws IOException {
    assertThat(SCHEMA.validate(read(resource))).as(resource).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("overlayFiles")
  void theSampleOverlaysAreValid(String resource) throws IOException {
    assertThat(SCHEMA.validate(read(resource))).as(resource).isEmpty();
  }

  @Test
  void theShippedFilesPointEditorsAtTheSchema() throws IOException {
    URI folder = URI.create("file:/org/boundarykit/content/v1/");
    for (String resource : shippedFiles().toList()) {
      String reference = read(resource).path("$schema").asText();
      assertThat(folder.resolve(reference).getPath()).as(resource).isEqualTo("/" + SCHEMA_RESOURCE);
    }
    assertThat(read(SCHEMA_RESOURCE).path("$id").asText()).isEqualTo(SCHEMA_ID);
  }

  private static final String HEAD = "{\"schemaVersion\": 1, \"id\": \"broken\", \"version\": \"1.0.0\", ";

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of("unknown property", HEAD + "\"strategies\": [{\"id\": \"a\", \"titel\": \"T\", \"summary\": \"S\"}]}",
            "additionalProperties", "/strategies/0"),
        Arguments.of("unknown top-level property", HEAD + "\"script\": []}", "additionalProperties", ""),
        Arguments.of("bad enum", HEAD
            + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EXX\", \"purpose\": \"RESTATE\", \"text\": \"Hi.\"}]}",
            "enum", "/scripts/0/audience"),
        Arguments.of("bad enum in a rule", HEAD + "\"rules\": [{\"id\": \"r\", \"when\": {\"levels\": [\"NOCONTACT\"]}, "
            + "\"then\": {\"action\": \"NO_REPLY\", \"reason\": \"R\"}}]}", "enum", "/rules/0/when/levels/0"),
        Arguments.of("missing required id", HEAD
            + "\"scripts\": [{\"audience\": \"EX\", \"purpose\": \"RESTATE\", \"text\": \"Hi.\"}]}", "required", "/scripts/0"),
        Arguments.of("missing then.reason", HEAD + "\"rules\": [{\"id\": \"r\", \"then\": {\"action\": \"NO_REPLY\"}}]}",
            "required", "/rules/0/then"),
        Arguments.of("bad id", HEAD + "\"techSteps\": [{\"id\": \"-mute\", \"text\": \"Mute it.\"}]}", "pattern",
            "/techSteps/0/id"),
        Arguments.of("bad region", HEAD + "\"resources\": [{\"id\": \"r\", \"regions\": [\"USA\"], \"kind\": \"EMERGENCY\", "
            + "\"name\": \"N\", \"contact\": \"911\", \"lastChecked\": \"2026-01-01\"}]}", "pattern", "/resources/0/regions/0"),
        Arguments.of("bad date", HEAD + "\"resources\": [{\"id\": \"r\", \"regions\": [\"US\"], \"kind\": \"EMERGENCY\", "
            + "\"name\": \"N\", \"contact\": \"911\", \"lastChecked\": \"2026-13-01\"}]}", "pattern", "/resources/0/lastChecked"),
        Arguments.of("bad version", "{\"schemaVersion\": 1, \"id\": \"broken\", \"version\": \"1.0\"}", "pattern", "/version"),
        Arguments.of("newer schema version", "{\"schemaVersion\": 2, \"id\": \"broken\", \"version\": \"1.0.0\"}", "const",
            "/schemaVersion"),
        Arguments.of("unknown placeholder", HEAD + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", "
            + "\"placeholders\": [\"name\"], \"text\": \"[Hi {name}. ]No.\"}]}", "enum", "/scripts/0/placeholders/0"),
        Arguments.of("too many words", HEAD + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", "
            + "\"text\": \"" + "word ".repeat(41).trim() + "\"}]}", "pattern", "/scripts/0/text"),
        Arguments.of("unclosed optional part", HEAD + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", "
            + "\"placeholders\": [\"exName\"], \"text\": \"[Hi {exName}. No.\"}]}", "pattern", "/scripts/0/text"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenDocumentIsInvalidAndTheLoaderRefusesItToo(String kind, String json, String keyword, String pointer)
      throws IOException {
    Set<ValidationMessage> messages = SCHEMA.validate(MAPPER.readTree(json));
    assertThat(messages).as(kind).anySatisfy(m -> {
      assertThat(m.getType()).isEqualTo(keyword);
      assertThat(m.getInstanceLocation().toString()).isEqualTo(pointer);
    });
    assertThatThrownBy(() -> ContentPack.defaults().with(load(Map.of("pack.json", json))).validated())
        .as(kind).isInstanceOf(ContentPackException.class);
  }

  static Stream<Arguments> wordCounts() {
    return Stream.of(
        Arguments.of("EX", 40, true), Arguments.of("EX", 41, false),
        Arguments.of("SELF", 40, true), Arguments.of("SELF", 41, false),
        Arguments.of("FRIEND", 60, true), Arguments.of("FRIEND", 61, false));
  }

  /** The schema counts words as the lint does: brackets are spaces, so "[Hi {exName}. ]" is two words. */
  @ParameterizedTest(name = "{0}, {1} words")
  @MethodSource("wordCounts")
  void theWordLimitsMatchTheLint(String audience, int words, boolean valid) throws IOException {
    StringBuilder text = new StringBuilder("[Hi {exName}. ]");
    for (int i = 4; i < words; i++) {
      text.append(i % 7 == 0 ? "word\\n " : "word ");
    }
    text.append("[bye {exName}]");
    String json = "{\"scripts\": [{\"id\": \"s\", \"audience\": \"" + audience
        + "\", \"purpose\": \"SUPPORT\", \"placeholders\": [\"exName\"], \"text\": \"" + text + "\"}]}";
    assertThat(SCHEMA.validate(MAPPER.readTree(json))).as(text.toString()).hasSize(valid ? 0 : 1);
  }

  @Test
  void manifestFieldsInAnotherFileAreInvalidAsTheLoaderSays() throws IOException {
    String section = "{\"locales\": [\"en\"], \"strategies\": []}";
    assertThat(SCHEMA.validate(MAPPER.readTree(section))).anySatisfy(m -> assertThat(m.getType()).isEqualTo("dependentRequired"));
    assertThatThrownBy(() -> load(Map.of("pack.json", HEAD + "\"files\": [\"more.json\"]}", "more.json", section)))
        .isInstanceOf(ContentPackException.class).hasMessageContaining("belong in pack.json only");
  }

  @Test
  void theLoaderAcceptsASchemaReferenceInEveryFile() {
    ContentPack pack = load(Map.of(
        "pack.json", "{\"$schema\": \"pack.schema.json\", \"schemaVersion\": 1, \"id\": \"ok\", \"version\": \"1.0.0\", "
            + "\"files\": [\"more.json\"]}",
        "more.json", "{\"$schema\": \"https://example.org/pack.schema.json\", \"strategies\": []}"));
    assertThat(pack.id()).isEqualTo("ok");
  }

  private static ContentPack load(Map<String, String> files) {
    return ContentPack.load(name -> {
      String text = files.get(name);
      if (text == null) {
        throw new FileNotFoundException(name);
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    });
  }

  @Test
  void everyEnumHasEveryCanonicalValueInOrder() throws IOException {
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("audience", Audience.class);
    enums.put("scriptPurpose", ScriptPurpose.class);
    enums.put("contactCategory", ContactCategory.class);
    enums.put("contactLevel", ContactLevel.class);
    enums.put("topic", Topic.class);
    enums.put("channel", Channel.class);
    enums.put("safety", Safety.class);
    enums.put("escalationStep", EscalationStep.class);
    enums.put("action", Action.class);
    enums.put("ladderPosition", LadderPosition.class);
    enums.put("resourceKind", ResourceKind.class);
    JsonNode defs = read(SCHEMA_RESOURCE).path("$defs");
    enums.forEach((name, type) -> {
      List<String> inSchema = new ArrayList<>();
      defs.path(name).path("enum").forEach(v -> inSchema.add(v.asText()));
      assertThat(inSchema).as(name).containsExactlyElementsOf(
          Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    });
    List<String> placeholders = new ArrayList<>();
    defs.path("placeholder").path("enum").forEach(v -> placeholders.add(v.asText()));
    assertThat(placeholders).containsExactly("exName", "matter", "topic", "reasons", "time", "place", "alternative",
        "detail", "allowedTopics", "allowedChannels", "channel");
  }

  @Test
  void everyObjectIsClosedAndEveryFieldHasAnEditorHint() throws IOException {
    List<String> problems = new ArrayList<>();
    walk(read(SCHEMA_RESOURCE), "#", problems);
    assertThat(problems).isEmpty();
  }

  private static void walk(JsonNode node, String path, List<String> problems) {
    if (node.isObject()) {
      if (node.path("type").asText().equals("object")) {
        JsonNode closed = node.path("additionalProperties");
        if (!closed.isBoolean() || closed.booleanValue()) {
          problems.add(path + ": additionalProperties must be false");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (!field.getValue().path("description").isTextual()) {
            problems.add(path + "/properties/" + field.getKey() + ": no description");
          }
        }
      }
      node.fields().forEachRemaining(e -> walk(e.getValue(), path + "/" + e.getKey(), problems));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, problems);
      }
    }
  }
}

package org.boundarykit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.boundarykit.content.internal.Docs.PackDoc;
import org.junit.jupiter.api.Test;

/**
 * The quick reader gives exactly the records Jackson gives, or hands over to Jackson: on every
 * shipped and test pack file, and on documents that bend the rules one at a time.
 */
class QuickReaderTest {

  private static final String[] SHIPPED = {
    "pack.json", "strategies.json", "scripts.en.json", "rules.json", "tech-steps.en.json", "resources.json",
    "examples.json", "cues.en.json"
  };

  @Test
  void readsEveryShippedFileAsJacksonDoes() throws IOException {
    for (String name : SHIPPED) {
      byte[] bytes;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/boundarykit/content/v1/" + name)) {
        assertThat(in).as(name).isNotNull();
        bytes = in.readAllBytes();
      }
      PackDoc quick = QuickReader.read(bytes, PackDoc.class);
      assertThat(quick).as(name + " is read without Jackson").isNotNull();
      assertThat(quick).as(name).isEqualTo(Json.MAPPER.readValue(bytes, PackDoc.class));
    }
  }

  @Test
  void readsEveryTestPackAsJacksonDoesOrHandsOver() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Paths.get("src/test/resources/packs"))) {
      walk.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      assertSameAsJackson(Files.readAllBytes(file));
    }
  }

  @Test
  void namesEveryComponentAsItsJsonPropertyDoes() {
    int components = 0;
    for (Class<?> type : Docs.class.getDeclaredClasses()) {
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
        assertThat(QuickReader.jsonName(type, c))
            .as(type.getSimpleName() + "." + c.getName())
            .isEqualTo(renamed != null ? renamed.value() : c.getName());
        components++;
      }
    }
    assertThat(components).isGreaterThan(50);
  }

  @Test
  void handsOverWhatItDoesNotAccept() {
    String[] documents = {
      "{\"id\": \"a\", \"id\": \"b\"}",
      "{\"nope\": 1}",
      "{\"id\": null}",
      "{\"locales\": [\"en\", null]}",
      "{\"schemaVersion\": \"1\"}",
      "{\"schemaVersion\": 1.0}",
      "{\"schemaVersion\": 99999999999}",
      "{\"schemaVersion\": 01}",
      "{\"thresholds\": {\"muteAt\": 3,}}",
      "{\"rules\": [{\"then\": {\"action\": \"reply\"}}]}",
      "{\"rules\": [{\"then\": {\"action\": 0}}]}",
      "{\"rules\": [{\"when\": {\"topicAllowed\": \"true\"}}]}",
      "{\"id\": \"a\"} {}",
      "{\"id\": \"a\tb\"}",
      "{\"id\": \"\\ud83d\\ude00\"}",
      "{\"id\": \"\\x\"}",
      "\ufeff{\"id\": \"a\"}",
      "[]",
      "",
      "{\"id\": \"caf\\u00e9 \\\"quoted\\\" \\\\ \\/ \\n\"}",
      "{\"cues\": [{\"phrase\": \"x\", \"weight\": 2}, {\"phrase\": \"y\", \"weight\": -1.5e1}]}",
      "{\"schema\": \"x\"}",
      "{\"$schema\": \"x\", \"id\": \"a\", \"files\": []}",
      "{\"id\": \"a\"",
    };
    for (String document : documents) {
      assertSameAsJackson(document.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(QuickReader.read(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'}, PackDoc.class))
        .as("malformed UTF-8").isNull();
  }

  private static void assertSameAsJackson(byte[] bytes) {
    String document = new String(bytes, StandardCharsets.UTF_8);
    PackDoc quick = QuickReader.read(bytes, PackDoc.class);
    PackDoc jackson;
    try {
      jackson = Json.MAPPER.readValue(bytes, PackDoc.class);
    } catch (IOException e) {
      assertThat(quick).as("Jackson refuses %s, so the quick reader must hand over", document).isNull();
      return;
    }
    if (quick != null) {
      assertThat(quick).as(document).isEqualTo(jackson);
    }
  }
}

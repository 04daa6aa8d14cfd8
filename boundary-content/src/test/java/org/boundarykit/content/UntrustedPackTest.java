package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.boundarykit.content.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack from an untrusted place: it cannot make the loader read anything it was not given, and
 * the reader's limits hold, each refused with a message naming the file and the place.
 */
class UntrustedPackTest {

  private static final String HEAD = "{\"schemaVersion\": 1, \"id\": \"untrusted\", \"version\": \"1.0.0\"";
  private static final String STRATEGY = "{\"strategies\": [{\"id\": \"s\", \"title\": \"T\", \"summary\": \"S\"}]}";

  private static ContentPackException refuse(String json) {
    return catchThrowableOfType(ContentPackException.class,
        () -> ContentPack.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "untrusted.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "../secret.json", "..\\\\secret.json", "/etc/passwd", "/tmp/x.json", "C:\\\\x.json",
      "file:///etc/passwd", "https://example.org/pack/x.json", "sub/x.json", "./x.json", ".hidden.json", "x.json\\u0000.txt",
      "pack.json", ""})
  void aManifestFileNameThatIsNotPlainIsRefusedUnopened(String name) {
    List<String> opened = new ArrayList<>();
    ContentPackException e = catchThrowableOfType(ContentPackException.class, () -> ContentPack.load(n -> {
      opened.add(n);
      if (n.equals(ContentSource.MANIFEST)) {
        String quoted = name.replace("\\", "\\\\").replace("\u0000", "\\u0000");
        return new ByteArrayInputStream((HEAD + ", \"files\": [\"" + quoted + "\"]}").getBytes(StandardCharsets.UTF_8));
      }
      throw new AssertionError("the loader must not open " + n);
    }));
    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().asString()
        .contains("pack.json: $.files[0]").contains("not a plain .json file name");
    assertThat(opened).containsExactly(ContentSource.MANIFEST);
  }

  @Test
  void aLinkOutOfTheFolderIsRefused(@TempDir Path tmp) throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.json"), STRATEGY);
    Path pack = Files.createDirectory(tmp.resolve("pack"));
    Files.writeString(pack.resolve("pack.json"), HEAD + ", \"files\": [\"strategies.json\"]}");
    Files.createSymbolicLink(pack.resolve("strategies.json"), outside);
    ContentPackException e = catchThrowableOfType(ContentPackException.class, () -> ContentPack.load(pack));
    assertThat(e.problems()).singleElement().asString()
        .contains("strategies.json").contains("outside the pack's folder");
  }

  @Test
  void aManifestThatLinksOutOfTheFolderIsRefused(@TempDir Path tmp) throws IOException {
    Path outside = Files.writeString(tmp.resolve("elsewhere.json"), HEAD + "}");
    Path pack = Files.createDirectory(tmp.resolve("pack"));
    Files.createSymbolicLink(pack.resolve("pack.json"), outside);
    assertThatThrownBy(() -> ContentPack.load(pack)).isInstanceOf(ContentPackException.class)
        .hasMessageContaining("pack.json").hasMessageContaining("outside the pack's folder");
  }

  @Test
  void aLinkInsideTheFolderIsRead(@TempDir Path tmp) throws IOException {
    Path pack = Files.createDirectory(tmp.resolve("pack"));
    Files.writeString(pack.resolve("pack.json"), HEAD + ", \"files\": [\"strategies.json\"]}");
    Path real = Files.writeString(pack.resolve("real-strategies.json"), STRATEGY);
    Files.createSymbolicLink(pack.resolve("strategies.json"), real.getFileName());
    assertThat(ContentPack.load(pack).strategies()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("s"));
  }

  @Test
  void aFolderInPlaceOfAFileIsRefused(@TempDir Path tmp) throws IOException {
    Path pack = Files.createDirectory(tmp.resolve("pack"));
    Files.writeString(pack.resolve("pack.json"), HEAD + ", \"files\": [\"strategies.json\"]}");
    Files.createDirectory(pack.resolve("strategies.json"));
    assertThatThrownBy(() -> ContentPack.load(pack)).isInstanceOf(ContentPackException.class)
        .hasMessageContaining("strategies.json").hasMessageContaining("not a regular file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside.json", "/etc/passwd", "https://example.org/x.json", "sub/x.json", "..", ""})
  void theBuiltInSourcesRefuseAPathWhenCalledDirectly(String name, @TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("outside.json"), STRATEGY);
    Path pack = Files.createDirectory(tmp.resolve("pack"));
    List<ContentSource> sources = List.of(
        ContentSource.directory(pack),
        ContentSource.url(new URL(pack.toUri().toString())),
        ContentSource.classpath(getClass().getClassLoader(), "org/boundarykit/content/v1"));
    for (ContentSource source : sources) {
      assertThatThrownBy(() -> source.open(name).close()).isInstanceOf(IOException.class)
          .hasMessageContaining("not a plain file name");
    }
  }

  // The reader's limits (Json.MAX_*), each just over and just under.

  @Test
  void aStringLongerThan100000CharactersIsRefused() {
    ContentPackException e = refuse(HEAD + ", \"description\": \"" + "x".repeat(100_001) + "\"}");
    assertThat(e.problems()).singleElement().asString()
        .startsWith("untrusted.json: $.description").contains("String value length").contains("100000");
    assertThat(ContentPack.load(new ByteArrayInputStream((HEAD + ", \"description\": \"" + "x".repeat(100_000) + "\"}")
        .getBytes(StandardCharsets.UTF_8)), "ok.json").description()).hasSize(100_000);
  }

  @Test
  void aDocumentLongerThan4000000CharactersIsRefused() {
    StringBuilder doc = new StringBuilder(HEAD).append(", \"locales\": [");
    while (doc.length() < 4_000_100) {
      doc.append("\"").append("e".repeat(1000)).append("\",");
    }
    doc.append("\"en\"]}");
    ContentPackException e = refuse(doc.toString());
    assertThat(e.problems()).singleElement().asString()
        .startsWith("untrusted.json: $").contains("Document length").contains("4000000").contains("line 1, column");
  }

  @Test
  void nestingDeeperThan32LevelsIsRefusedByTheReader() throws IOException {
    // a pack's own fields nest a few levels at most, so a deep value fails on its type first; the
    // depth limit is the reader's backstop, checked here on the reader itself
    String ok = "[".repeat(32) + "]".repeat(32);
    assertThat(Json.MAPPER.readTree(ok).isArray()).isTrue();
    assertThatThrownBy(() -> Json.MAPPER.readTree("[".repeat(33) + "]".repeat(33)))
        .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Document nesting depth (33)")
        .hasMessageContaining("(32");
    ContentPackException e = refuse(HEAD + ", \"rules\": [{\"when\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(41) + "]}");
    assertThat(e.problems()).singleElement().asString().startsWith("untrusted.json: $.rules[0].when").contains("line 1, column");
  }

  @Test
  void aNumberLongerThan20DigitsIsRefused() {
    ContentPackException e = refuse("{\"schemaVersion\": 1" + "0".repeat(25) + ", \"id\": \"u\", \"version\": \"1.0.0\"}");
    assertThat(e.problems()).singleElement().asString().contains("untrusted.json: $").contains("a number is longer than 20 digits")
        .contains("20").contains("line 1, column");
  }

  @Test
  void theLimitsApplyToTheWireFormatToo() {
    // the real length and the place, and the id, although the strict reader stops at the limit
    assertThatThrownBy(() -> WireFormat.readClassifyRequest("{\"id\": 1, \"text\": \"" + "x".repeat(2_000_000) + "\"}"))
        .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.id()).contains(new RequestId("1", true)))
        .hasMessage("$.text: a text of 2000000 characters is longer than 100000, the most a value may have");
  }
}

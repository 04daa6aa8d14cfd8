package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.content.ContentPack;

/**
 * A batch never dies: whatever a line holds, it gets one reply, in order, and every valid line
 * among random and mutated ones is answered exactly as it would be alone.
 */
class JsonLinesPropertiesTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final JsonLines.Handler ADVISE = AdviseCommand.handler(ENGINE);

  private static final List<String> TEXTS = List.of("hey u up?", "can you do pickup tuesday at 5?",
      "I'm outside your door, open up", "miss you so much", "\ud83d\ude42", "happy birthday!!");

  private static String valid(int id, String text) {
    return "{\"id\": " + id + ", \"boundary\": {\"level\": \"NO_CONTACT\", \"exName\": \"Sam\", \"region\": \"GB\"},"
        + " \"contact\": {\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"text\": \"" + text + "\"}}";
  }

  /** A line and whether it is one of the valid ones. */
  record Line(String text, boolean valid) {}

  @Provide
  Arbitrary<Line> lines() {
    Arbitrary<Line> good = Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.of(TEXTS))
        .as((id, text) -> new Line(valid(id, text), true));
    Arbitrary<Line> junk = Arbitraries.strings().ofMaxLength(120).map(s -> new Line(s, false));
    Arbitrary<Line> mutated = Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(1, 40), Arbitraries.strings().ofMaxLength(6))
        .as((text, at, length, insert) -> {
          String line = valid(7, text);
          int from = Math.min(at, line.length());
          int to = Math.min(line.length(), from + length);
          return new Line(line.substring(0, from) + insert + line.substring(to), false);
        });
    Arbitrary<Line> odd = Arbitraries.of(
        "{\"id\": 1e400, \"boundary\": {}}", "{\"id\": -1e400}", "{\"id\": 1E-400, \"contact\": 5}",
        "[".repeat(200), "{\"id\": \"x\"} trailing", "null", "{\"id\": {\"a\": [1, 2, {\"b\": null}]}}",
        "{\"id\": 3, \"boundary\": {\"level\": \"NO_CONTACT\"}, \"contact\": {\"at\": \"2026-10-03T20:00:00Z\","
            + " \"channel\": \"TEXT\", \"text\": \"" + "a".repeat(5000) + "\"}}")
        .map(s -> new Line(s, false));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, good), net.jqwik.api.Tuple.of(2, junk),
        net.jqwik.api.Tuple.of(3, mutated), net.jqwik.api.Tuple.of(1, odd));
  }

  private static List<String> run(List<String> lines) throws IOException {
    StringWriter out = new StringWriter();
    JsonLines.run(new java.io.ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), new PrintWriter(out), ADVISE);
    String written = out.toString();
    return written.isEmpty() ? List.of() : List.of(written.split("\n", -1)).subList(0, written.split("\n", -1).length - 1);
  }

  @Property(tries = 150)
  void everyLineGetsOneReplyAndEveryValidOneTheReplyItGetsAlone(
      @ForAll("lines") Line a, @ForAll("lines") Line b, @ForAll("lines") Line c, @ForAll("lines") Line d) throws IOException {
    List<Line> batch = new ArrayList<>();
    for (Line l : List.of(a, b, c, d)) {
      // a line break inside a line would make two lines; a blank line is skipped by design
      String single = l.text().replace('\n', ' ').replace('\r', ' ');
      if (!single.isBlank()) {
        batch.add(new Line(single, l.valid()));
      }
    }
    List<String> replies = run(batch.stream().map(Line::text).toList());

    assertThat(replies).hasSize(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      assertThat(replies.get(i)).startsWith("{\"id\":");
      if (batch.get(i).valid()) {
        assertThat(replies.get(i)).isEqualTo(run(List.of(batch.get(i).text())).get(0));
        assertThat(replies.get(i)).doesNotContain("\"error\"");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void aLineThatIsNotUtf8IsAnErrorOfItsOwnAndTheNextLineIsAnswered() throws IOException {
    java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
    in.write(new byte[] {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    in.write((valid(2, "I'm outside your door, open up") + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();

    int status = JsonLines.run(new java.io.ByteArrayInputStream(in.toByteArray()), new PrintWriter(out), ADVISE);

    List<String> replies = List.of(out.toString().split("\n"));
    assertThat(status).isEqualTo(1);
    assertThat(replies).hasSize(2);
    assertThat(replies.get(0)).isEqualTo("{\"id\":null,\"line\":1,\"error\":\"$: the line is not valid UTF-8 (at byte 9); send every line as UTF-8\"}");
    assertThat(replies.get(1)).startsWith("{\"id\":2,\"action\":\"CONTACT_EMERGENCY_SERVICES\"");
  }
}

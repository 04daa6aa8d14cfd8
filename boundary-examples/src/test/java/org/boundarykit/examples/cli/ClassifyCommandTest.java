package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  @Test
  void jsonlClassifiesEveryLineInOrderAndReportsBadOnes() {
    String input = String.join("\n",
        "{\"id\": \"m1\", \"text\": \"can't sleep, thinking of u\", \"at\": \"2026-10-03T06:30:00Z\", \"timeZone\": \"America/Chicago\"}",
        "",
        "{\"id\": 2, \"text\": \"can u do pickup tues?\"}",
        "{\"id\": \"m3\"}",
        "not json",
        "{\"id\": \"m5\", \"text\": \"I know where you live\", \"mode\": \"ignored\"}") + "\n";

    Cli.Result r = Cli.run(input, "classify", "--jsonl").noStackTrace();

    assertThat(r.code()).isEqualTo(1);
    List<JsonNode> out = r.json();
    assertThat(out).hasSize(5);
    assertThat(out).extracting(n -> n.get("id").toString()).containsExactly("\"m1\"", "2", "\"m3\"", "null", "\"m5\"");
    for (JsonNode ok : List.of(out.get(0), out.get(1), out.get(4))) {
      assertThat(ok.fieldNames()).toIterable().containsExactly("id", "category", "topic", "safety", "confidence", "cues", "signals", "asks");
      assertThat(names(ContactCategory.values())).contains(ok.get("category").asText());
      assertThat(ok.get("topic").isNull() || names(Topic.values()).contains(ok.get("topic").asText())).isTrue();
      assertThat(names(Safety.values())).contains(ok.get("safety").asText());
      assertThat(ok.get("confidence").asDouble()).isBetween(0.0, 1.0);
      assertThat(ok.get("cues").isArray()).isTrue();
    }
    assertThat(out.get(2).get("error").asText()).isEqualTo("$.text: required");
    assertThat(out.get(3).get("error").asText()).startsWith("$: ");
  }

  @Test
  void jsonlExitsWithZeroWhenEveryLineIsGood() {
    Cli.Result r = Cli.run("{\"id\": \"a\", \"text\": \"hi\"}\n{\"id\": \"b\", \"text\": \"hello\"}\n", "classify", "--jsonl");
    assertThat(r.code()).isZero();
    assertThat(r.json()).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
  }

  @Test
  void aMessageIsClassifiedInReadableForm() {
    Cli.Result r = Cli.run("", "classify", "hey,", "u", "up?");
    assertThat(r.code()).isZero();
    assertThat(r.lines()).extracting(l -> l.substring(0, l.indexOf(':')))
        .containsExactly("Category", "Topic", "Safety", "Confidence", "Cues", "Read by", "Asks");
    assertThat(r.out()).contains("Asks:       yes, something of you"); // "u up?" asks a question
    assertThat(r.out()).containsPattern("Confidence: \\d\\.\\d\\d\n"); // a point, even under a Turkish locale
  }

  @Test
  void pipedMessagesAreClassifiedOneByOne() {
    Cli.Result r = Cli.run("one\n\ntwo\n", "classify");
    assertThat(r.code()).isZero();
    assertThat(r.lines()).filteredOn(l -> l.startsWith("> ")).containsExactly("> one", "> two");
  }

  @Test
  void jsonlTakesNoMessage() {
    Cli.Result r = Cli.run("", "classify", "--jsonl", "hi").noStackTrace();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("--jsonl reads the message");
  }

  @Test
  void theReadingNamesTheFrameThatDecided() {
    Cli.Result r = Cli.run("", "classify", "i'm parked outside your flat, come down").noStackTrace();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Safety:     URGENT").contains("Read by:").contains("frame presence-at-yours");
  }
}

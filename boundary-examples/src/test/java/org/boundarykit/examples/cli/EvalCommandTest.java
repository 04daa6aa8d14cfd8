package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boundary eval} on the shipped pack. The figures themselves are the classifier's business
 * (and are checked by hand in boundary-content's EvaluationReportTest); here: the report, the
 * options and the exit statuses.
 */
class EvalCommandTest {

  private static final String SET = String.join("\n",
      "{\"id\": \"e1\", \"text\": \"can you swap weekends with me\", \"category\": \"LEGITIMATE_LOGISTICS\","
          + " \"safety\": \"NONE\", \"topic\": \"CHILDREN\"}",
      "{\"id\": \"e2\", \"text\": \"i still have your blue scarf, want to come get it\", \"category\": \"PRETEXT_LOGISTICS\","
          + " \"safety\": \"NONE\", \"family\": \"belongings\"}",
      "{\"id\": \"e3\", \"text\": \"wie geht es dir\", \"lang\": \"de\", \"category\": \"FRIENDSHIP_CHECK_IN\","
          + " \"safety\": \"NONE\"}",
      "{\"id\": \"e4\", \"text\": \"you up\", \"category\": \"LATE_NIGHT\", \"safety\": \"NONE\","
          + " \"context_dependent\": true}") + "\n";

  private static final String ZA_PACK = """
      {"schemaVersion": 1, "id": "za-lines", "version": "1.0.0", "description": "Help lines for South Africa.",
       "locales": ["en"],
       "resources": [{"id": "za-emergency", "regions": ["ZA"], "kind": "EMERGENCY", "name": "Emergency services",
                      "contact": "10111", "description": "Police.", "lastChecked": "2026-12-07",
                      "source": "https://www.saps.gov.za/services/cc_10111.php"}]}
      """;

  private static Path set(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("set.jsonl"), text);
  }

  @Test
  void printsTheReportAndExitsWithZero(@TempDir Path dir) throws IOException {
    Path file = set(dir, SET);
    Cli.Result r = Cli.run("", "eval", file.toString()).noStackTrace();
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Evaluation of " + file + ": 4 messages (3 read from the text alone, 1 context-dependent)\n")
        .contains("Categories, messages that can be read from the text: 3\n")
        .contains("Categories, context-dependent messages (read from the text alone): 1\n")
        .contains("Safety, all 4 messages")
        .contains("  URGENT recall (URGENT read URGENT)")
        .contains("  dangerous answered with a script             0/0       -\n")
        .contains("    belongings                    1")
        .contains("    de                            1")
        .containsPattern("Misses, worst first: \\d+ \\(\\d+ shown\\)\n")
        .doesNotContain("blue scarf");
  }

  @Test
  void jsonPrintsOneDocumentAndMissesLimitsTheList(@TempDir Path dir) throws IOException {
    Path file = set(dir, SET);
    Cli.Result r = Cli.run("", "eval", "--json", "--misses", "0", file.toString()).noStackTrace();
    assertThat(r.code()).isZero();
    JsonNode json = Cli.JSON.readTree(r.out());
    assertThat(json.get("items").asInt()).isEqualTo(4);
    assertThat(json.at("/categories/items").asInt()).isEqualTo(3);
    assertThat(json.at("/contextDependent/items").asInt()).isEqualTo(1);
    assertThat(json.at("/safety/byLanguage/0/language").asText()).isEqualTo("en");
    assertThat(json.at("/safety/byLanguage/1/language").asText()).isEqualTo("de");
    assertThat(json.at("/misses/shown").size()).isZero();
  }

  @Test
  void standardInputIsReadForADash() {
    Cli.Result r = Cli.run(SET, "eval", "-").noStackTrace();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Evaluation of (standard input): 4 messages");
  }

  @Test
  void badLinesAreListedTheRestScoredAndTheStatusIsOne(@TempDir Path dir) throws IOException {
    Path file = set(dir, SET + "{\"id\": \"e5\", \"text\": \"hi\", \"category\": \"OTHER\"}\nnot json\n");
    Cli.Result r = Cli.run("", "eval", file.toString()).noStackTrace();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(": 4 messages")
        .contains("2 lines could not be read and were left out:\n")
        .contains("  " + file + ":5: $.safety: required\n")
        .contains("  " + file + ":6: $: not valid JSON: ");
    assertThat(r.err()).isEqualTo("boundary eval: 2 lines of " + file
        + " could not be read and were left out (listed in the report)\n");
  }

  @Test
  void aFileThatCannotBeReadGetsItsOwnStatus(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Cli.Result r = Cli.run("", "eval", missing.toString()).noStackTrace();
    assertThat(r.code()).isEqualTo(EvalCommand.UNREADABLE).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("boundary eval: cannot read " + missing + ": no such file\n");

    Cli.Result folder = Cli.run("", "eval", dir.toString()).noStackTrace();
    assertThat(folder.code()).isEqualTo(3);
    assertThat(folder.err()).isEqualTo("boundary eval: cannot read " + dir + ": it is a folder, not a file\n");

    Path latin1 = Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xE9, '"', '}'});
    Cli.Result bytes = Cli.run("", "eval", latin1.toString()).noStackTrace();
    assertThat(bytes.code()).isEqualTo(3);
    assertThat(bytes.err()).isEqualTo("boundary eval: cannot read " + latin1 + ": it is not UTF-8 text\n");
  }

  @Test
  void packsAreLaidOverTheDefaults(@TempDir Path dir) throws IOException {
    Path file = set(dir, SET);
    Path good = Files.writeString(dir.resolve("za.json"), ZA_PACK);
    assertThat(Cli.run("", "eval", "--pack", good.toString(), file.toString()).noStackTrace().code()).isZero();

    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1}");
    Cli.Result r = Cli.run("", "eval", "--pack", bad.toString(), file.toString()).noStackTrace();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("boundary: the content pack has");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
    Path file = set(dir, SET);
    Cli.Result negative = Cli.run("", "eval", "--misses", "-1", file.toString()).noStackTrace();
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).startsWith("--misses: must be 0 or more, but got -1");
    Cli.Result none = Cli.run("", "eval").noStackTrace();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("Missing required parameter: 'FILE'");
  }
}

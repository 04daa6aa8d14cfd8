package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boundarykit.content.ContentPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {

  private static final String GOOD_SINGLE_FILE = """
      {"schemaVersion": 1, "id": "za-lines", "version": "1.0.0", "description": "Help lines for South Africa.",
       "locales": ["en"],
       "resources": [{"id": "za-emergency", "regions": ["ZA"], "kind": "EMERGENCY", "name": "Emergency services",
                      "contact": "10111", "description": "Police.", "lastChecked": "2026-12-07",
                      "source": "https://www.saps.gov.za/services/cc_10111.php"}]}
      """;

  private static final String BAD_SINGLE_FILE = """
      {"schemaVersion": 1, "id": "broken", "version": "0.1.0", "description": "x", "locales": ["en"],
       "scripts": [{"id": "b-1", "audience": "EX", "purpose": "RESTATE", "tone": "warm", "text": "Stop."}],
       "rules": [{"id": "no-such-rule", "override": true, "when": {}, "then": {"action": "NO_REPLY", "reason": "r"}}]}
      """;

  @Test
  void validateAcceptsAGoodFileAndAGoodFolder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("za.json"), GOOD_SINGLE_FILE);
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("pack.json"), """
        {"schemaVersion": 1, "id": "folder-pack", "version": "0.3.0", "description": "A folder pack.",
         "locales": ["en"], "files": ["resources.json"]}
        """);
    Files.writeString(folder.resolve("resources.json"), """
        {"resources": [{"id": "za-2", "regions": ["ZA"], "kind": "EMERGENCY", "name": "Police emergencies",
                        "contact": "10111", "lastChecked": "2026-12-07",
                        "source": "https://www.saps.gov.za/services/cc_10111.php"}]}
        """);

    Cli.Result r = Cli.run("", "pack", "validate", file.toString(), folder.toString()).noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.lines()).singleElement().asString()
        .startsWith("OK: za-lines@1.0.0 (" + file + "), folder-pack@0.3.0 (" + folder + ") valid over boundarykit-default@");
  }

  @Test
  void validatePrintsEveryProblemWithItsPlaceAndExitsWithOne(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), BAD_SINGLE_FILE);
    Path good = Files.writeString(dir.resolve("good.json"), GOOD_SINGLE_FILE);
    Path missing = dir.resolve("missing.json");

    Cli.Result r = Cli.run("", "pack", "validate", bad.toString(), good.toString(), missing.toString()).noStackTrace();

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(bad + ": ").contains("  - " + bad + ": $.scripts[0]").contains("\"tone\"")
        .contains("  - " + missing + ": no such file or folder")
        .doesNotContain(good + ":");
    assertThat(r.lines().get(r.lines().size() - 1)).startsWith("FAILED: ").contains("in 2 of 3 packs");
  }

  @Test
  void validateNeedsAFile() {
    Cli.Result r = Cli.run("", "pack", "validate").noStackTrace();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter").contains("FILE");
  }

  @Test
  void showPrintsTheCatalogInMarkdown() {
    Cli.Result r = Cli.run("", "pack", "show");
    ContentPack pack = ContentPack.defaults();

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# Content pack " + pack.id() + " " + pack.version() + "\n")
        .contains("\n## Strategies\n").contains("\n## Scripts\n").contains("\n### For the ex (EX)\n")
        .contains("\n#### STATE_BOUNDARY (").contains("\n## Rules\n")
        .contains("\n1. `" + pack.rules().get(0).id() + "`: when ")
        .contains("\n## Technology steps\n").contains("\n## Safety resources\n").contains("| US | ")
        .contains("Last checked ");
    List<String> ruleLines = r.lines().stream().filter(l -> l.matches("\\d+\\. `.*")).toList();
    assertThat(ruleLines).hasSize(pack.rules().size());
    for (int i = 0; i < ruleLines.size(); i++) {
      assertThat(ruleLines.get(i)).startsWith((i + 1) + ". `" + pack.rules().get(i).id() + "`");
    }
  }

  /** A pack with problems of nine kinds, from reading to the lint to the engine's verification. */
  @Test
  void validateReportsEveryKindOfProblemInOnePass(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("pack.json"), "{\"schemaVersion\": 1, \"id\": \"nine\", \"version\": \"1.0\","
        + " \"files\": [\"scripts.json\", \"rules.json\", \"resources.json\"]}");
    Files.writeString(dir.resolve("scripts.json"), String.join("\n", "{\"scripts\": [",
        " {\"id\": \"n-1\", \"audience\": \"EX\", \"purpose\": \"STATE_BOUNDAR\", \"text\": \"Hi.\"},",
        " {\"id\": \"n-2\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", \"text\": \"Please stop.\", \"tone\": \"calm\"},",
        " {\"id\": \"n-3\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", \"text\": [\"Please stop.\"]},",
        " {\"id\": \"n 4\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", \"text\": \"No.\"}", "]}"));
    Files.writeString(dir.resolve("rules.json"), "{\"rules\": [{\"id\": \"cites-nothing\", \"when\": {\"categories\":"
        + " [\"LATE_NIGHT\"]}, \"then\": {\"action\": \"NO_REPLY\", \"step\": \"NO_RESPONSE\", \"strategies\":"
        + " [\"no-such-strategy\"], \"reason\": \"Wait until morning.\"}}]}");
    Files.writeString(dir.resolve("resources.json"), "{\"resources\": ["
        + "{\"id\": \"zz-line\", \"regions\": [\"GB\"], \"kind\": \"CRISIS_LINE\", \"name\": \"Line\", \"contact\": \"123\","
        + " \"description\": \"A line.\", \"lastChecked\": \"yesterday\"},"
        + "{\"id\": \"zz-future\", \"regions\": [\"GB\"], \"kind\": \"CRISIS_LINE\", \"name\": \"Later\", \"contact\": \"456\","
        + " \"description\": \"A line.\", \"lastChecked\": \"2031-01-01\"}]}");

    Cli.Result r = Cli.run("", "pack", "validate", dir.toString()).noStackTrace();

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("pack.json: $.version: \"1.0\" is not a semantic version")
        .contains("scripts.json: $.scripts[0].purpose: \"STATE_BOUNDAR\" is not one of STATE_BOUNDARY, RESTATE,")
        .contains("scripts.json: $.scripts[1].tone: unknown property \"tone\"")
        .contains("scripts.json: $.scripts[2].text: expected a string, but found a list (line 4,")
        .contains("scripts.json: $.scripts[3] (n 4): script.id: an id is")
        .contains("resources.json: $.resources[0] (zz-line): lastChecked: expected a date")
        .contains("rules.json: $.rules[0] (cites-nothing).then.strategies: no strategy \"no-such-strategy\"")
        .contains("resources.json: $.resources[1] (zz-future).lastChecked: 2031-01-01 is in the future")
        .contains("rules.json: $.rules[0] (cites-nothing): rule cites-nothing can never win")
        .contains("FAILED: ");
  }

  @Test
  void showPrintsTheCatalogInJson() throws IOException {
    Cli.Result r = Cli.run("", "pack", "show", "--format", "json");
    ContentPack pack = ContentPack.defaults();

    assertThat(r.code()).isZero();
    JsonNode root = Cli.JSON.readTree(r.out());
    assertThat(root.fieldNames()).toIterable().containsExactly("pack", "strategies", "scripts", "thresholds", "lateNight",
        "rules", "techSteps", "regions", "resources");
    assertThat(root.get("pack").get("layers").get(0).asText()).isEqualTo(pack.id() + "@" + pack.version());
    JsonNode thresholds = root.get("thresholds");
    assertThat(thresholds.get("concernWindow").asText()).isEqualTo("P14D");
    assertThat(thresholds.get("urgentWindow").asText()).isEqualTo("PT12H");
    assertThat(thresholds.get("escalationCount").asInt()).isEqualTo(5);
    assertThat(thresholds.get("escalationWindow").asText()).isEqualTo("PT1H");
    assertThat(thresholds.get("minConfidence").asDouble()).isEqualTo(0.45);
    assertThat(root.get("strategies")).hasSize(pack.strategies().size());
    int scripts = 0;
    for (JsonNode byPurpose : root.get("scripts")) {
      for (JsonNode list : byPurpose) {
        scripts += list.size();
      }
    }
    assertThat(scripts).isEqualTo(pack.scripts().size());
    List<String> ruleIds = new ArrayList<>();
    root.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    assertThat(ruleIds).isEqualTo(pack.rules().stream().map(rule -> rule.id()).toList());
    assertThat(root.get("rules").get(0).get("then").get("action").asText()).isEqualTo(pack.rules().get(0).action().name());
    assertThat(root.get("resources").get(0).get("lastChecked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(root.get("regions").get("*")).isNotEmpty();
  }

  @Test
  void showCanListWhatRaisesSafetyByLevel() throws IOException {
    ContentPack pack = ContentPack.defaults();
    String urgentCue = pack.cues().stream().filter(c -> c.safety().orElse(null) == org.boundarykit.Safety.URGENT)
        .findFirst().orElseThrow().phrase();
    String concept = pack.lexicons().get(0).concepts().get(0).id();

    Cli.Result md = Cli.run("", "pack", "show", "--understanding");
    assertThat(md.code()).isZero();
    String section = md.out().substring(md.out().indexOf("## What raises safety"));
    assertThat(section.substring(section.indexOf("### URGENT"), section.indexOf("### CONCERN")))
        .contains("Frame `harm-to-you`", "Frame `presence-at-yours`", "\"" + urgentCue + "\"")
        .doesNotContain("Frame `watching-you` (THREAT_HARASSMENT)");
    assertThat(section).contains("#### en", "- `" + concept + "`: ");
    assertThat(Cli.run("", "pack", "show").out()).doesNotContain("What raises safety");

    JsonNode u = Cli.JSON.readTree(Cli.run("", "pack", "show", "--format", "json", "--understanding").out())
        .get("understanding");
    List<String> urgentFrames = new ArrayList<>();
    u.get("bySafety").get("URGENT").get("frames").forEach(f -> urgentFrames.add(f.asText()));
    assertThat(urgentFrames).contains("harm-to-you").doesNotContain("watching-you");
    assertThat(u.get("frames")).hasSize(pack.frames().size());
    assertThat(u.get("concepts").get("es")).isNotEmpty();
    assertThat(u.get("model").get("concernAt").asDouble()).isEqualTo(pack.model().orElseThrow().concernAt());
  }

  @Test
  void showIncludesOverlayPacks(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("za.json"), GOOD_SINGLE_FILE);

    Cli.Result r = Cli.run("", "pack", "show", "--pack", file.toString(), "--format", "MARKDOWN");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("za-lines@1.0.0").contains("| ZA | za-emergency |");
  }

  @Test
  void showRejectsAnUnknownFormat() {
    Cli.Result r = Cli.run("", "pack", "show", "--format", "pdf").noStackTrace();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format");
  }
}

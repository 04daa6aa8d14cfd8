package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each kind of malformed pack is refused with one exception whose problems name the place. */
class MalformedPackTest {

  private static final String HEAD = "{\"schemaVersion\": 1, \"id\": \"broken\", \"version\": \"1.0.0\", ";

  private static ContentPackException refuse(String json, boolean overDefaults) {
    return catchThrowableOfType(ContentPackException.class, () -> {
      ContentPack pack = ContentPack.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json");
      if (overDefaults) {
        ContentPack.defaults().with(pack).validated();
      }
    });
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("syntax error", HEAD + "\"strategies\": [,]}", false, "broken.json: $", "line 1, column"),
        Arguments.of("unknown property", HEAD + "\"strategies\": [{\"id\": \"a\", \"titel\": \"x\"}]}", false,
            "$.strategies[0].titel", "unknown property \"titel\""),
        Arguments.of("wrong type", HEAD + "\"locales\": \"en\"}", false, "$.locales", "line 1"),
        Arguments.of("unknown enum value", HEAD
            + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EXX\", \"purpose\": \"RESTATE\", \"text\": \"Hi.\"}]}", false,
            "$.scripts[0].audience", "EXX"),
        Arguments.of("missing required field", HEAD
            + "\"scripts\": [{\"id\": \"s\", \"audience\": \"EX\", \"purpose\": \"RESTATE\"}]}", false,
            "$.scripts[0].text", "required (in s)"),
        Arguments.of("duplicate id", HEAD
            + "\"strategies\": [{\"id\": \"a\", \"title\": \"T\", \"summary\": \"S\"}, {\"id\": \"a\", \"title\": \"T\", \"summary\": \"S\"}]}",
            false, "$.strategies[1] (a)", "used twice"),
        Arguments.of("newer schema", "{\"schemaVersion\": 2, \"id\": \"broken\", \"version\": \"1.0.0\"}", false,
            "$.schemaVersion", "reads schema version 1"),
        Arguments.of("missing schema version", "{\"id\": \"broken\", \"version\": \"1.0.0\"}", false, "$.schemaVersion", "required"),
        Arguments.of("bad version", "{\"schemaVersion\": 1, \"id\": \"broken\", \"version\": \"one\"}", false, "$.version", "semantic version"),
        Arguments.of("duplicate key", HEAD + "\"licence\": \"a\", \"licence\": \"b\"}", false, "broken.json", "licence"),
        Arguments.of("bad date", HEAD + "\"resources\": [{\"id\": \"r\", \"regions\": [\"US\"], \"kind\": \"EMERGENCY\", "
            + "\"name\": \"N\", \"contact\": \"911\", \"lastChecked\": \"yesterday\"}]}", false, "$.resources[0] (r)", "lastChecked"),
        Arguments.of("bad region", HEAD + "\"resources\": [{\"id\": \"r\", \"regions\": [\"USA\"], \"kind\": \"EMERGENCY\", "
            + "\"name\": \"N\", \"contact\": \"911\", \"lastChecked\": \"2026-01-01\"}]}", false, "$.resources[0] (r)", "USA"),
        Arguments.of("null in a list", HEAD + "\"locales\": [null]}", false, "$.locales", "null"),
        Arguments.of("deeply nested value", HEAD + "\"description\": " + "[".repeat(40) + "]".repeat(40) + "}", false,
            "broken.json: $.description", "line 1"),
        Arguments.of("dangling strategy", HEAD + "\"rules\": [{\"id\": \"x\", \"before\": \"state-boundary\", "
            + "\"when\": {\"categories\": [\"OTHER\"], \"ladder\": [\"NOT_STATED\"]}, "
            + "\"then\": {\"action\": \"NO_REPLY\", \"step\": \"NO_RESPONSE\", \"strategies\": [\"nope\"], \"reason\": \"R\"}}]}",
            true, "$.rules[0] (x)", "no strategy \"nope\""),
        Arguments.of("unfilled placeholder", HEAD + "\"scripts\": [{\"id\": \"restate-1\", \"audience\": \"EX\", "
            + "\"purpose\": \"RESTATE\", \"placeholders\": [\"exName\"], \"text\": \"{exName}, no.\"}]}", true,
            "script restate-1.text", "optional [...] part"),
        Arguments.of("too many words", HEAD + "\"scripts\": [{\"id\": \"restate-1\", \"audience\": \"EX\", "
            + "\"purpose\": \"RESTATE\", \"placeholders\": [], \"text\": \"" + "word ".repeat(45).trim() + "\"}]}", true,
            "$.scripts[0] (restate-1)", "45 words"),
        Arguments.of("shadowed rule", HEAD + "\"rules\": [{\"id\": \"x\", \"when\": {\"categories\": [\"OTHER\"]}, "
            + "\"then\": {\"action\": \"NO_REPLY\", \"strategies\": [\"be-consistent\"], \"reason\": \"R\"}}]}", true,
            "rule x", "can never win"),
        Arguments.of("bad window", HEAD + "\"thresholds\": {\"muteAt\": 3, \"blockAt\": 5, \"legalAt\": 3, "
            + "\"concernWindow\": \"two weeks\"}}", false, "$.thresholds", "concernWindow: expected an ISO-8601 duration"),
        Arguments.of("window out of range", HEAD + "\"thresholds\": {\"muteAt\": 3, \"blockAt\": 5, \"legalAt\": 3, "
            + "\"urgentWindow\": \"PT0S\"}}", false, "$.thresholds", "urgentWindow: more than zero"),
        Arguments.of("escalation count out of range", HEAD + "\"thresholds\": {\"muteAt\": 3, \"blockAt\": 5, "
            + "\"legalAt\": 3, \"escalationCount\": 1}}", false, "$.thresholds", "escalationCount: from 2"),
        Arguments.of("confidence out of range", HEAD + "\"thresholds\": {\"muteAt\": 3, \"blockAt\": 5, "
            + "\"legalAt\": 3, \"minConfidence\": 2}}", false, "$.thresholds", "minConfidence: between 0 and 1"),
        Arguments.of("a category asked twice", HEAD + "\"ask\": {\"question\": \"Q?\", \"reason\": \"R\", \"choices\": ["
            + "{\"category\": \"OTHER\", \"label\": \"a\"}, {\"category\": \"OTHER\", \"label\": \"b\"}]}}", false,
            "$.ask", "choices[1].category"),
        Arguments.of("a blank answer", HEAD + "\"ask\": {\"question\": \"Q?\", \"reason\": \"R\", \"choices\": ["
            + "{\"category\": \"OTHER\", \"label\": \" \"}]}}", false, "$.ask", "label: must not be blank"),
        Arguments.of("no way to say it frightens me", HEAD + "\"ask\": {\"question\": \"Q?\", \"reason\": \"R\", "
            + "\"choices\": [{\"category\": \"OTHER\", \"label\": \"Something else\"}]}}", true,
            "$.ask.choices", "no THREAT_HARASSMENT answer"),
        Arguments.of("no question for a locale", HEAD + "\"locale\": \"de\", \"scripts\": [{\"id\": \"de-restate-1\", "
            + "\"audience\": \"EX\", \"purpose\": \"SELF_CARE\", \"text\": \"Du schaffst das.\"}]}", true,
            "$.scripts[0] (de-restate-1)", "no question for locale \"de\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void isRefusedNamingThePlace(String kind, String json, boolean overDefaults, String place, String what) {
    ContentPackException e = refuse(json, overDefaults);
    assertThat(e).as(kind).isNotNull();
    assertThat(e.problems()).as(kind).anySatisfy(p -> assertThat(p).contains(place).containsIgnoringCase(what));
  }

  @Test
  void everyWrongValueOfAFileIsReportedInOnePassInTheAuthorsTerms() {
    ContentPackException e = refuse(HEAD
        + "\"scripts\": [{\"id\": \"s1\", \"audience\": \"EXX\", \"purpose\": \"RESTATE\", \"text\": \"a\"},"
        + " {\"id\": \"s2\", \"audience\": \"EX\", \"purpose\": \"STATE_BOUNDAR\", \"text\": \"b\", \"mood\": 1},"
        + " {\"id\": \"s3\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", \"text\": [\"c\"]}],"
        + " \"rules\": [{\"id\": \"r\", \"when\": {\"ladder\": [\"NOPE\"]}, \"then\": {\"action\": \"REPLY\"}}]}", false);

    assertThat(e.problems()).hasSize(5);
    assertThat(e.problems().get(0)).startsWith("broken.json: $.scripts[0].audience: \"EXX\" is not one of EX, FRIEND, SELF");
    assertThat(e.problems().get(1)).startsWith("broken.json: $.scripts[1].purpose: \"STATE_BOUNDAR\" is not one of "
        + "STATE_BOUNDARY, RESTATE, FINAL_NOTICE,");
    assertThat(e.problems().get(2)).startsWith("broken.json: $.scripts[1].mood: unknown property \"mood\"; expected one of ")
        .contains("audience, categories, id,");
    assertThat(e.problems().get(3)).startsWith("broken.json: $.scripts[2].text: expected a string, but found a list");
    assertThat(e.problems().get(4)).startsWith("broken.json: $.rules[0].when.ladder[0]: \"NOPE\" is not one of NOT_STATED,");
    assertThat(String.join("\n", e.problems())).doesNotContain("Cannot", "java.", "Enum class", "`", "required");
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    ContentPackException e = refuse(HEAD
        + "\"strategies\": [{\"id\": \"a\"}], \"resources\": [{\"id\": \"r\", \"regions\": [], \"kind\": \"EMERGENCY\", "
        + "\"name\": \"N\", \"contact\": \"911\", \"lastChecked\": \"2026-01-01\"}]}", false);
    assertThat(e.problems()).containsExactly(
        "broken.json: $.strategies[0].title: required (in a)",
        "broken.json: $.strategies[0].summary: required (in a)",
        "broken.json: $.resources[0] (r): resource r.regions: must not be empty");
  }

  @Test
  void aManifestCannotPointOutsideItsFolder() {
    ContentPackException e = catchThrowableOfType(ContentPackException.class, () -> ContentPack.load(name -> {
      if (name.equals(ContentSource.MANIFEST)) {
        return new ByteArrayInputStream((HEAD + "\"files\": [\"../secret.json\", \"/etc/passwd\"]}").getBytes(StandardCharsets.UTF_8));
      }
      throw new AssertionError("the loader must not open " + name);
    }));
    assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("not a plain .json file name"));
  }
}

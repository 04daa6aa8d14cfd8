package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.Action;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.spi.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireFormatTest {

  private static final String ISSUE_EXAMPLE = """
      {"id": "s1", "boundary": {"level": "LOGISTICS_ONLY", "topics": ["CHILDREN"], "channels": ["TEXT", "EMAIL"],
       "exName": "Sam", "reasons": ["I need space to heal"], "region": "US", "locale": "en", "timeZone": "America/Chicago"},
       "history": [{"at": "2026-10-01T15:00:00Z", "channel": "TEXT", "category": "FRIENDSHIP_CHECK_IN",
                    "response": {"action": "REPLY", "step": "STATE_BOUNDARY"}}],
       "contact": {"at": "2026-10-03T20:00:00Z", "channel": "TEXT", "text": "can u do pickup tues?"}}
      """.replace('\n', ' ');

  private static String minimal(String contact) {
    return "{\"id\": \"m\", \"boundary\": {\"level\": \"NO_CONTACT\"}, \"contact\": " + contact + "}";
  }

  private static WireFormatException error(String line) {
    return catchThrowableOfType(WireFormatException.class, () -> WireFormat.readAdviseRequest(line));
  }

  @Test
  void readsTheIssueExample() {
    AdviseRequest request = WireFormat.readAdviseRequest(ISSUE_EXAMPLE);

    assertThat(request.id()).isEqualTo(RequestId.of("s1"));
    BoundaryPlan plan = request.plan();
    assertThat(plan.level()).isEqualTo(ContactLevel.LOGISTICS_ONLY);
    assertThat(plan.topics()).containsExactly(Topic.CHILDREN);
    assertThat(plan.channels()).containsExactlyInAnyOrder(Channel.TEXT, Channel.EMAIL);
    assertThat(plan.exName()).contains("Sam");
    assertThat(plan.reasons()).containsExactly("I need space to heal");
    assertThat(plan.region()).contains("US");
    assertThat(plan.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(plan.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(plan.exMaySeeDevices()).as("missing means false").isFalse();
    assertThat(request.history().entries()).singleElement().satisfies(e -> {
      assertThat(e.contact().category()).contains(ContactCategory.FRIENDSHIP_CHECK_IN);
      assertThat(e.response().orElseThrow()).isEqualTo(UserResponse.of(Action.REPLY, EscalationStep.STATE_BOUNDARY));
    });
    assertThat(request.contact().text()).contains("can u do pickup tues?");
    assertThat(request.contact().at()).isEqualTo(Instant.parse("2026-10-03T20:00:00Z"));
  }

  @Test
  void anAdviseRequestRoundTrips() {
    Contact earlier = Contact.builder().at(Instant.parse("2026-10-01T15:00:00Z")).channel(Channel.CALL)
        .category(ContactCategory.NOSTALGIA_HOOVER).build();
    Contact now = Contact.builder().at(Instant.parse("2026-10-02T15:00:00Z")).channel(Channel.TEXT)
        .text("Pickup at 5? İyi akşamlar \"ok\"\nline two").category(ContactCategory.LEGITIMATE_LOGISTICS)
        .topic(Topic.CHILDREN).safety(Safety.NONE).matter("Saturday's pickup").build();
    AdviseRequest request = new AdviseRequest(
        RequestId.of("r-1"),
        BoundaryPlan.builder().level(ContactLevel.LIMITED).addTopics(Topic.PETS, Topic.CHILDREN)
            .addChannels(Channel.TEXT).exName("Sam").addReasons("heal", "move on").addChildren("Noor")
            .addPets("Biscuit").region("GB").exMaySeeDevices(true).addPlatforms("whatsapp", "iphone")
            .locale(Locale.forLanguageTag("en-GB")).timeZone(ZoneId.of("Europe/London")).build(),
        ContactHistory.of(List.of(
            HistoryEntry.of(earlier, UserResponse.builder().action(Action.REPLY).step(EscalationStep.STATE_BOUNDARY)
                .scriptId("state-boundary-2").build()),
            HistoryEntry.unanswered(earlier))),
        now,
        Optional.of(org.boundarykit.LogisticsAnswer.builder().reply(org.boundarykit.LogisticsReply.DECLINE)
            .alternative("Sunday at 5").detail("the new time").build()));

    String line = WireFormat.writeAdviseRequest(request);

    assertThat(line).doesNotContain("\n").startsWith("{\"id\":\"r-1\",\"boundary\":")
        .contains("\"children\":[\"Noor\"],\"pets\":[\"Biscuit\"]");
    assertThat(line).contains("\"platforms\":[\"iphone\",\"whatsapp\"]")
        .endsWith("\"answer\":{\"reply\":\"DECLINE\",\"alternative\":\"Sunday at 5\",\"detail\":\"the new time\"}}");
    assertThat(WireFormat.readAdviseRequest(line)).isEqualTo(request);
  }

  @Test
  void anAnswerIsReadWithItsErrorsWhereTheyAre() {
    String base = "{\"id\": 3, \"boundary\": {\"level\": \"LOGISTICS_ONLY\", \"topics\": [\"CHILDREN\"]},"
        + " \"contact\": {\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"text\": \"swap weekends?\"}, ";
    AdviseRequest ok = WireFormat.readAdviseRequest(base + "\"answer\": {\"reply\": \"ACCEPT\", \"time\": \"Sat 10\"}}");
    assertThat(ok.answer()).hasValueSatisfying(a -> {
      assertThat(a.reply()).isEqualTo(org.boundarykit.LogisticsReply.ACCEPT);
      assertThat(a.time()).contains("Sat 10");
    });
    Recommendation advice = ok.recommend(ContentPack.defaults().engine());
    assertThat(WireFormat.writeAdvice(ok.id(), advice)).contains("\"reply\":\"ACCEPT\"").contains("Sat 10");
    assertThatThrownBy(() -> WireFormat.readAdviseRequest(base + "\"answer\": {\"time\": \"Sat 10\"}}"))
        .isInstanceOf(WireFormatException.class).hasMessageStartingWith("$.answer.reply: required");
    assertThatThrownBy(() -> WireFormat.readAdviseRequest(base + "\"answer\": {\"reply\": \"ACCEPT\", \"place\": \" \"}}"))
        .isInstanceOf(WireFormatException.class).hasMessageStartingWith("$.answer.place: must not be blank");
  }

  /**
   * What an app that keeps its history as JSON lines sends: each earlier contact with the action
   * and the scriptId of the advice it followed, no step. The ladder climbs to a block.
   */
  @Test
  void aHistoryOfScriptIdsAloneClimbsToABlockOverTheWire() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder history = new StringBuilder();
    List<String> actions = new java.util.ArrayList<>();
    for (int i = 0; i < 10 && !actions.contains("BLOCK"); i++) {
      String at = Instant.parse("2026-10-01T10:00:00Z").plusSeconds(3600L * i).toString();
      String contact = "{\"at\": \"" + at + "\", \"channel\": \"TEXT\", \"category\": \"NOSTALGIA_HOOVER\"}";
      String line = "{\"id\": " + i + ", \"boundary\": {\"level\": \"NO_CONTACT\", \"exName\": \"Sam\"},"
          + " \"history\": [" + history + "], \"contact\": " + contact + "}";
      AdviseRequest request = WireFormat.readAdviseRequest(line);
      com.fasterxml.jackson.databind.JsonNode advice =
          json.readTree(WireFormat.writeAdvice(request.id(), request.recommend(ContentPack.defaults().engine())));
      String action = advice.get("action").asText();
      actions.add(action);
      String response = "{\"action\": \"" + action + "\""
          + (advice.get("scriptId").isNull() ? "" : ", \"scriptId\": \"" + advice.get("scriptId").asText() + "\"") + "}";
      history.append(history.length() == 0 ? "" : ", ")
          .append(contact, 0, contact.length() - 1).append(", \"response\": ").append(response).append("}");
    }
    assertThat(actions).startsWith("REPLY", "REPLY", "REPLY").endsWith("BLOCK");
  }

  @Test
  void aClassifyRequestRoundTrips() {
    ClassifyRequest full = new ClassifyRequest(RequestId.of(7), "can't sleep, thinking of u",
        Optional.of(Instant.parse("2026-10-03T06:30:00Z")), Optional.of(ZoneId.of("America/Chicago")),
        Optional.of(Locale.ENGLISH));
    ClassifyRequest bare = new ClassifyRequest("m1", "hi");

    assertThat(WireFormat.readClassifyRequest(WireFormat.writeClassifyRequest(full))).isEqualTo(full);
    assertThat(WireFormat.readClassifyRequest(WireFormat.writeClassifyRequest(bare))).isEqualTo(bare);
    assertThat(full.context().sentAt().orElseThrow().getHour()).isEqualTo(1);
    assertThat(bare.context().sentAt()).isEmpty();
  }

  @Test
  void numberIdsAreEchoedAsNumbersAndStringIdsAsStrings() {
    AdviseRequest number = WireFormat.readAdviseRequest(
        minimal("{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\"}").replace("\"m\"", "42"));
    AdviseRequest text = WireFormat.readAdviseRequest(
        minimal("{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\"}").replace("\"m\"", "\"42\""));

    assertThat(number.id()).isEqualTo(RequestId.of(42));
    assertThat(text.id()).isEqualTo(RequestId.of("42"));
    assertThat(WireFormat.writeError(number.id(), "x")).isEqualTo("{\"id\":42,\"error\":\"x\"}");
    assertThat(WireFormat.writeError(text.id(), "x")).isEqualTo("{\"id\":\"42\",\"error\":\"x\"}");
    assertThat(WireFormat.writeError(null, "x")).isEqualTo("{\"id\":null,\"error\":\"x\"}");
    assertThatThrownBy(() -> new RequestId("1}, \"x\": {", true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numberIdsComeBackExactlyAsWrittenWhateverTheirSize() {
    String line = minimal("{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\"}");
    for (String written : new String[] {"-0", "1.50", "1e2", "1E-400", "1e400", "-1e309", "12345678901234567890"}) {
      AdviseRequest request = WireFormat.readAdviseRequest(line.replace("\"m\"", written));
      assertThat(request.id()).as(written).isEqualTo(new RequestId(written, true));
      assertThat(WireFormat.writeError(request.id(), "x")).as(written).isEqualTo("{\"id\":" + written + ",\"error\":\"x\"}");
    }
  }

  @Test
  void unknownTopLevelFieldsAreIgnoredButNestedOnesAreErrors() {
    String withExpect = ISSUE_EXAMPLE.replace("{\"id\": \"s1\",",
        "{\"id\": \"s1\", \"mode\": \"text\", \"expect\": {\"action\": [\"REPLY\"]},");
    assertThat(WireFormat.readAdviseRequest(withExpect).id().value()).isEqualTo("s1");

    WireFormatException inContact = error(minimal("{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", \"mood\": 1}"));
    assertThat(inContact.getMessage()).startsWith("$.contact").contains("mood");
    assertThat(inContact.id()).contains(RequestId.of("m"));

    WireFormatException inBoundary = error(ISSUE_EXAMPLE.replace("\"exName\"", "\"nickname\""));
    assertThat(inBoundary.getMessage()).startsWith("$.boundary").contains("nickname");

    WireFormatException inHistory = error(ISSUE_EXAMPLE.replace("\"category\": \"FRIENDSHIP", "\"kind\": 1, \"category\": \"FRIENDSHIP"));
    assertThat(inHistory.getMessage()).startsWith("$.history[0]").contains("kind");
  }

  @Test
  void aLineThatGoesOnAfterItsObjectKeepsItsIdAndSyntaxErrorsSpeakPlainly() {
    WireFormatException trailing = error("{\"id\": 1.50, \"text\": \"hi\"} and more");
    assertThat(trailing.id()).contains(new RequestId("1.50", true));
    assertThat(trailing.getMessage()).isEqualTo("$: the line goes on after its JSON object (from column 27); send one object per line");

    assertThat(error("{\"id\": \"a\", \"text\": \"hi\"").getMessage())
        .startsWith("$: the text ends before the JSON does (a {, [ or \" is not closed)");
    assertThat(error("{'id': 3}").getMessage()).startsWith("$: unexpected ''' where a property name in double quotes belongs");
    assertThat(error("{\"id\": True}").getMessage()).startsWith("$: \"True\" is not JSON");
    for (String bad : List.of("{\"id\": \"a\"", "{'id': 3}", "{\"id\": True}", "hello", "{\"id\": \"b\" \"x\": 1}")) {
      assertThat(error(bad).getMessage()).as(bad).doesNotContain("Source").doesNotContain("REDACTED")
          .doesNotContain("was expecting").doesNotContain("code ");
    }
  }

  @Test
  void everyWrongValueOfALineIsReportedAtOnce() {
    WireFormatException e = error("{\"id\": 7, \"boundary\": {\"level\": \"NO_CONTAKT\"}, \"contact\": "
        + "{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"SMS\", \"safety\": \"HIGH\"}}");

    assertThat(e.getMessage()).contains("$.boundary.level: \"NO_CONTAKT\" is not one of NO_CONTACT,")
        .contains("; $.contact.channel: \"SMS\" is not one of TEXT, CALL,")
        .contains("; $.contact.safety: \"HIGH\" is not one of NONE, CONCERN, URGENT")
        .doesNotContain("Cannot").doesNotContain("java.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"at": "2026-10-01T15:00:00Z"}                          | $.contact.channel: required
      {"channel": "TEXT"}                                     | $.contact.at: required
      {"at": "yesterday", "channel": "TEXT"}                  | $.contact.at: not an ISO-8601 instant
      {"at": "2026-10-01T15:00:00Z", "channel": "SMS"}        | $.contact.channel:
      {"at": "2026-10-01T15:00:00Z", "channel": "TEXT", "safety": "HIGH"} | $.contact.safety:
      {"at": "2026-10-01T15:00:00Z", "channel": "TEXT", "text": {"a": 1}} | $.contact.text:
      """)
  void contactErrorsNameTheJsonPath(String contact, String start) {
    WireFormatException e = error(minimal(contact));
    assertThat(e.getMessage()).startsWith(start);
    assertThat(e.id()).contains(RequestId.of("m"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherErrorsNameTheJsonPathToo() {
    assertThat(error("{\"id\": \"m\", \"boundary\": {\"level\": \"NO_CONTACT\"}").getMessage()).startsWith("$: ");
    assertThat(error("{\"id\": \"m\", \"boundary\": {\"level\": \"NO_CONTACT\"}").id()).isEmpty();
    assertThat(error("[1, 2]").getMessage()).isEqualTo("$: expected a JSON object, but got array");
    assertThat(error("").getMessage()).isEqualTo("$: expected a JSON object, but got nothing");
    assertThat(error("{\"boundary\": {}}").getMessage()).isEqualTo("$.id: required");
    assertThat(error("{\"id\": true}").getMessage()).startsWith("$.id: expected a string or a number");
    assertThat(error("{\"id\": 1, \"contact\": {}}").getMessage()).isEqualTo("$.boundary: required");
    assertThat(error("{\"id\": 1, \"boundary\": {}}").getMessage()).isEqualTo("$.boundary.level: required");
    assertThat(error("{\"id\": 1, \"boundary\": {\"level\": \"NO_CONTACT\"}}").getMessage()).isEqualTo("$.contact: required");
    assertThat(error(minimal("{}").replace("\"NO_CONTACT\"}", "\"NO_CONTACT\", \"region\": \"USA\"}")).getMessage())
        .startsWith("$.boundary.region: expected an ISO 3166-1 alpha-2 code");
    assertThat(error(minimal("{}").replace("\"NO_CONTACT\"}", "\"NO_CONTACT\", \"timeZone\": \"Mars/Base\"}")).getMessage())
        .startsWith("$.boundary.timeZone: not a time zone");
    assertThat(error(ISSUE_EXAMPLE.replace("\"response\": {\"action\": \"REPLY\", ", "\"response\": {")).getMessage())
        .startsWith("$.history[0].response.action: required");
    assertThat(error(ISSUE_EXAMPLE.replace("\"topics\": [\"CHILDREN\"], ", "")).getMessage())
        .isEqualTo("$.boundary.topics: a LOGISTICS_ONLY boundary needs at least one allowed topic");
    assertThat(error(ISSUE_EXAMPLE.replace("\"category\": \"FRIENDSHIP_CHECK_IN\",", "\"matter\": \"\",")).getMessage())
        .startsWith("$.history[0].matter: ");
    String twoEntries = ISSUE_EXAMPLE.replace("\"history\": [", "\"history\": [{\"at\": \"2026-10-02T15:00:00Z\", \"channel\": \"TEXT\"}, ");
    assertThat(error(twoEntries).getMessage()).startsWith("$.history[1].at: 2026-10-01T15:00:00Z is earlier than the entry before it");
    // a delayed contact (sent before the last history entry) is read and advised, never refused
    AdviseRequest delayed = WireFormat.readAdviseRequest(ISSUE_EXAMPLE.replace("2026-10-03T20", "2026-09-03T20"));
    assertThat(delayed.contact().at()).isEqualTo(Instant.parse("2026-09-03T20:00:00Z"));
    assertThat(delayed.recommend(ContentPack.defaults().engine()).action()).isNotNull();
    assertThat(WireFormat.writeAdvice(delayed.id(), delayed.recommend(ContentPack.defaults().engine())))
        .contains("\"delayed\":true");
    assertThat(error(minimal("{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\"}").replace("}}", "}, \"id\": 2}")).getMessage())
        .startsWith("$: ").containsIgnoringCase("duplicate");
  }

  @Test
  void classifyErrorsNameTheJsonPath() {
    assertThatThrownBy(() -> WireFormat.readClassifyRequest("{\"id\": \"m1\"}")).hasMessage("$.text: required");
    assertThatThrownBy(() -> WireFormat.readClassifyRequest("{\"id\": \"m1\", \"text\": \"x\", \"at\": \"noon\"}"))
        .hasMessageStartingWith("$.at: not an ISO-8601 instant");
    assertThatThrownBy(() -> WireFormat.readClassifyRequest("{\"id\": \"m1\", \"text\": \"x\", \"timeZone\": \"Nowhere\"}"))
        .hasMessageStartingWith("$.timeZone: not a time zone");
    assertThatThrownBy(() -> WireFormat.readClassifyRequest("{\"id\": \"m1\", \"text\": [\"x\"]}"))
        .hasMessageStartingWith("$.text: ");
    assertThat(WireFormat.readClassifyRequest("{\"id\": \"m1\", \"text\": \"x\", \"extra\": 1}").text()).isEqualTo("x");
  }

  @Test
  void adviceIsWrittenWithEveryFieldInOrderAndNullsAsNull() {
    AdviseRequest request = WireFormat.readAdviseRequest(minimal(
        "{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", \"category\": \"THREAT_HARASSMENT\", \"safety\": \"URGENT\"}"));
    Recommendation advice = request.recommend(ContentPack.defaults().engine());

    String line = WireFormat.writeAdvice(request.id(), advice);

    assertThat(line).doesNotContain("\n");
    assertThat(fieldOrder(line)).containsExactly("id", "action", "step", "category", "topic", "safety", "script",
        "scriptId", "reply", "alternatives", "followUps", "techSteps", "selfCare", "support", "resources", "strategies", "notice",
        "question", "explanation", "winningRule", "matchedRules", "reason", "ladder", "classified", "cues", "given",
        "category", "safety", "reading", "raisedBy", "delayed");
    assertThat(line).contains("\"given\":{\"category\":\"THREAT_HARASSMENT\",\"safety\":\"URGENT\"},\"reading\":null,"
        + "\"raisedBy\":[],\"delayed\":false}");
    assertThat(line).startsWith("{\"id\":\"m\",\"action\":\"CONTACT_EMERGENCY_SERVICES\",\"step\":\"LEGAL\","
        + "\"category\":\"THREAT_HARASSMENT\",\"topic\":null,\"safety\":\"URGENT\",\"script\":null,\"scriptId\":null,\"reply\":null,");
    assertThat(line).contains("\"resources\":[{\"name\":").contains("\"lastChecked\":\"20");
    assertThat(line).contains("\"explanation\":{\"winningRule\":\"urgent-threat\"");
  }

  @Test
  void anUnsureReadingCarriesTheQuestionAndNoScript() throws Exception {
    AdviseRequest request = WireFormat.readAdviseRequest(minimal(
        "{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", \"text\": \"\ud83d\ude42\"}"));
    String line = WireFormat.writeAdvice(request.id(), request.recommend(ContentPack.defaults().engine()));
    com.fasterxml.jackson.databind.JsonNode reply = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
    assertThat(reply.get("action").asText()).isEqualTo("ASK_USER");
    assertThat(reply.get("script").isNull()).isTrue();
    assertThat(reply.get("step").isNull()).isTrue();
    assertThat(reply.get("question").get("text").asText()).isEqualTo("What is this message about?");
    com.fasterxml.jackson.databind.JsonNode choices = reply.get("question").get("choices");
    assertThat(choices.size()).isEqualTo(ContactCategory.values().length);
    assertThat(choices.get(0).fieldNames()).toIterable().containsExactly("category", "safety", "label");
    assertThat(choices).anySatisfy(c -> {
      assertThat(c.get("category").asText()).isEqualTo("THREAT_HARASSMENT");
      assertThat(c.get("safety").asText()).isEqualTo("CONCERN");
    });
    assertThat(reply.get("explanation").get("winningRule").asText()).isEqualTo("ask-user");
    assertThat(reply.get("explanation").get("reading").get("confidence").isNumber()).isTrue();
  }

  @Test
  void theExplanationShowsTheGivenLabelsTheReadingAndWhatRaisedTheFloor() throws Exception {
    AdviseRequest request = WireFormat.readAdviseRequest("{\"id\": \"m\", \"boundary\": {\"level\": \"NO_CONTACT\"}, "
        + "\"history\": [{\"at\": \"2026-10-01T12:00:00Z\", \"channel\": \"TEXT\", \"category\": \"THREAT_HARASSMENT\", "
        + "\"safety\": \"CONCERN\"}], \"contact\": {\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", "
        + "\"text\": \"can we still be friends?\", \"category\": \"FRIENDSHIP_CHECK_IN\", \"safety\": \"NONE\"}}");
    String line = WireFormat.writeAdvice(request.id(), request.recommend(ContentPack.defaults().engine()));
    com.fasterxml.jackson.databind.JsonNode why = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("explanation");
    assertThat(why.get("given").get("category").asText()).isEqualTo("FRIENDSHIP_CHECK_IN");
    assertThat(why.get("given").get("safety").asText()).isEqualTo("NONE");
    assertThat(why.get("reading").get("category").asText()).isEqualTo("FRIENDSHIP_CHECK_IN");
    assertThat(why.get("raisedBy").get(0).asText()).isEqualTo("raised to CONCERN: a CONCERN contact 3 hours earlier");
    assertThat(line).contains("\"question\":null");
  }

  @Test
  void aReplyCarriesTheScriptAndItsAlternatives() {
    AdviseRequest request = WireFormat.readAdviseRequest(minimal(
        "{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", \"category\": \"FRIENDSHIP_CHECK_IN\"}")
        .replace("\"NO_CONTACT\"}", "\"NO_CONTACT\", \"exName\": \"Sam\"}"));
    Recommendation advice = request.recommend(ContentPack.defaults().engine());

    String line = WireFormat.writeAdvice(request.id(), advice);

    assertThat(line).contains("\"action\":\"REPLY\",\"step\":\"STATE_BOUNDARY\"")
        .contains("\"scriptId\":\"" + advice.script().orElseThrow().scriptId() + "\"")
        .contains("\"alternatives\":[{\"scriptId\":");
  }

  @Test
  void aClassificationIsWrittenInOrder() {
    Classification c = Classification.builder().category(ContactCategory.LATE_NIGHT).safety(Safety.NONE)
        .confidence(0.75).addCues("u up").build();
    assertThat(WireFormat.writeClassification(RequestId.of("m1"), c))
        .isEqualTo("{\"id\":\"m1\",\"category\":\"LATE_NIGHT\",\"topic\":null,\"safety\":\"NONE\",\"confidence\":0.75,\"cues\":[\"u up\"],\"signals\":[],\"asks\":null}");
    Classification asking = Classification.builder().from(c).asks(true).build();
    assertThat(WireFormat.writeClassification(RequestId.of("m1"), asking)).endsWith(",\"asks\":true}");
  }

  private static List<String> fieldOrder(String line) {
    List<String> names = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[{,]\"([A-Za-z]+)\":").matcher(line);
    while (m.find()) {
      if (!List.of("name", "contact", "kind", "description", "lastChecked", "title", "summary", "text").contains(m.group(1))
          && !(m.group(1).equals("id") && !names.isEmpty()) && !(m.group(1).equals("scriptId") && names.contains("scriptId"))) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}

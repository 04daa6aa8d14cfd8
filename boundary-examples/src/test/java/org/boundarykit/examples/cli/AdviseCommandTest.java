package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.boundarykit.Action;
import org.boundarykit.ContactCategory;
import org.boundarykit.EscalationStep;
import org.boundarykit.Safety;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {

  private static String request(String id, String contact) {
    return "{\"id\": " + id + ", \"boundary\": {\"level\": \"NO_CONTACT\", \"exName\": \"Sam\", \"region\": \"US\"}, "
        + "\"contact\": " + contact + "}";
  }

  private static final String GOOD =
      request("\"s1\"", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"category\": \"FRIENDSHIP_CHECK_IN\"}");

  @Test
  void oneShotPrintsOneReadableRecommendation() {
    Cli.Result r = Cli.run("", "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "--category", "FRIENDSHIP_CHECK_IN",
        "--at", "2026-10-02T20:00:00Z", "--time-zone", "America/Chicago", "hey, can we still be friends?").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Next step: Reply once, with the message below  [REPLY, step STATE_BOUNDARY]")
        .contains("\nSend this:\n  ").contains("Sam").contains("(script state-boundary-")
        .contains("\nOr in other words:\n  1. ")
        .contains("\nWhy: ").contains("Read as FRIENDSHIP_CHECK_IN, safety NONE").contains("; ladder: NOT_STATED; rule: ")
        .contains("Rests on: ");
  }

  @Test
  void theReadmeCommandWorksOnTextAlone() {
    Cli.Result r = Cli.run("", "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "hey, u up?").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Next step: ").contains("\nWhy: ");
  }

  @Test
  void aChildsNameMakesAMessageAboutTheChildrenAndABlankOneIsRefusedByItsOption() {
    Cli.Result r = Cli.run("", "advise", "--level", "LOGISTICS_ONLY", "--topic", "CHILDREN", "--child", "Noor",
        "--ex-name", "Sam", "--category", "LEGITIMATE_LOGISTICS", "Noor has her swimming kit, she's all set").noStackTrace();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("From the text: ").contains(" about CHILDREN");
    assertThat(r.out()).contains("[NO_REPLY]");

    Cli.Result bad = Cli.run("", "advise", "--level", "NO_CONTACT", "--child", " ", "hi").noStackTrace();
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--child");
  }

  @Test
  void anUrgentThreatShowsTheRegionsHelpLinesAndTheNotice() {
    Cli.Result r = Cli.run("", "advise", "--level", "no_contact", "--region", "us", "--category", "THREAT_HARASSMENT",
        "--safety", "URGENT", "I", "know", "where", "you", "live");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Next step: Contact emergency services or a crisis line  [CONTACT_EMERGENCY_SERVICES")
        .contains("Help is there for you:\n  - ").contains("911").contains("(checked 20")
        .doesNotContain("Send this:")
        .contains("\nNote: ");
  }

  @Test
  void aLogisticsMessageOnAnAllowedTopicGetsABriefAnswer() {
    Cli.Result r = Cli.run("", "advise", "--level", "LOGISTICS_ONLY", "--topic", "CHILDREN", "--channel", "TEXT",
        "--channel", "EMAIL", "--ex-name", "Sam", "--category", "LEGITIMATE_LOGISTICS", "--about", "CHILDREN",
        "--matter", "Tuesday's pickup", "can u do pickup tues?");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Next step: Reply on the practical matter only, briefly  [REPLY_LOGISTICS]")
        .contains("Read as LEGITIMATE_LOGISTICS about CHILDREN");
  }

  @Test
  void pipedMessagesCarryTheHistoryAssumingTheAdviceWasFollowed() {
    Cli.Result r = Cli.run("miss you\n\nplease talk to me\nI can't stop thinking about us\nhello??\n",
        "advise", "--level", "NO_CONTACT", "--category", "NOSTALGIA_HOOVER");

    assertThat(r.code()).isZero();
    assertThat(r.lines()).filteredOn(l -> l.startsWith("> ")).containsExactly(
        "> miss you", "> please talk to me", "> I can't stop thinking about us", "> hello??");
    assertThat(r.lines()).filteredOn(l -> l.startsWith("Next step: ")).extracting(l -> l.substring(l.indexOf('[')))
        .containsExactly("[REPLY, step STATE_BOUNDARY]", "[REPLY, step RESTATE]", "[REPLY, step FINAL_NOTICE]",
            "[NO_REPLY, step NO_RESPONSE]");
  }

  @Test
  void jsonlAnswersEveryLineInOrderWithErrorLinesForBadOnes() throws Exception {
    String input = String.join("\n",
        GOOD,
        "{\"id\": \"broken\", ",
        request("\"u\"", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"mood\": \"sad\"}"),
        "",
        request("\"m\"", "{\"channel\": \"TEXT\", \"category\": \"OTHER\"}"),
        request("\"e\"", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"PIGEON\"}"),
        "   ",
        request("7", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"category\": \"THREAT_HARASSMENT\", "
            + "\"safety\": \"URGENT\"}"))
        + "\n";

    Cli.Result r = Cli.run(input, "advise", "--jsonl").noStackTrace();

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    List<JsonNode> out = r.json();
    assertThat(out).hasSize(6);
    assertThat(out.get(0).get("id").asText()).isEqualTo("s1");
    assertThat(out.get(0).get("action").asText()).isEqualTo(Action.REPLY.name());
    assertThat(out.get(0).get("step").asText()).isEqualTo(EscalationStep.STATE_BOUNDARY.name());
    assertThat(out.get(0).has("error")).isFalse();

    assertThat(out.get(1).get("id").isNull()).isTrue();
    assertThat(out.get(1).get("error").asText()).startsWith("$: ");
    assertThat(out.get(2).get("id").asText()).isEqualTo("u");
    assertThat(out.get(2).get("error").asText()).startsWith("$.contact.mood: unknown property \"mood\"");
    assertThat(out.get(3).get("id").asText()).isEqualTo("m");
    assertThat(out.get(3).get("error").asText()).isEqualTo("$.contact.at: required");
    assertThat(out.get(4).get("id").asText()).isEqualTo("e");
    assertThat(out.get(4).get("error").asText()).startsWith("$.contact.channel: ").contains("PIGEON");

    assertThat(out.get(5).get("id").isNumber()).isTrue();
    assertThat(out.get(5).get("id").asInt()).isEqualTo(7);
    assertThat(out.get(5).get("action").asText()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES.name());
    assertThat(out.get(5).get("safety").asText()).isEqualTo(Safety.URGENT.name());
    assertThat(out.get(5).get("resources")).isNotEmpty();
    assertThat(out.get(5).get("resources").get(0).get("lastChecked").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    int[] inputLines = {0, 2, 3, 5, 6}; // the blank line 4 is skipped and gets no reply
    for (int i = 1; i <= 4; i++) {
      // an error reply holds the id, the number of its input line and the error, nothing else
      assertThat(out.get(i).fieldNames()).toIterable().as("error line %s", i).containsExactly("id", "line", "error");
      assertThat(out.get(i).get("line").asInt()).as("error line %s", i).isEqualTo(inputLines[i]);
    }
  }

  @Test
  void aHugeNumberIdNeverEndsTheBatch() {
    String huge = request("1e400", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"text\": \"hi\"}");
    String urgent = request("2", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\","
        + " \"text\": \"I'm outside your door with a knife\"}");
    Cli.Result r = Cli.run(huge + "\n" + urgent + "\n", "advise", "--jsonl");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("internal error");
    assertThat(r.json()).hasSize(2);
    assertThat(r.out()).startsWith("{\"id\":1e400,");
    assertThat(r.json().get(1).get("action").asText()).isEqualTo(Action.CONTACT_EMERGENCY_SERVICES.name());
  }

  @Test
  void jsonlRepliesHaveEveryFieldInOrder() {
    Cli.Result r = Cli.run(GOOD + "\n", "advise", "--jsonl");

    assertThat(r.code()).isZero();
    JsonNode reply = r.json().get(0);
    assertThat(reply.fieldNames()).toIterable().containsExactly("id", "action", "step", "category", "topic", "safety",
        "script", "scriptId", "reply", "alternatives", "followUps", "techSteps", "selfCare", "support", "resources", "strategies",
        "notice", "question", "explanation");
    assertThat(reply.get("explanation").fieldNames()).toIterable()
        .containsExactly("winningRule", "matchedRules", "reason", "ladder", "classified", "cues", "given", "reading",
            "raisedBy", "delayed");
    assertThat(reply.get("question").isNull()).isTrue();
    assertThat(reply.get("topic").isNull()).isTrue();
    assertThat(reply.get("category").asText()).isEqualTo(ContactCategory.FRIENDSHIP_CHECK_IN.name());
    assertThat(reply.get("script").asText()).contains("Sam");
    assertThat(reply.get("alternatives").get(0).fieldNames()).toIterable().containsExactly("scriptId", "text", "reply");
    assertThat(reply.get("strategies").get(0).fieldNames()).toIterable().containsExactly("id", "title", "summary");
  }

  @Test
  void jsonlCarriesTheHistoryGivenInTheLineAndIgnoresUnknownTopLevelFields() {
    String line = "{\"id\": \"s2\", \"mode\": \"structured\", \"expect\": {\"action\": [\"REPLY\"]}, "
        + "\"boundary\": {\"level\": \"NO_CONTACT\"}, \"history\": [{\"at\": \"2026-10-01T15:00:00Z\", \"channel\": \"TEXT\", "
        + "\"category\": \"FRIENDSHIP_CHECK_IN\", \"response\": {\"action\": \"REPLY\", \"step\": \"STATE_BOUNDARY\", "
        + "\"scriptId\": \"state-boundary-1\"}}], "
        + "\"contact\": {\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"category\": \"NOSTALGIA_HOOVER\"}}";

    Cli.Result r = Cli.run(line + "\n", "advise", "--jsonl");

    assertThat(r.code()).isZero();
    JsonNode reply = r.json().get(0);
    assertThat(reply.get("step").asText()).isEqualTo("RESTATE");
    assertThat(reply.get("explanation").get("ladder").asText()).isEqualTo("STATED");
  }

  @Test
  void jsonlWritesEachReplyAsSoonAsItsLineIsRead() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)); // buffered: needs flush
    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> BoundaryCli.run(new String[] {"advise", "--jsonl"},
        new Terminal(stdin, out, new PrintWriter(new StringWriter()), false)));

    feed.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    feed.flush();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!stdout.toString(StandardCharsets.UTF_8).contains("\"id\":\"s1\"") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(stdout.toString(StandardCharsets.UTF_8)).as("first reply before the input ends").contains("\"id\":\"s1\"");
    assertThat(code).isNotDone();

    feed.write((GOOD.replace("\"s1\"", "\"s2\"") + "\n").getBytes(StandardCharsets.UTF_8));
    feed.close();
    assertThat(code.get(20, TimeUnit.SECONDS)).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void jsonlTakesNoBoundaryOptions() {
    Cli.Result r = Cli.run("", "advise", "--jsonl", "--level", "NO_CONTACT").noStackTrace();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("--jsonl reads the boundary and the message from each line, so it takes no --level");
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() {
    Cli.Result badLevel = Cli.run("", "advise", "--level", "SOMETIMES", "hi").noStackTrace();
    assertThat(badLevel.code()).isEqualTo(2);
    assertThat(badLevel.err()).startsWith("Invalid value for option '--level'").contains("Try 'boundary advise --help'");

    Cli.Result noLevel = Cli.run("", "advise", "hi").noStackTrace();
    assertThat(noLevel.code()).isEqualTo(2);
    assertThat(noLevel.err()).startsWith("Missing --level");

    Cli.Result badRegion = Cli.run("", "advise", "--level", "NO_CONTACT", "--region", "USA", "hi").noStackTrace();
    assertThat(badRegion.code()).isEqualTo(2);
    assertThat(badRegion.err()).startsWith("Invalid boundary: --region: expected an ISO 3166-1 alpha-2 code");

    Cli.Result noTopic = Cli.run("", "advise", "--level", "LOGISTICS_ONLY", "hi").noStackTrace();
    assertThat(noTopic.code()).isEqualTo(2);
    assertThat(noTopic.err()).startsWith("Invalid boundary: --topic: a LOGISTICS_ONLY boundary needs at least one");

    Cli.Result badZone = Cli.run("", "advise", "--level", "NO_CONTACT", "--time-zone", "Mars/Base", "hi").noStackTrace();
    assertThat(badZone.code()).isEqualTo(2);
    assertThat(badZone.err()).contains("not a time zone");
  }

  @Test
  void aBadOverlayPackListsItsProblemsAndExitsWithOne(@TempDir Path dir) throws IOException {
    Path pack = dir.resolve("bad.json");
    Files.writeString(pack, "{\"schemaVersion\": 1, \"id\": \"bad\", \"version\": \"0.1.0\", \"description\": \"x\", "
        + "\"locales\": [\"en\"], \"scripts\": [{\"id\": \"b\", \"audience\": \"EX\", \"purpose\": \"RESTATE\", \"tone\": \"warm\"}]}");

    Cli.Result r = Cli.run("", "advise", "--pack", pack.toString(), "--level", "NO_CONTACT", "hi").noStackTrace();

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("boundary: the content pack has").contains(pack.toString()).contains("tone");

    Cli.Result missing = Cli.run("", "advise", "--pack", dir.resolve("nope.json").toString(), "--level", "NO_CONTACT", "hi");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.json: no such file or folder");
  }

  @Test
  void anOverlayPackIsUsed() throws Exception {
    Path pack = Path.of(AdviseCommandTest.class.getResource("/org/boundarykit/examples/own-voice-pack.json").toURI());

    Cli.Result r = Cli.run("", "advise", "--pack", pack.toString(), "--level", "NO_CONTACT", "--category",
        "FRIENDSHIP_CHECK_IN", "how are you?");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(script ch-state-");
  }

  @Test
  void interactiveSetsTheBoundaryThenCarriesTheHistoryWithWhatTheUserDid() {
    String answers = String.join("\n",
        "x",                 // not a choice: asked again
        "2",                 // LOGISTICS_ONLY
        "",                  // a topic is required: asked again
        "children, pets",    // topics
        "text, EMAIL",       // channels
        "Sam",               // name
        "I need space to heal; I want to move on",
        "us",                // region
        "Mars/Olympus",      // not a time zone: asked again
        "America/Chicago",   // time zone
        "maybe",             // not y or n: asked again
        "n",                 // the ex cannot see the phone
        "I miss us",         // message 1
        "",                  // end of the message
        "",                  // arrived by TEXT (the default)
        "r",                 // replied with the script
        "please talk to me", // message 2
        "",
        "text",
        "n",                 // did nothing
        "why won't you answer",
        "",
        "",
        "1",                 // sent the first other wording
        "")                  // empty message: end
        + "\n";

    Cli.Result r = Cli.interactive(answers, "advise", "--category", "NOSTALGIA_HOOVER").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"x\" is not one of the choices.").contains("Name at least one.")
        .contains("Could your ex see your phone or accounts").contains("Please answer y or n.")
        .contains("\"Mars/Olympus\" is not one of the choices.").contains("Your time zone, such as")
        .contains("Your boundary: LOGISTICS_ONLY, about CHILDREN, PETS, by TEXT, EMAIL, with Sam, region US")
        .contains("Your reasons: I need space to heal; I want to move on")
        .contains("What did you do?").contains("Noted. 3 messages so far.")
        .contains("Take care of yourself.");
    // stated (r), nothing (n: the ladder stays), so the third message restates
    assertThat(r.lines()).filteredOn(l -> l.startsWith("Next step: ")).extracting(l -> l.substring(l.indexOf('[')))
        .containsExactly("[REPLY, step STATE_BOUNDARY]", "[REPLY, step RESTATE]", "[REPLY, step RESTATE]");
  }

  @Test
  void whenTheExMaySeeThePhoneASafetyPlanComesBeforeAnythingTheyCouldNotice() {
    Cli.Result plain = Cli.run("", "advise", "--level", "NO_CONTACT", "--region", "US", "--category", "THREAT_HARASSMENT",
        "--safety", "CONCERN", "i know where you were last night").noStackTrace();
    Cli.Result seen = Cli.run("", "advise", "--level", "NO_CONTACT", "--region", "US", "--category", "THREAT_HARASSMENT",
        "--safety", "CONCERN", "--ex-sees-phone", "i know where you were last night").noStackTrace();

    List<String> plainSteps = techSteps(plain.out());
    List<String> seenSteps = techSteps(seen.out());
    assertThat(plainSteps.get(0)).startsWith("Before you block them or change anything they could notice");
    assertThat(plainSteps.get(plainSteps.size() - 1)).startsWith("Block the number");
    assertThat(seenSteps).hasSize(plainSteps.size() + 1);
    assertThat(seenSteps.get(1)).startsWith("If they may be able to see your phone or accounts");
    assertThat(seen.out()).contains("National Domestic Violence Hotline");
  }

  @Test
  void aHintOfSelfHarmPointsToHelpAndOffersOnlyOptionalWordsThatDoTheSame() {
    Cli.Result r = Cli.run("", "advise", "--level", "NO_CONTACT", "--region", "GB", "--category", "SELF_HARM_THREAT",
        "--safety", "CONCERN", "not sure whats the point of anything lately").noStackTrace();

    assertThat(r.out()).startsWith("Next step: Contact emergency services or a crisis line  [CONTACT_EMERGENCY_SERVICES]")
        .contains("Samaritans: 116 123").contains("\nIf you choose to answer, send only this:\n")
        .contains("(script point-to-help-").doesNotContain("[BLOCK]").doesNotContain("[SEEK_LEGAL_HELP]")
        .contains("rule: self-harm-concern");
  }

  private static List<String> techSteps(String out) {
    String block = out.substring(out.indexOf("Let technology help:"));
    block = block.substring(0, block.indexOf("\n\n"));
    return block.lines().skip(1).map(l -> l.replaceFirst("^\\s*- ", "")).toList();
  }

  @Test
  void anUnreadableMessagePrintsTheQuestionAndNoScript() {
    Cli.Result r = Cli.run("", "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "\ud83d\ude42").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Next step: Say what this message is about; nothing is sent yet  [ASK_USER]")
        .contains("\nWhat is this message about?\n   1. Something practical we really have to sort out  [LEGITIMATE_LOGISTICS]")
        .contains("It frightens me, or I feel unsafe  [THREAT_HARASSMENT, CONCERN]")
        .contains("Run the command again with your answer as --category")
        .doesNotContain("Send this:")
        .contains("rule: ask-user.");
  }

  @Test
  void theExplanationShowsTheGivenLabelsAndTheReading() {
    Cli.Result r = Cli.run("", "advise", "--level", "NO_CONTACT", "--category", "FRIENDSHIP_CHECK_IN", "--safety", "NONE",
        "--at", "2026-10-03T14:00:00Z", "--time-zone", "UTC", "can we still be friends?").noStackTrace();

    assertThat(r.out()).contains("\n  Given: category FRIENDSHIP_CHECK_IN, safety NONE.\n")
        .contains("\n  From the text: FRIENDSHIP_CHECK_IN, safety NONE, confidence ");
  }

  @Test
  void jsonlCarriesTheQuestionForAnUnreadableMessage() {
    Cli.Result r = Cli.run(request("1", "{\"at\": \"2026-10-03T20:00:00Z\", \"channel\": \"TEXT\", \"text\": \"\"}") + "\n",
        "advise", "--jsonl");

    assertThat(r.code()).isZero();
    JsonNode reply = r.json().get(0);
    assertThat(reply.get("action").asText()).isEqualTo(Action.ASK_USER.name());
    assertThat(reply.get("script").isNull()).isTrue();
    assertThat(reply.get("question").get("text").asText()).isEqualTo("What is this message about?");
    assertThat(reply.get("question").get("choices").get(0).fieldNames()).toIterable()
        .containsExactly("category", "safety", "label");
  }

  @Test
  void interactiveAsksWhatAnUnreadableMessageIsAboutThenAdvisesWithTheAnswer() {
    String answers = String.join("\n",
        "\ud83d\ude42",          // message 1: nothing to read
        "",                  // end of the message
        "",                  // arrived by TEXT
        "x",                 // not a number: asked again
        "3",                 // checking in, or asking to be friends
        "",                  // followed the advice
        "\ud83d\ude42",          // message 2
        "",
        "",
        "10",                // it frightens me, or I feel unsafe
        "",
        "")
        + "\n";
    Cli.Result r = Cli.interactive(answers, "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "--reason", "heal",
        "--region", "US").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Your answer (1-11): ").contains("Please answer with a number from 1 to 11.")
        .contains("Noted. 2 messages so far.");
    assertThat(r.lines()).filteredOn(l -> l.startsWith("Next step: ")).extracting(l -> l.substring(l.indexOf('[')))
        .containsExactly("[ASK_USER]", "[REPLY, step STATE_BOUNDARY]", "[ASK_USER]", "[DOCUMENT, step DOCUMENT]");
    assertThat(r.out()).contains("Given: category THREAT_HARASSMENT, safety CONCERN.");
  }

  @Test
  void interactiveAsksForTheAnswerToAPracticalQuestionAndFillsItIn() {
    String answers = String.join("\n",
        "can we swap weekends? I need the 14th", // message
        "",                  // end of the message
        "",                  // arrived by TEXT
        "x",                 // not an answer: asked again
        "d",                 // decline
        "the 14th",          // the time that does not work
        "the weekend of the 21st", // the alternative
        "",                  // did what was advised
        "")                  // end
        + "\n";
    Cli.Result r = Cli.interactive(answers, "advise", "--level", "LOGISTICS_ONLY", "--topic", "CHILDREN",
        "--channel", "TEXT", "--ex-name", "Sam", "--reason", "heal", "--region", "GB",
        "--category", "LEGITIMATE_LOGISTICS", "--about", "CHILDREN").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Choose what to answer (nothing is agreed until you do):")
        .contains("Please answer a, s, d or c, or press Enter.")
        .contains("Send this:")
        .contains("the weekend of the 21st")
        .contains("Noted. 1 message so far.");
  }

  @Test
  void aStrayEnterDoesNotEndTheSessionUnlessTheUserSaysSo() {
    String answers = String.join("\n",
        "miss you",          // message 1
        "",                  // end of the message
        "",                  // by TEXT
        "",                  // did what was advised
        "",                  // a stray Enter at the message prompt
        "n",                 // do not end
        "still miss you",    // message 2
        "",
        "",                  // by TEXT
        "",                  // did what was advised
        "",                  // Enter
        "y")                 // end
        + "\n";
    Cli.Result r = Cli.interactive(answers, "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "--reason", "heal",
        "--region", "GB", "--category", "NOSTALGIA_HOOVER").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("End the session? [y/N]: ").contains("Noted. 2 messages so far.")
        .contains("Take care of yourself.");
    assertThat(r.lines()).filteredOn(l -> l.startsWith("Next step: ")).hasSize(2);
  }

  @Test
  void aPastedMessageOfSeveralLinesStaysOneMessage() {
    String answers = String.join("\n",
        "hey it's me",       // a message of three lines, pasted
        "I'm sitting outside your building in the car",
        "come down now or I'm coming up",
        "",                  // end of the message
        "",                  // arrived by TEXT
        "",                  // did what was advised
        "",                  // empty message
        "y")                 // end
        + "\n";
    Cli.Result r = Cli.interactive(answers, "advise", "--level", "NO_CONTACT", "--ex-name", "Sam", "--reason", "heal",
        "--region", "GB").noStackTrace();

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("press Enter on an empty line to end it").contains("Noted. 1 message so far.")
        .doesNotContain("is not one of the choices");
    assertThat(r.lines()).filteredOn(l -> l.startsWith("Next step: ")).singleElement().asString()
        .contains("[CONTACT_EMERGENCY_SERVICES");
  }

  @Test
  void interactiveAsksOnlyWhatTheOptionsLeftOpen() {
    Cli.Result r = Cli.interactive("hello\n\nCALL\n\n\n", "advise", "--level", "NO_CONTACT", "--ex-name", "Sam",
        "--reason", "heal", "--region", "GB", "--category", "FRIENDSHIP_CHECK_IN");

    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("What contact, if any").doesNotContain("Their name")
        .contains("Your boundary: NO_CONTACT, with Sam, region GB")
        .contains("Message from Sam: ").contains("Next step: ");
  }

  @Test
  void interactiveStopsCleanlyWhenInputEnds() {
    Cli.Result r = Cli.interactive("1\n", "advise").noStackTrace();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Stopped before the boundary was set.");
  }
}

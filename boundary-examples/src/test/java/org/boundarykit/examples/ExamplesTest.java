package org.boundarykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example's main method and checks what it prints, so the examples cannot rot. */
@Isolated // replaces System.out while an example runs
class ExamplesTest {

  private static String run(Consumer<String[]> main) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The "-> ACTION (STEP)" of every advice line. */
  private static List<String> outcomes(String output) {
    Matcher m = Pattern.compile("-> ([A-Z_]+(?: \\([A-Z_]+\\))?)").matcher(output);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void quickStart() {
    List<String> lines = run(QuickStart::main).lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("REPLY (STATE_BOUNDARY)");
    assertThat(lines.get(1)).contains("Sam").doesNotContain("{").doesNotContain("[");
    assertThat(lines.get(2)).startsWith("Why: ");
  }

  @Test
  void weekOfMessagesClimbsTheLadderToABlockAndADocumentationStep() {
    String out = run(WeekOfMessages::main);

    assertThat(outcomes(out)).containsExactly(
        "REPLY (STATE_BOUNDARY)", "REPLY (RESTATE)", "REPLY (FINAL_NOTICE)",
        "NO_REPLY (NO_RESPONSE)", "NO_REPLY (NO_RESPONSE)",
        "MUTE (MUTE)", "MUTE (MUTE)",
        "BLOCK (BLOCK)",
        "DOCUMENT (DOCUMENT)");
    List<String> sent = out.lines().filter(l -> l.contains("-> REPLY")).map(l -> l.substring(l.indexOf(": ") + 2)).toList();
    assertThat(sent).hasSize(3).doesNotHaveDuplicates();
    assertThat(out).contains("Then: [SEEK_LEGAL_HELP]\n  - ")
        .contains("For you: ").contains("I want to heal; I don't want to repeat the same pattern");
  }

  @Test
  void coParentingAnswersLogisticsAndHoldsEverythingElse() {
    String out = run(CoParenting::main);

    assertThat(outcomes(out)).containsExactly(
        "REPLY_LOGISTICS", "REPLY_LOGISTICS", "REPLY (STATE_BOUNDARY)", "REPLY (RESTATE)", "REPLY_LOGISTICS");
    assertThat(out.lines().filter(l -> l.contains("-> REPLY_LOGISTICS: "))).hasSize(3);
    assertThat(out).doesNotContain("{matter}").doesNotContain("{exName}");
  }

  @Test
  void ownVoicePackSpeaksInTheAppsVoice() {
    List<String> lines = run(OwnVoicePack::main).lines().toList();

    assertThat(lines.get(0)).startsWith("Pack: boundarykit-default@").endsWith(" + calm-harbour-voice@1.0.0");
    assertThat(lines.get(1)).isEqualTo("REPLY (STATE_BOUNDARY)");
    assertThat(lines.get(2)).startsWith("Send (ch-state-");
    assertThat(lines.get(3)).startsWith("For you: ").containsAnyOf("Breathe out slowly", "cup of tea", "short walk");
  }

  @Test
  void chainedClassifierUsesTheAppsModelWhereItKnowsBest() {
    String out = run(ChainedClassifier::main);

    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).startsWith("    read as LEGITIMATE_LOGISTICS about PETS").contains("app model: \"vet\"");
    assertThat(lines.get(2)).startsWith("    -> REPLY_LOGISTICS: ");
    assertThat(lines.get(3)).isEqualTo("\"I still love you.\"");
    assertThat(lines.get(4)).startsWith("    read as ");
  }
}

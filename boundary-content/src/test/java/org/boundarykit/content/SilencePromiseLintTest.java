package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.junit.jupiter.api.Test;

/**
 * No script before the final notice promises silence: the ladder may still have the user reply,
 * and a promise not kept is the empty threat the boundary advice warns against.
 */
class SilencePromiseLintTest {

  private static ContentPack overlay(String json) {
    return ContentPack.defaults().with(
        ContentPack.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json"));
  }

  @Test
  void theShippedScriptsBeforeTheFinalNoticePromiseNoSilence() {
    ContentPack pack = ContentPack.defaults();
    assertThat(pack.lint()).isEmpty();
    List<Script> early = pack.scripts().stream()
        .filter(s -> s.purpose() == ScriptPurpose.STATE_BOUNDARY || s.purpose() == ScriptPurpose.RESTATE)
        .toList();
    assertThat(early).hasSizeGreaterThan(20)
        .noneSatisfy(s -> assertThat(s.text().toLowerCase()).containsAnyOf("won't reply", "won't be replying",
            "won't respond", "not going to respond", "won't answer"));
  }

  @Test
  void aStateBoundaryScriptThatPromisesSilenceIsReportedWithWhereItIs() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["en"], "locale": "en", "scripts": [
          {"id": "mine-1", "audience": "EX", "purpose": "STATE_BOUNDARY",
           "text": "I need space. I WON'T   be replying, ever."}]}
        """);
    assertThat(pack.lint()).containsExactly(
        "mine.json: $.scripts[0] (mine-1): a STATE_BOUNDARY script promises silence (\"won't be replying\"), but the"
            + " ladder may still have the user reply; say what you will do instead (\"I'll only answer about ...\","
            + " \"please don't contact me\")");
  }

  @Test
  void aFinalNoticeMayPromiseIt() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["en"], "locale": "en", "scripts": [
          {"id": "mine-final", "audience": "EX", "purpose": "FINAL_NOTICE",
           "text": "This is my last message. I won't reply to anything after this."}]}
        """);
    assertThat(pack.lint()).isEmpty();
  }

  @Test
  void aLanguageWithScriptsButNoPhrasesIsReported() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["nl"], "locale": "nl", "scripts": [
          {"id": "nl-1", "audience": "EX", "purpose": "STATE_BOUNDARY", "text": "Ik heb ruimte nodig."}]}
        """);
    assertThat(pack.lint()).anySatisfy(p -> assertThat(p)
        .startsWith("mine.json: $.scripts[0] (nl-1): no silencePhrases for locale \"nl\""));
  }

  @Test
  void anOverlayAddsPhrasesForItsLanguage() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["nl"], "locale": "nl", "silencePhrases": ["ik reageer niet"], "scripts": [
          {"id": "nl-1", "audience": "EX", "purpose": "RESTATE", "text": "Zoals gezegd: ik reageer niet meer."}]}
        """);
    assertThat(pack.lint()).anySatisfy(p -> assertThat(p)
        .startsWith("mine.json: $.scripts[0] (nl-1): a RESTATE script promises silence (\"ik reageer niet\")"));
  }
}

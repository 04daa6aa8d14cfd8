package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.junit.jupiter.api.Test;

/**
 * Topics and channels are named in each script's own language, from the pack's words, and never by
 * a script's own text: so a script never names a topic the plan does not allow.
 */
class WordsPackTest {

  private static final String WORDS_FR = """
      "words": {"topics": {"CHILDREN": "les enfants", "PETS": "les animaux", "HOUSING": "le logement",
                           "FINANCES": "les finances", "BELONGINGS": "les affaires", "WORK": "le travail"},
                "channels": {"TEXT": "les SMS", "CALL": "les appels", "VOICEMAIL": "les messages vocaux",
                             "EMAIL": "les e-mails", "SOCIAL_DM": "les messages privés",
                             "SOCIAL_INTERACTION": "les likes et commentaires",
                             "VIA_MUTUAL_FRIEND": "les messages par des amis", "IN_PERSON": "les visites",
                             "GIFT_OR_DELIVERY": "les cadeaux et livraisons"},
                "and": "et"}""";

  private static ContentPack overlay(String json) {
    return ContentPack.defaults().with(
        ContentPack.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json"));
  }

  @Test
  void aScriptThatNamesATopicInItsOwnWordsIsReported() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["en"], "locale": "en", "scripts": [
          {"id": "mine-1", "audience": "EX", "purpose": "STATE_BOUNDARY", "levels": ["LOGISTICS_ONLY"],
           "text": "I'll only talk about the Children from now on."}]}
        """);
    assertThat(pack.lint()).contains("mine.json: $.scripts[0] (mine-1): names the topic CHILDREN in its own words"
        + " (\"the children\"), which a plan may not allow; use {allowedTopics}, {topic} or {matter} instead");
  }

  @Test
  void aFrenchScriptNamesTheAllowedTopicsInFrench() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["fr"], "locale": "fr",
         "silencePhrases": ["je ne répondrai pas"], %s, "scripts": [
          {"id": "fr-1", "audience": "EX", "purpose": "STATE_BOUNDARY", "levels": ["LOGISTICS_ONLY"],
           "placeholders": ["allowedTopics", "channel"],
           "text": "Je garde le contact pour ce qui est pratique[ ({allowedTopics})][, et pas par {channel}]."},
          {"id": "fr-2", "audience": "EX", "purpose": "STATE_BOUNDARY", "levels": ["LOGISTICS_ONLY"],
           "placeholders": ["allowedTopics"], "text": "Seulement le pratique[ : {allowedTopics}]."},
          {"id": "fr-3", "audience": "EX", "purpose": "STATE_BOUNDARY", "levels": ["LOGISTICS_ONLY"],
           "placeholders": ["allowedTopics"], "text": "Pour le pratique seulement[ ({allowedTopics})], merci."}]}
        """.formatted(WORDS_FR));
    // the lint still wants French variants for the other rules and a French question; nothing about
    // topics named in the scripts' own words or the words themselves
    assertThat(pack.lint()).noneMatch(problem -> problem.contains("names the topic") || problem.contains("$.words"));
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.CHILDREN, Topic.PETS)
        .addChannels(Channel.EMAIL).locale(Locale.FRENCH).build();
    Contact call = Contact.builder().channel(Channel.CALL).at(Instant.parse("2026-10-01T12:00:00Z"))
        .category(ContactCategory.NOSTALGIA_HOOVER).safety(Safety.NONE).build();
    Recommendation r = pack.engine().recommend(plan, ContactHistory.empty(), call);
    assertThat(r.script()).hasValueSatisfying(s -> assertThat(s.text()).isIn(
        "Je garde le contact pour ce qui est pratique (les enfants et les animaux), et pas par les appels.",
        "Seulement le pratique : les enfants et les animaux.",
        "Pour le pratique seulement (les enfants et les animaux), merci."));
  }

  @Test
  void aScriptThatNamesATopicNeedsTheWordsOfItsLanguage() {
    ContentPack pack = overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["fr"], "locale": "fr",
         "silencePhrases": ["je ne répondrai pas"], "scripts": [
          {"id": "fr-1", "audience": "EX", "purpose": "RESTATE", "placeholders": ["topic"],
           "text": "Comme je l'ai dit[, au sujet de {topic}]."}]}
        """);
    assertThatThrownBy(pack::engine).hasMessageContaining(
        "script fr-1.text: {topic} needs the words for topics and channels in \"fr\", and the pack has none for that language");
  }

  @Test
  void wordsForEveryTopicAndChannelAreRequired() {
    assertThatThrownBy(() -> overlay("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["fr"], "locale": "fr",
         "words": {"topics": {"CHILDREN": "les enfants"}, "channels": {}, "and": "et"}}
        """).validated()).hasMessageContaining("mine.json: $.words: ")
        .hasMessageContaining("required: a word for every topic");
  }
}

package org.boundarykit.content.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.boundarykit.Audience;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Strategy;
import org.boundarykit.rules.Rule;

/** The content lint rules. Each problem names the file and JSON path of the entry. */
public final class PackLint {
  private PackLint() {}

  /** Most words in a message to the ex. */
  public static final int MAX_WORDS_EX = 40;

  /** Most words in a message to a friend. */
  public static final int MAX_WORDS_FRIEND = 60;

  /** Most words in a line for the user. */
  public static final int MAX_WORDS_SELF = 40;

  /** Most words in an answer to the question asked when a message cannot be read. */
  public static final int MAX_WORDS_CHOICE = 12;

  /** Fewest variants for every situation in which a rule sends a script. */
  public static final int MIN_VARIANTS = 3;

  /**
   * Lints a complete pack.
   *
   * @return the problems found
   */
  public static List<String> lint(
      PackParts parts, List<Rule> rules, List<Script> scripts, List<Strategy> strategies, List<SafetyResource> resources) {
    List<String> problems = new ArrayList<>();
    if (rules.isEmpty()) {
      problems.add("the pack has no rules");
    }
    for (Script script : scripts) {
      int words = words(script.text());
      int max = script.audience() == Audience.EX ? MAX_WORDS_EX
          : script.audience() == Audience.FRIEND ? MAX_WORDS_FRIEND : MAX_WORDS_SELF;
      if (words > max) {
        problems.add(parts.origin("script", script.id()) + ": " + words + " words; a script for "
            + script.audience() + " has at most " + max);
      }
    }
    Set<String> strategyIds = new HashSet<>();
    for (Strategy s : strategies) { // plain loops: lint runs cold, where each lambda is linked on first use
      strategyIds.add(s.id());
    }
    Set<String> cited = new HashSet<>();
    for (Rule rule : rules) {
      for (String id : rule.strategies()) {
        cited.add(id);
        if (!strategyIds.contains(id)) {
          problems.add(parts.origin("rule", rule.id()) + ".then.strategies: no strategy \"" + id + "\"");
        }
      }
      if (rule.script().isPresent()) {
        variants(parts, rule, scripts, problems);
      }
    }
    for (Strategy strategy : strategies) {
      if (!cited.contains(strategy.id())) {
        problems.add(parts.origin("strategy", strategy.id()) + ": no rule cites this strategy, so no user ever sees it");
      }
    }
    questions(parts, scripts, problems);
    noPromiseOfSilence(parts, scripts, problems);
    noTopicByName(parts, scripts, problems);
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    for (SafetyResource resource : resources) {
      boolean fallback = resource.regions().equals(Set.of(SafetyResource.ANY_REGION));
      if (!fallback && resource.source().isEmpty()) {
        problems.add(parts.origin("resource", resource.id()) + ".source: missing; give the address of the service's own"
            + " page the entry was checked against, so the next check knows where to look");
      } else if (resource.source().isPresent() && !resource.source().get().matches("https?://\\S+")) {
        problems.add(parts.origin("resource", resource.id()) + ".source: expected the address of a web page (http:// or"
            + " https://), but got \"" + resource.source().get() + "\"");
      }
      if (resource.lastChecked().isAfter(tomorrow)) {
        problems.add(parts.origin("resource", resource.id()) + ".lastChecked: " + resource.lastChecked() + " is in the future");
      }
    }
    return problems;
  }

  /**
   * The questions asked when a message cannot be read: one for every language the scripts are in,
   * each with a way to say "it frightens me" (a THREAT_HARASSMENT answer) and short answers. That
   * each category is offered at most once, with a label, the values check themselves.
   */
  private static void questions(PackParts parts, List<Script> scripts, List<String> problems) {
    Set<String> asked = new HashSet<>();
    for (ReadingQuestion q : parts.questions) {
      String language = Locale.forLanguageTag(q.locale()).getLanguage();
      asked.add(language);
      String where = parts.origin("ask", language);
      boolean unsafe = false;
      for (int i = 0; i < q.choices().size(); i++) {
        ReadingQuestion.Choice c = q.choices().get(i);
        unsafe |= c.category() == ContactCategory.THREAT_HARASSMENT;
        int words = words(c.label());
        if (words > MAX_WORDS_CHOICE) {
          problems.add(where + ".choices[" + i + "].label: " + words + " words; an answer has at most " + MAX_WORDS_CHOICE);
        }
      }
      if (!unsafe) {
        problems.add(where + ".choices: no THREAT_HARASSMENT answer; the user needs a way to say the message frightens"
            + " them or makes them feel unsafe");
      }
    }
    java.util.Map<String, Script> firstByLanguage = new java.util.TreeMap<>();
    for (Script s : scripts) {
      firstByLanguage.putIfAbsent(Locale.forLanguageTag(s.locale()).getLanguage(), s);
    }
    for (java.util.Map.Entry<String, Script> e : firstByLanguage.entrySet()) {
      if (!asked.contains(e.getKey())) {
        problems.add(parts.origin("script", e.getValue().id()) + ": no question for locale \"" + e.getValue().locale()
            + "\", which has scripts; add an \"ask\" section to its scripts file so a message that cannot be read is"
            + " asked about in the user's language");
      }
    }
  }

  /** Every category and level the rule can match must find at least three scripts in its best tier. */
  private static void variants(PackParts parts, Rule rule, List<Script> scripts, List<String> problems) {
    ScriptPurpose purpose = rule.script().orElseThrow();
    Set<ContactCategory> categories = rule.categories().isEmpty() ? Set.of(ContactCategory.values()) : rule.categories();
    Set<ContactLevel> levels = rule.levels().isEmpty() ? Set.of(ContactLevel.values()) : rule.levels();
    Set<String> languages = new HashSet<>();
    for (Script s : scripts) {
      languages.add(s.locale());
    }
    for (String language : languages) {
      for (ContactCategory category : ContactCategory.values()) {
        if (!categories.contains(category)) {
          continue;
        }
        for (ContactLevel level : ContactLevel.values()) {
          if (!levels.contains(level)) {
            continue;
          }
          int best = -1;
          int count = 0;
          for (Script s : scripts) {
            if (!s.locale().equals(language) || s.purpose() != purpose
                || (!s.categories().isEmpty() && !s.categories().contains(category))
                || (!s.levels().isEmpty() && !s.levels().contains(level))) {
              continue;
            }
            int score = (s.categories().isEmpty() ? 0 : 2) + (s.levels().isEmpty() ? 0 : 1);
            if (score > best) {
              best = score;
              count = 0;
            }
            if (score == best) {
              count++;
            }
          }
          if (count < MIN_VARIANTS) {
            problems.add(parts.origin("rule", rule.id()) + ": " + count + " " + purpose + " script(s) in \"" + language
                + "\" for " + category + " under " + level + "; at least " + MIN_VARIANTS
                + " variants are needed so the same words are never sent twice in a row");
          }
        }
      }
    }
  }

  /** The script purposes sent before the final notice: none of them may promise silence. */
  private static final Set<ScriptPurpose> BEFORE_FINAL_NOTICE =
      Set.of(ScriptPurpose.STATE_BOUNDARY, ScriptPurpose.RESTATE, ScriptPurpose.LOGISTICS, ScriptPurpose.FRIENDLY);

  /**
   * No script before the final notice promises silence: the ladder may still have the user reply,
   * and a promise not kept teaches the ex that the user's words don't hold. Each language's phrases
   * come from the pack (a scripts file's {@code silencePhrases}); a language with scripts of those
   * purposes and no phrases is reported too.
   */
  private static void noPromiseOfSilence(PackParts parts, List<Script> scripts, List<String> problems) {
    Set<String> reported = new HashSet<>();
    for (Script script : scripts) {
      if (!BEFORE_FINAL_NOTICE.contains(script.purpose())) {
        continue;
      }
      String language = java.util.Locale.forLanguageTag(script.locale()).getLanguage();
      Set<String> phrases = parts.silencePhrases.get(language);
      if (phrases == null || phrases.isEmpty()) {
        if (reported.add(language)) {
          problems.add(parts.origin("script", script.id()) + ": no silencePhrases for locale \"" + script.locale()
              + "\"; add the phrases that promise silence in that language to its scripts file, so that no"
              + " script before the final notice can promise it");
        }
        continue;
      }
      String text = " " + phraseKey(script.text()) + " ";
      for (String phrase : phrases) {
        if (text.contains(" " + phrase + " ")) {
          problems.add(parts.origin("script", script.id()) + ": a " + script.purpose() + " script promises silence (\""
              + phrase + "\"), but the ladder may still have the user reply; say what you will do instead"
              + " (\"I'll only answer about ...\", \"please don't contact me\")");
          break;
        }
      }
    }
  }

  /**
   * No script to the ex names a practical topic in its own words: a topic comes only through
   * {@code {topic}}, {@code {matter}} or {@code {allowedTopics}}, so a script never names a topic the
   * plan does not allow. The words are the locale's own ({@code words.topics} of its scripts file).
   */
  private static void noTopicByName(PackParts parts, List<Script> scripts, List<String> problems) {
    for (Script script : scripts) {
      if (script.audience() != org.boundarykit.Audience.EX) {
        continue;
      }
      org.boundarykit.Wording words = parts.wordings.get(java.util.Locale.forLanguageTag(script.locale()).getLanguage());
      if (words == null) {
        continue;
      }
      String text = " " + phraseKey(script.text().replaceAll("\\{[A-Za-z]+\\}", " ")) + " ";
      for (Map.Entry<org.boundarykit.Topic, String> e : words.topics().entrySet()) {
        String topic = phraseKey(e.getValue());
        if (!topic.isEmpty() && text.contains(" " + topic + " ")) {
          problems.add(parts.origin("script", script.id()) + ": names the topic " + e.getKey() + " in its own words (\""
              + e.getValue() + "\"), which a plan may not allow; use {allowedTopics}, {topic} or {matter} instead");
          break;
        }
      }
    }
  }

  /** A phrase as it is matched: lower case, letters and digits only, single spaces. */
  public static String phraseKey(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = true;
    String lower = text.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '\'') {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /** Words in a template, with the optional-part brackets removed. */
  static int words(String template) {
    String text = template.replace("[", " ").replace("]", " ").trim();
    if (text.isEmpty()) {
      return 0;
    }
    // what text.split("\\s+").length gives, without compiling the pattern for every script: the
    // trimmed text starts and ends with a non-space, so words are one more than the runs of spaces
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }
}

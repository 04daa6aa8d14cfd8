package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.boundarykit.internal.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static String norm(String text) {
    return String.join(" ", TextNormalizer.tokens(text));
  }

  @Test
  void runsUnderTheTurkishLocaleLikeTheBuild() {
    // surefire sets -Duser.language=tr; the normaliser must not depend on it
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    assertThat(norm("I MISS YOU")).isEqualTo(norm("i miss you"));
    assertThat(norm("KILL")).isEqualTo("kil");
    assertThat(norm("İstanbul")).isEqualTo(norm("istanbul"));
  }

  @Test
  void foldsCompatibilityFormsAccentsAndQuotes() {
    assertThat(TextNormalizer.fold("ｍｉｓｓ ｙｏｕ")).isEqualTo("miss you");
    assertThat(TextNormalizer.fold("café naïve")).isEqualTo("cafe naive");
    assertThat(TextNormalizer.fold("it’s “fine” – ok")).isEqualTo("it's \"fine\" - ok");
  }

  @Test
  void dropsZeroWidthBidiAndControlCharacters() {
    assertThat(norm("ki\u200Bll\u200D yo\u202Eu")).isEqualTo(norm("kill you"));
    assertThat(norm("mi\u0000ss\u0007 you\uFEFF")).isEqualTo(norm("miss you"));
    assertThat(norm("so\u00ADrry")).isEqualTo(norm("sorry"));
    assertThat(norm("miss \uD800you")).isEqualTo(norm("miss you"));
  }

  @Test
  void collapsesRepeatedLettersSoLongAndShortSpellingsMatch() {
    assertThat(norm("sooo")).isEqualTo(norm("so"));
    assertThat(norm("soooooo")).isEqualTo(norm("so"));
    assertThat(norm("plzzzz")).isEqualTo(norm("please"));
    assertThat(norm("I misssss youuuu")).isEqualTo(norm("i miss you"));
    assertThat(norm("goooood")).isEqualTo(norm("good"));
  }

  @Test
  void expandsContractionsWithAndWithoutApostrophes() {
    assertThat(norm("don't")).isEqualTo(norm("dont")).isEqualTo(norm("do not"));
    assertThat(norm("I won't")).isEqualTo(norm("i wont")).isEqualTo(norm("I will not"));
    assertThat(norm("can't")).isEqualTo(norm("cannot")).isEqualTo(norm("can not"));
    assertThat(norm("I'll")).isEqualTo(norm("ill")).isEqualTo(norm("i will"));
    assertThat(norm("I’m")).isEqualTo(norm("im")).isEqualTo(norm("i am"));
    assertThat(norm("you're")).isEqualTo(norm("ur")).isEqualTo(norm("you are")).isEqualTo(norm("your"));
  }

  @Test
  void expandsTextingAbbreviations() {
    assertThat(norm("u up")).isEqualTo(norm("you up"));
    assertThat(norm("r u ok")).isEqualTo(norm("are you ok"));
    assertThat(norm("ily")).isEqualTo(norm("i love you"));
    assertThat(norm("wyd")).isEqualTo(norm("what are you doing"));
    assertThat(norm("hbu")).isEqualTo(norm("how about you"));
    assertThat(norm("idk")).isEqualTo(norm("i don't know"));
    assertThat(norm("rn")).isEqualTo(norm("right now"));
    assertThat(norm("bc")).isEqualTo(norm("because"));
    assertThat(norm("pls")).isEqualTo(norm("plz")).isEqualTo(norm("please"));
    assertThat(norm("thx")).isEqualTo(norm("thanks"));
    assertThat(norm("ppl")).isEqualTo(norm("people"));
    assertThat(norm("tmrw")).isEqualTo(norm("tomorrow"));
    assertThat(norm("bday")).isEqualTo(norm("birthday"));
  }

  @Test
  void keepsMeaningfulEmojiAsNamedTokens() {
    assertThat(TextNormalizer.tokens("miss u ❤️")).endsWith(":heart:");
    assertThat(TextNormalizer.tokens("<3")).containsExactly(":heart:");
    assertThat(TextNormalizer.tokens("😭😭")).containsExactly(":crying:", ":crying:");
    assertThat(TextNormalizer.tokens(":'(")).containsExactly(":crying:");
    assertThat(TextNormalizer.tokens("🔪")).containsExactly(":knife:");
    assertThat(TextNormalizer.tokens("🔫🏽")).containsExactly(":gun:");
    assertThat(TextNormalizer.tokens(":knife:")).containsExactly(":knife:");
    // a family emoji sequence: the zero-width joiners go, the people stay as tokens
    assertThat(TextNormalizer.tokens("👨\u200D👩\u200D👧")).hasSize(3);
  }

  @Test
  void punctuationBecomesBoundaries() {
    assertThat(TextNormalizer.tokens("hey. u up?")).containsExactly("hey", ".", "you", "up", "?");
    assertThat(TextNormalizer.tokens("fine, whatever!!!")).containsExactly("fine", ",", "whatever", ".");
    assertThat(TextNormalizer.tokens("self-harm")).containsExactly("self", "harm");
    assertThat(TextNormalizer.tokens("...")).isEmpty();
  }

  @Test
  void aRunOfCombiningMarksIsCutAtThirty() {
    // spacing marks survive folding, so the cut shows: 40 Devanagari AA signs keep 30
    String devanagari = TextNormalizer.fold("\u0915" + "\u093E".repeat(40) + " x");
    assertThat(devanagari).isEqualTo("\u0915" + "\u093E".repeat(30) + " x");
    // dropped characters do not break a run; a space or a line break starts a new one
    assertThat(TextNormalizer.fold("\u0915" + "\u093E\u200B".repeat(40)))
        .isEqualTo("\u0915" + "\u093E".repeat(30));
    assertThat(TextNormalizer.fold("\u0915" + "\u093E".repeat(20) + " " + "\u093E".repeat(20)))
        .isEqualTo("\u0915" + "\u093E".repeat(20) + " " + "\u093E".repeat(20));
    assertThat(TextNormalizer.fold("\u0915" + "\u093E".repeat(20) + "\n" + "\u093E".repeat(20) + "\t" + "\u093E".repeat(20)))
        .isEqualTo("\u0915" + "\u093E".repeat(20) + "\n" + "\u093E".repeat(20) + " " + "\u093E".repeat(20));
    // Thai AM decomposes to a mark and a vowel: the vowels after the thirtieth are cut too
    assertThat(TextNormalizer.fold("\u0E01" + "\u0E33".repeat(40))).isEqualTo("\u0E01" + "\u0E32".repeat(30));
    // halfwidth sound marks count as marks, and a letter after the run is kept
    assertThat(TextNormalizer.fold("\uFF76" + "\uFF9E".repeat(40) + "\u093E".repeat(5) + "a"))
        .isEqualTo("\u30AB" + "a");
    assertThat(TextNormalizer.fold("\u0915" + "\u093E".repeat(30))).isEqualTo("\u0915" + "\u093E".repeat(30));
  }
}

package org.boundarykit.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The single-pass tokeniser against the normaliser it replaced ({@link ReferenceNormalizer}): the
 * same fold, the same tokens, and token ids that are exactly the vocabulary ids of those tokens.
 */
class TextNormalizerEquivalenceTest {

  /** A vocabulary that knows some of the words the texts below produce, and not others. */
  private static final Vocabulary VOCABULARY = Vocabulary.of(List.of(
      "i", "miss", "ur", "you", "kil", "myself", "never", "not", "if", ":heart:", ":crying:",
      ":small_hours:", ":time:", "wil", "can", "do", "love", "so", "god", "night", "\u2728",
      ":knife:", "cafe", "naive", "\u043f\u0440\u0438\u0432\u0435\u0442", "fine", "se"));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(200);
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(200);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("\u200B\u200D\u202E\u00AD\u0000\u0007\n\r\t\u0085\u2028\uD800\uDC00\uDFFF"
            + "'\u2019\u201C?!.,:;()<3-\u2014`_*=[]/dpDP0123456789 ")
        .withChars("abcdefghijklmnopqrstuvwxyzAIUS\u00E9\u00F1\u03A3\u0130\uFB01\uFF41")
        .withCharRange('\u0300', '\u036F')
        .ofMaxLength(120);
    Arbitrary<String> wordy = Arbitraries.of(
            "u", "r", "you", "are", "you are", "you're", "ur", "won't", "can't", "I'll", "let's",
            "it's", "rock'n'roll", "sooo", "missss", "good", "2am", "3:15", "00:40", "12.30pm",
            "9:3", "10.15am", "13pm", "never", "idk", "ily", "gn", "b-day", "self-harm", " - ", "!!!",
            "?", ".", ",", ":(", ":'(", ":-)", ";)", ":D", ":P", ":*", "<333", ":heart:", ":a_b:",
            "\u2764\uFE0F", "\uD83D\uDD2A", "\uD83D\uDE2D", "\uD83D\uDD2B\uD83C\uDFFD", "\u2728",
            "\uD83C\uDDFA\uD83C\uDDF8", "caf\u00E9", "cafe\u0301", "\uFF4D\uFF49\uFF53\uFF53",
            "\u039F\u0394\u039F\u03A3", "\u0130", "\u043F\u0440\u0438\u0432\u0435\u0442", "\u65E5\u672C",
            "\uD840\uDC00\uD840\uDC00\uD840\uDC00", "\uD840\uDC00\uD840\uDC01", "\uD83D\uDE2D\uD83D\uDE2D",
            "\uD800", "\u202E", "\u200D", "\r\n", "\t")
        .list().ofMaxSize(30)
        .map(words -> String.join(" ", words));
    Arbitrary<String> piecewise = Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('\u00A0', '\u017F')
        .withCharRange('\u0300', '\u036F')
        .withCharRange('\u2000', '\u206F')
        .withCharRange('\uFE00', '\uFE0F')
        .withCharRange('\uFF00', '\uFF65')
        .withChars("\uD83D\uD83C\uDE2D\uDD2A\uDFFD\uDDFA\uDDF8\u2764\u03A3\u0130\u0438 ?!.'")
        .ofMaxLength(80);
    return Arbitraries.oneOf(anyChars, ascii, tricky, wordy, piecewise);
  }

  @Property(tries = 2000)
  void foldsAndTokenisesLikeTheReference(@ForAll("texts") String text) {
    assertThat(TextNormalizer.fold(text)).isEqualTo(ReferenceNormalizer.fold(text));
    List<String> tokens = ReferenceNormalizer.tokens(text);
    assertThat(TextNormalizer.tokens(text)).isEqualTo(tokens);
    assertThat(TextNormalizer.tokenIds(text, VOCABULARY)).containsExactly(ids(tokens));
  }

  @Test
  void everyAsciiCharacterFoldsLikeTheReference() {
    for (char c = 0; c < 0x80; c++) {
      String text = "a" + c + "B" + c;
      assertThat(TextNormalizer.fold(text)).as("U+%04X", (int) c)
          .isEqualTo(ReferenceNormalizer.fold(text));
    }
  }

  @Test
  void everyCodePointFoldsLikeTheReferenceAmongMarksAndAccents() {
    for (int cp = 0x80; cp < 0x20000; cp++) {
      String text = "\u00C9" + new String(Character.toChars(cp)) + "\u0327e\u0301\uFE0F x";
      assertThat(TextNormalizer.fold(text)).as("U+%04X", cp)
          .isEqualTo(ReferenceNormalizer.fold(text));
    }
  }

  @Test
  void phrasesTokeniseLikeTheReference() {
    for (String phrase : List.of("miss you", "I'll kill myself", "u up?", "2am", "you are", "gn",
        "\u2764\uFE0F", ":heart:", "can't stop", "Happy B-Day!!", "self-harm")) {
      assertThat(TextNormalizer.phraseTokens(phrase)).isEqualTo(
          ReferenceNormalizer.phraseTokens(phrase));
    }
  }

  @Test
  void repeatedLettersCollapseOutsideTheBasicPlaneToo() {
    String text = "\uD840\uDC00\uD840\uDC00\uD840\uDC00 x\uD840\uDC00\uD840\uDC00";
    assertThat(TextNormalizer.tokens(text)).isEqualTo(ReferenceNormalizer.tokens(text))
        .containsExactly("\uD840\uDC00", "x\uD840\uDC00");
  }

  @Test
  void theReservedWordsHaveTheirIds() {
    assertThat(TextNormalizer.tokenIds("you are. you? ok, are", Vocabulary.RESERVED_ONLY))
        .containsExactly(Vocabulary.UR, Vocabulary.SENTENCE, Vocabulary.YOU, Vocabulary.QUESTION,
            Vocabulary.UNKNOWN, Vocabulary.CLAUSE, Vocabulary.ARE);
  }

  @Test
  void aMegabyteWordWithoutSpacesIsOneToken() {
    String big = "a".repeat(1_000_000) + "\u0301".repeat(10);
    assertThat(TextNormalizer.tokens(big)).containsExactly("a");
  }

  private static int[] ids(List<String> tokens) {
    List<Integer> ids = new ArrayList<>();
    for (String t : tokens) {
      ids.add(VOCABULARY.id(t));
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }
}

package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.boundarykit.internal.text.TextNormalizer;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.junit.jupiter.api.Test;

class CueClassifierPropertyTest {

  private static final CueClassifier REAL = ShippedCues.classifier();
  private static final ClassificationContext NO_TIME =
      ClassificationContext.of(Locale.ENGLISH, Optional.empty());

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("\u200B\u200C\u200D\u2060\uFEFF\u202E\u202D\u2066\u2069\u00AD\u0000\u0007\n\r\t"
            + "\uD800\uDC00\uDFFF\uDBFF'’“”?!.,:;()<3-—")
        .withChars("abcdefghijklmnopqrstuvwxyz IU")
        .withCharRange('\u0300', '\u036F')
        .ofMaxLength(200);
    Arbitrary<String> emoji = Arbitraries.strings()
        .withCharRange('\u2600', '\u27BF')
        .withChars("\uD83D\uDD2A\uD83D\uDD2B\uD83D\uDE2D\u2764\uFE0F\uD83C\uDFFD")
        .ofMaxLength(100);
    Arbitrary<String> wordy = Arbitraries.of(
            "i", "you", "u", "kill", "myself", "never", "not", "if", "miss", "up", "?", ".", ",",
            "hurt", "leave", "or else", "don't", "can't", "ill", "sooo", "🔪", "❤️", "<3", ":(")
        .list().ofMaxSize(40)
        .map(words -> String.join(" ", words));
    return Arbitraries.oneOf(anyChars, tricky, emoji, wordy);
  }

  @Property(tries = 500)
  void classifyNeverThrowsAndReturnsAValidResult(@ForAll("anyText") String text,
      @ForAll @IntRange(min = 0, max = 23) int hour) {
    ClassificationContext at = CueClassifierLogicTest.at(hour, 0);
    for (CueClassifier classifier : new CueClassifier[] {REAL, CueClassifierLogicTest.CLASSIFIER}) {
      for (ClassificationContext context : new ClassificationContext[] {at, NO_TIME}) {
        Classification c = classifier.classify(text, context);
        assertThat(c).isNotNull();
        assertThat(c.confidence()).isBetween(0.0, 1.0);
        assertThat(c.cues()).doesNotHaveDuplicates();
        assertThat(classifier.cues().stream().map(Cue::phrase)).containsAll(c.cues());
      }
    }
  }

  @Property(tries = 300)
  void normalisationIsStableOnItsOwnOutput(@ForAll("anyText") String text) {
    String folded = TextNormalizer.fold(text);
    assertThat(TextNormalizer.fold(folded)).isEqualTo(folded);
  }

  @Test
  void aMegabyteMessageIsReadInOnePass() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append("miss you sooo much \u200D\uD83D\uDE2D if you leave ");
    }
    big.append(" I will kill myself");
    long t0 = System.nanoTime();
    Classification c = REAL.classify(big.toString(), NO_TIME);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(c.cues()).isNotEmpty();
    assertThat(c.safety()).isEqualTo(org.boundarykit.Safety.URGENT);
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void pathologicalInputsComplete() {
    String[] inputs = {
      "", " ", "\u0000".repeat(10_000), "\uD800".repeat(5_000), "\uDC00\uD800", "?".repeat(100_000),
      "a".repeat(200_000), "\u202Ekill you\u202C", "k\u200Di\u200Dl\u200Dl", "👩‍❤️‍💋‍👨".repeat(1000),
      "<3".repeat(50_000), ":".repeat(50_000), ":aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "'".repeat(1000), "n't", "'ll", "x'", "-".repeat(1000)
    };
    for (String input : inputs) {
      Classification c = REAL.classify(input, NO_TIME);
      assertThat(c.confidence()).isBetween(0.0, 1.0);
    }
  }

  /** Messages whose reading matters most: threats, self-harm, and their negations. */
  private static final List<String> SAFETY_MESSAGES = List.of(
      "if you leave me I'll kill myself",
      "I would never hurt you",
      "I know where you live and I'm coming over",
      "I don't want to live anymore",
      "you'll regret this, watch your back",
      "I can't sleep, thinking of you at 2am",
      "can you do pickup on friday at 4pm?",
      "I miss you so much, remember our trip",
      "happy birthday! hope you're well");

  @Provide
  Arbitrary<String> disguised() {
    Arbitrary<String> message = Arbitraries.of(SAFETY_MESSAGES);
    return message.flatMap(m -> Arbitraries.integers().between(0, 6).list().ofMaxSize(4)
        .map(steps -> {
          String d = m;
          for (int step : steps) {
            d = disguise(d, step);
          }
          return m + "\u0000" + d;
        }));
  }

  /** What phones, keyboards and copy-paste do to text without changing what it says. */
  private static String disguise(String text, int how) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c >= 'a' && c <= 'z';
      switch (how) {
        case 0 -> b.append(c == '\'' ? '\u2019' : c);
        case 1 -> b.append(Character.toUpperCase(c));
        case 2 -> b.append(letter ? (char) (c - 'a' + '\uFF41') : c);
        case 3 -> b.append(c).append(letter && i + 1 < text.length()
            && Character.isLetter(text.charAt(i + 1)) ? "\u200B" : "");
        case 4 -> b.append(c).append(letter ? "\u0301" : "");
        case 5 -> b.append(c == ' ' ? "\u00A0" : String.valueOf(c));
        default -> b.append(c).append(c == ' ' ? "\uFE0F\u200D" : "");
      }
    }
    return b.toString();
  }

  @Property(tries = 300)
  void disguisesDoNotChangeTheReading(@ForAll("disguised") String pair) {
    String plain = pair.substring(0, pair.indexOf('\u0000'));
    String disguised = pair.substring(pair.indexOf('\u0000') + 1);
    Classification expected = REAL.classify(plain, NO_TIME);
    Classification got = REAL.classify(disguised, NO_TIME);
    assertThat(got.safety()).as(disguised).isEqualTo(expected.safety());
    assertThat(got).as(disguised).isEqualTo(expected);
  }

  @Test
  void safetyReadingsArePinned() {
    assertThat(REAL.classify(SAFETY_MESSAGES.get(0), NO_TIME).safety())
        .isEqualTo(org.boundarykit.Safety.URGENT);
    assertThat(REAL.classify(SAFETY_MESSAGES.get(1), NO_TIME).safety())
        .isEqualTo(org.boundarykit.Safety.NONE);
    assertThat(REAL.classify(SAFETY_MESSAGES.get(3), NO_TIME).safety())
        .isEqualTo(org.boundarykit.Safety.URGENT);
  }
}

package org.boundarykit.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Reading a message without the English texting shorthand and expanding it afterwards (what the
 * concept reader does once it knows the language) gives the tokens that reading it with the
 * shorthand gives.
 */
class ShorthandPropertiesTest {

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> word = Arbitraries.of(
        "u", "ya", "y", "r", "im", "dont", "ill", "you", "are", "gonna", "tmrw", "k", "ok", "i'm", "you're",
        "can't", "it's", "hurt", "kid", "pick", "que", "te", "mi", "hola", "ich", "dir", "Tengo", "4:40", "7pm",
        "lol", "❤", "h@rt");
    Arbitrary<String> gap = Arbitraries.of(" ", "  ", ", ", ". ", "? ", "!\n");
    return Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(12).flatMap(words ->
        gap.list().ofSize(words.size()).map(gaps -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < words.size(); i++) {
            sb.append(words.get(i)).append(gaps.get(i));
          }
          return sb.toString();
        })));
  }

  @Property(tries = 1000)
  void expandingAfterwardsIsReadingWithShorthand(@ForAll("messages") String text) {
    assertThat(TextNormalizer.expandShorthand(TextNormalizer.tokens(text, false)))
        .isEqualTo(TextNormalizer.tokens(text, true));
  }

  @Test
  void withoutShorthandSpanishWordsStayThemselves() {
    assertThat(TextNormalizer.tokens("y ya lo sabes", false)).containsExactly("y", "ya", "lo", "sabes");
    assertThat(TextNormalizer.tokens("y ya lo sabes", true)).startsWith("why", "you");
  }

  @Test
  void aMaskedVowelResolvesInTheFirstLexiconThatKnowsAWord() {
    Deobfuscator d = new Deobfuscator(List.of(Set.of("hurt"), Set.of("hart")));
    assertThat(d.clean("i will h@rt you")).isEqualTo("i will hurt you");
    Deobfuscator german = new Deobfuscator(List.of(Set.of("hart"), Set.of("hurt")));
    assertThat(german.clean("h@rt")).isEqualTo("hart");
  }
}

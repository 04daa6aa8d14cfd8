package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.spi.ClassificationContext;

/**
 * Safety invariants of the frame reader, over texts made of the small lexicon's words (short
 * enough that one inserted word never moves a slot out of the window).
 */
class MeaningPropertiesTest {

  private static final ClassificationContext EN =
      ClassificationContext.of(Locale.ENGLISH, Optional.empty());

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of("i", "you", "hurt", "hurting", "smash", "your", "car", "knife", "have",
            "bought", "cake", "lol", "tonight", "the", "and", ".", "?", "h@rt", "que", "te")
        .list().ofMaxSize(7);
  }

  @Provide
  Arbitrary<String> negations() {
    return Arbitraries.of("not", "never", "don't", "won't", "no", "wouldn't");
  }

  @Property(tries = 1000)
  void negationNeverLowersSafety(
      @ForAll("words") List<String> words, @ForAll("negations") String negation,
      @ForAll int where) {
    String text = String.join(" ", words);
    List<String> negated = new ArrayList<>(words);
    negated.add(Math.floorMod(where, words.size() + 1), negation);
    var before = MeaningClassifierTest.READER.classify(text, EN).safety();
    var after = MeaningClassifierTest.READER.classify(String.join(" ", negated), EN).safety();
    assertThat(after).as("\"%s\" vs \"%s\"", text, String.join(" ", negated)).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 500)
  void classifyingIsTotalAndRepeatable(@ForAll String text) {
    var first = MeaningClassifierTest.READER.classify(text, EN);
    assertThat(MeaningClassifierTest.READER.classify(text, EN)).isEqualTo(first);
  }
}

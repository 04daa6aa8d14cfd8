package org.boundarykit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain loops accept exactly what the patterns they replace accept. */
class IdSyntaxTest {

  private static final String ALPHABET = "aZ09._-/ \u00e9\u017f\u0130Az:$\u0661";

  private static List<String> samples() {
    List<String> out = new ArrayList<>(List.of("", "a", "A1", "-a", ".a", "_a", "a-b.c_d", "us", "US", "uS", "U",
        "USA", "a".repeat(80), "a".repeat(81), "\u017fs", "\u0130S", "\u0661"));
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(i % 10 == 0 ? 90 : 5);
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < length; k++) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void agreesWithThePatterns() {
    for (String s : samples()) {
      assertThat(IdSyntax.isId(s)).as(s).isEqualTo(s.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}"));
      assertThat(IdSyntax.isTwoLetters(s, false)).as(s).isEqualTo(s.matches("[A-Z]{2}"));
      assertThat(IdSyntax.isTwoLetters(s, true)).as(s).isEqualTo(s.matches("[A-Za-z]{2}"));
    }
  }
}

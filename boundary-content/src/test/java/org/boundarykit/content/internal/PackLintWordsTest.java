package org.boundarykit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words are counted as splitting on runs of white space counted them. */
class PackLintWordsTest {

  @Test
  void countsAsTheSplitDid() {
    String alphabet = "ab [] \t\n\u000B\f\r\u0001\u00a0\u2003{x}.";
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String template = s.toString();
      String text = template.replace("[", " ").replace("]", " ").trim();
      int expected = text.isEmpty() ? 0 : text.split("\\s+").length;
      assertThat(PackLint.words(template)).as("\"%s\"", template).isEqualTo(expected);
    }
  }
}

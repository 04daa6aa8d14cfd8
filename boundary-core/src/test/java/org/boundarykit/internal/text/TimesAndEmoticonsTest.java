package org.boundarykit.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clock times, emoticons and contractions, one reading at a time, at the edges of each form. */
class TimesAndEmoticonsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0am, :small_hours:", "2am, :small_hours:", "2a, :small_hours:", "4am, :small_hours:",
    "4:59am, :small_hours:", "12am, :small_hours:", "12:30am, :small_hours:", "00:40, :small_hours:",
    "03:15, :small_hours:", "04:59, :small_hours:", "00.10, :small_hours:",
    "5am, :time:", "7a, :time:", "11am, :time:", "7pm, :time:", "7p, :time:", "12pm, :time:", "2pm, :time:",
    "9:30, :time:", "09:30, :time:", "05:00, :time:", "3:15, :time:", "10.15am, :time:", "9:30pm, :time:",
    "24:00, :time:", "23:59, :time:", "12:00pm, :time:"
  })
  void aClockTimeIsRead(String word, String token) {
    assertThat(TextNormalizer.timeOfDay(word)).isEqualTo(token);
    assertThat(TextNormalizer.tokens("see u " + word)).containsExactly("se", "you", token);
  }

  @ParameterizedTest(name = "{0} is not a time")
  @ValueSource(strings = {"", "7", "12", "123", "13pm", "13am", "25:00", "9:3", "9:3x", "9:x0", "x9am", "7xm", "7ampm",
      "1234567890", "12:30:00", "9.5", "am", "99"})
  void aWordThatIsNotATimeIsNone(String word) {
    assertThat(TextNormalizer.timeOfDay(word)).isNull();
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(delimiter = '|', value = {
    ":)|:smile:", ":-)|:smile:", "=)|:smile:", ":D|:smile:", ":p|:smile:", ";)|:wink:", ";-)|:wink:",
    ":(|:sad:", ":-(|:sad:", ":[|:sad:", ";(|:sad:", ":'(|:crying:", ":'[|:crying:", ":*|:kiss:", ":-*|:kiss:",
    "<3|:heart:", "<333|:heart:", ":heart:|:heart:", ":broken_heart:|:broken_heart:"
  })
  void anEmoticonIsOneNamedToken(String emoticon, String token) {
    assertThat(TextNormalizer.tokens("ok " + emoticon + " bye")).containsExactly("ok", token, "bye");
  }

  @ParameterizedTest(name = "{0} is no emoticon")
  @ValueSource(strings = {":'*", ":')", ":dx", ":px", ":x", ":-", "=", ";"})
  void aNearEmoticonIsNotReadAsOne(String text) {
    assertThat(TextNormalizer.tokens("ok " + text)).doesNotContain(":smile:", ":wink:", ":kiss:", ":sad:", ":crying:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "can't|can,not", "won't|wil,not", "shan't|shal,not", "ain't|is,not", "didn't|did,not",
    "she's|she,is", "let's|let,us", "sam's|sam", "we'll|we,wil", "they're|they,are", "i've|i,have",
    "i'm|i,am", "he'd|he,would"
  })
  void aContractionIsExpanded(String word, String expected) {
    // tokens are match keys: a doubled letter counts once ("will" is "wil")
    assertThat(TextNormalizer.tokens(word)).containsExactly(expected.split(","));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"!?", "?!", "?.", ".?", "?,", ",?"})
  void aQuestionMarkOutranksOtherBoundaries(String punctuation) {
    assertThat(TextNormalizer.tokens("ok" + punctuation + "fine")).containsExactly("ok", "?", "fine");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {".,", ",.", "!,", ";,"})
  void aSentenceEndOutranksAClauseBreak(String punctuation) {
    assertThat(TextNormalizer.tokens("ok" + punctuation + "fine")).containsExactly("ok", ".", "fine");
  }
}

package org.boundarykit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fast paths give what the JDK's parsers give, and fail where they fail, with their message. */
class IsoTimesTest {

  private static List<String> samples(String... templates) {
    List<String> out = new ArrayList<>();
    Random random = new Random(42);
    String alphabet = "0123456789012345678901234567890123456789-:TZtz+ .\u0661";
    for (String template : templates) {
      out.add(template);
      for (int i = 0; i < 5_000; i++) {
        char[] s = template.toCharArray();
        for (int k = 0; k < s.length; k++) {
          if (Character.isDigit(s[k]) || random.nextInt(20) == 0) {
            s[k] = random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10));
          }
        }
        out.add(new String(s));
      }
    }
    out.addAll(List.of("", "24:00", "23:59", "00:00", "2024-02-29", "2023-02-29", "2026-12-31T23:59:60Z",
        "2026-12-31T24:00:00Z", "2026-10-01t15:00:00z", "2026-10-01T15:00:00.5Z", "+2026-10-01"));
    return out;
  }

  private static <T> void agree(List<String> texts, Function<String, T> fast, Function<String, T> jdk) {
    for (String text : texts) {
      Object expected;
      try {
        expected = jdk.apply(text);
      } catch (RuntimeException e) {
        expected = e.getClass().getName() + ": " + e.getMessage();
      }
      Object actual;
      try {
        actual = fast.apply(text);
      } catch (RuntimeException e) {
        actual = e.getClass().getName() + ": " + e.getMessage();
      }
      assertThat(actual).as(text).isEqualTo(expected);
    }
  }

  @Test
  void localTimeAsTheJdk() {
    agree(samples("23:00", "05:30", "12:00:00"), IsoTimes::localTime, LocalTime::parse);
  }

  @Test
  void localDateAsTheJdk() {
    agree(samples("2026-11-01", "2024-02-29"), IsoTimes::localDate, LocalDate::parse);
  }

  @Test
  void instantAsTheJdk() {
    agree(samples("2026-10-01T15:00:00Z", "2024-02-29T23:59:59Z"), IsoTimes::instant, Instant::parse);
  }
}

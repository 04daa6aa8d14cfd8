package org.boundarykit.content.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * {@link LocalTime#parse}, {@link LocalDate#parse} and {@link Instant#parse}, with a fast path for
 * the plain forms packs use ({@code 23:00}, {@code 2026-11-01}, {@code 2026-10-01T15:00:00Z}):
 * the first parse in a JVM sets up every ISO formatter, which costs a cold load more than all the
 * dates it reads. The fast path only takes text of exactly that form whose values are in range,
 * and gives the value the JDK gives; anything else (other forms, values out of range, a leap
 * second, 24:00) goes to the JDK's parser, which accepts or reports it as before.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** As {@link LocalTime#parse(CharSequence)}. */
  static LocalTime localTime(String text) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      int hour = digits(text, 0, 2);
      int minute = digits(text, 3, 5);
      if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59) {
        return LocalTime.of(hour, minute);
      }
    }
    return LocalTime.parse(text);
  }

  /** As {@link LocalDate#parse(CharSequence)}. */
  static LocalDate localDate(String text) {
    if (text.length() == 10 && isDate(text)) {
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException e) {
        // out of range: the parser says so in its own words
      }
    }
    return LocalDate.parse(text);
  }

  /** As {@link Instant#parse(CharSequence)}. */
  static Instant instant(String text) {
    if (text.length() == 20 && isDate(text) && text.charAt(10) == 'T' && text.charAt(13) == ':'
        && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
        try {
          LocalDateTime t = LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), hour, minute, second);
          return Instant.ofEpochSecond(t.toEpochSecond(ZoneOffset.UTC));
        } catch (DateTimeException e) {
          // out of range: the parser says so in its own words
        }
      }
    }
    return Instant.parse(text);
  }

  private static boolean isDate(String text) {
    return text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) >= 0 && digits(text, 5, 7) >= 0
        && digits(text, 8, 10) >= 0;
  }

  /** The ASCII digits from {@code start} to {@code end} as a number, or -1 if any is not one. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

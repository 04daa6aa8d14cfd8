package org.boundarykit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words an explanation uses for how long ago a contact was, and for a window. */
class HistorySafetyWordsTest {

  @ParameterizedTest
  @CsvSource({
    "PT0S, less than a minute earlier",
    "PT59S, less than a minute earlier",
    "PT1M, 1 minute earlier",
    "PT59M, 59 minutes earlier",
    "PT1H, 1 hour earlier",
    "PT3H20M, 3 hours earlier",
    "PT47H59M, 47 hours earlier",
    "PT48H, 2 days earlier",
    "P13DT23H, 13 days earlier"
  })
  void ago(Duration ago, String words) {
    assertThat(HistorySafety.ago(ago)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({
    "PT1H, hour",
    "PT2H, 2 hours",
    "P1D, day",
    "P14D, 14 days",
    "PT1M, minute",
    "PT10M, 10 minutes",
    "PT90S, 90 seconds",
    "PT1.5S, 1 second"
  })
  void span(Duration window, String words) {
    assertThat(HistorySafety.span(window)).isEqualTo(words);
  }
}

package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The engine's local time of day is the one {@code ZonedDateTime} gives, in every zone. */
class LocalTimeTest {

  private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  @Property(tries = 2000)
  void sameAsZonedDateTime(
      @ForAll @LongRange(min = -5_000_000_000L, max = 10_000_000_000L) long second,
      @ForAll @LongRange(min = 0, max = 999_999_999L) long nano,
      @ForAll @LongRange(min = 0, max = 10_000) long zone) {
    Instant at = Instant.ofEpochSecond(second, nano);
    ZoneId id = ZONES.get((int) (zone % ZONES.size()));
    assertThat(BoundaryEngine.localTime(at, id)).isEqualTo(at.atZone(id).toLocalTime());
  }
}

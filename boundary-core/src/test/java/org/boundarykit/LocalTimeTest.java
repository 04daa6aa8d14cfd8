package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The engine's local time of day is the one {@code ZonedDateTime} gives, in every zone, whatever
 * was looked up before (the engine keeps the last span between transitions per zone), and at the
 * transitions themselves.
 */
class LocalTimeTest {

  /** One engine for every try: the spans it keeps carry over from try to try. */
  private static final BoundaryEngine ENGINE = TestPolicy.engine();

  private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  @Property(tries = 2000)
  void sameAsZonedDateTime(
      @ForAll @LongRange(min = -5_000_000_000L, max = 10_000_000_000L) long second,
      @ForAll @LongRange(min = 0, max = 999_999_999L) long nano,
      @ForAll @LongRange(min = 0, max = 10_000) long zone,
      @ForAll @LongRange(min = -3_000_000L, max = 3_000_000L) long step) {
    ZoneId id = ZONES.get((int) (zone % ZONES.size()));
    Instant at = Instant.ofEpochSecond(second, nano);
    for (int i = 0; i < 4; i++) { // nearby instants, so that kept spans are reused and left
      Instant t = at.plusSeconds(step * i);
      assertThat(ENGINE.localTime(t, id)).as("%s in %s", t, id).isEqualTo(t.atZone(id).toLocalTime());
    }
    ZoneOffsetTransition next = id.getRules().nextTransition(at);
    if (next != null) {
      Instant t = next.getInstant();
      for (Instant edge : List.of(t.minusSeconds(1), t.minusNanos(1), t, t.plusNanos(1), t.plusSeconds(1), t.minusSeconds(1))) {
        assertThat(ENGINE.localTime(edge, id)).as("%s in %s", edge, id).isEqualTo(edge.atZone(id).toLocalTime());
      }
    }
  }
}

package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void ladderIsDeclaredFromWeakestToStrongest() {
    assertThat(EscalationStep.values())
        .extracting(Enum::name)
        .containsExactly(
            "STATE_BOUNDARY", "RESTATE", "FINAL_NOTICE", "NO_RESPONSE", "MUTE", "BLOCK", "DOCUMENT", "LEGAL");
  }

  @Property
  void atLeastReturnsTheMoreSevereLevel(@ForAll Safety a, @ForAll Safety b) {
    Safety max = a.atLeast(b);
    assertThat(max).isEqualTo(b.atLeast(a));
    assertThat(max.compareTo(a)).isGreaterThanOrEqualTo(0);
    assertThat(max.compareTo(b)).isGreaterThanOrEqualTo(0);
    assertThat(max).isIn(a, b);
  }
}

package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.junit.jupiter.api.Test;

class CueTest {

  @Test
  void defaults() {
    Cue cue = Cue.of("miss you", ContactCategory.NOSTALGIA_HOOVER);
    assertThat(cue.kind()).isEqualTo(Cue.Kind.CUE);
    assertThat(cue.weight()).isEqualTo(1.0);
    assertThat(cue.safety()).isEmpty();
    assertThat(cue.topic()).isEmpty();
  }

  @Test
  void checksNameTheField() {
    assertThatThrownBy(() -> Cue.builder().phrase(" ").category(ContactCategory.OTHER).build())
        .hasMessageStartingWith("cue.phrase");
    assertThatThrownBy(() -> Cue.builder().phrase("x".repeat(201)).category(ContactCategory.OTHER).build())
        .hasMessageStartingWith("cue.phrase");
    assertThatThrownBy(() -> Cue.builder().phrase("hi").category(ContactCategory.OTHER).weight(0).build())
        .hasMessageStartingWith("cue.weight");
    assertThatThrownBy(() -> Cue.builder().phrase("hi").category(ContactCategory.OTHER).weight(Double.NaN).build())
        .hasMessageStartingWith("cue.weight");
    assertThatThrownBy(() -> Cue.builder().phrase("hi").build()).hasMessageStartingWith("cue.category");
    assertThatThrownBy(() -> Cue.builder().phrase("if").kind(Cue.Kind.CONDITIONAL).topic(Topic.PETS).build())
        .hasMessageStartingWith("cue.kind");
    assertThatThrownBy(() -> Cue.builder().phrase("end it").category(ContactCategory.SELF_HARM_THREAT)
            .safety(Safety.URGENT).escalatedSafety(Safety.CONCERN).build())
        .hasMessageStartingWith("cue.escalatedSafety");
  }
}

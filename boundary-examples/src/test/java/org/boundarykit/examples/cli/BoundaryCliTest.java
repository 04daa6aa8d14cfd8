package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BoundaryCliTest {

  @Test
  void versionPrintsTheToolName() {
    StringWriter out = new StringWriter();
    int code = BoundaryCli.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(out.toString()).startsWith("boundary ");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCodeTwo() {
    StringWriter err = new StringWriter();
    int code = BoundaryCli.run(new String[] {"--no-such-option"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option");
  }
}

package org.boundarykit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    assertThat(err.toString()).contains("--no-such-option").contains("Try 'boundary --help'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "advise", "classify", "eval", "pack", "pack validate", "pack show"})
  void everyCommandHasHelp(String command) {
    String[] args = (command + " --help").strip().split(" ");
    Cli.Result r = Cli.run("", args);
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: boundary" + (command.isEmpty() ? "" : " " + command));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everySubcommandIsListedInTheTopLevelHelp() {
    Cli.Result r = Cli.run("", "--help");
    assertThat(r.out()).contains("advise").contains("classify").contains("eval").contains("pack");
    assertThat(Cli.run("", "pack", "--help").out()).contains("validate").contains("show");
  }

  @Test
  void aMissingCommandIsAUsageError() {
    Cli.Result top = Cli.run("").noStackTrace();
    assertThat(top.code()).isEqualTo(2);
    assertThat(top.err()).startsWith("Missing a command: advise, classify, eval or pack").contains("Usage: boundary");
    Cli.Result pack = Cli.run("", "pack").noStackTrace();
    assertThat(pack.code()).isEqualTo(2);
    assertThat(pack.err()).startsWith("Missing a command: validate or show");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Cli.Result r = Cli.run("", "advsie").noStackTrace();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Did you mean: boundary advise");
  }

  @Test
  void theToolFailingExitsWithFourApartFromInputWithProblems() {
    picocli.CommandLine cli = new picocli.CommandLine(new PackCommand());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));

    assertThat(BoundaryCli.failed(new java.io.IOException("stdin: closed"), cli, null)).isEqualTo(4);
    assertThat(BoundaryCli.failed(new IllegalStateException("a bug"), cli, null)).isEqualTo(4);
    assertThat(err.toString()).contains("boundary: stdin: closed").contains("internal error, please report it");
    assertThat(BoundaryCli.failed(new org.boundarykit.content.ContentPackException(java.util.List.of("p.json: $.id: required")),
        cli, null)).isEqualTo(1);
  }
}

package org.boundarykit.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.NullMarked;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code boundary} command-line tool. */
@NullMarked
@Command(
    name = "boundary",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    description = "Turns a message from an ex into a calm, consistent, safe next step.")
public final class BoundaryCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new BoundaryCli());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** Reports the version recorded in the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BoundaryCli.class.getPackage().getImplementationVersion();
      return new String[] {"boundary " + (version == null ? "(development build)" : version)};
    }
  }
}

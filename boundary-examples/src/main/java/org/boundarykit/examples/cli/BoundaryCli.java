package org.boundarykit.examples.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.boundarykit.EngineConfigurationException;
import org.boundarykit.content.ContentPackException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code boundary} command-line tool: {@code advise}, {@code classify}, {@code eval}, {@code
 * pack validate} and {@code pack show}. Exit status 0 on success, 1 when a pack or a JSON line has
 * problems, 2 on a usage error, 3 when {@code eval} cannot read its file, 4 when the tool itself
 * failed (an input it could not read, an internal error); user errors never print a stack trace.
 */
@Command(
    name = "boundary",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    description = {
      "Turns a message from an ex into a calm, consistent, safe next step, with the words to send when words are "
          + "needed, and the reason why.",
      "General guidance, not legal or clinical advice. If you are in danger now, call your local emergency number."
    },
    footer = {
      "",
      "Start with:",
      "  boundary advise --level NO_CONTACT --ex-name Sam \"hey, u up?\"",
      "  boundary advise          (at a terminal: asks about your boundary, then takes messages one by one)",
      "",
      "Exit status: 0 on success, 1 if a pack or a JSON line has problems, 2 on a usage error, 3 if eval cannot "
          + "read its file, 4 if the tool itself failed."
    })
public final class BoundaryCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  private BoundaryCli() {}

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new Terminal(
                System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                isTerminal())));
  }

  /**
   * Whether a person is typing: standard input and output are a terminal. Up to JDK 21 that is
   * {@code System.console() != null}; from JDK 22 the console exists even when input is piped, and
   * {@code Console.isTerminal()} (called reflectively, as this code targets Java 17) says it.
   */
  // The null check is the whole answer up to JDK 21; for JDK 22 and newer, isTerminal() decides.
  @SuppressWarnings("SystemConsoleNull")
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // JDK 21 or older: a console exists only for a terminal
    } catch (ReflectiveOperationException | SecurityException e) {
      return false;
    }
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, new Terminal(InputStream.nullInputStream(), out, err, false));
  }

  static int run(String[] args, Terminal terminal) {
    CommandLine cli = new CommandLine(new BoundaryCli());
    cli.addSubcommand(new AdviseCommand(terminal));
    cli.addSubcommand(new ClassifyCommand(terminal));
    cli.addSubcommand(new EvalCommand(terminal));
    cli.addSubcommand(
        new CommandLine(new PackCommand())
            .addSubcommand(new PackCommand.Validate())
            .addSubcommand(new PackCommand.Show()));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(terminal.out());
    cli.setErr(terminal.err());
    cli.setExecutionExceptionHandler(BoundaryCli::failed);
    cli.setParameterExceptionHandler(BoundaryCli::misused);
    int code = cli.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return code;
  }

  /** Reports a usage error briefly: the problem, the synopsis and where to read more; exit status 2. */
  private static int misused(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.print(command.getHelp().fullSynopsis());
    }
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The exit status when the tool itself failed, as against some input lines having problems (1). */
  static final int TOOL_FAILED = 4;

  /** Reports an error raised while a command ran: problems for user errors, a trace only for bugs. */
  static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof ContentPackException p) {
      err.println("boundary: the content pack has " + (p.problems().size() == 1 ? "a problem:" : p.problems().size() + " problems:"));
      p.problems().forEach(problem -> err.println("  - " + problem));
    } else if (e instanceof EngineConfigurationException p) {
      err.println("boundary: the content pack does not verify:");
      p.problems().forEach(problem -> err.println("  - " + problem));
    } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      err.println("boundary: " + e.getMessage());
      err.flush();
      return TOOL_FAILED;
    } else {
      err.println("boundary: internal error, please report it: " + e);
      e.printStackTrace(err);
      err.flush();
      return TOOL_FAILED;
    }
    err.flush();
    return 1;
  }

  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    throw new ParameterException(spec.commandLine(), "Missing a command: advise, classify, eval or pack");
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

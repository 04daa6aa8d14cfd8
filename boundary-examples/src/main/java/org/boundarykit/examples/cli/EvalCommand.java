package org.boundarykit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.boundarykit.content.ContentPack;
import org.boundarykit.content.EvaluationReport;
import org.boundarykit.content.LabelledSet;
import org.boundarykit.content.LineProblem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boundary eval}: measures the effective pack's classifier and engine on a labelled set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    sortOptions = false,
    description = {
      "Measures the content pack's classifier and engine on a labelled set of messages: category precision, "
          + "recall and F1, macro-F1 and accuracy (context-dependent messages apart), safety recall and false "
          + "alarms, how many dangerous messages would be answered with a script, and the worst misses.",
      "FILE holds one JSON object per line: {\"id\", \"text\", \"category\", \"safety\"} required; \"lang\" "
          + "(en, es, fr, de), \"family\", \"hard_negative\", \"topic\" and \"context_dependent\" optional. "
          + "Use - to read standard input. Lines that cannot be read are listed and left out."
    },
    footer = {
      "",
      "Examples:",
      "  boundary eval messages.jsonl",
      "  boundary eval --pack my-pack --misses 50 messages.jsonl",
      "  boundary eval --json messages.jsonl > report.json",
      "",
      "Exit status: 0 on success, 1 if lines could not be read (the report covers the rest) or a pack is "
          + "invalid, 2 on a usage error, 3 if FILE cannot be read at all."
    })
final class EvalCommand implements Callable<Integer> {

  /** The exit status when the labelled file cannot be read at all. */
  static final int UNREADABLE = 3;

  private final Terminal terminal;

  @Spec @Nullable CommandSpec spec;

  @Option(names = "--pack", paramLabel = "DIR",
      description = "A content pack (folder or JSON file) to put over the defaults (repeatable; later ones win).")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--misses", paramLabel = "N", description = "How many misses to list, worst first (default: 20).")
  int misses = 20;

  @Option(names = "--json", description = "Print the report as one JSON document instead of text.")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "1", description = "The labelled set, in JSON Lines; - for standard input.")
  @Nullable String file;

  EvalCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (misses < 0) {
      throw new ParameterException(spec().commandLine(), "--misses: must be 0 or more, but got " + misses);
    }
    String name = file == null ? "-" : file;
    PrintWriter err = terminal.err();
    LabelledSet set;
    try {
      set = read(name);
    } catch (IOException e) {
      err.println("boundary eval: cannot read " + name + ": " + why(e, name));
      err.flush();
      return UNREADABLE;
    }
    ContentPack pack = Packs.effective(packs);
    EvaluationReport report;
    try {
      report = set.evaluate(pack);
    } catch (IllegalStateException e) {
      err.println("boundary eval: " + e.getMessage());
      err.flush();
      return 1;
    }
    PrintWriter out = terminal.out();
    out.print(json ? report.toJson(misses) : report.toText(misses));
    out.flush();
    if (!set.problems().isEmpty()) {
      long lines = set.problems().stream().map(LineProblem::line).distinct().count();
      err.println("boundary eval: " + lines + (lines == 1 ? " line" : " lines") + " of " + name
          + " could not be read and " + (lines == 1 ? "was" : "were") + " left out (listed in the report)");
      err.flush();
      return 1;
    }
    return 0;
  }

  private LabelledSet read(String name) throws IOException {
    if (name.equals("-")) {
      BufferedReader in = terminal.reader();
      return LabelledSet.read(in, "(standard input)");
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new IOException("it is a folder, not a file");
    }
    return LabelledSet.read(path);
  }

  /** Says plainly why a file cannot be read. */
  private static String why(IOException e, String name) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "it is not UTF-8 text";
    }
    String message = e.getMessage();
    return message == null || message.equals(name) ? e.getClass().getSimpleName() : message;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}

package org.boundarykit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.boundarykit.content.ContentPack;
import org.boundarykit.content.ContentPackException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boundary pack}: check and show content packs. */
@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    description = "Checks content packs of your own, and shows the catalog of the effective pack.")
final class PackCommand implements Runnable {

  @Spec @Nullable CommandSpec spec;

  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    throw new ParameterException(spec.commandLine(), "Missing a command: validate or show");
  }

  /** {@code boundary pack validate}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = BoundaryCli.Version.class,
      description = {
        "Loads each pack (a folder holding pack.json, or one JSON file) over the default pack, lints it and verifies "
            + "the decision table, then prints every problem with its place.",
      },
      footer = {"", "Exit status: 0 if every pack is valid, 1 if any has problems, 2 on a usage error."})
  static final class Validate implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pack folders or single-file packs.")
    List<Path> files = new ArrayList<>();

    @Spec @Nullable CommandSpec spec;

    @Override
    public Integer call() {
      if (spec == null) {
        throw new IllegalStateException("picocli did not inject the command spec");
      }
      PrintWriter out = spec.commandLine().getOut();
      ContentPack base = ContentPack.defaults();
      List<String> valid = new ArrayList<>();
      int problems = 0;
      int failed = 0;
      for (Path file : files) {
        // one pass: every reading problem of every file, then the lint and the engine's checks
        List<String> found = java.nio.file.Files.exists(file) ? ContentPack.check(file, base)
            : List.of(file + ": no such file or folder");
        if (found.isEmpty()) {
          ContentPack pack = Packs.load(file);
          valid.add(pack.id() + "@" + pack.version() + " (" + file + ")");
          continue;
        }
        failed++;
        problems += found.size();
        out.println(file + ": " + found.size() + (found.size() == 1 ? " problem" : " problems"));
        found.forEach(p -> out.println("  - " + p));
      }
      String over = "over " + String.join(" + ", base.layers());
      if (failed > 0) {
        out.println("FAILED: " + problems + (problems == 1 ? " problem" : " problems") + " in " + failed + " of "
            + files.size() + (files.size() == 1 ? " pack" : " packs") + " (checked " + over + ").");
        out.flush();
        return 1;
      }
      out.println("OK: " + String.join(", ", valid) + " valid " + over + ".");
      out.flush();
      return 0;
    }
  }

  /** {@code boundary pack show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = BoundaryCli.Version.class,
      description = {
        "Prints the catalog of the effective pack for content reviewers: strategies, scripts by audience and purpose, "
            + "the rules in order with their conditions and outcomes, technology steps, and safety resources by region "
            + "with the date each was last checked. With --understanding, also what raises safety: the frames and cue "
            + "phrases of each safety level and every concept's terms by language."
      })
  static final class Show implements Callable<Integer> {

    /** The output formats. */
    enum Format {
      markdown,
      json
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
        description = "markdown or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.markdown;

    @Option(names = "--pack", paramLabel = "FILE",
        description = "A content pack (folder or JSON file) to put over the defaults (repeatable; later ones win).")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--understanding",
        description = "Also show what raises safety: frames and cue phrases by safety level, and the concepts' terms.")
    boolean understanding;

    @Spec @Nullable CommandSpec spec;

    @Override
    public Integer call() {
      if (spec == null) {
        throw new IllegalStateException("picocli did not inject the command spec");
      }
      PrintWriter out = spec.commandLine().getOut();
      ContentPack pack = Packs.effective(packs);
      out.print(format == Format.json ? Catalog.json(pack, understanding)
          : Catalog.markdown(pack) + (understanding ? UnderstandingCatalog.markdown(pack) : ""));
      out.flush();
      return 0;
    }
  }
}

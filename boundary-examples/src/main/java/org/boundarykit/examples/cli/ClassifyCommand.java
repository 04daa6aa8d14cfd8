package org.boundarykit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.boundarykit.content.ClassifyRequest;
import org.boundarykit.content.RequestId;
import org.boundarykit.content.WireFormat;
import org.boundarykit.content.WireFormatException;
import org.boundarykit.spi.ContactClassifier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boundary classify}: what the classifier reads in a message. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    sortOptions = false,
    description = {
      "Shows what the content pack's classifier reads in a message: its category, practical topic, safety level, "
          + "confidence and the cues it saw.",
      "With a MESSAGE: one result. Without: one message per line from standard input.",
      "With --jsonl: {\"id\", \"text\", \"at\", \"timeZone\"} per line in, "
          + "{\"id\", \"category\", \"topic\", \"safety\", \"confidence\", \"cues\"} per line out."
    },
    footer = {"", "Exit status: 0 on success, 1 if a JSON line failed or a pack is invalid, 2 on a usage error."})
final class ClassifyCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Spec @Nullable CommandSpec spec;

  @Option(names = "--jsonl", description = "Batch mode: JSON requests in, JSON replies out, one per line.")
  boolean jsonl;

  @Option(names = "--pack", paramLabel = "FILE",
      description = "A content pack (folder or JSON file) to put over the defaults (repeatable; later ones win).")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--locale", paramLabel = "TAG", converter = Converters.LocaleConverter.class,
      description = "The language of the messages (default: en).")
  @Nullable Locale locale;

  @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
      description = "Your time zone, for late-night messages (default: this computer's).")
  @Nullable ZoneId timeZone;

  @Option(names = "--at", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
      description = "When the message arrived (default: now).")
  @Nullable Instant at;

  @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "The message (words are joined with spaces).")
  List<String> message = new ArrayList<>();

  ClassifyCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (jsonl && (!message.isEmpty() || locale != null || timeZone != null || at != null)) {
      throw new ParameterException(spec().commandLine(),
          "--jsonl reads the message, its time and time zone from each line, so it takes no MESSAGE, --locale, "
              + "--time-zone or --at");
    }
    ContactClassifier classifier = Packs.effective(packs).engine().classifier();
    PrintWriter out = terminal.out();
    if (jsonl) {
      return jsonl(terminal.in(), out, classifier);
    }
    BufferedReader in = terminal.reader();
    if (!message.isEmpty()) {
      Prose.classification(out, request(String.join(" ", message)).classify(classifier));
      out.flush();
      return 0;
    }
    String line;
    int n = 0;
    while (true) {
      if (terminal.interactive()) {
        out.print("Message (empty to finish): ");
        out.flush();
      }
      line = in.readLine();
      if (line == null || (terminal.interactive() && line.isBlank())) {
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      if (n++ > 0) {
        out.println();
      }
      if (!terminal.interactive()) {
        out.println("> " + line.strip());
      }
      Prose.classification(out, request(line.strip()).classify(classifier));
      out.flush();
    }
    return 0;
  }

  private ClassifyRequest request(String text) {
    return new ClassifyRequest(RequestId.of("1"), text, Optional.of(at != null ? at : Instant.now()),
        Optional.of(timeZone != null ? timeZone : ZoneId.systemDefault()), Optional.ofNullable(locale));
  }

  private static int jsonl(java.io.InputStream in, PrintWriter out, ContactClassifier classifier) throws IOException {
    return JsonLines.run(in, out, line -> {
      ClassifyRequest request = WireFormat.readClassifyRequest(line);
      return JsonLines.Reply.answer(WireFormat.writeClassification(request.id(), request.classify(classifier)));
    });
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}

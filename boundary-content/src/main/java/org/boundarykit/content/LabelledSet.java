package org.boundarykit.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.content.internal.LabelledLines;

/**
 * A labelled set of messages, read from a JSON Lines file, for measuring a classifier and an
 * engine. Immutable.
 *
 * <p>Each line is one JSON object:
 *
 * <pre>{@code
 * {"id": "m1", "text": "can u do pickup tues?", "lang": "en", "category": "LEGITIMATE_LOGISTICS",
 *  "safety": "NONE", "family": "pickup", "hard_negative": false, "topic": "CHILDREN",
 *  "context_dependent": false}
 * }</pre>
 *
 * <p>{@code id} (a string or a whole number), {@code text}, {@code category} (a {@link
 * org.boundarykit.ContactCategory} name) and {@code safety} (a {@link org.boundarykit.Safety} name)
 * are required. {@code lang} (one of {@link LabelledMessage#LANGUAGES}, default {@code en}),
 * {@code family} (a string), {@code hard_negative} (true or false, default false), {@code topic} (a
 * {@link org.boundarykit.Topic} name) and {@code context_dependent} (true or false, default false)
 * may be left out or null. Other fields are ignored; blank lines are skipped; a byte-order mark at
 * the start is dropped.
 *
 * <p>Measure a pack on it with {@link #evaluate(ContentPack)}:
 *
 * <pre>{@code
 * LabelledSet set = LabelledSet.read(Path.of("messages.jsonl"));
 * EvaluationReport report = set.evaluate(ContentPack.defaults());
 * System.out.print(report.toText(20));
 * }</pre>
 *
 * <p>A line that cannot be read is left out and reported in {@link #problems()}, one {@link
 * LineProblem} per bad field, naming the file, the line number and the field; the other lines are
 * read as usual. An id used on an earlier line is a problem too.
 */
public final class LabelledSet {

  private final String name;
  private final List<LabelledMessage> messages;
  private final List<LineProblem> problems;

  private LabelledSet(String name, List<LabelledMessage> messages, List<LineProblem> problems) {
    this.name = name;
    this.messages = List.copyOf(messages);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a labelled set from a UTF-8 JSON Lines file.
   *
   * @param file the file
   * @return the set, with the problems of the lines that could not be read
   * @throws IOException if the file cannot be read at all (missing, a folder, not UTF-8)
   */
  public static LabelledSet read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a labelled set from JSON Lines text.
   *
   * @param in the text; read to the end, not closed
   * @param name the name to give the input in problems, such as its file name
   * @return the set, with the problems of the lines that could not be read
   * @throws IOException if reading fails
   */
  public static LabelledSet read(Reader in, String name) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<LabelledMessage> messages = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int number = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      LabelledLines.Result read = LabelledLines.read(name, number, line);
      problems.addAll(read.problems());
      LabelledMessage message = read.message();
      if (message == null) {
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(message.id(), number);
      if (earlier != null) {
        problems.add(new LineProblem(name, number, "$.id", LineProblem.Kind.DUPLICATE_ID,
            "\"" + message.id() + "\" is already the id of line " + earlier));
        continue;
      }
      messages.add(message);
    }
    return new LabelledSet(name, messages, problems);
  }

  /**
   * A labelled set made in code.
   *
   * @param name the set's name
   * @param messages the messages, in order
   * @return the set, with no problems
   * @throws IllegalArgumentException if two messages have the same id
   */
  public static LabelledSet of(String name, List<LabelledMessage> messages) {
    Objects.requireNonNull(name, "name");
    Set<String> ids = new HashSet<>();
    for (LabelledMessage m : List.copyOf(messages)) {
      if (!ids.add(m.id())) {
        throw new IllegalArgumentException("messages: the id \"" + m.id() + "\" is used twice");
      }
    }
    return new LabelledSet(name, messages, List.of());
  }

  /** {@return the set's name: the file it was read from, or the name it was given} */
  public String name() {
    return name;
  }

  /** {@return the messages that could be read, in the order of the lines} */
  public List<LabelledMessage> messages() {
    return messages;
  }

  /** {@return the problems of the lines that could not be read, in the order of the lines} */
  public List<LineProblem> problems() {
    return problems;
  }

  /**
   * Measures a content pack on this set: its classifier reads each message and its engine advises
   * on it (see {@link EvaluationReport} for how each message is run).
   *
   * @param pack the pack; its {@link ContentPack#engine()} is used, with the pack's own classifier
   * @return the report
   * @throws IllegalStateException if the classifier or the engine fails on a message; the message
   *     names its id
   */
  public EvaluationReport evaluate(ContentPack pack) {
    return evaluate(Objects.requireNonNull(pack, "pack").engine());
  }

  /**
   * Measures an engine and its classifier on this set (see {@link EvaluationReport} for how each
   * message is run). To measure a classifier of your own with a pack's policy, pass {@code
   * pack.engine(classifier)}.
   *
   * @param engine the engine; its {@link BoundaryEngine#classifier()} reads each message
   * @return the report
   * @throws IllegalStateException if the classifier or the engine fails on a message; the message
   *     names its id
   */
  public EvaluationReport evaluate(BoundaryEngine engine) {
    return EvaluationReport.run(this, Objects.requireNonNull(engine, "engine"));
  }

  @Override
  public String toString() {
    return "LabelledSet[" + name + ", " + messages.size() + " messages, " + problems.size() + " problems]";
  }
}

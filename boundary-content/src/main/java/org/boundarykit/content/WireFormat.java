package org.boundarykit.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Contact;
import org.boundarykit.HistoryEntry;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.Recommendation;
import org.boundarykit.LogisticsAnswer;
import org.boundarykit.RenderedScript;
import org.boundarykit.SafetyResource;
import org.boundarykit.Strategy;
import org.boundarykit.UserResponse;
import org.boundarykit.content.internal.AdviseDoc;
import org.boundarykit.content.internal.ClassifyDoc;
import org.boundarykit.content.internal.Json;
import org.boundarykit.content.internal.WireReader;
import org.boundarykit.spi.Classification;
import org.jspecify.annotations.Nullable;

/**
 * The JSON wire format: one JSON object per line in, one per line out, for apps that talk to
 * BoundaryKit over a pipe or a queue (the {@code boundary} tool's {@code --jsonl} modes use it).
 * Stable API; the format is versioned with the library.
 *
 * <p><b>Advise request</b> (only {@code id}, {@code boundary.level}, {@code contact.at} and
 * {@code contact.channel} are required):
 *
 * <pre>{@code
 * {"id": "s1",
 *  "boundary": {"level": "LOGISTICS_ONLY", "topics": ["CHILDREN"], "channels": ["TEXT", "EMAIL"],
 *               "exName": "Sam", "reasons": ["I need space to heal"], "children": ["Noor"],
 *               "pets": ["Biscuit"], "region": "US",
 *               "locale": "en", "timeZone": "America/Chicago", "exMaySeeDevices": false},
 *  "history": [{"at": "2026-10-01T15:00:00Z", "channel": "TEXT", "category": "FRIENDSHIP_CHECK_IN",
 *               "response": {"action": "REPLY", "step": "STATE_BOUNDARY", "scriptId": "state-boundary-1"}}],
 *  "contact": {"at": "2026-10-03T20:00:00Z", "channel": "TEXT", "text": "can u do pickup tues?"}}
 * }</pre>
 *
 * <p>A contact (and a history entry) may carry {@code text}, {@code category}, {@code topic},
 * {@code safety} and {@code matter}; the text is read as well, and a given label never lowers the
 * safety read from it (unless the engine trusts given labels). The {@code id} is a string or
 * a number and is echoed as given. Unknown top-level fields are ignored (so a line may carry, say,
 * an {@code expect} block); unknown fields inside {@code boundary}, {@code history} and {@code
 * contact} are errors.
 *
 * <p><b>Advise reply</b>, fields always in this order, absent values written as {@code null}:
 * {@code id, action, step, category, topic, safety, script, scriptId, alternatives [{scriptId,
 * text}], followUps, techSteps, selfCare, support, resources [{name, contact, kind, description,
 * lastChecked, and where they exist hours, text, chat, tty, silent, source},
 * lastChecked}], strategies [{id, title, summary}], notice, question {text, choices [{category,
 * safety, label}]}, explanation {winningRule, matchedRules, reason, ladder, classified, cues, given
 * {category, safety}, reading {category, topic, safety, confidence, signals, asks}, raisedBy, delayed}}. {@code question}
 * is present exactly when the action is {@code ASK_USER}: the app shows it, then sends the request
 * again with the chosen answer's {@code category} (and {@code safety}) on the contact.
 *
 * <p><b>Classify request</b>: {@code {"id", "text", "at", "timeZone", "locale"}}, only {@code id}
 * and {@code text} required. <b>Classify reply</b>: {@code {"id", "category", "topic", "safety",
 * "confidence", "cues", "signals", "asks"}}: signals say which frame, concept or model score decided;
 * asks is whether the message asks the reader for something ({@code null} when the classifier does
 * not tell).
 *
 * <p><b>Error reply</b>: {@code {"id": ..., "error": "..."}}, the id {@code null} when the line
 * had none that could be read. Every error message starts with the JSON path of the problem.
 *
 * <p>Lines written by this class hold no line breaks. All methods are thread-safe.
 */
public final class WireFormat {

  private WireFormat() {}

  /**
   * Reads an advise request.
   *
   * @param line one JSON object
   * @return the request
   * @throws WireFormatException if the line is not a valid advise request; its message starts
   *     with the JSON path, and its {@link WireFormatException#id()} holds the id if it was read
   */
  public static AdviseRequest readAdviseRequest(String line) {
    Objects.requireNonNull(line, "line");
    ObjectNode root = object(line);
    RequestId id = id(root, line);
    AdviseDoc doc = convert(root, AdviseDoc.class, id);
    try {
      WireReader.Advise advise = WireReader.advise(doc);
      return new AdviseRequest(id, advise.plan(), advise.history(), advise.contact(), advise.answer());
    } catch (IllegalArgumentException e) {
      throw new WireFormatException(String.valueOf(e.getMessage()), id);
    }
  }

  /**
   * Reads a classify request.
   *
   * @param line one JSON object
   * @return the request
   * @throws WireFormatException if the line is not a valid classify request; its message starts
   *     with the JSON path, and its {@link WireFormatException#id()} holds the id if it was read
   */
  public static ClassifyRequest readClassifyRequest(String line) {
    Objects.requireNonNull(line, "line");
    ObjectNode root = object(line);
    RequestId id = id(root, line);
    ClassifyDoc doc = convert(root, ClassifyDoc.class, id);
    try {
      WireReader.Classify c = WireReader.classify(doc);
      return new ClassifyRequest(id, c.text(), c.at(), c.timeZone(), c.locale());
    } catch (IllegalArgumentException e) {
      throw new WireFormatException(String.valueOf(e.getMessage()), id);
    }
  }

  /**
   * Writes an advise request, the inverse of {@link #readAdviseRequest(String)}.
   *
   * @param request the request
   * @return one line of JSON, without a line break
   */
  public static String writeAdviseRequest(AdviseRequest request) {
    Objects.requireNonNull(request, "request");
    ObjectNode out = Json.MAPPER.createObjectNode();
    putId(out, request.id());
    BoundaryPlan plan = request.plan();
    ObjectNode boundary = out.putObject("boundary");
    boundary.put("level", plan.level().name());
    names(boundary.putArray("topics"), new TreeSet<>(plan.topics()));
    names(boundary.putArray("channels"), new TreeSet<>(plan.channels()));
    plan.exName().ifPresent(name -> boundary.put("exName", name));
    strings(boundary.putArray("reasons"), plan.reasons());
    strings(boundary.putArray("children"), plan.children());
    strings(boundary.putArray("pets"), plan.pets());
    plan.region().ifPresent(region -> boundary.put("region", region));
    boundary.put("locale", plan.locale().toLanguageTag());
    boundary.put("timeZone", plan.timeZone().getId());
    boundary.put("exMaySeeDevices", plan.exMaySeeDevices());
    strings(boundary.putArray("platforms"), new java.util.ArrayList<>(new TreeSet<>(plan.platforms())));
    ArrayNode history = out.putArray("history");
    for (HistoryEntry entry : request.history().entries()) {
      ObjectNode e = history.addObject();
      contact(e, entry.contact());
      if (entry.response().isPresent()) {
        UserResponse r = entry.response().get();
        ObjectNode response = e.putObject("response");
        response.put("action", r.action().name());
        r.step().ifPresent(step -> response.put("step", step.name()));
        r.scriptId().ifPresent(scriptId -> response.put("scriptId", scriptId));
      }
    }
    contact(out.putObject("contact"), request.contact());
    if (request.answer().isPresent()) {
      LogisticsAnswer a = request.answer().get();
      ObjectNode answer = out.putObject("answer").put("reply", a.reply().name());
      a.time().ifPresent(v -> answer.put("time", v));
      a.place().ifPresent(v -> answer.put("place", v));
      a.alternative().ifPresent(v -> answer.put("alternative", v));
      a.detail().ifPresent(v -> answer.put("detail", v));
    }
    return line(out);
  }

  /**
   * Writes a classify request, the inverse of {@link #readClassifyRequest(String)}.
   *
   * @param request the request
   * @return one line of JSON, without a line break
   */
  public static String writeClassifyRequest(ClassifyRequest request) {
    Objects.requireNonNull(request, "request");
    ObjectNode out = Json.MAPPER.createObjectNode();
    putId(out, request.id());
    out.put("text", request.text());
    request.at().ifPresent(at -> out.put("at", at.toString()));
    request.timeZone().ifPresent(zone -> out.put("timeZone", zone.getId()));
    request.locale().ifPresent(locale -> out.put("locale", locale.toLanguageTag()));
    return line(out);
  }

  /**
   * Writes the reply to an advise request.
   *
   * @param id the request's id
   * @param advice the engine's recommendation
   * @return one line of JSON, without a line break
   */
  public static String writeAdvice(RequestId id, Recommendation advice) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(advice, "advice");
    ObjectNode out = Json.MAPPER.createObjectNode();
    putId(out, id);
    out.put("action", advice.action().name());
    put(out, "step", advice.step().map(Enum::name));
    out.put("category", advice.category().name());
    put(out, "topic", advice.topic().map(Enum::name));
    out.put("safety", advice.safety().name());
    put(out, "script", advice.script().map(RenderedScript::text));
    put(out, "scriptId", advice.script().map(RenderedScript::scriptId));
    put(out, "reply", advice.script().flatMap(RenderedScript::reply).map(Enum::name));
    ArrayNode alternatives = out.putArray("alternatives");
    for (RenderedScript alternative : advice.alternatives()) {
      ObjectNode a = alternatives.addObject().put("scriptId", alternative.scriptId()).put("text", alternative.text());
      put(a, "reply", alternative.reply().map(Enum::name));
    }
    names(out.putArray("followUps"), advice.followUps());
    strings(out.putArray("techSteps"), advice.techSteps());
    put(out, "selfCare", advice.selfCare());
    put(out, "support", advice.support());
    ArrayNode resources = out.putArray("resources");
    for (SafetyResource r : advice.resources()) {
      ObjectNode resource = resources.addObject()
          .put("name", r.name())
          .put("contact", r.contact())
          .put("kind", r.kind().name())
          .put("description", r.description())
          .put("lastChecked", r.lastChecked().toString());
      r.hours().ifPresent(v -> resource.put("hours", v));
      r.text().ifPresent(v -> resource.put("text", v));
      r.chat().ifPresent(v -> resource.put("chat", v));
      r.tty().ifPresent(v -> resource.put("tty", v));
      r.silent().ifPresent(v -> resource.put("silent", v));
      r.source().ifPresent(v -> resource.put("source", v));
    }
    ArrayNode strategies = out.putArray("strategies");
    for (Strategy s : advice.strategies()) {
      strategies.addObject().put("id", s.id()).put("title", s.title()).put("summary", s.summary());
    }
    put(out, "notice", advice.notice());
    if (advice.question().isPresent()) {
      ReadingQuestion q = advice.question().get();
      ObjectNode question = out.putObject("question");
      question.put("text", q.text());
      ArrayNode choices = question.putArray("choices");
      for (ReadingQuestion.Choice c : q.choices()) {
        ObjectNode choice = choices.addObject().put("category", c.category().name());
        put(choice, "safety", c.safety().map(Enum::name));
        choice.put("label", c.label());
      }
    } else {
      out.putNull("question");
    }
    ObjectNode explanation = out.putObject("explanation");
    explanation.put("winningRule", advice.explanation().winningRule());
    strings(explanation.putArray("matchedRules"), advice.explanation().matchedRules());
    explanation.put("reason", advice.explanation().reason());
    explanation.put("ladder", advice.explanation().ladder().name());
    explanation.put("classified", advice.explanation().classified());
    strings(explanation.putArray("cues"), advice.explanation().cues());
    ObjectNode given = explanation.putObject("given");
    put(given, "category", advice.explanation().givenCategory().map(Enum::name));
    put(given, "safety", advice.explanation().givenSafety().map(Enum::name));
    if (advice.explanation().reading().isPresent()) {
      Classification read = advice.explanation().reading().get();
      ObjectNode reading = explanation.putObject("reading");
      reading.put("category", read.category().name());
      put(reading, "topic", read.topic().map(Enum::name));
      reading.put("safety", read.safety().name());
      reading.put("confidence", read.confidence());
      strings(reading.putArray("signals"), read.signals());
      putFlag(reading, "asks", read.asks());
    } else {
      explanation.putNull("reading");
    }
    strings(explanation.putArray("raisedBy"), advice.explanation().raisedBy());
    explanation.put("delayed", advice.explanation().delayed());
    return line(out);
  }

  /**
   * Writes the reply to a classify request.
   *
   * @param id the request's id
   * @param classification what the classifier read
   * @return one line of JSON, without a line break
   */
  public static String writeClassification(RequestId id, Classification classification) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(classification, "classification");
    ObjectNode out = Json.MAPPER.createObjectNode();
    putId(out, id);
    out.put("category", classification.category().name());
    put(out, "topic", classification.topic().map(Enum::name));
    out.put("safety", classification.safety().name());
    out.put("confidence", classification.confidence());
    strings(out.putArray("cues"), classification.cues());
    strings(out.putArray("signals"), classification.signals());
    putFlag(out, "asks", classification.asks());
    return line(out);
  }

  /**
   * Writes the reply for a request that failed.
   *
   * @param id the request's id, or null if it could not be read
   * @param message what went wrong, starting with the JSON path where there is one
   * @return one line of JSON, without a line break
   */
  public static String writeError(@Nullable RequestId id, String message) {
    return error(id, 0, message);
  }

  /**
   * Writes the reply for a line of a batch that failed, with the number of that input line, so a
   * reader of the replies can find the line without counting: {@code {"id": ..., "line": 3,
   * "error": "..."}}.
   *
   * @param id the request's id, or null if it could not be read
   * @param line the input line, from 1
   * @param message what went wrong, starting with the JSON path where there is one
   * @return one line of JSON, without a line break
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public static String writeError(@Nullable RequestId id, int line, String message) {
    if (line < 1) {
      throw new IllegalArgumentException("line: from 1, but got " + line);
    }
    return error(id, line, message);
  }

  private static String error(@Nullable RequestId id, int lineNumber, String message) {
    Objects.requireNonNull(message, "message");
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (id == null) {
      out.putNull("id");
    } else {
      putId(out, id);
    }
    if (lineNumber > 0) {
      out.put("line", lineNumber);
    }
    out.put("error", message);
    return line(out);
  }

  private static ObjectNode object(String line) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw trailing(line, e);
    }
    if (node == null || !node.isObject()) {
      String got = node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
      throw new WireFormatException("$: expected a JSON object, but got " + got, null);
    }
    return (ObjectNode) node;
  }

  /** The id of a line whose object could be read with no limit on texts, or null. */
  private static @Nullable RequestId idOrNull(String line) {
    try {
      JsonNode node = Json.readWithoutTextLimit(line);
      return node != null && node.isObject() ? id((ObjectNode) node, line) : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The error for a line that could not be read. When the line starts with a whole JSON object and
   * goes on after it, the error says so, and carries the object's id: the reply can still name the
   * request it answers.
   */
  private static WireFormatException trailing(String line, JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      String tooLong = Json.tooLongText(line);
      if (tooLong != null) {
        return new WireFormatException(tooLong, idOrNull(line));
      }
    }
    try (com.fasterxml.jackson.core.JsonParser parser = Json.MAPPER.getFactory().createParser(line)) {
      JsonNode first = Json.MAPPER.readerFor(JsonNode.class)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
      if (first != null && first.isObject()) {
        String message = "$: the line goes on after its JSON object (from column "
            + parser.currentLocation().getColumnNr() + "); send one object per line";
        RequestId id = null;
        try {
          id = id((ObjectNode) first, line);
        } catch (WireFormatException noId) {
          // the id is missing or malformed: the reply has none
        }
        return new WireFormatException(message, id);
      }
    } catch (java.io.IOException | RuntimeException notAnObject) {
      // the first value is not a whole object either: the parser's own account stands
    }
    return new WireFormatException(Json.describe(e), null);
  }

  /**
   * The request's id: a string as given, or a number exactly as written in the line ({@code -0},
   * {@code 1.50}, {@code 1e400} come back the same), never through a double.
   */
  private static RequestId id(ObjectNode root, String line) {
    JsonNode id = root.get("id");
    if (id == null || id.isNull()) {
      throw new WireFormatException("$.id: required", null);
    }
    if (id.isTextual()) {
      return RequestId.of(id.textValue());
    }
    if (id.isNumber()) {
      String written = writtenNumber(line);
      return new RequestId(written != null ? written : id.asText(), true);
    }
    throw new WireFormatException(
        "$.id: expected a string or a number, but got " + id.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
  }

  private static <T> T convert(ObjectNode root, Class<T> type, RequestId id) {
    List<String> found = new java.util.ArrayList<>();
    T value;
    try {
      value = Json.collecting(type, found).treeToValue(root, type);
    } catch (JsonProcessingException e) {
      String described = Json.describe(e);
      String place = described.substring(0, Math.max(0, described.indexOf(": ")));
      if (found.stream().noneMatch(f -> f.startsWith(place + ": "))) {
        found.add(described);
      }
      throw new WireFormatException(String.join("; ", found), id);
    } catch (IllegalArgumentException e) {
      if (found.isEmpty()) { // else it follows from a value already refused
        found.add("$: " + e.getMessage());
      }
      throw new WireFormatException(String.join("; ", found), id);
    }
    if (!found.isEmpty()) {
      // every wrong value of the line at once, not only the first
      throw new WireFormatException(String.join("; ", found), id);
    }
    return value;
  }

  private static void contact(ObjectNode out, Contact contact) {
    out.put("at", contact.at().toString());
    out.put("channel", contact.channel().name());
    contact.text().ifPresent(text -> out.put("text", text));
    contact.category().ifPresent(category -> out.put("category", category.name()));
    contact.topic().ifPresent(topic -> out.put("topic", topic.name()));
    contact.safety().ifPresent(safety -> out.put("safety", safety.name()));
    contact.matter().ifPresent(matter -> out.put("matter", matter));
  }

  /** The top-level {@code id} number of a line as written, or null if it cannot be found. */
  private static @Nullable String writtenNumber(String line) {
    try (com.fasterxml.jackson.core.JsonParser parser = Json.MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        if ("id".equals(name) && value != null && value.isNumeric()) {
          return parser.getText();
        }
        parser.skipChildren();
      }
    } catch (java.io.IOException e) {
      return null; // the tree was read already, so this does not happen
    }
    return null;
  }

  private static void putId(ObjectNode out, RequestId id) {
    if (id.number()) {
      out.putRawValue("id", new RawValue(id.value())); // checked to be a JSON number by RequestId
    } else {
      out.put("id", id.value());
    }
  }

  private static void put(ObjectNode out, String name, Optional<String> value) {
    if (value.isPresent()) {
      out.put(name, value.get());
    } else {
      out.putNull(name);
    }
  }

  private static void putFlag(ObjectNode out, String name, Optional<Boolean> value) {
    if (value.isPresent()) {
      out.put(name, value.get().booleanValue());
    } else {
      out.putNull(name);
    }
  }

  private static void names(ArrayNode out, Collection<? extends Enum<?>> values) {
    values.forEach(v -> out.add(v.name()));
  }

  private static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  private static String line(ObjectNode node) {
    try {
      return Json.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e); // cannot happen for trees
    }
  }
}

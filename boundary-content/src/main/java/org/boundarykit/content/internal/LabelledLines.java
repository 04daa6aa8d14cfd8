package org.boundarykit.content.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.content.LabelledMessage;
import org.boundarykit.content.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line of a labelled set: a JSON object with {@code id}, {@code text}, {@code lang},
 * {@code category}, {@code safety}, {@code family}, {@code hard_negative}, {@code topic} and
 * {@code context_dependent}. Every field is checked, so a line with three bad fields gets three
 * problems. Fields not named here are ignored.
 */
public final class LabelledLines {
  private LabelledLines() {}

  /** What a line gave: the message, or the problems that kept it out. */
  public record Result(@Nullable LabelledMessage message, List<LineProblem> problems) {}

  /**
   * Reads one line.
   *
   * @param file the file's name, for problems
   * @param lineNumber the line's number, from 1
   * @param line the line, not blank
   * @return the message, or the problems
   */
  public static Result read(String file, int lineNumber, String line) {
    Fields f = new Fields(file, lineNumber);
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      f.add("$", LineProblem.Kind.SYNTAX, "not valid JSON: " + syntax(e));
      return f.result(null);
    }
    if (root == null || !root.isObject()) {
      String got = root == null || root.isMissingNode() ? "nothing" : typeOf(root);
      f.add("$", LineProblem.Kind.SYNTAX, "expected a JSON object, but got " + got);
      return f.result(null);
    }
    String id = f.id(root.get("id"));
    String text = f.requiredString(root.get("text"), "text");
    String language = f.language(root.get("lang"));
    ContactCategory category = f.required(root.get("category"), "category", ContactCategory.class);
    Safety safety = f.required(root.get("safety"), "safety", Safety.class);
    Optional<String> family = f.optionalString(root.get("family"), "family");
    boolean hardNegative = f.flag(root.get("hard_negative"), "hard_negative");
    Optional<Topic> topic = f.optional(root.get("topic"), "topic", Topic.class);
    boolean contextDependent = f.flag(root.get("context_dependent"), "context_dependent");
    if (!f.problems.isEmpty() || id == null || text == null || language == null || category == null || safety == null) {
      return f.result(null);
    }
    return f.result(
        new LabelledMessage(id, text, language, category, safety, family, hardNegative, topic, contextDependent));
  }

  private static String syntax(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    m = m.length() > 200 ? m.substring(0, 200) + "..." : m;
    JsonLocation at = e.getLocation();
    return at != null && at.getColumnNr() > 0 ? m + " (column " + at.getColumnNr() + ")" : m;
  }

  private static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String shown(JsonNode node) {
    if (!node.isTextual()) {
      return typeOf(node);
    }
    String s = node.textValue();
    return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
  }

  /** The checks of one line's fields, collecting problems. */
  private static final class Fields {
    final String file;
    final int line;
    final List<LineProblem> problems = new ArrayList<>();

    Fields(String file, int line) {
      this.file = file;
      this.line = line;
    }

    void add(String field, LineProblem.Kind kind, String message) {
      problems.add(new LineProblem(file, line, field, kind, message));
    }

    Result result(@Nullable LabelledMessage message) {
      return new Result(message, List.copyOf(problems));
    }

    /** The field's value, or null if it is missing or JSON null. */
    private static @Nullable JsonNode present(@Nullable JsonNode node) {
      return node == null || node.isNull() ? null : node;
    }

    @Nullable String id(@Nullable JsonNode field) {
      JsonNode node = present(field);
      if (node == null) {
        add("$.id", LineProblem.Kind.MISSING, "required");
        return null;
      }
      if (node.isIntegralNumber()) {
        return node.bigIntegerValue().toString();
      }
      if (!node.isTextual()) {
        add("$.id", LineProblem.Kind.WRONG_TYPE, "expected a string or a whole number, but got " + typeOf(node));
        return null;
      }
      if (node.textValue().isBlank()) {
        add("$.id", LineProblem.Kind.BAD_VALUE, "must not be blank");
        return null;
      }
      return node.textValue();
    }

    @Nullable String requiredString(@Nullable JsonNode field, String name) {
      JsonNode node = present(field);
      if (node == null) {
        add("$." + name, LineProblem.Kind.MISSING, "required");
        return null;
      }
      return string(node, name);
    }

    Optional<String> optionalString(@Nullable JsonNode field, String name) {
      JsonNode node = present(field);
      return node == null ? Optional.empty() : Optional.ofNullable(string(node, name));
    }

    private @Nullable String string(JsonNode node, String name) {
      if (!node.isTextual()) {
        add("$." + name, LineProblem.Kind.WRONG_TYPE, "expected a string, but got " + typeOf(node));
        return null;
      }
      if (node.textValue().isBlank()) {
        add("$." + name, LineProblem.Kind.BAD_VALUE, "must not be blank");
        return null;
      }
      return node.textValue();
    }

    @Nullable String language(@Nullable JsonNode field) {
      JsonNode node = present(field);
      if (node == null) {
        return LabelledMessage.LANGUAGES.get(0);
      }
      if (!node.isTextual()) {
        add("$.lang", LineProblem.Kind.WRONG_TYPE, "expected a string, but got " + typeOf(node));
        return null;
      }
      if (!LabelledMessage.LANGUAGES.contains(node.textValue())) {
        add("$.lang", LineProblem.Kind.BAD_VALUE,
            "expected one of " + String.join(", ", LabelledMessage.LANGUAGES) + ", but got " + shown(node));
        return null;
      }
      return node.textValue();
    }

    <E extends Enum<E>> @Nullable E required(@Nullable JsonNode field, String name, Class<E> type) {
      JsonNode node = present(field);
      if (node == null) {
        add("$." + name, LineProblem.Kind.MISSING, "required");
        return null;
      }
      return constant(node, name, type);
    }

    <E extends Enum<E>> Optional<E> optional(@Nullable JsonNode field, String name, Class<E> type) {
      JsonNode node = present(field);
      return node == null ? Optional.empty() : Optional.ofNullable(constant(node, name, type));
    }

    private <E extends Enum<E>> @Nullable E constant(JsonNode node, String name, Class<E> type) {
      E[] values = type.getEnumConstants();
      if (node.isTextual()) {
        for (E value : values) {
          if (value.name().equals(node.textValue())) {
            return value;
          }
        }
      }
      String expected = "expected one of " + String.join(", ", Arrays.stream(values).map(Enum::name).toList());
      if (node.isTextual()) {
        add("$." + name, LineProblem.Kind.BAD_VALUE, expected + ", but got " + shown(node));
      } else {
        add("$." + name, LineProblem.Kind.WRONG_TYPE, expected + " (a string), but got " + typeOf(node));
      }
      return null;
    }

    boolean flag(@Nullable JsonNode field, String name) {
      JsonNode node = present(field);
      if (node == null) {
        return false;
      }
      if (!node.isBoolean()) {
        add("$." + name, LineProblem.Kind.WRONG_TYPE, "expected true or false, but got " + shown(node));
        return false;
      }
      return node.booleanValue();
    }
  }
}

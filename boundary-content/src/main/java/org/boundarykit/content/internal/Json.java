package org.boundarykit.content.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The one strict JSON configuration for packs and the wire format, and error wording. */
public final class Json {
  private Json() {}

  /** Deepest nesting a document may have. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** Largest document, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 4_000_000L;

  /** Longest number, in digits. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** Strict: unknown properties, duplicate keys, trailing tokens and numbers for enums are errors. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
  }

  /**
   * Describes a Jackson error as "PATH: what (line L, column C)".
   *
   * @param e the error
   * @return one line naming the place and the problem
   */
  public static String describe(JsonProcessingException e) {
    return describe(e, null);
  }

  /**
   * Describes a Jackson error as "PATH: what (line L, column C)", taking the line and column from
   * {@code fallback} when the error has none (the read limits' errors carry no location).
   *
   * @param e the error
   * @param fallback where the parser stood when it failed, if known
   * @return one line naming the place and the problem
   */
  public static String describe(JsonProcessingException e, @Nullable JsonLocation fallback) {
    String path = "$";
    if (e instanceof JsonMappingException m) {
      path = path(m.getPath());
    }
    String what;
    if (e instanceof UnrecognizedPropertyException u) {
      path = path(u.getPath());
      what = "unknown property \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds();
    } else if (e instanceof StreamConstraintsException) {
      what = limit(e.getOriginalMessage());
    } else if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      what = syntax(e.getOriginalMessage());
    } else {
      what = firstLine(e.getOriginalMessage());
    }
    JsonLocation location = e.getLocation() != null ? e.getLocation() : fallback;
    String where =
        location != null && location.getLineNr() > 0
            ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
            : "";
    return path + ": " + what + where;
  }

  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("^Unrecognized token '([^']*)'");
  private static final java.util.regex.Pattern CHARACTER =
      java.util.regex.Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)");

  /** A syntax error in the writer's terms, without the parser's internals. */
  private static String syntax(@Nullable String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Unexpected end-of-input")) {
      return "the text ends before the JSON does (a {, [ or \" is not closed)";
    }
    java.util.regex.Matcher token = TOKEN.matcher(m);
    if (token.find()) {
      return "\"" + token.group(1) + "\" is not JSON (a string needs double quotes; true, false and null are lower case)";
    }
    java.util.regex.Matcher character = CHARACTER.matcher(m);
    if (character.find()) {
      int code = Integer.parseInt(character.group(2));
      String shown = code < 32 ? String.format(java.util.Locale.ROOT, "U+%04X", code) : "'" + character.group(1) + "'";
      if (m.contains("was expecting double-quote to start field name")) {
        return "unexpected " + shown + " where a property name in double quotes belongs";
      }
      if (m.contains("was expecting comma")) {
        return "unexpected " + shown + " where a comma or the end of a list or object belongs";
      }
      if (m.contains("was expecting a colon")) {
        return "unexpected " + shown + " where a colon belongs";
      }
      return "unexpected " + shown + " where a JSON value belongs";
    }
    return firstLine(m);
  }

  /** The read limits' errors in the reader's terms, without the parser's partial counts. */
  private static String limit(@Nullable String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("String value length")) {
      return "a text is longer than " + MAX_STRING_LENGTH + " characters, the most a value may have";
    }
    if (m.startsWith("Document nesting depth") || m.contains("nesting depth")) {
      return "nested deeper than " + MAX_NESTING_DEPTH + " levels, the most a document may have";
    }
    if (m.startsWith("Number value length") || m.contains("Number value length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " digits, the most a number may have";
    }
    if (m.contains("Document length")) {
      return "the document is longer than " + MAX_DOCUMENT_LENGTH + " characters, the most it may have";
    }
    return firstLine(m);
  }

  /**
   * Where a text in {@code document} is longer than {@link #MAX_STRING_LENGTH}, and how long it
   * really is: "$.contact.text: a text of 2000000 characters is longer than 100000, the most a
   * value may have". The strict reader stops at the limit without knowing the length, so this
   * reads the document again with no limit on texts, to say it in the writer's terms.
   *
   * @param document a JSON document the strict reader refused for a text too long
   * @return the problem, or null if no text is too long (or the document cannot be read at all)
   */
  public static @Nullable String tooLongText(String document) {
    try (JsonParser p = NO_TEXT_LIMIT.getFactory().createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if ((t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) && p.getTextLength() > MAX_STRING_LENGTH) {
          return path(p.getParsingContext()) + ": a text of " + p.getTextLength() + " characters is longer than "
              + MAX_STRING_LENGTH + ", the most a value may have";
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /**
   * Reads a document the strict reader refused for a text too long, with no limit on texts, only
   * to say what that text is and where (and what the document's id is).
   *
   * @param document the document
   * @return its tree
   * @throws IOException if it cannot be read even so
   */
  public static JsonNode readWithoutTextLimit(String document) throws IOException {
    return NO_TEXT_LIMIT.readTree(document);
  }

  /** The reader for documents refused for a long text; used only to describe the refusal. */
  private static final ObjectMapper NO_TEXT_LIMIT = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxNestingDepth(MAX_NESTING_DEPTH).build())
      .build());


  /**
   * A reader of {@code type} that does not stop at the first wrong value: an unknown property, a
   * name that is not one of an enum's values, or a value of the wrong kind is recorded in {@code
   * found} ("PATH: what (line L, column C)") and read as absent, so one pass finds them all.
   *
   * @param type what to read
   * @param found where the problems are recorded, in document order
   * @return the reader
   */
  public static ObjectReader collecting(Class<?> type, List<String> found) {
    return MAPPER.readerFor(type).withHandler(new Collector(found));
  }

  private static final class Collector extends DeserializationProblemHandler {
    private final List<String> found;

    Collector(List<String> found) {
      this.found = found;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      List<String> known = new ArrayList<>();
      Collection<Object> ids = deserializer.getKnownPropertyNames();
      if (ids != null) {
        for (Object id : ids) {
          known.add(String.valueOf(id));
        }
      }
      java.util.Collections.sort(known);
      found.add(path(p.getParsingContext()) + ": unknown property \"" + propertyName + "\""
          + (known.isEmpty() ? "" : "; expected one of " + String.join(", ", known)) + where(p));
      p.skipChildren();
      return true;
    }

    @Override
    public @Nullable Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
        String valueToConvert, String failureMsg) throws IOException {
      if (!targetType.isEnum()) {
        return NOT_HANDLED;
      }
      JsonParser p = ctxt.getParser();
      found.add(path(p.getParsingContext()) + ": \"" + valueToConvert + "\" is not one of "
          + String.join(", ", enumNames(targetType)) + where(p));
      return null;
    }

    @Override
    public @Nullable Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
        JsonParser p, String failureMsg) throws IOException {
      if (targetType.isPrimitive()) {
        return NOT_HANDLED;
      }
      JsonStreamContext at = p.getParsingContext();
      if ((t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) && at != null && at.getParent() != null) {
        at = at.getParent(); // the parser has entered the list or object it did not expect
      }
      found.add(path(at) + ": expected " + kind(targetType) + ", but found " + kind(t)
          + where(p));
      p.skipChildren();
      return null;
    }
  }

  /** The JSON path of where a parser stands ({@code $.scripts[2].purpose}). */
  private static String path(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append(parts.get(i));
    }
    return out.toString();
  }

  private static String where(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return l != null && l.getLineNr() > 0 ? " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")" : "";
  }

  /** What a Java type holds, in the words of a JSON document. */
  private static String kind(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return "a list";
    }
    if (raw == String.class) {
      return "a string";
    }
    if (raw == Boolean.class) {
      return "true or false";
    }
    if (raw == Integer.class || raw == Long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(raw)) {
      return "a number";
    }
    if (raw.isEnum()) {
      return "one of the names " + String.join(", ", enumNames(raw));
    }
    return "an object"; // a record, a map
  }

  private static List<String> enumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    return names;
  }

  private static String kind(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        out.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String firstLine(String message) {
    String m = message == null ? "unreadable JSON" : message;
    int nl = m.indexOf('\n');
    m = nl >= 0 ? m.substring(0, nl) : m;
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }
}

package org.boundarykit.content.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
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

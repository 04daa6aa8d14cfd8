package org.boundarykit.content.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a well-formed JSON document straight into the {@link Docs} records, without Jackson's
 * data binding, whose set-up dominates a cold start. It accepts only a strict subset of what the
 * strict {@link Json#MAPPER} accepts, and gives the same records for it: UTF-8 text, ASCII outside
 * strings; objects whose keys are all known record components, each at most once; no
 * {@code null}; strings without raw control characters or escaped surrogates; integers for {@code Integer}; numbers for
 * {@code Double}; enum constants by exact name; nothing after the document; the same limits of
 * depth and length. On anything else it returns null, and the caller reads the document with
 * {@link Json#MAPPER}, which reports the problem with its place. So it changes how fast a pack is
 * read, never what is accepted or what a problem says.
 */
final class QuickReader {

  /** Thrown when the document leaves the subset; never escapes this class. */
  private static final class Unusual extends Exception {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false); // no stack trace: it is control flow, caught a few frames up
    }
  }

  /** A record type: its components by JSON name, and its canonical constructor. */
  private static final class Shape {
    final Map<String, Integer> index;
    final Type[] types;
    final Constructor<?> constructor;

    Shape(Map<String, Integer> index, Type[] types, Constructor<?> constructor) {
      this.index = index;
      this.types = types;
      this.constructor = constructor;
    }
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Map<String, Integer> index = new HashMap<>();
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        index.put(jsonName(type, components[i]), i);
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        return new Shape(index, types, type.getDeclaredConstructor(raw));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  /**
   * The JSON name of a record component: the one {@code @JsonProperty} rename in {@link Docs}, or
   * the component's name. Written out rather than read from the annotation, because reading an
   * annotation reflectively generates a proxy class, which costs a cold start more than the rest of
   * the binding; a test checks this against the annotations.
   */
  static String jsonName(Class<?> type, RecordComponent component) {
    return type == Docs.PackDoc.class && component.getName().equals("schema") ? "$schema" : component.getName();
  }

  // the UTF-8 bytes themselves: outside strings a document is ASCII, and a string of ASCII needs no
  // decoding, so only strings with other characters go through a decoder (decoding the whole
  // document first cost a cold start more than the rest of the tokenizing)
  private final byte[] text;
  private final int end;
  private int at;

  private QuickReader(byte[] bytes) {
    this.text = bytes;
    this.at = 0;
    this.end = bytes.length;
  }

  /**
   * Reads a document as {@code type}.
   *
   * @param bytes the document
   * @param type a {@link Docs} record type
   * @return the record, or null if the document leaves the subset this reader accepts
   */
  static <T extends Record> @Nullable T read(byte[] bytes, Class<T> type) {
    if (bytes.length > Json.MAX_DOCUMENT_LENGTH) {
      return null;
    }
    QuickReader reader = new QuickReader(bytes);
    try {
      Object value = reader.value(type, 0);
      reader.space();
      if (reader.at != reader.end) {
        return null;
      }
      return type.cast(value);
    } catch (Unusual e) {
      return null;
    }
  }

  private Object value(Type type, int depth) throws Unusual {
    space();
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return list(p.getActualTypeArguments()[0], depth + 1);
    }
    if (!(type instanceof Class<?> c)) {
      throw new Unusual();
    }
    if (c == String.class) {
      return string();
    }
    if (c == Integer.class) {
      String digits = number();
      if (digits.indexOf('.') >= 0 || digits.indexOf('e') >= 0 || digits.indexOf('E') >= 0) {
        throw new Unusual();
      }
      try {
        return Integer.valueOf(Integer.parseInt(digits));
      } catch (NumberFormatException e) {
        throw new Unusual();
      }
    }
    if (c == Double.class) {
      return Double.valueOf(Double.parseDouble(number()));
    }
    if (c == Boolean.class) {
      if (literal("true")) {
        return true;
      }
      if (literal("false")) {
        return false;
      }
      throw new Unusual();
    }
    if (c.isEnum()) {
      String name = string();
      for (Object constant : c.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
      throw new Unusual();
    }
    if (c.isRecord()) {
      return record(c, depth + 1);
    }
    throw new Unusual();
  }

  private Object record(Class<?> type, int depth) throws Unusual {
    if (depth >= Json.MAX_NESTING_DEPTH) {
      throw new Unusual();
    }
    Shape shape = SHAPES.get(type);
    @Nullable Object[] args = new Object[shape.types.length];
    boolean[] seen = new boolean[args.length];
    expect('{');
    space();
    if (peek() == '}') {
      at++;
    } else {
      while (true) {
        space();
        Integer i = shape.index.get(string());
        if (i == null || seen[i]) {
          throw new Unusual(); // unknown or repeated key: Jackson says which
        }
        seen[i] = true;
        space();
        expect(':');
        args[i] = value(shape.types[i], depth);
        space();
        char c = next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw new Unusual();
        }
      }
    }
    try {
      return shape.constructor.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unusual();
    }
  }

  private List<Object> list(Type element, int depth) throws Unusual {
    if (depth >= Json.MAX_NESTING_DEPTH) {
      throw new Unusual();
    }
    List<Object> out = new ArrayList<>();
    expect('[');
    space();
    if (peek() == ']') {
      at++;
      return out;
    }
    while (true) {
      out.add(value(element, depth));
      space();
      char c = next();
      if (c == ']') {
        return out;
      }
      if (c != ',') {
        throw new Unusual();
      }
    }
  }

  private String string() throws Unusual {
    expect('"');
    StringBuilder out = null;
    int start = at;
    boolean ascii = true;
    while (true) {
      if (at >= end) {
        throw new Unusual();
      }
      byte c = text[at];
      if (c == '"') {
        String piece = decode(start, at, ascii);
        String s = out == null ? piece : out.append(piece).toString();
        at++;
        if (s.length() > Json.MAX_STRING_LENGTH) {
          throw new Unusual();
        }
        return s;
      }
      if (c < 0) {
        ascii = false; // a byte of a multi-byte character: this part is decoded, and checked
        at++;
        continue;
      }
      if (c < 0x20) {
        throw new Unusual();
      }
      if (c != '\\') {
        at++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(decode(start, at, ascii));
      ascii = true;
      if (at + 1 >= end) {
        throw new Unusual();
      }
      char e = (char) text[at + 1];
      at += 2;
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > end) {
            throw new Unusual();
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            char h = (char) (text[at + k] & 0xFF);
            int d = Character.digit(h, 16);
            if (d < 0 || h > 'f') {
              throw new Unusual();
            }
            code = code * 16 + d;
          }
          if (Character.isSurrogate((char) code)) {
            throw new Unusual();
          }
          out.append((char) code);
          at += 4;
        }
        default -> throw new Unusual();
      }
      start = at;
    }
  }

  /** The bytes from {@code from} to {@code to} as text; ASCII is copied, the rest decoded strictly. */
  private String decode(int from, int to, boolean ascii) throws Unusual {
    if (ascii) {
      return new String(text, from, to - from, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(text, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unusual(); // malformed UTF-8: Jackson says where
    }
  }

  /** A JSON number token, as written. */
  private String number() throws Unusual {
    int start = at;
    if (at < end && text[at] == '-') {
      at++;
    }
    int digits = at;
    while (at < end && text[at] >= '0' && text[at] <= '9') {
      at++;
    }
    if (at == digits || (text[digits] == '0' && at - digits > 1)) {
      throw new Unusual(); // no digits, or a leading zero
    }
    if (at < end && text[at] == '.') {
      at++;
      int fraction = at;
      while (at < end && text[at] >= '0' && text[at] <= '9') {
        at++;
      }
      if (at == fraction) {
        throw new Unusual();
      }
    }
    if (at < end && (text[at] == 'e' || text[at] == 'E')) {
      at++;
      if (at < end && (text[at] == '+' || text[at] == '-')) {
        at++;
      }
      int exponent = at;
      while (at < end && text[at] >= '0' && text[at] <= '9') {
        at++;
      }
      if (at == exponent) {
        throw new Unusual();
      }
    }
    if (at - start > Json.MAX_NUMBER_LENGTH) {
      throw new Unusual();
    }
    return new String(text, start, at - start, StandardCharsets.ISO_8859_1);
  }

  private boolean literal(String word) {
    if (end - at < word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[at + i] != word.charAt(i)) {
        return false;
      }
    }
    at += word.length();
    return true;
  }

  private void space() {
    while (at < end && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t')) {
      at++;
    }
  }

  private char peek() throws Unusual {
    if (at >= end) {
      throw new Unusual();
    }
    return (char) (text[at] & 0xFF); // a byte of a multi-byte character matches no ASCII token
  }

  private char next() throws Unusual {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) throws Unusual {
    if (next() != c) {
      throw new Unusual();
    }
  }
}

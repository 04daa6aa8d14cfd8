package org.boundarykit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed script template: literal text, {@code {name}} placeholders, and optional parts in
 * square brackets that are dropped when one of their placeholders has no value. Parsed once;
 * rendering never re-reads inserted values, so a value is always inserted literally.
 */
public final class Template {

  /** The placeholder names a template may use, in slot order. */
  public static final List<String> NAMES = List.of(
      "exName", "matter", "topic", "reasons", "time", "place", "alternative", "detail",
      "allowedTopics", "allowedChannels", "channel");

  /** The placeholder names a template may use. */
  public static final Set<String> KNOWN = Set.copyOf(NAMES);

  /** The slot of {@code {exName}} in the values array of {@link #render(String[])}. */
  public static final int EX_NAME = 0;

  /** The slot of {@code {matter}}. */
  public static final int MATTER = 1;

  /** The slot of {@code {topic}}. */
  public static final int TOPIC = 2;

  /** The slot of {@code {reasons}}. */
  public static final int REASONS = 3;

  /** The slot of {@code {time}}: when, in the user's answer to a practical question. */
  public static final int TIME = 4;

  /** The slot of {@code {place}}: where, in the user's answer. */
  public static final int PLACE = 5;

  /** The slot of {@code {alternative}}: what the user offers instead. */
  public static final int ALTERNATIVE = 6;

  /** The slot of {@code {detail}}: the detail the user asks for, or adds. */
  public static final int DETAIL = 7;

  /** The slot of {@code {allowedTopics}}: the topics the plan allows, in the script's language. */
  public static final int ALLOWED_TOPICS = 8;

  /** The slot of {@code {allowedChannels}}: the channels the plan allows, in the script's language. */
  public static final int ALLOWED_CHANNELS = 9;

  /** The slot of {@code {channel}}: the channel the contact came on, in the script's language. */
  public static final int CHANNEL = 10;

  /** The number of slots. */
  public static final int SLOTS = 11;

  private final List<Object> parts; // String literal, Placeholder, or Optional section
  private final Set<String> placeholders;
  private final Set<String> required;

  private record Placeholder(String name, int slot) {}

  private record Section(List<Object> parts) {}

  private Template(List<Object> parts, Set<String> placeholders, Set<String> required) {
    this.parts = parts;
    this.placeholders = placeholders;
    this.required = required;
  }

  /**
   * Parses a template.
   *
   * @param text the template
   * @return the template
   * @throws IllegalArgumentException naming the character offset of the problem
   */
  public static Template parse(String text) {
    List<Object> top = new ArrayList<>();
    List<Object> section = null;
    int sectionStart = -1;
    Set<String> names = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      List<Object> target = section == null ? top : section;
      if (c == '[') {
        if (section != null) {
          throw new IllegalArgumentException("nested '[' at offset " + i);
        }
        flush(literal, top);
        section = new ArrayList<>();
        sectionStart = i;
        i++;
      } else if (c == ']') {
        if (section == null) {
          throw new IllegalArgumentException("']' without '[' at offset " + i);
        }
        flush(literal, section);
        top.add(new Section(List.copyOf(section)));
        section = null;
        i++;
      } else if (c == '{') {
        int end = text.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("'{' without '}' at offset " + i);
        }
        String name = text.substring(i + 1, end);
        if (!KNOWN.contains(name)) {
          throw new IllegalArgumentException(
              "unknown placeholder {" + name + "} at offset " + i + "; known: " + KNOWN);
        }
        flush(literal, target);
        target.add(new Placeholder(name, slot(name)));
        names.add(name);
        if (section == null) {
          required.add(name);
        }
        i = end + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException("'}' without '{' at offset " + i);
      } else {
        literal.append(c);
        i++;
      }
    }
    if (section != null) {
      throw new IllegalArgumentException("'[' at offset " + sectionStart + " is never closed");
    }
    flush(literal, top);
    return new Template(List.copyOf(top), Set.copyOf(names), Set.copyOf(required));
  }

  private static int slot(String name) {
    return NAMES.indexOf(name);
  }

  private static void flush(StringBuilder literal, List<Object> into) {
    if (literal.length() > 0) {
      into.add(literal.toString());
      literal.setLength(0);
    }
  }

  /** {@return every placeholder the template uses} */
  public Set<String> placeholders() {
    return placeholders;
  }

  /** {@return the placeholders outside optional parts: they must always have a value} */
  public Set<String> required() {
    return required;
  }

  /** {@return whether the template uses {@code {reasons}}, in an optional part or not} */
  public boolean usesReasons() {
    return placeholders.contains("reasons");
  }

  /**
   * Renders the template from values by slot ({@link #EX_NAME}, {@link #MATTER} and the others, in
   * the order of {@link #NAMES}). A missing value drops its optional part; a missing required value
   * renders as nothing (verification keeps that from happening).
   *
   * @param values {@link #SLOTS} placeholder values, already cleaned; null where there is none
   * @return the text
   */
  public String render(@Nullable String[] values) {
    StringBuilder out = new StringBuilder(128);
    for (Object part : parts) {
      if (part instanceof String s) {
        out.append(s);
      } else if (part instanceof Placeholder p) {
        String value = values[p.slot()];
        if (value != null) {
          out.append(value);
        }
      } else {
        renderSection((Section) part, values, out);
      }
    }
    return out.toString().trim();
  }

  private static void renderSection(Section section, @Nullable String[] values, StringBuilder out) {
    for (Object part : section.parts()) {
      if (part instanceof Placeholder p && values[p.slot()] == null) {
        return;
      }
    }
    for (Object part : section.parts()) {
      if (part instanceof String s) {
        out.append(s);
      } else {
        out.append(values[((Placeholder) part).slot()]);
      }
    }
  }

  /**
   * Cleans a value for insertion: control characters, line breaks and bidirectional overrides
   * become spaces, runs of white space collapse, and the ends are trimmed.
   *
   * @param value the raw value
   * @return the cleaned value, or null if nothing is left
   */
  public static @Nullable String clean(String value) {
    if (isClean(value)) {
      return value; // the common case: nothing to change, nothing to copy
    }
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      int c = value.codePointAt(i); // by code point: invisible format characters exist beyond U+FFFF
      boolean blank =
          Character.isISOControl(c)
              || Character.isWhitespace(c)
              || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
      if (blank) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(c);
      }
    }
    return out.length() == 0 ? null : out.toString();
  }

  /**
   * Whether {@link #clean} would return {@code value} unchanged: printable ASCII only, no space at
   * either end, no two spaces in a row. Anything else takes the full path.
   */
  private static boolean isClean(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}

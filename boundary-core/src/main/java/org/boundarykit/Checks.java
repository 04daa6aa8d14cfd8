package org.boundarykit;

import org.boundarykit.internal.IdSyntax;

/** Argument checks shared by the value types, with messages that name the field. */
final class Checks {
  private Checks() {}

  /**
   * Checks a short user-supplied text: not blank, at most {@code max} characters.
   *
   * @return the text
   */
  static String text(String field, String value, int max) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    if (value.length() > max) {
      throw new InvalidValueException(field, "at most " + max + " characters, but got " + value.length());
    }
    return value;
  }

  static String id(String field, String value) {
    if (!IdSyntax.isId(value)) {
      throw new InvalidValueException(field,
          "an id is 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit, but got \""
              + shorten(value) + "\"");
    }
    return value;
  }

  /** A value for a message: at most 100 characters of it. */
  static String shorten(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100) + "...";
  }
}

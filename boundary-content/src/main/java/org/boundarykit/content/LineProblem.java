package org.boundarykit.content;

import java.util.Objects;

/**
 * A line of a labelled set that could not be read, and why. The line is left out of the set; the
 * other lines are read as usual. Immutable.
 *
 * @param file the file (or the name given for the input)
 * @param line the line number, from 1
 * @param field the JSON path of the field at fault, such as {@code $.safety}; {@code $} for the
 *     line as a whole
 * @param kind what kind of problem it is
 * @param message what is wrong, in plain words
 */
public record LineProblem(String file, int line, String field, Kind kind, String message) {

  /** What kind of problem a line has. */
  public enum Kind {
    /** The line is not one JSON object. */
    SYNTAX,
    /** A required field is missing or null. */
    MISSING,
    /** A field holds the wrong JSON type (a number where a string belongs, say). */
    WRONG_TYPE,
    /** A field holds a value outside its vocabulary, or a blank string. */
    BAD_VALUE,
    /** The id was already used on an earlier line. */
    DUPLICATE_ID
  }

  /**
   * Creates a problem.
   *
   * @param file the file
   * @param line the line number, from 1
   * @param field the JSON path of the field at fault
   * @param kind what kind of problem it is
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public LineProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line: must be 1 or more, but got " + line);
    }
  }

  /** {@return the problem as one line: {@code FILE:LINE: FIELD: MESSAGE}} */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}

package org.boundarykit.internal;

/**
 * The syntax checks the value types make when they are built, as plain loops: a pack builds
 * hundreds of values on a cold start, and {@link String#matches} compiles its pattern on every
 * call. Each method says which pattern it stands for.
 */
public final class IdSyntax {
  private IdSyntax() {}

  /**
   * Whether {@code value} matches {@code [A-Za-z0-9][A-Za-z0-9._-]{0,79}}.
   *
   * @param value the text to check
   * @return true if it is an id
   */
  public static boolean isId(String value) {
    int n = value.length();
    if (n < 1 || n > 80 || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} matches {@code [A-Z]{2}} or, when {@code lowerToo}, {@code [A-Za-z]{2}}.
   *
   * @param value the text to check
   * @param lowerToo whether lower-case letters are accepted
   * @return true if it is two ASCII letters
   */
  public static boolean isTwoLetters(String value, boolean lowerToo) {
    if (value.length() != 2) {
      return false;
    }
    for (int i = 0; i < 2; i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(lowerToo && c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is a region code: ISO 3166-1 alpha-2 ("GB"), or that followed by a
   * hyphen and an ISO 3166-2 subdivision of one to three letters or digits ("GB-SCT", "CA-ON").
   *
   * @param value the text
   * @param lowerToo whether lower-case letters count
   * @return true if it is
   */
  public static boolean isRegion(String value, boolean lowerToo) {
    if (value.length() == 2) {
      return isTwoLetters(value, lowerToo);
    }
    if (value.length() < 4 || value.length() > 6 || value.charAt(2) != '-' || !isTwoLetters(value.substring(0, 2), lowerToo)) {
      return false;
    }
    for (int i = 3; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) || (!lowerToo && c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}

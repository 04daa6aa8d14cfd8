package org.boundarykit.internal.text;

import java.util.List;
import java.util.Set;

/**
 * Undoes the disguises people use to get words past a filter, before a message is tokenised:
 * letters from other alphabets that look Latin ("уоu" with Cyrillic letters), digits and symbols
 * inside words ("k1ll", "h@rt", "h*rt"), and letters spaced out ("s t a b", "k.i.l.l"). One pass,
 * linear in the text; text without such disguises comes back unchanged.
 *
 * <p>A symbol that hides a vowel ({@code @ * # ?} inside a word) is resolved against the words
 * the lexicons know, lexicon by lexicon in the order given (English first in the default pack):
 * the first vowel that makes a word of the first lexicon that knows one wins, else the symbol
 * stays. So "h@rt" is English "hurt", not German "hart".
 */
public final class Deobfuscator {

  private static final String LOOKALIKES =
      // Cyrillic
      "аaеeоoрpсcуyхxіiјjѕsԁdӏlһhԛqԝwвbкkмmнhтt"
      // Greek
      + "οoαaεeιiκkνvρpτtυuχxβbηn";
  private static final String VOWELS = "aeiou";

  private final List<Set<String>> known;

  /**
   * Returns a deobfuscator.
   *
   * @param known per lexicon, in order of preference, the words (lowercase, as authored) that a
   *     masked vowel may resolve to
   */
  public Deobfuscator(List<Set<String>> known) {
    this.known = known.stream().map(Set::copyOf).toList();
  }

  /**
   * Returns the text with disguises undone.
   *
   * @param text any string
   * @return the text to tokenise
   */
  public String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < n && isWordChar(text.charAt(end))) {
        end++;
      }
      // a run of single letters, separated by one space, dot or dash: "s t a b", "k.i.l.l"
      int spaced = spacedRunEnd(text, i);
      if (spaced > 0) {
        for (int k = i; k < spaced; k += 2) {
          out.append(Character.toLowerCase(lookalike(text.charAt(k))));
        }
        i = spaced;
        continue;
      }
      out.append(word(text, i, end));
      i = end;
    }
    return out.toString();
  }

  /** The end of a run of at least four single letters with one separator between them, or 0. */
  private static int spacedRunEnd(String text, int start) {
    int n = text.length();
    int k = start;
    int letters = 0;
    while (k < n && Character.isLetter(text.charAt(k))
        && (k + 1 >= n || !isWordChar(text.charAt(k + 1)))) {
      letters++;
      if (k + 2 < n && isSeparator(text.charAt(k + 1)) && Character.isLetter(text.charAt(k + 2))
          && (k + 3 >= n || !isWordChar(text.charAt(k + 3)))) {
        k += 2;
      } else {
        k += 1;
        break;
      }
    }
    return letters >= 4 ? k : 0;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_';
  }

  private String word(String text, int start, int end) {
    boolean latin = false;
    boolean foreign = false;
    boolean symbol = false;
    boolean letter = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c < 128 && Character.isLetter(c)) {
        latin = true;
        letter = true;
      } else if (Character.isLetter(c)) {
        letter = true;
        if (lookalike(c) != c) {
          foreign = true;
        }
      } else {
        symbol = true;
      }
    }
    if (!letter || (!foreign && !symbol)) {
      return text.substring(start, end);
    }
    if (foreign && !latin && !allLookalikes(text, start, end)) {
      return text.substring(start, end); // a word of another language, not a disguise
    }
    if (symbol && !mixedInside(text, start, end)) {
      return text.substring(start, end); // "5pm", "2nd", "4:40"
    }
    char[] w = new char[end - start];
    int mask = -1;
    for (int k = start; k < end; k++) {
      char c = lookalike(text.charAt(k));
      char mapped = switch (c) {
        case '0' -> 'o';
        case '1', '!' -> 'i';
        case '3' -> 'e';
        case '4' -> 'a';
        case '5', '$' -> 's';
        case '7' -> 't';
        case '@', '*', '#' -> '\0';
        default -> c;
      };
      if (mapped == '\0') {
        mask = mask == -1 ? k - start : -2; // one mask resolved; more stay as they are
        mapped = c;
      }
      w[k - start] = Character.toLowerCase(mapped);
    }
    if (mask >= 0) {
      for (Set<String> words : known) {
        for (int v = 0; v < VOWELS.length(); v++) {
          w[mask] = VOWELS.charAt(v);
          String candidate = new String(w);
          if (words.contains(candidate)) {
            return candidate;
          }
        }
      }
      w[mask] = text.charAt(start + mask) == '@' ? 'a' : 'u';
    }
    return new String(w);
  }

  /** Whether a symbol or digit sits between letters (or at the end after two letters). */
  private static boolean mixedInside(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (!Character.isLetter(c)) {
        boolean before = k > start && Character.isLetter(text.charAt(k - 1));
        boolean after = k + 1 < end && Character.isLetter(text.charAt(k + 1));
        if (before && after) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allLookalikes(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c) && lookalike(c) == c) {
        return false;
      }
    }
    return true;
  }

  /** Letters, digits and the symbols that stand in for letters inside a word. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '*' || c == '#' || c == '$';
  }

  private static char lookalike(char c) {
    if (c < 128) {
      return c;
    }
    char lower = Character.toLowerCase(c);
    for (int k = 0; k < LOOKALIKES.length(); k += 2) {
      if (LOOKALIKES.charAt(k) == lower) {
        return LOOKALIKES.charAt(k + 1);
      }
    }
    return c;
  }
}

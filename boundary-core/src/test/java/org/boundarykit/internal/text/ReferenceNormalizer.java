package org.boundarykit.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The normaliser as it was before its single-pass rewrite, kept as the oracle the fast path is
 * checked against. Do not change it. What the rewrite did not touch is shared with {@link
 * TextNormalizer} rather than copied: the abbreviation table, which characters are dropped and
 * which punctuation becomes ASCII, clock times, contractions and the collapsing of repeated
 * letters. Turns a message (or a cue phrase) into match tokens, in linear time and without
 * throwing for any string.
 *
 * <p>Steps: drop lone surrogates, control and format characters (zero-width, bidi overrides, soft
 * hyphens); Unicode compatibility normalisation (NFKC) with accents and emoji modifiers removed;
 * case folding with {@link Locale#ROOT}; curly quotes and dashes to ASCII; words split on anything
 * but letters, digits and inner apostrophes; contractions expanded ("won't" to "will not");
 * letters repeated three or more times collapsed ("sooo" to "so"); texting abbreviations expanded
 * ("u" to "you", "idk" to "i do not know"); emoji and emoticons that carry meaning turned into name
 * tokens such as {@code :heart:}; and finally each word reduced to a match key in which every run
 * of a repeated letter counts once, so "so", "sooo" and "soooo" give the same key.
 *
 * <p>Punctuation survives as boundary tokens: {@link #SENTENCE} for {@code . ! ;} and line breaks,
 * {@link #QUESTION} for {@code ?}, {@link #CLAUSE} for {@code , : ( ) "} and a free-standing dash.
 * Clock times become {@link #TIME} or {@link #SMALL_HOURS}.
 */
final class ReferenceNormalizer {

  /** Boundary token for the end of a statement. */
  public static final String SENTENCE = ".";

  /** Boundary token for the end of a question. */
  public static final String QUESTION = "?";

  /** Boundary token between clauses. */
  public static final String CLAUSE = ",";

  /** Token for a clock time ("5pm", "9:30"). */
  public static final String TIME = ":time:";

  /** Token for a clock time between midnight and 5 am ("2am", "3:15am", "01:30"). */
  public static final String SMALL_HOURS = ":small_hours:";

  private static final Map<String, String[]> ABBREVIATIONS = abbreviations();
  private static final Map<Integer, String> EMOJI = Emoji.names();

  private ReferenceNormalizer() {}

  /**
   * Whether a token is a boundary token rather than a word.
   *
   * @param token a token from {@link #tokens}
   * @return true for {@link #SENTENCE}, {@link #QUESTION} and {@link #CLAUSE}
   */
  public static boolean isBoundary(String token) {
    return token.equals(SENTENCE) || token.equals(QUESTION) || token.equals(CLAUSE);
  }

  /**
   * Cleans, folds and normalises text without splitting it: control, format and unpaired surrogate
   * characters removed (line breaks kept), NFKC without accents or emoji modifiers, lower case in
   * {@link Locale#ROOT}, curly quotes and dashes as ASCII.
   *
   * @param text any string
   * @return the folded text
   */
  public static String fold(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        clean.append('\n');
      } else if (cp == '\t' || cp == 0x0B || cp == 0x0C || type == Character.UNASSIGNED) {
        clean.append(' ');
      } else if (!isDropped(type)) {
        clean.appendCodePoint(cp);
      }
    }
    String decomposed = Normalizer.normalize(clean, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    int j = 0;
    while (j < decomposed.length()) {
      int cp = decomposed.codePointAt(j);
      j += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT
          || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
        continue; // accents, variation selectors, skin tones
      }
      out.appendCodePoint(asciiPunctuation(cp));
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static boolean isDropped(int type) {
    return TextNormalizer.isDropped(type);
  }

  private static int asciiPunctuation(int cp) {
    return TextNormalizer.asciiPunctuation(cp);
  }

  /**
   * Returns the match tokens of a text: word keys, emoji names and boundary tokens.
   *
   * @param text any string
   * @return the tokens, never null
   */
  public static List<String> tokens(String text) {
    String s = fold(text);
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
        i += len;
        continue;
      }
      char c = (char) cp;
      boolean inWord = word.length() > 0;
      boolean nextIsLetter = i + 1 < n && Character.isLetterOrDigit(s.codePointAt(i + 1));
      if (cp == '\'' && inWord && nextIsLetter) {
        word.append('\'');
        i++;
        continue;
      }
      if ((cp == '.' || cp == ':') && inWord && nextIsLetter
          && Character.isDigit(word.charAt(word.length() - 1))) {
        word.append((char) cp);
        i++;
        continue;
      }
      flushWord(word, out);
      if (cp == '-' && inWord && nextIsLetter) {
        i++; // "b-day", "self-harm": a word break, not a clause break
        continue;
      }
      int emoticon = emoticon(s, i, out);
      if (emoticon > 0) {
        i += emoticon;
        continue;
      }
      if (cp < 128) {
        switch (c) {
          case '.', '!', ';', '\n' -> boundary(out, SENTENCE);
          case '?' -> boundary(out, QUESTION);
          case ',', ':', '(', ')', '"', '-', '[', ']', '{', '}', '/' -> boundary(out, CLAUSE);
          default -> { }
        }
      } else if (isEmoji(cp)) {
        String name = EMOJI.get(cp);
        out.add(name != null ? name : new String(Character.toChars(cp)));
      }
      i += len;
    }
    flushWord(word, out);
    return mergeYouAre(out);
  }

  /**
   * Returns the word tokens of a cue phrase: {@link #tokens} without boundary tokens.
   *
   * @param phrase a phrase as written by a content author
   * @return the word tokens, possibly empty
   */
  public static List<String> phraseTokens(String phrase) {
    List<String> all = tokens(phrase);
    List<String> words = new ArrayList<>(all.size());
    for (String t : all) {
      if (!isBoundary(t)) {
        words.add(t);
      }
    }
    return words;
  }

  private static boolean isEmoji(int cp) {
    return Character.getType(cp) == Character.OTHER_SYMBOL
        || (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF);
  }

  /** Recognises an emoticon or a {@code :name:} shortcode at {@code i}; returns its length or 0. */
  private static int emoticon(String s, int i, List<String> out) {
    char c = s.charAt(i);
    if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '3') {
      int j = i + 1;
      while (j < s.length() && s.charAt(j) == '3') {
        j++;
      }
      out.add(Emoji.HEART);
      return j - i;
    }
    if (c == ':' || c == ';' || c == '=') {
      if (c == ':') {
        int j = i + 1;
        while (j < s.length() && j - i <= 40 && (isAsciiLower(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        if (j > i + 1 && j < s.length() && s.charAt(j) == ':') {
          out.add(s.substring(i, j + 1));
          return j + 1 - i;
        }
      }
      int j = i + 1;
      if (j < s.length() && s.charAt(j) == '-') {
        j++;
      }
      boolean tear = false;
      if (j < s.length() && s.charAt(j) == '\'') {
        tear = true;
        j++;
      }
      if (j < s.length()) {
        char m = s.charAt(j);
        boolean wordAfter = j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1));
        if (m == '(' || m == '[') {
          out.add(tear ? Emoji.CRYING : Emoji.SAD);
          return j + 1 - i;
        }
        if ((m == ')' || (m == 'd' && !wordAfter) || (m == 'p' && !wordAfter)) && !tear) {
          out.add(c == ';' ? Emoji.WINK : Emoji.SMILE);
          return j + 1 - i;
        }
        if (m == '*' && !tear) {
          out.add(Emoji.KISS);
          return j + 1 - i;
        }
      }
    }
    return 0;
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static void boundary(List<String> out, String token) {
    if (out.isEmpty()) {
      return;
    }
    String last = out.get(out.size() - 1);
    if (isBoundary(last)) {
      if (rank(token) > rank(last)) {
        out.set(out.size() - 1, token);
      }
      return;
    }
    out.add(token);
  }

  private static int rank(String boundary) {
    return switch (boundary) {
      case QUESTION -> 3;
      case SENTENCE -> 2;
      default -> 1;
    };
  }

  private static void flushWord(StringBuilder word, List<String> out) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    String time = timeOfDay(w);
    if (time != null) {
      out.add(time);
      return;
    }
    for (String part : expandContraction(w)) {
      String collapsed = collapseRuns(part, 3);
      String[] expansion = ABBREVIATIONS.get(collapsed);
      if (expansion == null) {
        out.add(key(collapsed));
      } else {
        for (String e : expansion) {
          out.add(key(e));
        }
      }
    }
  }

  // Clock times, contractions and runs of letters were not part of the rewrite: the normaliser's
  // own code is used for them, so that this class keeps only what is compared.

  private static @Nullable String timeOfDay(String w) {
    return TextNormalizer.timeOfDay(w);
  }

  private static List<String> expandContraction(String w) {
    return TextNormalizer.expandContraction(w);
  }

  private static String collapseRuns(String s, int min) {
    return TextNormalizer.collapseRuns(s, min);
  }

  /** The match key of a word: every run of a repeated letter counts once. */
  private static String key(String word) {
    return collapseRuns(word, 2);
  }

  /** "you are" and its spellings fold into the token of "your"/"you're"/"ur". */
  private static List<String> mergeYouAre(List<String> in) {
    List<String> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      String t = in.get(i);
      if (t.equals("you") && i + 1 < in.size() && in.get(i + 1).equals("are")) {
        out.add("ur");
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The same table the normaliser uses: it is data, not the code under comparison. */
  private static Map<String, String[]> abbreviations() {
    return Map.copyOf(TextNormalizer.abbreviations());
  }
}

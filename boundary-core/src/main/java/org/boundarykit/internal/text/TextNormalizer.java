package org.boundarykit.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Turns a message (or a cue phrase) into match tokens, in linear time and without throwing for any
 * string.
 *
 * <p>Steps: drop lone surrogates, control and format characters (zero-width, bidi overrides, soft
 * hyphens); runs of more than 30 combining marks cut (so normalisation stays linear); Unicode
 * compatibility normalisation (NFKC) with accents and emoji modifiers removed;
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
 *
 * <p>One tokeniser serves two outputs: {@link #tokens} gives the tokens as strings (cue phrases,
 * tests), {@link #tokenIds} gives their ids in a {@link Vocabulary} without making a string per
 * word (messages). Text that is all ASCII skips Unicode normalisation, which leaves it unchanged;
 * text whose other code points each fold into ASCII and inert symbols (emoji, typographic quotes,
 * accented Latin letters, marks) is folded piece by piece from a per-code-point cache; any other
 * text takes the full NFKD and NFC path.
 */
public final class TextNormalizer {

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

  /** Most combining characters kept in a row before normalisation. */
  static final int MAX_COMBINING_RUN = 30;


  private static final String[] BOUNDARIES = {SENTENCE, QUESTION, CLAUSE};

  private static final Abbreviations ABBREVIATIONS = new Abbreviations(abbreviations());
  private static final int[] EMOJI_CODE_POINTS;
  private static final String[] EMOJI_NAMES;

  static {
    Map<Integer, String> names = Emoji.names();
    EMOJI_CODE_POINTS = new int[names.size()];
    int k = 0;
    for (int cp : names.keySet()) {
      EMOJI_CODE_POINTS[k++] = cp;
    }
    Arrays.sort(EMOJI_CODE_POINTS);
    EMOJI_NAMES = new String[EMOJI_CODE_POINTS.length];
    for (int i = 0; i < EMOJI_CODE_POINTS.length; i++) {
      EMOJI_NAMES[i] = names.get(EMOJI_CODE_POINTS[i]);
    }
  }

  private TextNormalizer() {}

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
   * Whether a token id is a boundary token rather than a word.
   *
   * @param id a token id from {@link #tokenIds}
   * @return true for the ids of {@link #SENTENCE}, {@link #QUESTION} and {@link #CLAUSE}
   */
  public static boolean isBoundary(int id) {
    return id >= Vocabulary.SENTENCE && id <= Vocabulary.CLAUSE;
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
    String ascii = foldAscii(text);
    if (ascii != null) {
      return ascii;
    }
    String piecewise = foldPiecewise(text);
    return piecewise != null ? piecewise : foldUnicode(text);
  }

  /**
   * The fold of a text in which every code point folds on its own into ASCII and inert symbols
   * (see {@link #foldOne}), put together piece by piece; or null if some code point does not.
   *
   * <p>Why the pieces add up to {@link #foldUnicode}: what survives of each code point is ASCII or
   * an inert symbol, so every character that is kept is a starter (canonical combining class 0,
   * which only marks lack), and every non-starter is a mark that is dropped; canonical reordering
   * only moves non-starters, so NFKD of the text is the decompositions one after another up to
   * the order of dropped marks. What is left is all NFC quick-check YES starters, which NFC leaves
   * as they are (only marks, Hangul vowels and some Indic vowel signs compose with what precedes
   * them). Lower case is then per character: none of it is a capital sigma, the one character
   * whose lower case depends on its neighbours.
   */
  private static @Nullable String foldPiecewise(String text) {
    char[] out = new char[text.length() + 16];
    int k = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) {
        i++;
        int f = foldAscii(c);
        if (f >= 0) {
          if (k == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[k++] = (char) f;
        }
        continue;
      }
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String piece = foldOne(cp);
      if (piece == null) {
        return null;
      }
      if (k + piece.length() > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, k + piece.length()));
      }
      piece.getChars(0, piece.length(), out, k);
      k += piece.length();
    }
    return new String(out, 0, k);
  }

  /**
   * Code points from here on (the planes of rare ideographs, tags, private use) are not cached:
   * text with them takes the full path. This bounds the cache below 512 blocks whatever the input.
   */
  private static final int FOLD_CACHE_LIMIT = 0x20000;

  /** Per 256 code points, what {@link #foldOne} found so far (null: not yet worked out). */
  private static final AtomicReferenceArray<@Nullable AtomicReferenceArray<@Nullable Object>>
      FOLD_CACHE = new AtomicReferenceArray<>(FOLD_CACHE_LIMIT >> 8);

  /** The folds made of at most one ASCII character, shared rather than kept once per code point. */
  private static final String[] SHORT_FOLDS = new String[0x81];

  static {
    SHORT_FOLDS[0x80] = "";
    for (char c = 0; c < 0x80; c++) {
      SHORT_FOLDS[c] = String.valueOf(c);
    }
  }

  /** Cached for a code point whose fold is not ASCII and inert symbols. */
  private static final Object NOT_PIECEWISE = new Object();

  /**
   * The fold of one code point beyond ASCII, if it is made of ASCII and inert symbols only
   * (accented Latin letters, curly quotes, dashes, fullwidth forms, emoji, variation selectors,
   * skin tones, zero-width and bidi controls, combining marks); null otherwise (other scripts,
   * for instance). Worked out once by {@link #foldUnicode} and cached.
   */
  private static @Nullable String foldOne(int cp) {
    if (cp >= FOLD_CACHE_LIMIT) {
      return null;
    }
    int b = cp >> 8;
    AtomicReferenceArray<@Nullable Object> block = FOLD_CACHE.get(b);
    if (block == null) {
      FOLD_CACHE.compareAndSet(b, null, new AtomicReferenceArray<>(256));
      block = FOLD_CACHE.get(b);
      if (block == null) {
        return null; // never: a block once set stays
      }
    }
    Object known = block.get(cp & 0xFF);
    if (known == null) {
      String fold = foldUnicode(new String(Character.toChars(cp)));
      if (fold.isEmpty()) {
        known = SHORT_FOLDS[0x80];
      } else if (fold.length() == 1 && fold.charAt(0) < 0x80) {
        known = SHORT_FOLDS[fold.charAt(0)];
      } else {
        known = isAsciiOrInert(fold) ? fold : NOT_PIECEWISE;
      }
      block.set(cp & 0xFF, known);
    }
    return known instanceof String piece ? piece : null;
  }

  /**
   * Whether every character is ASCII or an inert symbol: a symbol or punctuation mark beyond
   * ASCII with no decomposition and no lower case of its own. Such characters are starters, NFC
   * quick-check YES, and never compose.
   */
  private static boolean isAsciiOrInert(String fold) {
    for (int i = 0; i < fold.length(); i++) {
      char c = fold.charAt(i);
      if (c < 0x80) {
        continue;
      }
      int cp = fold.codePointAt(i);
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
      boolean symbolOrPunctuation = switch (Character.getType(cp)) {
        case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
            Character.OTHER_SYMBOL, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION, Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION -> true;
        default -> false;
      };
      String one = new String(Character.toChars(cp));
      if (!symbolOrPunctuation
          || Character.toLowerCase(cp) != cp
          || !Normalizer.isNormalized(one, Normalizer.Form.NFKD)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fold of an all-ASCII text, or null if the text has a character beyond ASCII. On ASCII the
   * normalisation steps change nothing (no decompositions, marks or compositions), so what is left
   * is the per-character part: line breaks, tabs and other controls, the backtick as an
   * apostrophe, and ASCII lower case (what {@link String#toLowerCase(Locale)} does there).
   */
  private static @Nullable String foldAscii(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (foldAscii(c) != c) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] out = new char[n];
    text.getChars(0, i, out, 0);
    int k = i;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      int f = foldAscii(c);
      if (f >= 0) {
        out[k++] = (char) f;
      }
    }
    return new String(out, 0, k);
  }

  /** The fold of one ASCII character, or -1 if it is dropped. */
  private static int foldAscii(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    if (c >= 0x20 && c < 0x7F) {
      return c == '`' ? '\'' : c;
    }
    return switch (c) {
      case '\n', '\r' -> '\n';
      case '\t', 0x0B, 0x0C -> ' ';
      default -> -1; // the other controls
    };
  }

  private static String foldUnicode(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    int marks = 0; // combining characters in a row, across dropped characters
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        clean.append('\n');
        marks = 0;
      } else if (cp == '\t' || cp == 0x0B || cp == 0x0C || type == Character.UNASSIGNED) {
        clean.append(' ');
        marks = 0;
      } else if (!isDropped(type)) {
        marks = isCombining(cp, type) ? marks + 1 : 0;
        if (marks <= MAX_COMBINING_RUN) {
          clean.appendCodePoint(cp);
        }
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

  /**
   * Whether a character is, or decomposes to, a combining mark. Canonical reordering in {@link
   * Normalizer} sorts a run of marks in quadratic time, so a run longer than {@link
   * #MAX_COMBINING_RUN} is cut (Unicode's stream-safe format, UAX #15, allows 30); no word needs
   * more, and the marks are dropped after decomposition anyway.
   */
  private static boolean isCombining(int cp, int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == 0xFF9E || cp == 0xFF9F // halfwidth katakana sound marks decompose to marks
        || cp == 0x0E33 || cp == 0x0EB3; // Thai and Lao AM decompose to a mark and a vowel
  }

  /** Control and format characters (zero-width, bidi overrides, soft hyphens), lone surrogates. */
  static boolean isDropped(int type) {
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }

  static int asciiPunctuation(int cp) {
    return switch (cp) {
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9, 0x0060, 0x00B4, 0xFF07 -> '\'';
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB -> '"';
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> '-';
      default -> cp;
    };
  }

  /**
   * Returns the match tokens of a text: word keys, emoji names and boundary tokens.
   *
   * @param text any string
   * @return the tokens, never null
   */
  public static List<String> tokens(String text) {
    return tokens(text, true);
  }

  /**
   * Returns the match tokens of a text, with or without the English texting shorthand ("u",
   * "ya", "y", "im" and the rest expanded, "you are" folded into "ur"). A message in another
   * language is read without it, so that Spanish "ya" or "y" stay what they are.
   *
   * @param text any string
   * @param shorthand whether to expand the English shorthand
   * @return the tokens, never null
   */
  public static List<String> tokens(String text, boolean shorthand) {
    StringSink sink = new StringSink();
    new Scanner(fold(text), sink, shorthand).run();
    return shorthand ? mergeYouAre(sink.tokens) : sink.tokens;
  }

  /**
   * Expands the English texting shorthand in tokens read without it: {@code
   * expandShorthand(tokens(text, false))} is {@code tokens(text, true)} for every word that has no
   * run of three repeated letters.
   *
   * @param tokens tokens from {@link #tokens(String, boolean)} without shorthand
   * @return the tokens with the shorthand expanded, a new list
   */
  public static List<String> expandShorthand(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + 4);
    for (String t : tokens) {
      String[] expansion = ABBREVIATIONS.get(t);
      if (expansion == null) {
        out.add(t);
      } else {
        out.addAll(Arrays.asList(expansion));
      }
    }
    return mergeYouAre(out);
  }

  /**
   * Returns the ids of the match tokens of a text: the same tokens as {@link #tokens}, each as its
   * id in the vocabulary ({@link Vocabulary#UNKNOWN} for a word not in it).
   *
   * @param text any string
   * @param vocabulary the vocabulary
   * @return the ids, one per token
   */
  public static int[] tokenIds(String text, Vocabulary vocabulary) {
    String s = fold(text);
    IdSink sink = new IdSink(vocabulary, s.length() / 4 + 16);
    new Scanner(s, sink, true).run();
    return sink.mergeYouAre();
  }

  /**
   * Returns the word tokens of a cue phrase: {@link #tokens} without boundary tokens.
   *
   * @param phrase a phrase as written by a content author
   * @return the word tokens, possibly empty
   */
  public static List<String> phraseTokens(String phrase) {
    return phraseTokens(phrase, true);
  }

  /**
   * Returns the word tokens of a phrase, with or without the English shorthand ({@link
   * #tokens(String, boolean)}).
   *
   * @param phrase a phrase as written by a content author
   * @param shorthand whether to expand the English shorthand
   * @return the word tokens, possibly empty
   */
  public static List<String> phraseTokens(String phrase, boolean shorthand) {
    List<String> all = tokens(phrase, shorthand);
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

  private static @Nullable String emojiName(int cp) {
    int at = Arrays.binarySearch(EMOJI_CODE_POINTS, cp);
    return at >= 0 ? EMOJI_NAMES[at] : null;
  }

  /** {@link Character#isLetterOrDigit(int)}, with ASCII answered inline. */
  private static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static int rank(int boundary) {
    return switch (boundary) {
      case Vocabulary.QUESTION -> 3;
      case Vocabulary.SENTENCE -> 2;
      default -> 1;
    };
  }

  /**
   * Where the tokens go. Keeps what the boundary rule needs: a boundary never starts the tokens,
   * and of two boundaries in a row only the stronger stays.
   */
  private abstract static class Sink {
    private int count;
    private int lastBoundary = -1;

    final void word(char[] chars, int offset, int length) {
      addWord(chars, offset, length);
      count++;
      lastBoundary = -1;
    }

    final void word(char[] chars, int offset, int length, int hash) {
      addWord(chars, offset, length, hash);
      count++;
      lastBoundary = -1;
    }

    final void word(String text, int offset, int length) {
      addWord(text, offset, length);
      count++;
      lastBoundary = -1;
    }

    final void word(String word) {
      addWord(word);
      count++;
      lastBoundary = -1;
    }

    final void boundary(int kind) {
      if (count == 0) {
        return;
      }
      if (lastBoundary >= 0) {
        if (rank(kind) > rank(lastBoundary)) {
          replaceLast(kind);
          lastBoundary = kind;
        }
        return;
      }
      addBoundary(kind);
      count++;
      lastBoundary = kind;
    }

    abstract void addWord(char[] chars, int offset, int length);

    /** {@link #addWord(char[], int, int)} when the {@link Vocabulary#hash} is known. */
    void addWord(char[] chars, int offset, int length, int hash) {
      addWord(chars, offset, length);
    }

    abstract void addWord(String text, int offset, int length);

    abstract void addWord(String word);

    abstract void addBoundary(int kind);

    abstract void replaceLast(int kind);
  }

  /** Tokens as strings. */
  private static final class StringSink extends Sink {
    final List<String> tokens = new ArrayList<>();

    @Override
    void addWord(char[] chars, int offset, int length) {
      tokens.add(new String(chars, offset, length));
    }

    @Override
    void addWord(String text, int offset, int length) {
      tokens.add(text.substring(offset, offset + length));
    }

    @Override
    void addWord(String word) {
      tokens.add(word);
    }

    @Override
    void addBoundary(int kind) {
      tokens.add(BOUNDARIES[kind]);
    }

    @Override
    void replaceLast(int kind) {
      tokens.set(tokens.size() - 1, BOUNDARIES[kind]);
    }
  }

  /** Tokens as vocabulary ids. */
  private static final class IdSink extends Sink {
    private final Vocabulary vocabulary;
    private int[] ids;
    private int size;

    IdSink(Vocabulary vocabulary, int capacity) {
      this.vocabulary = vocabulary;
      this.ids = new int[capacity];
    }

    private void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    @Override
    void addWord(char[] chars, int offset, int length) {
      add(vocabulary.id(chars, offset, length));
    }

    @Override
    void addWord(char[] chars, int offset, int length, int hash) {
      add(vocabulary.id(chars, offset, length, hash));
    }

    @Override
    void addWord(String text, int offset, int length) {
      add(vocabulary.id(text, offset, length));
    }

    @Override
    void addWord(String word) {
      add(vocabulary.id(word));
    }

    @Override
    void addBoundary(int kind) {
      add(kind);
    }

    @Override
    void replaceLast(int kind) {
      ids[size - 1] = kind;
    }

    /** {@link TextNormalizer#mergeYouAre} on ids, in place; returns the ids, trimmed. */
    int[] mergeYouAre() {
      int w = 0;
      for (int r = 0; r < size; r++) {
        if (ids[r] == Vocabulary.YOU && r + 1 < size && ids[r + 1] == Vocabulary.ARE) {
          ids[w++] = Vocabulary.UR;
          r++;
        } else {
          ids[w++] = ids[r];
        }
      }
      return Arrays.copyOf(ids, w);
    }
  }

  private static final char[] NO_CHARS = new char[0];

  /** One pass over folded text, feeding a sink. */
  private static final class Scanner {
    private final String s;
    private final Sink out;
    private char[] word = new char[32];
    private int wordLength;
    private char[] collapsed = NO_CHARS; // allocated for the first word with a repeat
    private char[] keyed = NO_CHARS;
    private final boolean shorthand;

    Scanner(String folded, Sink out, boolean shorthand) {
      this.s = folded;
      this.out = out;
      this.shorthand = shorthand;
    }

    void run() {
      int n = s.length();
      int i = 0;
      while (i < n) {
        int cp = s.codePointAt(i);
        int len = Character.charCount(cp);
        if (isLetterOrDigit(cp)) {
          append(cp);
          i += len;
          continue;
        }
        boolean inWord = wordLength > 0;
        boolean nextIsLetter = i + 1 < n && isLetterOrDigit(s.codePointAt(i + 1));
        if (cp == '\'' && inWord && nextIsLetter) {
          append('\'');
          i++;
          continue;
        }
        if ((cp == '.' || cp == ':') && inWord && nextIsLetter
            && Character.isDigit(word[wordLength - 1])) {
          append(cp);
          i++;
          continue;
        }
        flushWord();
        if (cp == '-' && inWord && nextIsLetter) {
          i++; // "b-day", "self-harm": a word break, not a clause break
          continue;
        }
        int emoticon = emoticon(i);
        if (emoticon > 0) {
          i += emoticon;
          continue;
        }
        if (cp < 128) {
          switch (cp) {
            case '.', '!', ';', '\n' -> out.boundary(Vocabulary.SENTENCE);
            case '?' -> out.boundary(Vocabulary.QUESTION);
            case ',', ':', '(', ')', '"', '-', '[', ']', '{', '}', '/' ->
                out.boundary(Vocabulary.CLAUSE);
            default -> { }
          }
        } else if (isEmoji(cp)) {
          String name = emojiName(cp);
          if (name != null) {
            out.word(name);
          } else {
            out.word(s, i, len);
          }
        }
        i += len;
      }
      flushWord();
    }

    private void append(int cp) {
      if (wordLength + 2 > word.length) {
        word = Arrays.copyOf(word, word.length * 2);
      }
      wordLength += Character.toChars(cp, word, wordLength);
    }

    /** Recognises an emoticon or a {@code :name:} shortcode at {@code i}; returns its length or 0. */
    private int emoticon(int i) {
      char c = s.charAt(i);
      if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '3') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == '3') {
          j++;
        }
        out.word(Emoji.HEART);
        return j - i;
      }
      if (c == ':' || c == ';' || c == '=') {
        if (c == ':') {
          int j = i + 1;
          while (j < s.length() && j - i <= 40
              && (isAsciiLower(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
          }
          if (j > i + 1 && j < s.length() && s.charAt(j) == ':') {
            out.word(s, i, j + 1 - i);
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
            out.word(tear ? Emoji.CRYING : Emoji.SAD);
            return j + 1 - i;
          }
          if ((m == ')' || (m == 'd' && !wordAfter) || (m == 'p' && !wordAfter)) && !tear) {
            out.word(c == ';' ? Emoji.WINK : Emoji.SMILE);
            return j + 1 - i;
          }
          if (m == '*' && !tear) {
            out.word(Emoji.KISS);
            return j + 1 - i;
          }
        }
      }
      return 0;
    }

    private void flushWord() {
      int n = wordLength;
      if (n == 0) {
        return;
      }
      wordLength = 0;
      if (n <= 9 && Character.isDigit(word[0])) {
        String time = timeOfDay(new String(word, 0, n));
        if (time != null) {
          out.word(time);
          return;
        }
      }
      boolean apostrophe = false;
      for (int k = 0; k < n; k++) {
        if (word[k] == '\'') {
          apostrophe = true;
          break;
        }
      }
      if (!apostrophe) {
        part(word, n);
        return;
      }
      for (String p : expandContraction(new String(word, 0, n))) {
        part(p.toCharArray(), p.length());
      }
    }

    /** One word after contractions: repeats of three collapsed, abbreviations expanded, keyed. */
    private void part(char[] chars, int length) {
      if (!hasRepeat(chars, length)) {
        // the usual case: both collapses leave the word as it is
        int hash = Vocabulary.hash(chars, 0, length);
        String[] expansion = shorthand ? ABBREVIATIONS.get(chars, length, hash) : null;
        if (expansion == null) {
          out.word(chars, 0, length, hash);
        } else {
          expand(expansion);
        }
        return;
      }
      if (collapsed.length < length) {
        collapsed = new char[Math.max(Math.max(length, 32), collapsed.length * 2)];
        keyed = new char[collapsed.length];
      }
      int c = collapseRuns(chars, length, 3, collapsed);
      String[] expansion = ABBREVIATIONS.get(collapsed, c, Vocabulary.hash(collapsed, 0, c));
      if (expansion == null) {
        int k = collapseRuns(collapsed, c, 2, keyed);
        out.word(keyed, 0, k);
      } else if (shorthand) {
        expand(expansion);
      } else {
        out.word(collapsed, 0, c); // "ill" stays "ill", so expandShorthand can still expand it
      }
    }

    private void expand(String[] expansion) {
      for (String e : expansion) {
        out.word(e);
      }
    }
  }

  /**
   * Whether a run may need collapsing: two neighbouring chars are equal, or there is a surrogate
   * (a repeated supplementary letter repeats a pair, not a char). Without either, both collapses
   * leave the word as it is.
   */
  private static boolean hasRepeat(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (Character.isSurrogate(chars[i]) || (i > 0 && chars[i] == chars[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #collapseRuns(String, int)} from {@code chars[0, length)} into {@code into}; returns
   * the length written (at most {@code length}).
   */
  private static int collapseRuns(char[] chars, int length, int min, char[] into) {
    int out = 0;
    int i = 0;
    while (i < length) {
      int cp = Character.codePointAt(chars, i, length);
      int len = Character.charCount(cp);
      int j = i + len;
      int run = 1;
      while (j < length && Character.codePointAt(chars, j, length) == cp) {
        j += len;
        run++;
      }
      if (run >= min && Character.isLetter(cp)) {
        out += Character.toChars(cp, into, out);
      } else {
        System.arraycopy(chars, i, into, out, j - i);
        out += j - i;
      }
      i = j;
    }
    return out;
  }

  /** Abbreviations looked up from a range of characters; expansions already keyed. */
  private static final class Abbreviations {
    private final String[] keys;
    private final int[] hashes;
    private final String[][] expansions;
    private final int mask;

    Abbreviations(Map<String, String[]> table) {
      int capacity = Integer.highestOneBit(table.size() * 4 - 1) << 1;
      keys = new String[capacity];
      hashes = new int[capacity];
      expansions = new String[capacity][];
      mask = capacity - 1;
      for (Map.Entry<String, String[]> e : table.entrySet()) {
        int slot = spread(e.getKey().hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e.getKey();
        hashes[slot] = e.getKey().hashCode();
        String[] keyedWords = new String[e.getValue().length];
        for (int k = 0; k < keyedWords.length; k++) {
          keyedWords[k] = key(e.getValue()[k]);
        }
        expansions[slot] = keyedWords;
      }
    }

    String @Nullable [] get(char[] chars, int length, int hash) {
      int slot = spread(hash) & mask;
      for (String k = keys[slot]; k != null; k = keys[slot]) {
        if (hashes[slot] == hash && k.length() == length && same(k, chars)) {
          return expansions[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    String @Nullable [] get(String word) {
      int hash = word.hashCode();
      int slot = spread(hash) & mask;
      for (String k = keys[slot]; k != null; k = keys[slot]) {
        if (hashes[slot] == hash && k.equals(word)) {
          return expansions[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    private static boolean same(String k, char[] chars) {
      for (int i = 0; i < k.length(); i++) {
        if (k.charAt(i) != chars[i]) {
          return false;
        }
      }
      return true;
    }

    private static int spread(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 15);
    }
  }

  /**
   * Recognises a clock time ("9:30", "7pm", "10.15am") and returns {@link #SMALL_HOURS} for 12 am to
   * 4:59 am (or "00:00" to "04:59"), {@link #TIME} for any other time, or null for a word that is not a time.
   */
  static @Nullable String timeOfDay(String w) {
    int n = w.length();
    if (n == 0 || n > 9 || !Character.isDigit(w.charAt(0))) {
      return null;
    }
    int i = 0;
    int hour = 0;
    while (i < n && i < 2 && isAsciiDigit(w.charAt(i))) {
      hour = hour * 10 + (w.charAt(i) - '0');
      i++;
    }
    boolean minutes = false;
    if (i < n && (w.charAt(i) == ':' || w.charAt(i) == '.')) {
      if (i + 3 > n || !isAsciiDigit(w.charAt(i + 1)) || !isAsciiDigit(w.charAt(i + 2))) {
        return null;
      }
      minutes = true;
      i += 3;
    }
    String suffix = w.substring(i);
    boolean am = suffix.equals("am") || suffix.equals("a");
    boolean pm = suffix.equals("pm") || suffix.equals("p");
    if (!suffix.isEmpty() && !am && !pm) {
      return null;
    }
    if ((!minutes && suffix.isEmpty()) || hour > 24 || ((am || pm) && hour > 12)) {
      return null;
    }
    // "2am", "12:30am"; without a suffix only a 24-hour "00:40" or "03:15" is read as night
    boolean small = am ? (hour == 12 || hour < 5) : (!pm && minutes && w.charAt(0) == '0' && hour < 5);
    return small ? SMALL_HOURS : TIME;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static List<String> expandContraction(String w) {
    int apostrophe = w.indexOf('\'');
    if (apostrophe < 0) {
      return List.of(w);
    }
    if (w.endsWith("n't") && w.length() > 3) {
      String stem = w.substring(0, w.length() - 3);
      String verb = switch (stem) {
        case "ca" -> "can";
        case "wo" -> "will";
        case "ai" -> "is";
        case "sha" -> "shall";
        default -> stem;
      };
      return List.of(strip(verb), "not");
    }
    int last = w.lastIndexOf('\'');
    String stem = strip(w.substring(0, last));
    String tail = w.substring(last + 1);
    return switch (tail) {
      case "ll" -> List.of(stem, "will");
      case "re" -> List.of(stem, "are");
      case "ve" -> List.of(stem, "have");
      case "m" -> List.of(stem, "am");
      case "d" -> List.of(stem, "would");
      case "s" -> switch (stem) {
        case "it", "that", "what", "he", "she", "there", "who", "where", "how", "here", "when" ->
            List.of(stem, "is");
        case "let" -> List.of("let", "us");
        default -> List.of(stem);
      };
      default -> List.of(strip(w));
    };
  }

  private static String strip(String s) {
    return s.indexOf('\'') < 0 ? s : s.replace("'", "");
  }

  /** Collapses runs of at least {@code min} identical letters to one letter; digits stay. */
  static String collapseRuns(String s, int min) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      int j = i + len;
      int run = 1;
      while (j < s.length() && s.codePointAt(j) == cp) {
        j += len;
        run++;
      }
      if (run >= min && Character.isLetter(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append(s, i, j);
      }
      i = j;
    }
    return b.toString();
  }

  /** The match key of a word: every run of a repeated letter counts once. */
  private static String key(String word) {
    char[] chars = word.toCharArray();
    return hasRepeat(chars, chars.length) ? collapseRuns(word, 2) : word;
  }

  /** The words of a phrase with single spaces (no regular expression: it runs at class init). */
  private static String[] words(String phrase) {
    List<String> words = new ArrayList<>(4);
    int from = 0;
    for (int at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', from)) {
      words.add(phrase.substring(from, at));
      from = at + 1;
    }
    words.add(phrase.substring(from));
    return words.toArray(new String[0]);
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

  /** The texting abbreviations and their expansions; a new map on each call. */
  static Map<String, String[]> abbreviations() {
    Map<String, String[]> m = new HashMap<>();
    String[][] table = {
      // pronouns and verbs
      {"u", "you"}, {"ya", "you"}, {"yu", "you"}, {"r", "are"}, {"ur", "ur"},
      {"your", "ur"}, {"youre", "ur"}, {"yr", "ur"}, {"urs", "yours"}, {"n", "and"},
      {"im", "i am"}, {"ive", "i have"}, {"ill", "i will"}, {"id", "i would"},
      {"youll", "you will"}, {"youd", "you would"}, {"youve", "you have"},
      {"dont", "do not"}, {"cant", "can not"}, {"cannot", "can not"}, {"wont", "will not"},
      {"didnt", "did not"}, {"doesnt", "does not"}, {"isnt", "is not"}, {"arent", "are not"},
      {"wasnt", "was not"}, {"werent", "were not"}, {"havent", "have not"}, {"hasnt", "has not"},
      {"hadnt", "had not"}, {"wouldnt", "would not"}, {"shouldnt", "should not"},
      {"couldnt", "could not"}, {"aint", "is not"}, {"mustnt", "must not"},
      {"thats", "that is"}, {"whats", "what is"}, {"hows", "how is"}, {"theres", "there is"},
      {"lets", "let us"}, {"gonna", "going to"}, {"gunna", "going to"}, {"wanna", "want to"},
      {"gotta", "got to"}, {"lemme", "let me"}, {"gimme", "give me"}, {"dunno", "do not know"},
      {"kinda", "kind of"}, {"sorta", "sort of"}, {"outta", "out of"},
      // texting abbreviations
      {"ily", "i love you"}, {"ilysm", "i love you so much"}, {"ilu", "i love you"},
      {"luv", "love"}, {"wyd", "what are you doing"}, {"wru", "where are you"},
      {"hbu", "how about you"}, {"wbu", "what about you"}, {"hru", "how are you"},
      {"idk", "i do not know"}, {"idc", "i do not care"}, {"rn", "right now"},
      {"bc", "because"}, {"bcuz", "because"}, {"bcoz", "because"}, {"bcz", "because"},
      {"cuz", "because"}, {"coz", "because"}, {"cos", "because"}, {"cause", "because"},
      {"pls", "please"}, {"plz", "please"}, {"plez", "please"}, {"pleas", "please"},
      {"thx", "thanks"}, {"thnx", "thanks"}, {"thanx", "thanks"}, {"ty", "thanks"},
      {"ppl", "people"}, {"tmrw", "tomorrow"}, {"tmr", "tomorrow"}, {"tmrow", "tomorrow"},
      {"tmoro", "tomorrow"}, {"tomoro", "tomorrow"}, {"tomorow", "tomorrow"},
      {"2moro", "tomorrow"}, {"2morrow", "tomorrow"}, {"bday", "birthday"},
      {"bdae", "birthday"}, {"tho", "though"}, {"thru", "through"}, {"nvm", "never mind"},
      {"omg", "oh my god"}, {"lmk", "let me know"}, {"btw", "by the way"},
      {"tbh", "to be honest"}, {"gf", "girlfriend"}, {"bf", "boyfriend"}, {"msg", "message"},
      {"txt", "text"}, {"k", "ok"}, {"kk", "ok"}, {"okay", "ok"}, {"okey", "ok"},
      {"y", "why"}, {"wat", "what"}, {"wut", "what"}, {"wht", "what"}, {"2nite", "tonight"},
      {"tonite", "tonight"}, {"2night", "tonight"}, {"2day", "today"}, {"b4", "before"},
      {"l8r", "later"}, {"l8", "late"}, {"sup", "what is up"}, {"wassup", "what is up"},
      {"whatsup", "what is up"}, {"wazup", "what is up"}, {"rly", "really"},
      {"rlly", "really"}, {"srsly", "seriously"}, {"cya", "see you"}, {"sry", "sorry"},
      {"soz", "sorry"}, {"abt", "about"}, {"bout", "about"}, {"w", "with"},
      {"wit", "with"}, {"xmas", "christmas"}, {"smth", "something"},
      {"sth", "something"}, {"sumthin", "something"}, {"nothin", "nothing"},
      {"somethin", "something"}, {"nuthin", "nothing"}, {"goin", "going"},
      {"thinkin", "thinking"}, {"missin", "missing"}, {"lookin", "looking"},
      {"feelin", "feeling"}, {"talkin", "talking"}, {"comin", "coming"}, {"doin", "doing"},
      {"tryin", "trying"}, {"bae", "babe"}, {"hun", "babe"},
      {"hon", "babe"}, {"luvs", "loves"}, {"ofc", "of course"}, {"pic", "picture"},
      {"pics", "pictures"}, {"fb", "facebook"}, {"ig", "instagram"}, {"insta", "instagram"},
      {"dm", "message"}, {"dms", "messages"}, {"ex", "ex"}, {"gn", "good night"},
      {"gm", "good morning"}, {"hmu", "hit me up"}, {"ttyl", "talk to you later"},
      {"jk", "just kidding"}, {"atm", "at the moment"}, {"asap", "as soon as possible"},
      {"whatev", "whatever"}, {"whatevs", "whatever"}, {"imy", "i miss you"},
      {"yall", "you all"}, {"aight", "alright"}, {"alright", "alright"}, {"hav", "have"},
      {"shud", "should"}, {"wud", "would"}, {"cud", "could"}, {"becuz", "because"},
      {"4ever", "forever"},
      {"some1", "someone"}, {"any1", "anyone"}, {"no1", "no one"}, {"every1", "everyone"},
      {"ok", "ok"}
    };
    for (String[] row : table) {
      m.put(row[0], words(row[1]));
    }
    return m;
  }
}

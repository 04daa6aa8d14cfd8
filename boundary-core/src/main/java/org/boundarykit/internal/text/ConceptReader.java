package org.boundarykit.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.text.Concept;
import org.boundarykit.text.Lexicon;
import org.jspecify.annotations.Nullable;

/**
 * Finds the concepts of the {@link Lexicon}s in a message: undoes disguises, tokenises with
 * {@link TextNormalizer}, tells the language from its markers, stems each word with that language's
 * suffix rules and matches every term. Immutable and thread-safe once built.
 */
public final class ConceptReader {

  /** One occurrence of a concept: tokens {@code [start, end)} of the message. */
  public record Hit(int concept, int start, int end) {}

  /** What was read in a message. */
  public static final class Reading {
    private final String language;
    private final List<String> tokens;
    private final String[] stems;
    private final int[] sentence;
    private final int sentences;
    private final List<Hit> hits;

    Reading(String language, List<String> tokens, String[] stems, int[] sentence, int sentences,
        List<Hit> hits) {
      this.language = language;
      this.tokens = tokens;
      this.stems = stems;
      this.sentence = sentence;
      this.sentences = sentences;
      this.hits = hits;
    }

    /** {@return the language the message was read in} */
    public String language() {
      return language;
    }

    /** {@return the normalised tokens, boundaries included} */
    public List<String> tokens() {
      return tokens;
    }

    /**
     * The stem of a token.
     *
     * @param i the token's position
     * @return its stem (a boundary as it is)
     */
    public String stem(int i) {
      return stems[i];
    }

    /**
     * The sentence of a token.
     *
     * @param i the token's position
     * @return its sentence number, from 0
     */
    public int sentenceOf(int i) {
      return sentence[i];
    }

    /** {@return how many sentences there are} */
    public int sentences() {
      return sentences;
    }

    /** {@return the concepts found, in order of position} */
    public List<Hit> hits() {
      return hits;
    }
  }

  /** A term: its words, each an exact stem or (when {@code prefix[i]}) a prefix of the token. */
  private static final class Term {
    final int concept;
    final String[] words;
    final boolean[] prefix;

    Term(int concept, String[] words, boolean[] prefix) {
      this.concept = concept;
      this.words = words;
      this.prefix = prefix;
    }
  }

  /** One language, compiled. */
  private static final class Language {
    final String code;
    /** Whether words are read with the English texting shorthand expanded. */
    final boolean shorthand;
    final Set<String> markers;
    final String[] suffixes; // longest first
    final int minStem;
    final Map<String, List<Term>> byStem = new HashMap<>();
    final Map<String, List<Term>> byPrefix = new HashMap<>(); // keyed by the first 3 letters

    Language(String code, Set<String> markers, String[] suffixes, int minStem) {
      this.code = code;
      this.shorthand = "en".equals(code);
      this.markers = markers;
      this.suffixes = suffixes;
      this.minStem = minStem;
    }

    String stem(String token) {
      if (TextNormalizer.isBoundary(token) || token.startsWith(":")) {
        return token;
      }
      for (String s : suffixes) {
        if (token.length() - s.length() >= minStem && token.endsWith(s)) {
          String stem = token.substring(0, token.length() - s.length());
          // a stem that is a function word of the language ("butter" keys to "buter", whose stem
          // would be "but") would match that word everywhere: such a word is kept whole
          return markers.contains(stem) ? token : stem;
        }
      }
      return token;
    }
  }

  /** Shortest prefix a starred word may have, in letters after normalisation. */
  public static final int MIN_PREFIX = 3;

  /** In the order the lexicons were given: detection breaks ties by it, so it must not vary. */
  private final Map<String, Language> languages;
  private final List<String> conceptIds;
  private final Map<String, Integer> conceptIndex;
  private final Deobfuscator deobfuscator;

  private ConceptReader(
      Map<String, Language> languages, List<String> conceptIds, Deobfuscator deobfuscator) {
    this.languages = languages;
    this.conceptIds = conceptIds;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < conceptIds.size(); i++) {
      index.put(conceptIds.get(i), i);
    }
    this.conceptIndex = Map.copyOf(index);
    this.deobfuscator = deobfuscator;
  }

  /**
   * Compiles lexicons.
   *
   * @param lexicons the lexicons, at most one per locale
   * @return the reader
   * @throws IllegalArgumentException naming the lexicon, concept and term, if a term has no words
   *     after normalisation, a starred prefix is too short, or two lexicons share a locale
   */
  public static ConceptReader of(List<Lexicon> lexicons) {
    Map<String, Language> languages = new LinkedHashMap<>();
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<Set<String>> known = new ArrayList<>();
    for (Lexicon lexicon : lexicons) {
      Set<String> words = new HashSet<>();
      known.add(words);
      if (languages.containsKey(lexicon.locale())) {
        throw new IllegalArgumentException(
            "lexicon.locale: two lexicons for \"" + lexicon.locale() + "\"");
      }
      // markers are matched against words read without shorthand, in every language
      Set<String> markers = new HashSet<>();
      for (String m : lexicon.markers()) {
        markers.addAll(TextNormalizer.phraseTokens(m, false));
      }
      Set<String> suffixSet = new HashSet<>();
      for (String s : lexicon.suffixes()) {
        List<String> t = TextNormalizer.phraseTokens(s, false);
        if (t.size() == 1) {
          suffixSet.add(t.get(0));
        }
      }
      String[] suffixes = suffixSet.toArray(new String[0]);
      Arrays.sort(suffixes, Comparator.comparingInt(String::length).reversed()
          .thenComparing(Comparator.naturalOrder()));
      Language language = new Language(lexicon.locale(), Set.copyOf(markers), suffixes, lexicon.minStem());
      for (Concept concept : lexicon.concepts()) {
        Integer c = ids.get(concept.id());
        if (c == null) {
          c = ids.size();
          ids.put(concept.id(), c);
        }
        for (int t = 0; t < concept.terms().size(); t++) {
          String term = concept.terms().get(t);
          String where = lexicon.locale() + " concept \"" + concept.id() + "\" term \"" + term + "\"";
          for (String raw : words(term.toLowerCase(Locale.ROOT))) {
            words.add(raw.endsWith("*") ? raw.substring(0, raw.length() - 1) : raw);
          }
          add(language, c, term, where);
        }
      }
      languages.put(lexicon.locale(), language);
    }
    return new ConceptReader(java.util.Collections.unmodifiableMap(languages), List.copyOf(ids.keySet()), new Deobfuscator(known));
  }

  private static void add(Language language, int concept, String term, String where) {
    List<String> raw = words(term);
    List<String> words = new ArrayList<>();
    List<Boolean> prefix = new ArrayList<>();
    for (String r : raw) {
      boolean star = r.endsWith("*");
      String body = star ? r.substring(0, r.length() - 1) : r;
      List<String> tokens = TextNormalizer.phraseTokens(body, language.shorthand);
      if (tokens.isEmpty()) {
        if (body.isEmpty() && !star) {
          continue;
        }
        throw new IllegalArgumentException(where + ": \"" + r + "\" has no letters after normalisation");
      }
      for (int k = 0; k < tokens.size(); k++) {
        boolean last = k == tokens.size() - 1;
        if (star && last) {
          if (tokens.get(k).length() < MIN_PREFIX) {
            throw new IllegalArgumentException(where + ": a starred word needs at least "
                + MIN_PREFIX + " letters before the star");
          }
          words.add(tokens.get(k));
          prefix.add(true);
        } else {
          words.add(language.stem(tokens.get(k)));
          prefix.add(false);
        }
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException(where + ": has no words after normalisation");
    }
    boolean[] p = new boolean[prefix.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = prefix.get(k);
    }
    Term compiled = new Term(concept, words.toArray(new String[0]), p);
    String first = compiled.words[0];
    if (p[0]) {
      language.byPrefix.computeIfAbsent(first.substring(0, MIN_PREFIX), k -> new ArrayList<>()).add(compiled);
    } else {
      language.byStem.computeIfAbsent(first, k -> new ArrayList<>()).add(compiled);
    }
  }

  private static List<String> words(String term) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= term.length(); i++) {
      boolean space = i == term.length() || Character.isWhitespace(term.charAt(i));
      if (space && start >= 0) {
        out.add(term.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /**
   * The token a name is matched by: the name as one word would be read, or empty if it is not
   * one word ("Noor" and "noor" give "noor"; "Mary Jane" gives nothing, and is matched by its
   * first word only when the caller passes that).
   *
   * @param name a name as the user wrote it
   * @return its token, if it is one word
   */
  public static Optional<String> nameKey(String name) {
    List<String> t = TextNormalizer.phraseTokens(name, false);
    return t.size() == 1 ? Optional.of(t.get(0)) : Optional.empty();
  }

  /** {@return the concept ids, by index} */
  public List<String> conceptIds() {
    return conceptIds;
  }

  /**
   * The index of a concept id.
   *
   * @param id a concept id
   * @return its index, or -1 if no lexicon has it
   */
  public int indexOf(String id) {
    Integer i = conceptIndex.get(id);
    return i == null ? -1 : i;
  }

  /** {@return the locales this reader has lexicons for} */
  public Set<String> locales() {
    return languages.keySet();
  }

  /**
   * Reads a message.
   *
   * @param text any string
   * @param fallback the language to read in when the markers do not tell (the conversation's)
   * @return what was read
   */
  public Reading read(String text, String fallback) {
    return read(text, fallback, Map.of());
  }

  /**
   * Reads a message in which some words are names the caller knows: each word that is a key of
   * {@code names} (a single token, as {@link #nameKey} gives it) is read as the concept the value
   * names, wherever it stands, besides what the lexicons read.
   *
   * @param text any string
   * @param fallback the language to read in when the markers do not tell (the conversation's)
   * @param names name keys to concept indices ({@link #indexOf})
   * @return what was read
   */
  public Reading read(String text, String fallback, Map<String, Integer> names) {
    // the language is told from the words as written; English shorthand is expanded only for
    // English, so that Spanish "ya" or "y" are not read as "you" or "why"
    List<String> raw = TextNormalizer.tokens(deobfuscator.clean(text), false);
    Language detected = detect(raw, fallback);
    Language language = detected != null ? detected : fallbackLanguage(fallback);
    List<String> tokens = language != null && language.shorthand ? TextNormalizer.expandShorthand(raw) : raw;
    int n = tokens.size();
    String[] stems = new String[n];
    int[] sentence = new int[n];
    int current = 0;
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      sentence[i] = current;
      if (TextNormalizer.SENTENCE.equals(t) || TextNormalizer.QUESTION.equals(t)) {
        current++;
      }
    }
    List<Hit> hits = new ArrayList<>();
    if (language != null) {
      for (int i = 0; i < n; i++) {
        stems[i] = language.stem(tokens.get(i));
      }
      match(language, tokens, stems, hits);
      // the conversation's language too, but only when the message's own words did not tell
      Language other = detected == null ? languages.get("en") : null;
      if (other != null && other != language) {
        String[] otherStems = new String[n];
        for (int i = 0; i < n; i++) {
          otherStems[i] = other.stem(tokens.get(i));
        }
        match(other, tokens, otherStems, hits);
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::concept));
      }
    } else {
      for (int i = 0; i < n; i++) {
        stems[i] = tokens.get(i);
      }
    }
    if (!names.isEmpty()) {
      for (int i = 0; i < n; i++) {
        Integer concept = names.get(tokens.get(i));
        if (concept != null) {
          hits.add(new Hit(concept, i, i + 1));
        }
      }
      hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::concept));
    }
    return new Reading(language == null ? fallback : language.code, tokens, stems, sentence,
        current + 1, dedupe(hits));
  }

  private static List<Hit> dedupe(List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits.size());
    Set<Long> seen = new HashSet<>();
    for (Hit h : hits) {
      if (seen.add(((long) h.concept() << 32) | h.start())) {
        out.add(h);
      }
    }
    return out;
  }

  private @Nullable Language detect(List<String> tokens, String fallback) {
    Language best = null;
    int bestCount = 0;
    for (Language l : languages.values()) {
      int count = 0;
      for (String t : tokens) {
        if (l.markers.contains(t)) {
          count++;
        }
      }
      if (count > bestCount || (count == bestCount && count > 0 && l.code.equals(fallback))) {
        best = l;
        bestCount = count;
      }
    }
    return best;
  }

  private @Nullable Language fallbackLanguage(String fallback) {
    Language f = languages.get(fallback);
    if (f != null) {
      return f;
    }
    Language en = languages.get("en");
    return en != null ? en : languages.values().stream().findFirst().orElse(null);
  }

  private static void match(Language language, List<String> tokens, String[] stems, List<Hit> into) {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      String token = tokens.get(i);
      if (TextNormalizer.isBoundary(token)) {
        continue;
      }
      List<Term> exact = language.byStem.get(stems[i]);
      if (exact != null) {
        for (Term term : exact) {
          int end = matchFrom(term, tokens, stems, i);
          if (end > 0) {
            into.add(new Hit(term.concept, i, end));
          }
        }
      }
      if (token.length() >= MIN_PREFIX) {
        List<Term> prefixed = language.byPrefix.get(token.substring(0, MIN_PREFIX));
        if (prefixed != null) {
          for (Term term : prefixed) {
            int end = matchFrom(term, tokens, stems, i);
            if (end > 0) {
              into.add(new Hit(term.concept, i, end));
            }
          }
        }
      }
    }
  }

  private static int matchFrom(Term term, List<String> tokens, String[] stems, int start) {
    String[] words = term.words;
    if (start + words.length > tokens.size()) {
      return -1;
    }
    for (int k = 0; k < words.length; k++) {
      int at = start + k;
      boolean ok = term.prefix[k]
          ? tokens.get(at).startsWith(words[k])
          : stems[at].equals(words[k]);
      if (!ok) {
        return -1;
      }
    }
    return start + words.length;
  }
}

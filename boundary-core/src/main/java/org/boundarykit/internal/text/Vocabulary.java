package org.boundarykit.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word tokens interned as dense ids, looked up from a range of characters without making a {@code
 * String}: an open-addressing table keyed by the {@link String#hashCode} of the characters.
 * Immutable and thread-safe once built.
 *
 * <p>The first ids are reserved, so that every vocabulary knows the boundary tokens and the words
 * the tokeniser merges ("you are" to "ur"), whether or not a pattern uses them.
 */
public final class Vocabulary {

  /** The id of a word that is not in the vocabulary. */
  public static final int UNKNOWN = -1;

  /** The id of {@link TextNormalizer#SENTENCE}. */
  public static final int SENTENCE = 0;

  /** The id of {@link TextNormalizer#QUESTION}. */
  public static final int QUESTION = 1;

  /** The id of {@link TextNormalizer#CLAUSE}. */
  public static final int CLAUSE = 2;

  static final int YOU = 3;
  static final int ARE = 4;
  static final int UR = 5;

  private static final List<String> RESERVED =
      List.of(TextNormalizer.SENTENCE, TextNormalizer.QUESTION, TextNormalizer.CLAUSE, "you", "are",
          "ur");

  /** Only the reserved words. */
  static final Vocabulary RESERVED_ONLY = of(List.of());

  private final String[] words;
  private final char[][] chars;
  private final int[] hashes;
  private final int[] slots;
  private final int mask;

  private Vocabulary(String[] words) {
    this.words = words;
    this.chars = new char[words.length][];
    this.hashes = new int[words.length];
    for (int id = 0; id < words.length; id++) {
      chars[id] = words[id].toCharArray();
      hashes[id] = words[id].hashCode();
    }
    int capacity = Integer.highestOneBit(Math.max(16, words.length * 4 - 1)) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int id = 0; id < words.length; id++) {
      int slot = spread(words[id].hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  /**
   * Builds a vocabulary: the reserved words, then the given words in order of first appearance.
   *
   * @param words the words; repeats are ignored
   * @return the vocabulary
   */
  public static Vocabulary of(List<String> words) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> all = new ArrayList<>(RESERVED.size() + words.size());
    for (String w : RESERVED) {
      seen.put(w, all.size());
      all.add(w);
    }
    for (String w : words) {
      if (seen.putIfAbsent(w, all.size()) == null) {
        all.add(w);
      }
    }
    return new Vocabulary(all.toArray(new String[0]));
  }

  /** {@return how many ids there are, reserved ones included} */
  public int size() {
    return words.length;
  }

  /**
   * The id of a word.
   *
   * @param word a word token
   * @return its id, or {@link #UNKNOWN}
   */
  public int id(String word) {
    int slot = spread(word.hashCode()) & mask;
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if (words[entry - 1].equals(word)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return UNKNOWN;
  }

  /**
   * The id of the word in {@code chars[offset, offset + length)}.
   *
   * @param chars the characters
   * @param offset where the word starts
   * @param length how long it is
   * @return its id, or {@link #UNKNOWN}
   */
  public int id(char[] chars, int offset, int length) {
    return id(chars, offset, length, hash(chars, offset, length));
  }

  /**
   * The id of the word in {@code chars[offset, offset + length)}, whose {@link #hash} is known.
   *
   * @param chars the characters
   * @param offset where the word starts
   * @param length how long it is
   * @param hash {@code hash(chars, offset, length)}
   * @return its id, or {@link #UNKNOWN}
   */
  public int id(char[] chars, int offset, int length, int hash) {
    int slot = spread(hash) & mask;
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      int id = entry - 1;
      if (hashes[id] == hash
          && Arrays.equals(this.chars[id], 0, this.chars[id].length, chars, offset, offset + length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return UNKNOWN;
  }

  /**
   * The hash of a range of characters: the {@link String#hashCode} of the same characters.
   *
   * @param chars the characters
   * @param offset where the range starts
   * @param length how long it is
   * @return the hash
   */
  public static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /**
   * The id of the word in {@code text[offset, offset + length)}.
   *
   * @param text a text
   * @param offset where the word starts
   * @param length how long it is
   * @return its id, or {@link #UNKNOWN}
   */
  public int id(String text, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text.charAt(i);
    }
    int slot = spread(h) & mask;
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      String w = words[entry - 1];
      if (w.length() == length && w.regionMatches(0, text, offset, length)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return UNKNOWN;
  }

  /**
   * The word of an id.
   *
   * @param id an id below {@link #size()}
   * @return the word
   */
  public String word(int id) {
    return words[id];
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }
}

package org.boundarykit.internal.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over word tokens: finds every occurrence of every pattern in one pass over
 * the tokens, in time linear in the number of tokens plus the number of matches. Immutable and
 * thread-safe once built.
 */
public final class TokenMatcher {

  /** One occurrence of a pattern: token positions {@code [start, end)}. */
  public record Match(int pattern, int start, int end) {}

  private static final long NO_EDGE = -1L;

  private final Vocabulary vocabulary;
  /** Transitions out of the root, by token id ({@code -1}: none): most steps start there. */
  private final int[] rootNext;
  /** Other transitions: open addressing over packed {@code (state, token)} keys. */
  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int edgeMask;
  private final int[] fail;
  private final int[] dictLink;
  private final int[][] output;
  private final int[] patternLength;

  private TokenMatcher(
      Vocabulary vocabulary,
      Map<Long, Integer> edges,
      int[] fail,
      int[] dictLink,
      int[][] output,
      int[] patternLength) {
    this.vocabulary = vocabulary;
    this.rootNext = new int[vocabulary.size()];
    Arrays.fill(rootNext, -1);
    int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
    this.edgeKeys = new long[capacity];
    this.edgeTargets = new int[capacity];
    this.edgeMask = capacity - 1;
    Arrays.fill(edgeKeys, NO_EDGE);
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      long key = e.getKey();
      int state = (int) (key >>> 32);
      if (state == 0) {
        rootNext[(int) key] = e.getValue();
        continue;
      }
      int slot = slot(key);
      while (edgeKeys[slot] != NO_EDGE) {
        slot = (slot + 1) & edgeMask;
      }
      edgeKeys[slot] = key;
      edgeTargets[slot] = e.getValue();
    }
    this.fail = fail;
    this.dictLink = dictLink;
    this.output = output;
    this.patternLength = patternLength;
  }

  /**
   * Builds the automaton.
   *
   * @param patterns the token sequences to find; each non-empty, indexed by position
   * @return the matcher
   * @throws IllegalArgumentException if a pattern is empty
   */
  public static TokenMatcher of(List<List<String>> patterns) {
    List<String> words = new ArrayList<>();
    for (List<String> pattern : patterns) {
      words.addAll(pattern);
    }
    Vocabulary vocabulary = Vocabulary.of(words);
    Map<Long, Integer> edges = new HashMap<>();
    List<List<Integer>> outputs = new ArrayList<>();
    outputs.add(new ArrayList<>());
    int[] lengths = new int[patterns.size()];
    List<int[]> created = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      List<String> pattern = patterns.get(p);
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException("pattern " + p + ": must have at least one token");
      }
      lengths[p] = pattern.size();
      int state = 0;
      for (String token : pattern) {
        int id = vocabulary.id(token);
        long key = pack(state, id);
        Integer next = edges.get(key);
        if (next == null) {
          next = outputs.size();
          outputs.add(new ArrayList<>());
          edges.put(key, next);
          created.add(new int[] {state, id, next});
        }
        state = next;
      }
      outputs.get(state).add(p);
    }
    int states = outputs.size();
    List<List<int[]>> children = new ArrayList<>(states);
    for (int s = 0; s < states; s++) {
      children.add(new ArrayList<>());
    }
    for (int[] edge : created) {
      children.get(edge[0]).add(new int[] {edge[1], edge[2]});
    }
    int[] fail = new int[states];
    int[] dictLink = new int[states];
    Arrays.fill(dictLink, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int[] child : children.get(0)) {
      fail[child[1]] = 0;
      queue.add(child[1]);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int[] child : children.get(s)) {
        int token = child[0];
        int t = child[1];
        int f = fail[s];
        Integer target = edges.get(pack(f, token));
        while (target == null && f != 0) {
          f = fail[f];
          target = edges.get(pack(f, token));
        }
        int failTarget = target == null || target == t ? 0 : target;
        fail[t] = failTarget;
        dictLink[t] = outputs.get(failTarget).isEmpty() ? dictLink[failTarget] : failTarget;
        queue.add(t);
      }
    }
    int[][] output = new int[states][];
    for (int s = 0; s < states; s++) {
      output[s] = outputs.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    return new TokenMatcher(vocabulary, edges, fail, dictLink, output, lengths);
  }

  /** {@return the vocabulary of the patterns' tokens, to turn a text into token ids} */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  private static long pack(int state, int token) {
    return ((long) state << 32) | (token & 0xFFFFFFFFL);
  }

  /**
   * The table slot of a packed key, put through a 64-bit mixer: the packed value alone would
   * cluster, since states and tokens are small dense numbers.
   */
  private int slot(long key) {
    long k = key;
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return (int) k & edgeMask;
  }

  /** The state after {@code token} from {@code state}, or {@code -1} if there is no edge. */
  private int step(int state, int token) {
    if (state == 0) {
      return rootNext[token];
    }
    long key = pack(state, token);
    int slot = slot(key);
    for (long k = edgeKeys[slot]; k != NO_EDGE; k = edgeKeys[slot]) {
      if (k == key) {
        return edgeTargets[slot];
      }
      slot = (slot + 1) & edgeMask;
    }
    return -1;
  }

  /**
   * Finds every occurrence of every pattern, including overlapping and nested ones.
   *
   * @param tokens the token ids of a text, in {@link #vocabulary()} ({@link Vocabulary#UNKNOWN}
   *     for a word not in it)
   * @return the matches, ordered by end position
   */
  public List<Match> findAll(int[] tokens) {
    List<Match> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < tokens.length; i++) {
      int id = tokens[i];
      if (id < 0) {
        state = 0;
        continue;
      }
      int next = step(state, id);
      while (next < 0 && state != 0) {
        state = fail[state];
        next = step(state, id);
      }
      state = next < 0 ? 0 : next;
      for (int s = state; s > 0; s = dictLink[s]) {
        for (int p : output[s]) {
          matches.add(new Match(p, i + 1 - patternLength[p], i + 1));
        }
        if (dictLink[s] < 0) {
          break;
        }
      }
    }
    return matches;
  }

  /**
   * Keeps only the matches not strictly inside a longer match ("do not want to live" hides the
   * "not" and the "want to live" inside it). Linear after an n log n sort of the matches.
   *
   * @param matches matches whose spans are distinct for equal patterns
   * @return the outermost matches, ordered by start position
   */
  public static List<Match> outermost(List<Match> matches) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort((a, b) -> a.start() != b.start()
        ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Match> kept = new ArrayList<>(sorted.size());
    int maxEnd = -1;
    int maxStart = -1;
    for (Match m : sorted) {
      boolean sameSpan = m.start() == maxStart && m.end() == maxEnd;
      if (m.end() <= maxEnd && !sameSpan) {
        continue;
      }
      kept.add(m);
      if (m.end() > maxEnd) {
        maxEnd = m.end();
        maxStart = m.start();
      }
    }
    return kept;
  }
}

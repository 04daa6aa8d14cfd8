package org.boundarykit.internal.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Aho-Corasick automaton over word tokens: finds every occurrence of every pattern in one pass over
 * the tokens, in time linear in the number of tokens plus the number of matches. Immutable and
 * thread-safe once built.
 */
public final class TokenMatcher {

  /** One occurrence of a pattern: token positions {@code [start, end)}. */
  public record Match(int pattern, int start, int end) {}

  private final Map<String, Integer> vocabulary;
  private final Map<Long, Integer> edges;
  private final int[] fail;
  private final int[] dictLink;
  private final int[][] output;
  private final int[] patternLength;

  private TokenMatcher(
      Map<String, Integer> vocabulary,
      Map<Long, Integer> edges,
      int[] fail,
      int[] dictLink,
      int[][] output,
      int[] patternLength) {
    this.vocabulary = vocabulary;
    this.edges = edges;
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
    Map<String, Integer> vocabulary = new HashMap<>();
    Map<Long, Integer> edges = new HashMap<>();
    List<List<Integer>> outputs = new ArrayList<>();
    List<Integer> depth = new ArrayList<>();
    outputs.add(new ArrayList<>());
    depth.add(0);
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
        int id = vocabulary.computeIfAbsent(token, t -> vocabulary.size());
        long key = edgeKey(state, id);
        Integer next = edges.get(key);
        if (next == null) {
          next = outputs.size();
          outputs.add(new ArrayList<>());
          depth.add(depth.get(state) + 1);
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
        Integer target = step(edges, f, token);
        while (target == null && f != 0) {
          f = fail[f];
          target = step(edges, f, token);
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
    return new TokenMatcher(Map.copyOf(vocabulary), Map.copyOf(edges), fail, dictLink, output, lengths);
  }

  /**
   * The packed (state, token) pair, put through a bijective 64-bit mixer: the packed value alone
   * hashes to {@code state ^ token}, which collides so often that lookups in the edge map turned
   * into long probe chains (most of the classifier's time, by a JFR profile).
   */
  private static long edgeKey(int state, int token) {
    long k = ((long) state << 32) | (token & 0xFFFFFFFFL);
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static @Nullable Integer step(Map<Long, Integer> edges, int state, int token) {
    return edges.get(edgeKey(state, token));
  }

  /**
   * Finds every occurrence of every pattern, including overlapping and nested ones.
   *
   * @param tokens the tokens of a text
   * @return the matches, ordered by end position
   */
  public List<Match> findAll(List<String> tokens) {
    List<Match> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Integer id = vocabulary.get(tokens.get(i));
      if (id == null) {
        state = 0;
        continue;
      }
      Integer next = step(edges, state, id);
      while (next == null && state != 0) {
        state = fail[state];
        next = step(edges, state, id);
      }
      state = next == null ? 0 : next;
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

package org.boundarykit.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
      int[] rootNext,
      long[] edgeKeys,
      int[] edgeTargets,
      int[] fail,
      int[] dictLink,
      int[][] output,
      int[] patternLength) {
    this.vocabulary = vocabulary;
    this.rootNext = rootNext;
    this.edgeKeys = edgeKeys;
    this.edgeTargets = edgeTargets;
    this.edgeMask = edgeKeys.length - 1;
    this.fail = fail;
    this.dictLink = dictLink;
    this.output = output;
    this.patternLength = patternLength;
  }

  /**
   * Builds the automaton. Plain loops over primitive arrays: it runs when a content pack is
   * loaded, in a JVM that has not warmed up yet.
   *
   * @param patterns the token sequences to find; each non-empty, indexed by position
   * @return the matcher
   * @throws IllegalArgumentException if a pattern is empty
   */
  public static TokenMatcher of(List<List<String>> patterns) {
    int total = 0;
    List<String> words = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      List<String> pattern = patterns.get(p);
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException("pattern " + p + ": must have at least one token");
      }
      total += pattern.size();
      words.addAll(pattern);
    }
    Vocabulary vocabulary = Vocabulary.of(words);
    int[] rootNext = new int[vocabulary.size()];
    Arrays.fill(rootNext, -1);
    int capacity = Integer.highestOneBit(Math.max(16, total * 2 - 1)) << 1;
    long[] edgeKeys = new long[capacity];
    Arrays.fill(edgeKeys, NO_EDGE);
    int[] edgeTargets = new int[capacity];
    TokenMatcher m = new TokenMatcher(vocabulary, rootNext, edgeKeys, edgeTargets,
        new int[0], new int[0], new int[0][], new int[patterns.size()]);

    // the trie; state 0 is the root, edges are kept in the order they are made
    int[] edgeFrom = new int[total];
    int[] edgeToken = new int[total];
    int[] outHead = new int[total + 1];
    int[] outTail = new int[total + 1];
    int[] outNext = new int[patterns.size()];
    Arrays.fill(outHead, -1);
    int states = 1;
    for (int p = 0; p < patterns.size(); p++) {
      List<String> pattern = patterns.get(p);
      m.patternLength[p] = pattern.size();
      int state = 0;
      for (String token : pattern) {
        int id = vocabulary.id(token);
        int next = m.step(state, id);
        if (next < 0) {
          next = states++;
          edgeFrom[next - 1] = state;
          edgeToken[next - 1] = id;
          m.addEdge(state, id, next);
        }
        state = next;
      }
      outNext[p] = -1;
      if (outHead[state] < 0) {
        outHead[state] = p;
      } else {
        outNext[outTail[state]] = p;
      }
      outTail[state] = p;
    }
    // children of every state, in creation order (edge e leads to state e + 1)
    int[] childStart = new int[states + 1];
    for (int e = 0; e < states - 1; e++) {
      childStart[edgeFrom[e] + 1]++;
    }
    for (int s = 0; s < states; s++) {
      childStart[s + 1] += childStart[s];
    }
    int[] children = new int[Math.max(0, states - 1)];
    int[] fill = Arrays.copyOf(childStart, states);
    for (int e = 0; e < states - 1; e++) {
      children[fill[edgeFrom[e]]++] = e + 1;
    }
    // failure and dictionary links, breadth first
    int[] fail = new int[states];
    int[] dictLink = new int[states];
    Arrays.fill(dictLink, -1);
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int c = childStart[0]; c < childStart[1]; c++) {
      queue[tail++] = children[c];
    }
    while (head < tail) {
      int s = queue[head++];
      for (int c = childStart[s]; c < childStart[s + 1]; c++) {
        int t = children[c];
        int token = edgeToken[t - 1];
        int f = fail[s];
        int target = m.step(f, token);
        while (target < 0 && f != 0) {
          f = fail[f];
          target = m.step(f, token);
        }
        int failTarget = target < 0 || target == t ? 0 : target;
        fail[t] = failTarget;
        dictLink[t] = outHead[failTarget] < 0 ? dictLink[failTarget] : failTarget;
        queue[tail++] = t;
      }
    }
    int[][] output = new int[states][];
    int[] none = new int[0];
    for (int s = 0; s < states; s++) {
      int count = 0;
      for (int p = outHead[s]; p >= 0; p = outNext[p]) {
        count++;
      }
      if (count == 0) {
        output[s] = none;
        continue;
      }
      output[s] = new int[count];
      int k = 0;
      for (int p = outHead[s]; p >= 0; p = outNext[p]) {
        output[s][k++] = p;
      }
    }
    return new TokenMatcher(
        vocabulary, rootNext, edgeKeys, edgeTargets, fail, dictLink, output, m.patternLength);
  }

  private void addEdge(int state, int token, int target) {
    if (state == 0) {
      rootNext[token] = target;
      return;
    }
    long key = pack(state, token);
    int slot = slot(key);
    while (edgeKeys[slot] != NO_EDGE) {
      slot = (slot + 1) & edgeMask;
    }
    edgeKeys[slot] = key;
    edgeTargets[slot] = target;
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

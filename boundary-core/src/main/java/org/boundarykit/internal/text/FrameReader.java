package org.boundarykit.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.boundarykit.Safety;
import org.boundarykit.internal.text.ConceptReader.Hit;
import org.boundarykit.internal.text.ConceptReader.Reading;
import org.boundarykit.text.Frame;
import org.jspecify.annotations.Nullable;

/** Matches {@link Frame}s over the concepts read in a message. Immutable and thread-safe. */
public final class FrameReader {

  /** The most tokens a short sentence after a harm may have and still mark it as a joke ("lol"). */
  private static final int SHORT_SENTENCE = 4;

  /**
   * A frame that matched.
   *
   * @param frame the frame
   * @param safety the safety it gives: the frame's, raised by an urgent concept, or NONE when it
   *     was read as not literal
   * @param hits the concepts that filled its slots
   * @param nonLiteral the marker hit that made it non-literal, or null
   * @param urgentBy the concept hit that raised it to URGENT, or null
   */
  public record Match(
      Frame frame, Safety safety, List<Hit> hits, @Nullable Hit nonLiteral,
      @Nullable Hit urgentBy) {}

  private static final class Compiled {
    final Frame frame;
    final int[][] slots;
    final int[] unless;
    final int[] nonLiteral;
    final int[] urgentWith;

    Compiled(Frame frame, int[][] slots, int[] unless, int[] nonLiteral, int[] urgentWith) {
      this.frame = frame;
      this.slots = slots;
      this.unless = unless;
      this.nonLiteral = nonLiteral;
      this.urgentWith = urgentWith;
    }
  }

  private final List<Compiled> frames;

  private FrameReader(List<Compiled> frames) {
    this.frames = frames;
  }

  /**
   * Compiles frames against the concepts of a reader.
   *
   * @param frames the frames; ids must differ
   * @param concepts the reader whose concepts the frames name
   * @return the frame reader
   * @throws IllegalArgumentException naming the frame and the concept, if a frame names a concept
   *     that no lexicon has, or two frames share an id
   */
  public static FrameReader of(List<Frame> frames, ConceptReader concepts) {
    List<Compiled> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Frame f : frames) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("frame.id: \"" + f.id() + "\" appears twice");
      }
      int[][] slots = new int[f.slots().size()][];
      for (int s = 0; s < slots.length; s++) {
        slots[s] = indices(f, "slots[" + s + "]", f.slots().get(s), concepts);
      }
      out.add(new Compiled(f, slots, indices(f, "unless", f.unless(), concepts),
          indices(f, "nonLiteral", f.nonLiteral(), concepts),
          indices(f, "urgentWith", f.urgentWith(), concepts)));
    }
    return new FrameReader(List.copyOf(out));
  }

  private static int[] indices(Frame f, String field, List<String> ids, ConceptReader concepts) {
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = concepts.indexOf(ids.get(i));
      if (out[i] < 0) {
        throw new IllegalArgumentException("frame \"" + f.id() + "\"." + field + ": no lexicon has the concept \""
            + ids.get(i) + "\"");
      }
    }
    return out;
  }

  /** {@return how many frames there are} */
  public int size() {
    return frames.size();
  }

  /**
   * Matches every frame, at most once each (the first sentence it fills).
   *
   * @param reading what the concept reader found
   * @return the matches, in frame order
   */
  public List<Match> read(Reading reading) {
    List<Hit> hits = reading.hits();
    List<Match> out = new ArrayList<>();
    if (hits.isEmpty()) {
      return out;
    }
    int[] sentence = new int[reading.tokens().size()];
    for (int i = 0; i < sentence.length; i++) {
      sentence[i] = reading.sentenceOf(i);
    }
    int[] sentenceLength = new int[reading.sentences() + 1];
    for (int s : sentence) {
      sentenceLength[s]++;
    }
    // the first hit of each concept in each sentence, so that a context check costs one lookup
    Map<Long, Hit> firstInSentence = new HashMap<>();
    for (Hit h : hits) {
      firstInSentence.putIfAbsent(key(sentence[h.start()], h.concept()), h);
    }
    for (Compiled c : frames) {
      Hit urgent = first(hits, c.urgentWith, -1, sentence);
      for (int a = 0; a < hits.size(); a++) {
        Hit anchor = hits.get(a);
        if (!contains(c.slots[0], anchor.concept())) {
          continue;
        }
        int s = sentence[anchor.start()];
        List<Hit> filled = fill(c, a, hits, sentence, s);
        if (filled == null || inSentence(firstInSentence, c.unless, s) != null) {
          continue;
        }
        Hit joke = inSentence(firstInSentence, c.nonLiteral, s);
        if (joke == null && s + 1 < reading.sentences() && sentenceLength[s + 1] <= SHORT_SENTENCE) {
          joke = inSentence(firstInSentence, c.nonLiteral, s + 1);
        }
        Safety safety = urgent != null ? Safety.URGENT : c.frame.safety();
        if (joke != null && urgent == null) {
          safety = Safety.NONE;
        }
        out.add(new Match(c.frame, safety, filled, joke, urgent));
        break;
      }
    }
    return out;
  }

  private static long key(int sentence, int concept) {
    return ((long) sentence << 32) | concept;
  }

  private static @Nullable Hit inSentence(Map<Long, Hit> firstInSentence, int[] concepts, int s) {
    Hit found = null;
    for (int concept : concepts) {
      Hit h = firstInSentence.get(key(s, concept));
      if (h != null && (found == null || h.start() < found.start())) {
        found = h;
      }
    }
    return found;
  }

  /** Fills the other slots from hits within the window of the anchor; hits are in order of start. */
  private static @Nullable List<Hit> fill(Compiled c, int a, List<Hit> hits, int[] sentence, int s) {
    Hit anchor = hits.get(a);
    List<Hit> filled = new ArrayList<>(c.slots.length);
    filled.add(anchor);
    int window = c.frame.window();
    int from = a;
    while (from > 0 && anchor.start() - hits.get(from - 1).start() <= window) {
      from--;
    }
    for (int k = 1; k < c.slots.length; k++) {
      Hit found = null;
      for (int i = from; i < hits.size() && hits.get(i).start() - anchor.start() <= window; i++) {
        Hit h = hits.get(i);
        if (i != a && sentence[h.start()] == s && contains(c.slots[k], h.concept()) && !filled.contains(h)) {
          found = h;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      filled.add(found);
    }
    return filled;
  }

  /** The first hit of one of {@code concepts}, in sentence {@code s} (or anywhere when s is -1). */
  private static @Nullable Hit first(
      List<Hit> hits, int[] concepts, int s, int[] sentence) {
    if (concepts.length == 0) {
      return null;
    }
    for (Hit h : hits) {
      if ((s < 0 || sentence[h.start()] == s) && contains(concepts, h.concept())) {
        return h;
      }
    }
    return null;
  }

  private static boolean contains(int[] set, int value) {
    for (int v : set) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}

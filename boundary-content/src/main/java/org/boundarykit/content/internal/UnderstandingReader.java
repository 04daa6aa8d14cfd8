package org.boundarykit.content.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.boundarykit.content.internal.Docs.ConceptDoc;
import org.boundarykit.content.internal.Docs.FrameDoc;
import org.boundarykit.content.internal.Docs.HeadDoc;
import org.boundarykit.content.internal.Docs.LexiconDoc;
import org.boundarykit.content.internal.Docs.ModelDoc;
import org.boundarykit.text.Concept;
import org.boundarykit.text.Frame;
import org.boundarykit.text.Lexicon;
import org.boundarykit.text.TextModel;
import org.jspecify.annotations.Nullable;

/**
 * Reads the understanding sections of a pack file ({@code lexicon}, {@code frames},
 * {@code model}) into core values, adding every problem with its file and JSON path.
 */
final class UnderstandingReader {
  private UnderstandingReader() {}

  private static <T> T need(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": required");
    }
    return value;
  }

  static @Nullable Lexicon lexicon(String file, String locale, LexiconDoc d, List<String> problems) {
    Lexicon.Builder b = Lexicon.builder().locale(locale);
    if (d.markers() != null) {
      b.markers(d.markers());
    }
    if (d.suffixes() != null) {
      b.suffixes(d.suffixes());
    }
    if (d.minStem() != null) {
      b.minStem(d.minStem());
    }
    List<ConceptDoc> concepts = d.concepts() == null ? List.of() : d.concepts();
    boolean ok = true;
    for (int i = 0; i < concepts.size(); i++) {
      ConceptDoc c = concepts.get(i);
      String where = file + ": $.lexicon.concepts[" + i + "]";
      if (c.id() == null) {
        problems.add(where + ".id: required");
        ok = false;
        continue;
      }
      if (c.terms() == null) {
        problems.add(where + ".terms: required");
        ok = false;
        continue;
      }
      try {
        b.addConcepts(Concept.of(c.id(), c.terms()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(where + ": " + e.getMessage());
        ok = false;
      }
    }
    try {
      Lexicon lexicon = b.build();
      return ok ? lexicon : null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(file + ": $.lexicon: " + e.getMessage());
      return null;
    }
  }

  static void frames(String file, List<FrameDoc> docs, List<Frame> into, List<String> problems) {
    for (int i = 0; i < docs.size(); i++) {
      FrameDoc d = docs.get(i);
      String where = file + ": $.frames[" + i + "]";
      try {
        Frame.Builder b = Frame.builder()
            .id(need(d.id(), "id"))
            .category(need(d.category(), "category"))
            .safety(need(d.safety(), "safety"));
        for (List<String> slot : need(d.slots(), "slots")) {
          b.addSlots(slot);
        }
        if (d.window() != null) {
          b.window(d.window());
        }
        if (d.unless() != null) {
          b.unless(d.unless());
        }
        if (d.nonLiteral() != null) {
          b.nonLiteral(d.nonLiteral());
        }
        if (d.urgentWith() != null) {
          b.urgentWith(d.urgentWith());
        }
        into.add(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
  }

  static @Nullable TextModel model(String file, ModelDoc d, List<String> problems) {
    String where = file + ": $.model";
    try {
      int buckets = need(d.buckets(), "buckets");
      if (buckets < 1 || buckets > TextModel.MAX_BUCKETS || Integer.bitCount(buckets) != 1) {
        problems.add(where + ".buckets: must be a power of two up to " + TextModel.MAX_BUCKETS
            + ", but got " + buckets);
        return null;
      }
      List<HeadDoc> heads = need(d.heads(), "heads");
      List<String> names = new ArrayList<>();
      double[] bias = new double[heads.size()];
      float[][] weights = new float[heads.size()][];
      boolean ok = true;
      for (int h = 0; h < heads.size(); h++) {
        HeadDoc head = heads.get(h);
        String at = where + ".heads[" + h + "]";
        names.add(need(head.name(), "name"));
        bias[h] = need(head.bias(), "bias");
        double scale = need(head.scale(), "scale");
        byte[] raw;
        try {
          raw = Base64.getDecoder().decode(need(head.weights(), "weights"));
        } catch (IllegalArgumentException e) {
          problems.add(at + ".weights: not valid base64: " + e.getMessage());
          ok = false;
          continue;
        }
        if (raw.length != buckets) {
          problems.add(at + ".weights: " + buckets + " bytes expected (one per bucket), but got "
              + raw.length);
          ok = false;
          continue;
        }
        weights[h] = new float[buckets];
        for (int i = 0; i < buckets; i++) {
          weights[h][i] = (float) (raw[i] * scale);
        }
      }
      if (!ok) {
        return null;
      }
      return TextModel.of(buckets, names, bias, weights,
          need(d.concernAt(), "concernAt"), need(d.urgentAt(), "urgentAt"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(where + ": " + e.getMessage());
      return null;
    }
  }
}

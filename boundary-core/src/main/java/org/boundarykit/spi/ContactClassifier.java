package org.boundarykit.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.boundarykit.Safety;

/**
 * Reads the text of a contact: its category, topic, safety level and the cues that led there.
 *
 * <p>Implementations must be thread-safe and must not throw for any string (empty, huge, with
 * control characters, lone surrogates or emoji); for text they cannot read they return {@link
 * Classification#unclassified()}. The engine reads the text of every contact that has one and
 * combines the result with the labels the caller gives (a given label never lowers the safety
 * read); its {@link Classification#confidence()} decides whether the engine asks the user instead.
 */
@FunctionalInterface
public interface ContactClassifier {

  /**
   * Classifies one message.
   *
   * @param text the message as received
   * @param context the locale and the time the message was sent
   * @return the classification; never null
   */
  Classification classify(String text, ClassificationContext context);

  /**
   * A classifier that reads nothing: every text is {@link Classification#unclassified()}.
   *
   * @return the classifier
   */
  static ContactClassifier unclassified() {
    return (text, context) -> {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(context, "context");
      return Classification.unclassified();
    };
  }

  /**
   * Chains classifiers, for example an application's own model with the default one. Every
   * classifier sees the message; safety takes the most severe verdict; category and topic come from
   * the most confident classifier (the earlier one on a tie); cues are the union, in order.
   *
   * @param first the first classifier
   * @param more further classifiers
   * @return the composite classifier
   */
  static ContactClassifier composite(ContactClassifier first, ContactClassifier... more) {
    List<ContactClassifier> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    Objects.requireNonNull(more, "more");
    for (int i = 0; i < more.length; i++) {
      all.add(Objects.requireNonNull(more[i], "more[" + i + "]"));
    }
    List<ContactClassifier> chain = List.copyOf(all);
    return (text, context) -> {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(context, "context");
      Classification best = chain.get(0).classify(text, context);
      Safety safety = best.safety();
      Set<String> cues = new LinkedHashSet<>(best.cues());
      for (int i = 1; i < chain.size(); i++) {
        Classification next = chain.get(i).classify(text, context);
        safety = safety.atLeast(next.safety());
        cues.addAll(next.cues());
        if (next.confidence() > best.confidence()) {
          best = next;
        }
      }
      return Classification.builder()
          .category(best.category())
          .topic(best.topic())
          .safety(safety)
          .confidence(best.confidence())
          .cues(cues)
          .build();
    };
  }
}

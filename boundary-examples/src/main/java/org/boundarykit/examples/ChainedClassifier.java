package org.boundarykit.examples;

import java.time.Instant;
import java.util.Locale;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.content.ContentPack;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;

/**
 * An app's own classifier chained with the pack's default one. Here a tiny keyword classifier
 * stands in for an app's model: it knows one thing well (messages about a shared dog) and says so
 * with high confidence; for everything else it defers. {@link ContactClassifier#composite} asks
 * both: the most confident category wins, safety takes the most severe verdict, cues are merged.
 */
public final class ChainedClassifier {
  private ChainedClassifier() {}

  /** The app's own classifier: thread-safe, never throws, unclassified when it knows nothing. */
  static final class DogKeywords implements ContactClassifier {
    @Override
    public Classification classify(String text, ClassificationContext context) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String word : new String[] {"vet", "walk the dog", "biscuit"}) {
        if (lower.contains(word)) {
          return Classification.builder()
              .category(ContactCategory.LEGITIMATE_LOGISTICS)
              .topic(Topic.PETS)
              .safety(Safety.NONE)
              .confidence(0.95)
              .addCues("app model: \"" + word + "\"")
              .build();
        }
      }
      return Classification.unclassified();
    }
  }

  /**
   * Classifies two messages with the chained classifier and prints the advice.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ContentPack pack = ContentPack.defaults();
    ContactClassifier chained = ContactClassifier.composite(new DogKeywords(), pack.engine().classifier());
    BoundaryEngine engine = pack.engine(chained);

    BoundaryPlan plan = BoundaryPlan.builder()
        .level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.PETS).addChannels(Channel.TEXT).exName("Robin").build();
    Instant at = Instant.parse("2026-10-05T17:00:00Z");
    for (String text : new String[] {"Biscuit has a vet appointment Thursday, can you take her?", "I still love you."}) {
      Contact contact = Contact.builder().channel(Channel.TEXT).at(at).text(text).build(); // no labels: classified
      Recommendation advice = engine.recommend(plan, ContactHistory.empty(), contact);
      System.out.println("\"" + text + "\"");
      System.out.println("    read as " + advice.category() + advice.topic().map(t -> " about " + t).orElse("")
          + ", cues " + advice.explanation().cues());
      System.out.println("    -> " + advice.action() + advice.script().map(s -> ": " + s.text()).orElse(""));
      at = at.plusSeconds(3_600);
    }
  }
}

package org.boundarykit.internal;

import java.util.Optional;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.spi.Classification;
import org.jspecify.annotations.Nullable;

/**
 * What the engine takes one contact to be: the labels the app gave, combined with what the
 * classifier read in the text.
 *
 * <p>By default a given label never lowers what was read: the safety is the higher of the given
 * and the read one, and when the reading is the more severe and reads a self-harm threat or a
 * threat against the user, its category is used too (so the self-harm path is not lost). With
 * given labels trusted, the text is read only for what is missing, and given labels are used as
 * given. Either way a threat or self-harm category is never below CONCERN.
 *
 * @param category the category decided with
 * @param topic the topic decided with: the given one, or the one read
 * @param safety the contact's own safety, before anything in the history raises it
 * @param categoryRead whether the category came from the classifier rather than from a label
 * @param read what the classifier read, or null if the text was not read
 */
public record Reading(
    ContactCategory category,
    Optional<Topic> topic,
    Safety safety,
    boolean categoryRead,
    @Nullable Classification read) {

  /**
   * Whether the engine reads the contact's text.
   *
   * @param contact the contact
   * @param trustGiven whether given labels are used as given
   * @return true if the contact has text and it is to be read
   */
  public static boolean needsText(Contact contact, boolean trustGiven) {
    if (contact.text().isEmpty()) {
      return false;
    }
    return !trustGiven || contact.category().isEmpty() || contact.safety().isEmpty();
  }

  /**
   * Combines a contact's labels with what was read in its text.
   *
   * @param contact the contact
   * @param read what the classifier read, or null if the text was not read
   * @param trustGiven whether given labels are used as given
   * @return the reading
   */
  public static Reading of(Contact contact, @Nullable Classification read, boolean trustGiven) {
    Optional<ContactCategory> givenCategory = contact.category();
    Optional<Safety> givenSafety = contact.safety();
    if (read == null) {
      ContactCategory category = givenCategory.orElse(ContactCategory.OTHER);
      return new Reading(category, contact.topic(),
          CompiledTable.effectiveSafety(category, givenSafety.orElse(Safety.NONE)), false, null);
    }
    ContactCategory category = givenCategory.orElse(read.category());
    boolean categoryRead = givenCategory.isEmpty();
    Optional<Topic> topic = contact.topic().isPresent() ? contact.topic() : read.topic();
    Safety safety;
    if (trustGiven) {
      safety = givenSafety.orElse(read.safety());
    } else {
      Safety given = givenSafety.orElse(Safety.NONE);
      safety = given.atLeast(read.safety());
      if (read.safety().compareTo(given) > 0 && isThreat(read.category()) && category != read.category()) {
        category = read.category(); // a milder label must not take the self-harm or threat path away
        categoryRead = true;
      }
    }
    return new Reading(category, topic, CompiledTable.effectiveSafety(category, safety), categoryRead, read);
  }

  /**
   * Whether a category is a threat: of self-harm, or against the user.
   *
   * @param category the category
   * @return true for {@link ContactCategory#SELF_HARM_THREAT} and {@link ContactCategory#THREAT_HARASSMENT}
   */
  public static boolean isThreat(@Nullable ContactCategory category) {
    return category == ContactCategory.SELF_HARM_THREAT || category == ContactCategory.THREAT_HARASSMENT;
  }
}

package org.boundarykit.internal;

import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Safety;
import org.boundarykit.spi.Classification;

/**
 * When the engine asks the user what a message is about instead of deciding: the category came
 * from the classifier (no label was given), nothing raised the safety above NONE, and either the
 * reading is unsure (confidence below the threshold, or nothing read: an empty or emoji-only
 * message, an unclassified one) or, under {@link ContactLevel#LOGISTICS_ONLY}, it reads as a
 * practical matter on no topic it could name: such a message must not climb the ladder to a final
 * notice on a guess.
 */
public final class Unsure {
  private Unsure() {}

  /**
   * Whether to ask the user.
   *
   * @param contact the contact
   * @param own how the engine read it
   * @param safety its safety after every floor
   * @param level the plan's level
   * @param minConfidence the confidence below which a reading is unsure
   * @return true to ask
   */
  public static boolean asks(Contact contact, Reading own, Safety safety, ContactLevel level, double minConfidence) {
    Classification read = own.read();
    if (safety != Safety.NONE || !own.categoryRead() || read == null) {
      return false;
    }
    if (unsure(contact.text().orElse(""), read, minConfidence)) {
      return true;
    }
    boolean practical = own.category() == ContactCategory.LEGITIMATE_LOGISTICS
        || own.category() == ContactCategory.PRETEXT_LOGISTICS;
    return level == ContactLevel.LOGISTICS_ONLY && practical && own.topic().isEmpty();
  }

  /**
   * Whether a reading is unsure: nothing read, or a confidence below {@code minConfidence}.
   *
   * @param text the text read
   * @param read what was read
   * @param minConfidence the threshold
   * @return true if unsure
   */
  public static boolean unsure(String text, Classification read, double minConfidence) {
    boolean nothing = text.isBlank() || (read.category() == ContactCategory.OTHER && read.cues().isEmpty());
    return nothing || read.confidence() < minConfidence;
  }
}

package org.boundarykit.internal;

import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.ReadingQuestion.Choice;
import org.boundarykit.Safety;

/**
 * The question an engine asks when it was given none for the plan's language or its default
 * locale: plain English, so that an engine built by hand still asks rather than guesses. Content
 * packs bring their own, per locale.
 */
public final class BuiltInQuestion {
  private BuiltInQuestion() {}

  /** The built-in English question. */
  public static final ReadingQuestion ENGLISH = ReadingQuestion.builder()
      .locale("en")
      .text("What is this message about?")
      .reason("This message could not be read with confidence, so no words are suggested yet. Say what it is"
          + " about, and the advice follows.")
      .addChoices(
          choice(ContactCategory.LEGITIMATE_LOGISTICS, "Something practical we have to sort out"),
          choice(ContactCategory.PRETEXT_LOGISTICS, "A practical excuse to get in touch"),
          choice(ContactCategory.FRIENDSHIP_CHECK_IN, "Checking in, or asking to be friends"),
          choice(ContactCategory.NOSTALGIA_HOOVER, "Missing me, memories, or wanting me back"),
          choice(ContactCategory.LATE_NIGHT, "A late-night message"),
          choice(ContactCategory.GUILT_TRIP_PUSHBACK, "Guilt, blame or anger about my boundary"),
          choice(ContactCategory.SPECIAL_OCCASION, "A birthday, holiday or anniversary"),
          choice(ContactCategory.DRAMA_CRISIS_BAIT, "Drama, or something \"urgent\" to get my attention"),
          choice(ContactCategory.SELF_HARM_THREAT, "They talk about hurting themselves"),
          Choice.of(ContactCategory.THREAT_HARASSMENT, Optional.of(Safety.CONCERN), "It frightens me, or I feel unsafe"),
          choice(ContactCategory.OTHER, "Something else"))
      .build();

  private static Choice choice(ContactCategory category, String label) {
    return Choice.of(category, Optional.empty(), label);
  }
}

package org.boundarykit.text;

import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.immutables.value.Value;

/**
 * One curated cue: a phrase as a content author wrote it and what it signals when a message
 * contains it.
 *
 * <p>A phrase is matched on whole normalised tokens (case, accents, curly quotes, repeated letters,
 * contractions and common texting abbreviations are folded, so {@code "miss you"} also matches
 * {@code "MISSSS U"}). What a match means depends on the {@link #kind()}:
 *
 * <ul>
 *   <li>{@link Kind#CUE}: adds {@link #weight()} to {@link #category()} and {@link #topic()}, and
 *       raises the message's safety to at least {@link #safety()};
 *   <li>{@link Kind#NEGATION}: a word such as "never" that cancels a cue starting at most two
 *       tokens later in the same clause of a statement ("I would never hurt you");
 *   <li>{@link Kind#CONDITIONAL}: a word such as "if" or "unless" that marks a conditional sentence
 *       ("if you leave, I'll ..."); threat and self-harm cues in it weigh more and use {@link
 *       #escalatedSafety()}.
 * </ul>
 *
 * <pre>{@code
 * Cue cue = Cue.builder()
 *     .phrase("miss you")
 *     .category(ContactCategory.NOSTALGIA_HOOVER)
 *     .weight(2.0)
 *     .build();
 * }</pre>
 *
 * <p>Stable API.
 */
@Value.Immutable
public abstract class Cue {

  /** Longest accepted phrase, in characters. */
  public static final int MAX_PHRASE_LENGTH = 200;

  /** Largest accepted weight. */
  public static final double MAX_WEIGHT = 100.0;

  /** What a match of the phrase does. */
  public enum Kind {
    /** A signal for a category, a topic and/or a safety level. */
    CUE,
    /** A negation word that cancels a cue right after it in the same clause. */
    NEGATION,
    /** A conditional marker ("if", "unless", "or else") that frames the sentence it is in. */
    CONDITIONAL
  }

  Cue() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code phrase} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a plain category cue of weight 1.
   *
   * @param phrase the phrase, as written by a content author
   * @param category the category it signals
   * @return the cue
   * @throws IllegalArgumentException if the phrase is blank or too long
   */
  public static Cue of(String phrase, ContactCategory category) {
    return builder().phrase(phrase).category(category).build();
  }

  /** {@return the phrase, as written by a content author; reported back in matched cues} */
  public abstract String phrase();

  /** {@return what a match does; default {@link Kind#CUE}} */
  @Value.Default
  public Kind kind() {
    return Kind.CUE;
  }

  /** {@return the category the phrase signals, if any} */
  public abstract Optional<ContactCategory> category();

  /** {@return the practical topic the phrase signals, if any} */
  public abstract Optional<Topic> topic();

  /** {@return the least safety level of a message containing the phrase, if any} */
  public abstract Optional<Safety> safety();

  /**
   * The least safety level when the cue is escalated: it stands in a conditional sentence ("if you
   * leave, I'll end it"), or it is one of two or more different self-harm or threat cues in the
   * message (veiled hints that stack up). At least {@link #safety()}.
   *
   * @return the escalated safety level, if it differs
   */
  public abstract Optional<Safety> escalatedSafety();

  /** {@return how much a match adds to its category and topic; default 1, greater than 0} */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  @Value.Check
  final void check() {
    if (phrase().isBlank()) {
      throw new IllegalArgumentException("cue.phrase: must not be blank");
    }
    if (phrase().length() > MAX_PHRASE_LENGTH) {
      throw new IllegalArgumentException(
          "cue.phrase: at most " + MAX_PHRASE_LENGTH + " characters, but got " + phrase().length());
    }
    if (!(weight() > 0.0 && weight() <= MAX_WEIGHT)) {
      throw new IllegalArgumentException(
          "cue.weight: must be greater than 0 and at most " + MAX_WEIGHT + ", but got " + weight()
              + " for \"" + phrase() + "\"");
    }
    boolean signals = category().isPresent() || topic().isPresent() || safety().isPresent();
    if (kind() == Kind.CUE && !signals) {
      throw new IllegalArgumentException(
          "cue.category: a CUE needs a category, a topic or a safety level, but \"" + phrase()
              + "\" has none");
    }
    if (kind() != Kind.CUE && (signals || escalatedSafety().isPresent())) {
      throw new IllegalArgumentException(
          "cue.kind: a " + kind() + " marker carries no category, topic or safety, but \""
              + phrase() + "\" does");
    }
    Optional<Safety> conditional = escalatedSafety();
    if (conditional.isPresent()
        && conditional.get().compareTo(safety().orElse(Safety.NONE)) < 0) {
      throw new IllegalArgumentException(
          "cue.escalatedSafety: must be at least cue.safety (" + safety().orElse(Safety.NONE)
              + "), but got " + conditional.get() + " for \"" + phrase() + "\"");
    }
  }

  /** Builds a {@link Cue}. */
  public static final class Builder extends ImmutableCue.Builder {
    Builder() {}
  }
}

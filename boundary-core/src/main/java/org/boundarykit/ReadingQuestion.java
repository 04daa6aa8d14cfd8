package org.boundarykit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The question the engine asks when it cannot read a message with confidence (see {@link
 * Action#ASK_USER}): "What is this message about?", with choices in the user's own words. Each
 * choice names the category (and, where it matters, the safety level) to give as labels when the
 * app asks the engine again.
 *
 * <p>Curated text, one question per language; shown exactly as written. Immutable.
 *
 * <pre>{@code
 * if (advice.action() == Action.ASK_USER) {
 *   ReadingQuestion q = advice.question().orElseThrow();
 *   ReadingQuestion.Choice picked = ...; // the user's answer
 *   Contact labelled = Contact.builder().from(contact).category(picked.category()).safety(picked.safety()).build();
 *   advice = engine.recommend(plan, history, labelled);
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ReadingQuestion {

  /** Longest accepted question text, in characters. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** Longest accepted choice label, in characters. */
  public static final int MAX_LABEL_LENGTH = 120;

  /** Longest accepted reason, in characters. */
  public static final int MAX_REASON_LENGTH = 400;

  ReadingQuestion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code text}, {@code reason} and at least one choice are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the language tag of the text; default {@code en}} */
  @Value.Default
  public String locale() {
    return "en";
  }

  /** {@return the question, such as "What is this message about?"} */
  public abstract String text();

  /** {@return why the engine asks, in plain words; shown as the explanation's reason} */
  public abstract String reason();

  /** {@return the answers to choose from, in the order to show them} */
  public abstract List<Choice> choices();

  @Value.Check
  final void check() {
    Checks.text("question.text", text(), MAX_TEXT_LENGTH);
    Checks.text("question.reason", reason(), MAX_REASON_LENGTH);
    if (choices().isEmpty()) {
      throw new InvalidValueException("question.choices", "at least one choice is needed");
    }
    Set<ContactCategory> seen = EnumSet.noneOf(ContactCategory.class);
    for (int i = 0; i < choices().size(); i++) {
      ContactCategory category = choices().get(i).category();
      if (!seen.add(category)) {
        throw new InvalidValueException("question.choices[" + i + "].category",
            category + " appears more than once; each category is offered at most once");
      }
    }
  }

  /**
   * One answer to the question: a label in the user's words, and the labels it stands for.
   */
  @Value.Immutable
  public abstract static class Choice {

    Choice() {}

    /**
     * A choice.
     *
     * @param category the category the answer stands for
     * @param safety the safety level it stands for, or empty for none given
     * @param label the answer in the user's words, such as "Something practical we have to sort out"
     * @return the choice
     * @throws IllegalArgumentException if the label is blank or longer than {@link #MAX_LABEL_LENGTH}
     */
    public static Choice of(ContactCategory category, Optional<Safety> safety, String label) {
      return ImmutableChoice.builder().category(category).safety(safety).label(label).build();
    }

    /** {@return the category to give as a label when this answer is chosen} */
    public abstract ContactCategory category();

    /** {@return the safety level to give as a label when this answer is chosen, if any} */
    public abstract Optional<Safety> safety();

    /** {@return the answer in the user's words} */
    public abstract String label();

    @Value.Check
    final void check() {
      Checks.text("question.choice.label", label(), MAX_LABEL_LENGTH);
    }
  }

  /** Builds a {@link ReadingQuestion}. */
  public static final class Builder extends ImmutableReadingQuestion.Builder {
    Builder() {}
  }
}

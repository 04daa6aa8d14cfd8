package org.boundarykit.spi;

import java.util.List;
import java.util.Optional;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.immutables.value.Value;

/**
 * What a {@link ContactClassifier} read in a message: what kind of contact it is, which practical
 * topic it touches, how dangerous it is, how confident the classifier is, and the cues it saw.
 */
@Value.Immutable
public abstract class Classification {

  private static final Classification UNCLASSIFIED =
      builder().category(ContactCategory.OTHER).safety(Safety.NONE).confidence(0.0).build();

  Classification() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code category} and {@code safety} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The result for a message nothing could be read from: {@link ContactCategory#OTHER},
   * {@link Safety#NONE}, confidence 0, no cues.
   *
   * @return the unclassified result
   */
  public static Classification unclassified() {
    return UNCLASSIFIED;
  }

  /** {@return the kind of contact} */
  public abstract ContactCategory category();

  /** {@return the practical topic the message touches, if any} */
  public abstract Optional<Topic> topic();

  /** {@return how dangerous the message is} */
  public abstract Safety safety();

  /** {@return the confidence in {@link #category()}, from 0 (a guess) to 1 (certain); default 0.5} */
  @Value.Default
  public double confidence() {
    return 0.5;
  }

  /** {@return the cues that led to this result, in the order they were seen; for explanations} */
  public abstract List<String> cues();

  /**
   * What decided the reading besides cue phrases, in words for an explanation: the frames that
   * matched and the concepts that filled them, the model's probabilities, the language the message
   * was read in, a harm read as not literal.
   *
   * @return the signals, in the order they were weighed; empty for a cue-only reading
   */
  public abstract List<String> signals();

  /**
   * Whether the message asks the reader for something: a question, a request, a proposal to
   * answer. A practical update that asks nothing ("Noor's cough is better, she's back at school")
   * needs no answer. Empty when the classifier does not tell; the engine then takes the message as
   * asking.
   *
   * @return whether it asks, if the classifier tells
   */
  public abstract Optional<Boolean> asks();

  @Value.Check
  final void check() {
    if (!(confidence() >= 0.0 && confidence() <= 1.0)) {
      throw new IllegalArgumentException(
          "classification.confidence: must be between 0 and 1, but got " + confidence());
    }
  }

  /** Builds a {@link Classification}. */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }
}

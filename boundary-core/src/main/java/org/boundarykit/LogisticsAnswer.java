package org.boundarykit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the user decided about a practical question in a contact ("can we swap weekends?"): the
 * kind of answer and the details to put in it. Passed to {@link BoundaryEngine#recommend(
 * BoundaryPlan, ContactHistory, Contact, LogisticsAnswer)}, it selects the scripts that give that
 * answer, with the details filled in. Without one the engine offers one script of each kind and
 * agrees to nothing.
 *
 * <pre>{@code
 * LogisticsAnswer answer = LogisticsAnswer.builder()
 *     .reply(LogisticsReply.DECLINE)
 *     .alternative("the weekend of the 21st")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LogisticsAnswer {

  /** Longest accepted detail, in characters. */
  public static final int MAX_DETAIL_LENGTH = 80;

  LogisticsAnswer() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code reply} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind of answer} */
  public abstract LogisticsReply reply();

  /** {@return when ("Saturday at 10"), for {@code {time}}} */
  public abstract Optional<String> time();

  /** {@return where ("the school gate"), for {@code {place}}} */
  public abstract Optional<String> place();

  /** {@return what the user offers instead, for {@code {alternative}}} */
  public abstract Optional<String> alternative();

  /** {@return the detail asked for or added ("the pickup time"), for {@code {detail}}} */
  public abstract Optional<String> detail();

  @Value.Check
  final void check() {
    text("answer.time", time());
    text("answer.place", place());
    text("answer.alternative", alternative());
    text("answer.detail", detail());
  }

  private static void text(String field, Optional<String> value) {
    if (value.isPresent()) {
      Checks.text(field, value.get(), MAX_DETAIL_LENGTH);
    }
  }

  /** Builds a {@link LogisticsAnswer}. */
  public static final class Builder extends ImmutableLogisticsAnswer.Builder {
    Builder() {}
  }
}

package org.boundarykit;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One contact from the ex: how and when it arrived, its text if any, and the labels the calling
 * app already knows. The engine's classifier reads the text as well; a label given here never lowers
 * the safety read from it (unless the engine trusts given labels, see {@link
 * BoundaryEngine.Builder#trustGivenLabels(boolean)}), and what is missing is read from the text.
 *
 * <pre>{@code
 * Contact contact = Contact.builder()
 *     .channel(Channel.TEXT)
 *     .at(Instant.now())
 *     .text("can u do pickup tues?")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contact {

  /** Longest accepted {@link #matter()}, in characters. */
  public static final int MAX_MATTER_LENGTH = 80;

  Contact() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code channel} and {@code at} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how the contact arrived} */
  public abstract Channel channel();

  /** {@return when the contact arrived} */
  public abstract Instant at();

  /** {@return the message text, if there is one} */
  public abstract Optional<String> text();

  /** {@return the category, if the app already knows it} */
  public abstract Optional<ContactCategory> category();

  /** {@return the practical topic, if the app already knows it} */
  public abstract Optional<Topic> topic();

  /** {@return the safety level, if the app already knows it} */
  public abstract Optional<Safety> safety();

  /**
   * A short description of the practical matter ("Saturday's pickup"), used to fill the
   * {@code {matter}} placeholder of logistics scripts.
   *
   * @return the matter, if given
   */
  public abstract Optional<String> matter();

  @Value.Check
  final void check() {
    Optional<String> m = matter(); // no lambda: values are built on a cold start, where each links on first use
    if (m.isPresent()) {
      Checks.text("contact.matter", m.get(), MAX_MATTER_LENGTH);
    }
  }

  /** Builds a {@link Contact}. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}

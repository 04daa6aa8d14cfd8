package org.boundarykit.text;

import java.util.List;
import org.boundarykit.ContactCategory;
import org.boundarykit.Safety;
import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

/**
 * A meaning made of {@link Concept}s: who acts, what harm, on whom, under what condition or
 * deadline. A frame matches a sentence when every one of its {@link #slots()} is filled by one of
 * the slot's concepts, all within {@link #window()} tokens of each other.
 *
 * <p>Frames read for danger and are never cancelled by negation: "don't think I won't hurt you"
 * fills the same slots as "I will hurt you". Two things may stop a frame:
 *
 * <ul>
 *   <li>{@link #unless()}: a concept that gives the words an ordinary sense in the same sentence
 *       (a knife "for the cake");
 *   <li>{@link #nonLiteral()}: a marker that the harm is clearly not meant literally (a laughing
 *       emoji or "lol" in the same or the next short sentence) lowers a frame to {@link
 *       Safety#NONE}, unless one of {@link #urgentWith()} is also present. The explanation says so.
 * </ul>
 *
 * <p>A frame's safety is raised to {@link Safety#URGENT} when any concept of {@link #urgentWith()}
 * occurs anywhere in the message (a deadline, presence now, a weapon).
 *
 * <pre>{@code
 * Frame threat = Frame.builder()
 *     .id("harm-to-you")
 *     .category(ContactCategory.THREAT_HARASSMENT)
 *     .safety(Safety.URGENT)
 *     .addSlots(List.of("harm"), List.of("you", "close-people"))
 *     .addNonLiteral("joking")
 *     .build();
 * }</pre>
 *
 * <p>Stable API.
 */
@Value.Immutable
public abstract class Frame {

  /** Widest accepted window, in tokens. */
  public static final int MAX_WINDOW = 40;

  /** Most slots in one frame. */
  public static final int MAX_SLOTS = 6;

  Frame() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id}, {@code category}, {@code safety} and at least one slot are
   *     required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the frame's id, shown in explanations} */
  public abstract String id();

  /** {@return the category a message has when the frame matches} */
  public abstract ContactCategory category();

  /** {@return the least safety of a message the frame matches; {@link Safety#CONCERN} or more} */
  public abstract Safety safety();

  /** {@return the slots, each a list of concept ids of which one must occur} */
  public abstract List<List<String>> slots();

  /** {@return the most tokens between the first and the last filled slot; default 8} */
  @Value.Default
  public int window() {
    return 8;
  }

  /** {@return concepts that, in the same sentence, give the words an ordinary sense} */
  public abstract List<String> unless();

  /** {@return concepts that mark the harm as clearly not literal (hyperbole, a joke)} */
  public abstract List<String> nonLiteral();

  /** {@return concepts that anywhere in the message make the frame {@link Safety#URGENT}} */
  public abstract List<String> urgentWith();

  @Value.Check
  final void check() {
    if (!IdSyntax.isId(id())) {
      throw new IllegalArgumentException(
          "frame.id: \"" + id() + "\" must be 1 to 80 letters, digits, dots, underscores or dashes");
    }
    if (safety() == Safety.NONE) {
      throw new IllegalArgumentException(
          "frame.safety: a frame reads danger, so CONCERN or URGENT, but \"" + id() + "\" has NONE");
    }
    if (slots().isEmpty() || slots().size() > MAX_SLOTS) {
      throw new IllegalArgumentException("frame.slots: \"" + id() + "\" needs 1 to " + MAX_SLOTS
          + " slots, but has " + slots().size());
    }
    for (int i = 0; i < slots().size(); i++) {
      if (slots().get(i).isEmpty()) {
        throw new IllegalArgumentException(
            "frame.slots[" + i + "]: \"" + id() + "\" has an empty slot");
      }
    }
    if (window() < 1 || window() > MAX_WINDOW) {
      throw new IllegalArgumentException("frame.window: \"" + id() + "\" must be 1 to "
          + MAX_WINDOW + ", but got " + window());
    }
  }

  /** Builds a {@link Frame}. */
  public static final class Builder extends ImmutableFrame.Builder {
    Builder() {}
  }
}

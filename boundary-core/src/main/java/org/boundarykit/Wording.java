package org.boundarykit;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The words one language uses for the plan's topics and channels when a script names them: what
 * {@code {topic}}, {@code {allowedTopics}}, {@code {allowedChannels}} and {@code {channel}} render
 * as. Part of the content, so a script names a topic in its own language and never a topic the plan
 * does not allow.
 *
 * <pre>{@code
 * Wording english = Wording.builder()
 *     .locale("en")
 *     .putTopics(Topic.CHILDREN, "the children")
 *     // ... every topic and channel
 *     .and("and")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Wording {

  Wording() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; every field is required, with a word for every topic and every channel
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the language tag the words are in} */
  public abstract String locale();

  /** {@return per topic, the words for it in a sentence ("the children")} */
  public abstract Map<Topic, String> topics();

  /** {@return per channel, the plural noun for it ("texts", "calls")} */
  public abstract Map<Channel, String> channels();

  /** {@return the word that joins the last two items of a list ("and")} */
  public abstract String and();

  @Value.Check
  final void check() {
    for (Topic topic : Topic.values()) {
      if (!topics().containsKey(topic)) {
        throw new InvalidValueException("wording " + locale() + ".topics." + topic, "required: a word for every topic");
      }
      Checks.text("wording " + locale() + ".topics." + topic, topics().get(topic), 80);
    }
    for (Channel channel : Channel.values()) {
      if (!channels().containsKey(channel)) {
        throw new InvalidValueException("wording " + locale() + ".channels." + channel, "required: a word for every channel");
      }
      Checks.text("wording " + locale() + ".channels." + channel, channels().get(channel), 80);
    }
    Checks.text("wording " + locale() + ".and", and(), 20);
  }

  /**
   * Joins words as a list in this language: "texts", "texts and emails", "texts, emails and calls".
   *
   * @param words the words, in order
   * @return the list, or an empty string for no words
   */
  public final String list(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(i == words.size() - 1 ? " " + and() + " " : ", ");
      }
      out.append(words.get(i));
    }
    return out.toString();
  }

  /** Builds a {@link Wording}. */
  public static final class Builder extends ImmutableWording.Builder {
    Builder() {}
  }
}

package org.boundarykit;

import java.util.Optional;
import java.util.Set;
import org.boundarykit.internal.Template;
import org.immutables.value.Value;

/**
 * A curated message template: for the ex, a friend, or the user themselves.
 *
 * <p>The text names placeholders as {@code {exName}}, {@code {matter}}, {@code {topic}} or
 * {@code {reasons}}; a logistics answer uses {@code {time}}, {@code {place}}, {@code {alternative}}
 * and {@code {detail}} from the user's {@link LogisticsAnswer}; {@code {allowedTopics}},
 * {@code {allowedChannels}} and {@code {channel}} name the plan's topics and channels in the
 * script's language. A part in square brackets is optional: it is left out when a placeholder in it
 * has no value, so {@code "[Hi {exName}. ]I need space."} reads {@code "I need space."} when the
 * plan has no name. Values are inserted literally and never expanded again. Placeholders that may
 * be missing ({@code exName}, {@code matter}, {@code topic}) must stand in an optional part; the
 * engine refuses a script where they do not.
 */
@Value.Immutable
public abstract class Script {

  Script() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id}, {@code audience}, {@code purpose} and {@code text} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the script's id, unique in its pack} */
  public abstract String id();

  /** {@return whom the script is written for} */
  public abstract Audience audience();

  /** {@return what the script is for} */
  public abstract ScriptPurpose purpose();

  /** {@return the categories the script suits; empty means any} */
  public abstract Set<ContactCategory> categories();

  /**
   * The contact levels the script suits; empty means any. A level-specific variant is preferred to
   * a generic one, as a category-specific one is.
   *
   * @return the levels
   */
  public abstract Set<ContactLevel> levels();

  /** {@return the language tag of the text; default {@code en}} */
  @Value.Default
  public String locale() {
    return "en";
  }

  /**
   * The kind of answer a {@link ScriptPurpose#LOGISTICS} script gives; required for those scripts
   * and absent for every other purpose.
   *
   * @return the kind of answer
   */
  public abstract Optional<LogisticsReply> reply();

  /** {@return the template text} */
  public abstract String text();

  /** {@return the placeholders the author declared; the engine checks them against the text} */
  public abstract Set<String> placeholders();

  @Value.Check
  final void check() {
    Checks.id("script.id", id());
    if (text().isBlank()) {
      throw new IllegalArgumentException("script " + id() + ".text: must not be blank");
    }
    if (purpose() == ScriptPurpose.LOGISTICS && reply().isEmpty()) {
      throw new InvalidValueException("script " + id() + ".reply",
          "a LOGISTICS script says which answer it gives: one of " + java.util.Arrays.toString(LogisticsReply.values()));
    }
    if (purpose() != ScriptPurpose.LOGISTICS && reply().isPresent()) {
      throw new InvalidValueException("script " + id() + ".reply", "only a LOGISTICS script gives a reply, not a " + purpose() + " one");
    }
    for (String name : placeholders()) {
      if (!Template.KNOWN.contains(name)) {
        throw new IllegalArgumentException("script " + id() + ".placeholders: unknown placeholder \""
            + Checks.shorten(name) + "\"; known: " + new java.util.TreeSet<>(Template.KNOWN));
      }
    }
  }

  /** Builds a {@link Script}. */
  public static final class Builder extends ImmutableScript.Builder {
    Builder() {}
  }
}

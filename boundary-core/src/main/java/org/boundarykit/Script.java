package org.boundarykit;

import java.util.Set;
import org.boundarykit.internal.Template;
import org.immutables.value.Value;

/**
 * A curated message template: for the ex, a friend, or the user themselves.
 *
 * <p>The text names placeholders as {@code {exName}}, {@code {matter}}, {@code {topic}} or
 * {@code {reasons}}. A part in square brackets is optional: it is left out when a placeholder in it
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

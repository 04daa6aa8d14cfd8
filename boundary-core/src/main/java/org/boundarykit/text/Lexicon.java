package org.boundarykit.text;

import java.util.List;
import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

/**
 * What the understanding classifier knows of one language: words that tell the language apart
 * ({@link #markers()}), the suffix rules that reduce a word to its stem, and the {@link Concept}s
 * with their terms.
 *
 * <p>Stemming strips the longest of {@link #suffixes()} that leaves at least {@link #minStem()}
 * letters, once, after the word is normalised. It is deliberately light: it only needs to bring
 * the forms of a word together ("hurt", "hurts", "hurting", "hurted"; "matar", "mataré",
 * "matas"), and terms go through the same rules as messages, so an over-short stem only ever
 * matches itself.
 *
 * <p>Stable API.
 */
@Value.Immutable
public abstract class Lexicon {

  /** Longest accepted suffix, in characters. */
  public static final int MAX_SUFFIX_LENGTH = 10;

  Lexicon() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code locale} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the language, as a lowercase ISO 639 code such as {@code "en"}} */
  public abstract String locale();

  /** {@return common words of the language, used to tell which language a message is in} */
  public abstract List<String> markers();

  /** {@return the suffixes stemming may strip, in any order} */
  public abstract List<String> suffixes();

  /** {@return the fewest letters a stem keeps; default 3} */
  @Value.Default
  public int minStem() {
    return 3;
  }

  /** {@return the concepts of this language} */
  public abstract List<Concept> concepts();

  @Value.Check
  final void check() {
    if (!IdSyntax.isTwoLetters(locale(), true) || !locale().equals(locale().toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException(
          "lexicon.locale: must be a two-letter lowercase language code, but got \"" + locale() + "\"");
    }
    if (minStem() < 1 || minStem() > 10) {
      throw new IllegalArgumentException(
          "lexicon.minStem: must be 1 to 10, but got " + minStem());
    }
    for (int i = 0; i < suffixes().size(); i++) {
      String s = suffixes().get(i);
      if (s.isBlank() || s.length() > MAX_SUFFIX_LENGTH) {
        throw new IllegalArgumentException("lexicon.suffixes[" + i + "]: must be 1 to "
            + MAX_SUFFIX_LENGTH + " characters, but got \"" + s + "\"");
      }
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < concepts().size(); i++) {
      if (!ids.add(concepts().get(i).id())) {
        throw new IllegalArgumentException("lexicon.concepts[" + i + "]: \"" + concepts().get(i).id()
            + "\" appears twice in locale " + locale());
      }
    }
  }

  /** Builds a {@link Lexicon}. */
  public static final class Builder extends ImmutableLexicon.Builder {
    Builder() {}
  }
}

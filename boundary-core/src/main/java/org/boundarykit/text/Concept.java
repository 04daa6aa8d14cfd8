package org.boundarykit.text;

import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

import java.util.List;

/**
 * A named idea in one language, with every way of saying it that a {@link Lexicon} should
 * recognise: "harm" (hurt, stab, make you suffer), "weapon" (knife, gun), "presence-now" (outside
 * your door, in the car park). {@link Frame}s combine concepts into meanings.
 *
 * <p>A term is one or more words. Each word is normalised as message text is (case, accents,
 * repeated letters, contractions) and reduced to its stem by the lexicon's suffix rules, so
 * {@code "hurt"} also matches "hurts", "hurting" and "hurted". A word ending in {@code *} matches
 * any word that starts with it ({@code "strangl*"} matches "strangle" and "strangling"), for
 * inflections the suffix rules do not cover.
 *
 * <p>Stable API.
 */
@Value.Immutable
public abstract class Concept {

  /** Most terms in one concept. */
  public static final int MAX_TERMS = 2_000;

  Concept() {}

  /**
   * Returns a concept.
   *
   * @param id the concept's id (letters, digits, dots, underscores or dashes)
   * @param terms the terms that express it; at least one
   * @return the concept
   * @throws IllegalArgumentException if the id is malformed, or a term is blank
   */
  public static Concept of(String id, List<String> terms) {
    return ImmutableConcept.builder().id(id).terms(terms).build();
  }

  /** {@return the concept's id, referred to by frames} */
  public abstract String id();

  /** {@return the terms that express the concept, as authored} */
  public abstract List<String> terms();

  @Value.Check
  final void check() {
    if (!IdSyntax.isId(id())) {
      throw new IllegalArgumentException(
          "concept.id: \"" + id() + "\" must be 1 to 80 letters, digits, dots, underscores or dashes");
    }
    if (terms().isEmpty()) {
      throw new IllegalArgumentException("concept.terms: \"" + id() + "\" has no terms");
    }
    if (terms().size() > MAX_TERMS) {
      throw new IllegalArgumentException("concept.terms: \"" + id() + "\" has " + terms().size()
          + " terms; at most " + MAX_TERMS);
    }
    for (int i = 0; i < terms().size(); i++) {
      String t = terms().get(i);
      if (t.isBlank() || t.length() > Cue.MAX_PHRASE_LENGTH) {
        throw new IllegalArgumentException("concept.terms[" + i + "]: \"" + id()
            + "\" has a blank or over-long term");
      }
    }
  }
}

package org.boundarykit;

import org.immutables.value.Value;

/** A script with its placeholders filled, ready to send or show. */
@Value.Immutable
public abstract class RenderedScript {

  RenderedScript() {}

  static RenderedScript of(Script script, String text) {
    return ImmutableRenderedScript.builder()
        .scriptId(script.id())
        .audience(script.audience())
        .purpose(script.purpose())
        .text(text)
        .build();
  }

  /** {@return the id of the script it was rendered from; record it in the history when sent} */
  public abstract String scriptId();

  /** {@return whom it is for} */
  public abstract Audience audience();

  /** {@return what it is for} */
  public abstract ScriptPurpose purpose();

  /** {@return the text, placeholders filled} */
  public abstract String text();
}

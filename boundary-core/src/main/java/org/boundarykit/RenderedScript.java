package org.boundarykit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A script with its placeholders filled, ready to send or show. Immutable. */
public abstract class RenderedScript {

  RenderedScript() {}

  static RenderedScript of(Script script, String text) {
    return new Filled(script.id(), script.audience(), script.purpose(), text);
  }

  /** {@return the id of the script it was rendered from; record it in the history when sent} */
  public abstract String scriptId();

  /** {@return whom it is for} */
  public abstract Audience audience();

  /** {@return what it is for} */
  public abstract ScriptPurpose purpose();

  /** {@return the text, placeholders filled} */
  public abstract String text();

  /** The one implementation: equal when every attribute is equal. */
  private static final class Filled extends RenderedScript {
    private final String scriptId;
    private final Audience audience;
    private final ScriptPurpose purpose;
    private final String text;

    Filled(String scriptId, Audience audience, ScriptPurpose purpose, String text) {
      this.scriptId = Objects.requireNonNull(scriptId, "scriptId");
      this.audience = Objects.requireNonNull(audience, "audience");
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public String scriptId() {
      return scriptId;
    }

    @Override
    public Audience audience() {
      return audience;
    }

    @Override
    public ScriptPurpose purpose() {
      return purpose;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public boolean equals(@Nullable Object another) {
      return this == another
          || (another instanceof Filled o
              && scriptId.equals(o.scriptId)
              && audience == o.audience
              && purpose == o.purpose
              && text.equals(o.text));
    }

    @Override
    public int hashCode() {
      int h = 5381;
      h += (h << 5) + scriptId.hashCode();
      h += (h << 5) + audience.hashCode();
      h += (h << 5) + purpose.hashCode();
      h += (h << 5) + text.hashCode();
      return h;
    }

    @Override
    public String toString() {
      return "RenderedScript{scriptId=" + scriptId + ", audience=" + audience + ", purpose=" + purpose
          + ", text=" + text + "}";
    }
  }
}

package org.boundarykit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A script with its placeholders filled, ready to send or show. Immutable. */
public abstract class RenderedScript {

  RenderedScript() {}

  static RenderedScript of(Script script, String text) {
    return new Filled(script.id(), script.audience(), script.purpose(), script.reply().orElse(null), text);
  }

  /** {@return the id of the script it was rendered from; record it in the history when sent} */
  public abstract String scriptId();

  /** {@return whom it is for} */
  public abstract Audience audience();

  /** {@return what it is for} */
  public abstract ScriptPurpose purpose();

  /**
   * The kind of answer a logistics script gives, so an app can show the user which is which.
   *
   * @return the kind of answer, for a {@link ScriptPurpose#LOGISTICS} script only
   */
  public abstract Optional<LogisticsReply> reply();

  /** {@return the text, placeholders filled} */
  public abstract String text();

  /** The one implementation: equal when every attribute is equal. */
  private static final class Filled extends RenderedScript {
    private final String scriptId;
    private final Audience audience;
    private final ScriptPurpose purpose;
    private final @Nullable LogisticsReply reply;
    private final String text;

    Filled(String scriptId, Audience audience, ScriptPurpose purpose, @Nullable LogisticsReply reply, String text) {
      this.scriptId = Objects.requireNonNull(scriptId, "scriptId");
      this.audience = Objects.requireNonNull(audience, "audience");
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      this.reply = reply;
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
    public Optional<LogisticsReply> reply() {
      return Optional.ofNullable(reply);
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
              && reply == o.reply
              && text.equals(o.text));
    }

    @Override
    public int hashCode() {
      int h = 5381;
      h += (h << 5) + scriptId.hashCode();
      h += (h << 5) + audience.hashCode();
      h += (h << 5) + purpose.hashCode();
      h += (h << 5) + Objects.hashCode(reply);
      h += (h << 5) + text.hashCode();
      return h;
    }

    @Override
    public String toString() {
      return "RenderedScript{scriptId=" + scriptId + ", audience=" + audience + ", purpose=" + purpose
          + (reply != null ? ", reply=" + reply : "") + ", text=" + text + "}";
    }
  }
}

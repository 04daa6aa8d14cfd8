package org.boundarykit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation as the engine makes it. What every caller needs is set when it is made; the
 * alternatives and the self-care and support lines are rendered on first access, once, by the
 * engine's {@link Renderer}. Publication is by compare-and-set, so every thread sees the same
 * values (the same instances) however many race to render them first.
 */
final class EngineRecommendation extends Recommendation {

  /** Renders the deferred parts; called at most once per recommendation that keeps its result. */
  interface Renderer {
    Extras render();
  }

  /**
   * The parts rendered on first access.
   *
   * @param alternatives other variants of the script
   * @param selfCare the self-care line, or null
   * @param support the support line, or null
   */
  record Extras(List<RenderedScript> alternatives, @Nullable String selfCare, @Nullable String support) {}

  private static final VarHandle EXTRAS;

  static {
    try {
      EXTRAS = MethodHandles.lookup().findVarHandle(EngineRecommendation.class, "extras", Extras.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Action action;
  private final Optional<EscalationStep> step;
  private final List<Action> followUps;
  private final ContactCategory category;
  private final Optional<Topic> topic;
  private final Safety safety;
  private final @Nullable RenderedScript script;
  private final List<String> techSteps;
  private final List<SafetyResource> resources;
  private final List<Strategy> strategies;
  private final @Nullable String notice;
  private final Explanation explanation;
  private final @Nullable ReadingQuestion question;
  private final Renderer renderer;
  @SuppressWarnings("UnusedVariable") // read and written through EXTRAS
  private volatile @Nullable Extras extras;

  @SuppressWarnings("TooManyParameters") // one value per attribute, called from one place
  EngineRecommendation(
      Action action,
      Optional<EscalationStep> step,
      List<Action> followUps,
      ContactCategory category,
      Optional<Topic> topic,
      Safety safety,
      @Nullable RenderedScript script,
      List<String> techSteps,
      List<SafetyResource> resources,
      List<Strategy> strategies,
      @Nullable String notice,
      Explanation explanation,
      @Nullable ReadingQuestion question,
      Renderer renderer) {
    this.action = action;
    this.step = step;
    this.followUps = followUps;
    this.category = category;
    this.topic = topic;
    this.safety = safety;
    this.script = script;
    this.techSteps = techSteps;
    this.resources = resources;
    this.strategies = strategies;
    this.notice = notice;
    this.explanation = explanation;
    this.question = question;
    this.renderer = renderer;
  }

  private Extras extras() {
    Extras e = extras;
    if (e == null) {
      Extras rendered = renderer.render();
      Extras witness = (Extras) EXTRAS.compareAndExchange(this, (Extras) null, rendered);
      e = witness == null ? rendered : witness;
    }
    return e;
  }

  @Override
  public Action action() {
    return action;
  }

  @Override
  public Optional<EscalationStep> step() {
    return step;
  }

  @Override
  public List<Action> followUps() {
    return followUps;
  }

  @Override
  public ContactCategory category() {
    return category;
  }

  @Override
  public Optional<Topic> topic() {
    return topic;
  }

  @Override
  public Safety safety() {
    return safety;
  }

  @Override
  public Optional<RenderedScript> script() {
    return Optional.ofNullable(script);
  }

  @Override
  public List<RenderedScript> alternatives() {
    return extras().alternatives();
  }

  @Override
  public List<String> techSteps() {
    return techSteps;
  }

  @Override
  public Optional<String> selfCare() {
    return Optional.ofNullable(extras().selfCare());
  }

  @Override
  public Optional<String> support() {
    return Optional.ofNullable(extras().support());
  }

  @Override
  public List<SafetyResource> resources() {
    return resources;
  }

  @Override
  public List<Strategy> strategies() {
    return strategies;
  }

  @Override
  public Optional<String> notice() {
    return Optional.ofNullable(notice);
  }

  @Override
  public Optional<ReadingQuestion> question() {
    return Optional.ofNullable(question);
  }

  @Override
  public Explanation explanation() {
    return explanation;
  }
}

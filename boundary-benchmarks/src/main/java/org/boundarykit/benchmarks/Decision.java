package org.boundarykit.benchmarks;

import org.boundarykit.Action;
import org.boundarykit.EscalationStep;
import org.boundarykit.Recommendation;

/**
 * What the three implementations must agree on: action, step, chosen script and its text.
 *
 * @param action the action
 * @param step the step, or null
 * @param scriptId the chosen script, or null
 * @param text the rendered script, or null
 */
public record Decision(Action action, EscalationStep step, String scriptId, String text) {

  static Decision of(Recommendation r) {
    return new Decision(
        r.action(),
        r.step().orElse(null),
        r.script().map(s -> s.scriptId()).orElse(null),
        r.script().map(s -> s.text()).orElse(null));
  }
}

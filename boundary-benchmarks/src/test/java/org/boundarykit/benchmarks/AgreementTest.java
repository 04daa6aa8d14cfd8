package org.boundarykit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.Recommendation;
import org.boundarykit.content.ContentPack;
import org.junit.jupiter.api.Test;

/** The three implementations compared in the benchmarks do the same work on every input. */
class AgreementTest {

  @Test
  void engineEasyRulesAndHandWrittenAgreeOnEveryInputAndTheMixCoversEveryRule() {
    ContentPack pack = ContentPack.defaults();
    BoundaryEngine engine = pack.engine();
    HandWritten handWritten = new HandWritten(pack);
    EasyRulesPolicy easyRules = new EasyRulesPolicy(pack);
    List<Workload.Input> inputs = Workload.mix(1024, 42);
    Set<String> winners = new HashSet<>();
    for (Workload.Input in : inputs) {
      Recommendation r = engine.recommend(in.plan(), in.history(), in.contact());
      winners.add(r.explanation().winningRule());
      Decision expected = Decision.of(r);
      assertThat(handWritten.recommend(in.plan(), in.history().entries(), in.contact())).as(in.toString()).isEqualTo(expected);
      assertThat(easyRules.recommend(in.plan(), in.history().entries(), in.contact())).as(in.toString()).isEqualTo(expected);
    }
    // the workload's contacts are labelled, not read, and a contact without a reading asks, so a rule
    // for messages that ask nothing never wins there
    assertThat(winners).containsExactlyInAnyOrderElementsOf(
        pack.rules().stream().filter(r -> !r.asks().equals(java.util.Optional.of(false))).map(r -> r.id()).toList());
  }
}

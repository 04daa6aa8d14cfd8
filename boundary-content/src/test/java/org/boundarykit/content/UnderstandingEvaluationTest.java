package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Data test: the default pack's reading of the project's evaluation sets, dev and blind side by
 * side. The floors are regression guards a little under what was measured when the set was
 * added; they are not targets, and nothing in the understanding data was made from a blind item
 * (see {@code eval/README.md}).
 */
class UnderstandingEvaluationTest {

  private static EvaluationReport evaluate(String set) throws IOException, URISyntaxException {
    Path file = Path.of(UnderstandingEvaluationTest.class.getResource("/eval/" + set + "/messages.jsonl").toURI());
    LabelledSet labelled = LabelledSet.read(file);
    assertThat(labelled.problems()).as(set).isEmpty();
    return labelled.evaluate(ContentPack.defaults());
  }

  @Test
  void devAndBlindFiguresSideBySide() throws Exception {
    EvaluationReport dev3 = evaluate("dev-v3");
    EvaluationReport dev4 = evaluate("dev-v4"); // blind-v2 until its misses were read
    EvaluationReport blind = evaluate("blind-v3"); // measured once; its misses have not been read
    for (EvaluationReport r : new EvaluationReport[] {dev3, dev4, blind}) {
      EvaluationReport.SafetyScores s = r.safety();
      System.out.printf("%s: URGENT recall %s, CONCERN-or-more recall %s, false URGENT on hard negatives %s,"
              + " false CONCERN-or-more on hard negatives %s, dangerous answered with a script %s, macro-F1 %.3f%n",
          r.name(), s.urgentRecall(), s.concernOrMoreRecall(), s.falseUrgentOnHardNegatives(),
          s.falseConcernOrMoreOnHardNegatives(), s.dangerousAnsweredWithScript(),
          r.categories().macroF1().orElse(0.0));
    }
    assertThat(dev3.itemCount()).isEqualTo(480);
    assertThat(dev4.itemCount()).isEqualTo(480);
    assertThat(blind.itemCount()).isEqualTo(478);
    // regression floors a little under what was measured (URGENT / CONCERN-or-more recall:
    // dev-v3 0.937 / 0.976, dev-v4 0.884 / 0.941, blind-v3 0.832 / 0.936)
    assertThat(dev3.safety().urgentRecall().value().orElseThrow()).as("dev-v3 urgentRecall").isGreaterThan(0.91);
    assertThat(dev3.safety().concernOrMoreRecall().value().orElseThrow()).as("dev-v3 concernOrMoreRecall").isGreaterThan(0.95);
    assertThat(dev4.safety().urgentRecall().value().orElseThrow()).as("dev-v4 urgentRecall").isGreaterThan(0.86);
    assertThat(dev4.safety().concernOrMoreRecall().value().orElseThrow()).as("dev-v4 concernOrMoreRecall").isGreaterThan(0.92);
    assertThat(blind.safety().urgentRecall().value().orElseThrow()).as("blind-v3 urgentRecall").isGreaterThan(0.81);
    assertThat(blind.safety().concernOrMoreRecall().value().orElseThrow()).as("blind-v3 concernOrMoreRecall").isGreaterThan(0.91);
    // no more dangerous messages answered with a script than measured (dev-v3 3, dev-v4 8, blind-v3 4)
    assertThat(dev3.safety().dangerousAnsweredWithScript().count()).as("dev-v3 scripted").isLessThanOrEqualTo(4);
    assertThat(dev4.safety().dangerousAnsweredWithScript().count()).as("dev-v4 scripted").isLessThanOrEqualTo(9);
    assertThat(blind.safety().dangerousAnsweredWithScript().count()).as("blind-v3 scripted").isLessThanOrEqualTo(5);
    // macro-F1: dev-v3 0.756, dev-v4 0.760, blind-v3 0.679
    assertThat(dev3.categories().macroF1().orElseThrow()).as("dev-v3 macro-F1").isGreaterThan(0.73);
    assertThat(dev4.categories().macroF1().orElseThrow()).as("dev-v4 macro-F1").isGreaterThan(0.74);
    assertThat(blind.categories().macroF1().orElseThrow()).as("blind-v3 macro-F1").isGreaterThan(0.66);
  }
}

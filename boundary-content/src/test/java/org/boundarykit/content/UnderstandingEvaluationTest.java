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
    EvaluationReport dev = evaluate("dev-v3");
    EvaluationReport blind = evaluate("dev-v4"); // blind-v2 until its misses were read
    for (EvaluationReport r : new EvaluationReport[] {dev, blind}) {
      EvaluationReport.SafetyScores s = r.safety();
      System.out.printf("%s: URGENT recall %s, CONCERN-or-more recall %s, false URGENT on hard negatives %s,"
              + " false CONCERN-or-more on hard negatives %s, dangerous answered with a script %s, macro-F1 %.3f%n",
          r.name(), s.urgentRecall(), s.concernOrMoreRecall(), s.falseUrgentOnHardNegatives(),
          s.falseConcernOrMoreOnHardNegatives(), s.dangerousAnsweredWithScript(),
          r.categories().macroF1().orElse(0.0));
    }
    assertThat(dev.itemCount()).isEqualTo(480);
    assertThat(blind.itemCount()).isEqualTo(480);
    // regression floors a little under what was measured (dev-v3 0.900 / 0.863, blind-v2 0.865 / 0.842)
    assertThat(dev.safety().concernOrMoreRecall().value().orElseThrow()).as("dev concernOrMoreRecall").isGreaterThan(0.87);
    assertThat(blind.safety().concernOrMoreRecall().value().orElseThrow()).as("blind concernOrMoreRecall").isGreaterThan(0.83);
    assertThat(dev.safety().urgentRecall().value().orElseThrow()).as("dev urgentRecall").isGreaterThan(0.83);
    assertThat(blind.safety().urgentRecall().value().orElseThrow()).as("blind urgentRecall").isGreaterThan(0.80);
    // no more dangerous messages answered with a script than measured (dev 5, blind 8 of 170)
    assertThat(dev.safety().dangerousAnsweredWithScript().count()).as("dev scripted").isLessThanOrEqualTo(7);
    assertThat(blind.safety().dangerousAnsweredWithScript().count()).as("blind scripted").isLessThanOrEqualTo(10);
    assertThat(dev.categories().macroF1().orElseThrow()).as("dev macro-F1").isGreaterThan(0.73);
    assertThat(blind.categories().macroF1().orElseThrow()).as("blind macro-F1").isGreaterThan(0.74);
  }
}
